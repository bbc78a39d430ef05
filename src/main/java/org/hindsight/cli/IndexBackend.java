package org.hindsight.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hindsight.check.CheckIndex;
import org.hindsight.check.Judgments;
import org.hindsight.check.verdict.CheckedPrediction;
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
 * {@code Schema} and answer alike. On a collection, what {@code check} keeps between runs (verdicts,
 * human judgments, sentence vectors) lives in a local directory ({@code --state DIR}). Used by
 * every command that reads or writes the index except the evaluation and training commands,
 * which make embedded indexes of their own.
 */
final class IndexBackend {

  static final String DEFAULT_COLLECTION = "hindsight";

  @Mixin SearchCommand.IndexDir index;

  @Option(names = "--solr", paramLabel = "ZK_OR_URL", description = "A SolrCloud cluster instead of the embedded index: ZooKeeper hosts (zk1:2181,zk2:2181/solr) or Solr URLs (http://node1:8983/solr).")
  String solr;

  @Option(names = "--collection", paramLabel = "NAME", description = "The collection on --solr (default: " + DEFAULT_COLLECTION + "), created from `hindsight solr-configset`.")
  String collection;

  @Option(names = "--state", paramLabel = "DIR", description = "With --solr: the local directory for check's verdicts, judgments and sentence vectors (default: hindsight-state-COLLECTION in the working directory).")
  Path state;

  private void check(CommandLine.Model.CommandSpec spec) {
    if (solr == null && state != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--state needs --solr (the embedded index keeps its state inside its directory)");
    }
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

  /** Where a check, judge, scorecard, report or the workbench reads and writes. */
  CheckIndex checkIndex(CommandLine.Model.CommandSpec spec) {
    check(spec);
    if (solr == null) {
      return CheckIndex.embedded(index.resolve());
    }
    return CheckIndex.solr(solr, collection(), state != null ? state : Path.of("hindsight-state-" + collection()));
  }

  /** The stored verdicts with judgments laid over, for {@code scorecard} and {@code report}. */
  List<CheckedPrediction> stored(CommandLine.Model.CommandSpec spec) throws IOException {
    try (CheckIndex where = checkIndex(spec)) {
      return Judgments.stored(where);
    }
  }

  /** For messages: the index directory, or the collection and cluster. */
  String describe() {
    return solr == null ? index.resolve().toString() : "collection " + collection() + " on " + solr;
  }

  /** Opens the index for writing. */
  IngestIndex openIngest(CommandLine.Model.CommandSpec spec, Indexer.Config config) throws IOException {
    check(spec);
    return solr == null ? Indexer.open(index.resolve(), config) : SolrIngestIndex.open(solr, collection(), config);
  }
}
