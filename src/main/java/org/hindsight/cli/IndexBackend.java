package org.hindsight.cli;

import java.io.IOException;
import org.hindsight.index.Indexer;
import org.hindsight.index.IngestIndex;
import org.hindsight.index.SearchIndex;
import org.hindsight.index.Searcher;
import org.hindsight.index.solr.SolrIngestIndex;
import org.hindsight.index.solr.SolrSearchIndex;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Which index a command reads or writes: the embedded one ({@code --index DIR}, the default) or a
 * SolrCloud collection ({@code --solr ZK_OR_URL --collection NAME}). Both are built on the one
 * {@code Schema} and answer alike. Used by {@code ingest}, {@code search} and {@code actors};
 * the other commands take {@code --index} only for now.
 */
final class IndexBackend {

  static final String DEFAULT_COLLECTION = "hindsight";

  @Mixin SearchCommand.IndexDir index;

  @Option(names = "--solr", paramLabel = "ZK_OR_URL", description = "A SolrCloud cluster instead of the embedded index: ZooKeeper hosts (zk1:2181,zk2:2181/solr) or Solr URLs (http://node1:8983/solr).")
  String solr;

  @Option(names = "--collection", paramLabel = "NAME", description = "The collection on --solr (default: " + DEFAULT_COLLECTION + "), created from `hindsight solr-configset`.")
  String collection;

  private void check(CommandLine.Model.CommandSpec spec) {
    if (solr != null && index.dir != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--index and --solr exclude each other");
    }
    if (solr == null && collection != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--collection needs --solr");
    }
    if (solr != null && solr.isBlank()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--solr is empty");
    }
  }

  private String collection() {
    return collection == null ? DEFAULT_COLLECTION : collection;
  }

  /** Opens the index for searching. */
  SearchIndex openSearch(CommandLine.Model.CommandSpec spec) throws IOException {
    check(spec);
    return solr == null ? Searcher.open(index.resolve()) : SolrSearchIndex.open(solr, collection());
  }

  /** Opens the index for writing. */
  IngestIndex openIngest(CommandLine.Model.CommandSpec spec, Indexer.Config config) throws IOException {
    check(spec);
    return solr == null ? Indexer.open(index.resolve(), config) : SolrIngestIndex.open(solr, collection(), config);
  }
}
