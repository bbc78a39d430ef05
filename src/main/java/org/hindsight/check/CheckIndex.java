package org.hindsight.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.hindsight.check.evidence.EvidenceIndex;
import org.hindsight.check.evidence.SolrEvidence;
import org.hindsight.index.Indexer;
import org.hindsight.index.IngestIndex;
import org.hindsight.index.solr.SolrIngestIndex;

/**
 * Where a check reads and writes: the index it reads predictions and evidence from and writes
 * statuses to (the embedded index or a SolrCloud collection), and the state folder that keeps the
 * verdicts, human judgments and sentence vectors between runs (the {@code check/} and {@code
 * vectors/} folders: inside the embedded index's directory, or a local directory of their own for
 * a collection). Immutable.
 */
public final class CheckIndex {

  /** Opens one side of the index. */
  @FunctionalInterface
  interface Opener<T> {
    T open() throws IOException;
  }

  private final String name;
  private final Opener<EvidenceIndex> evidence;
  private final Opener<IngestIndex> writer;
  private final Path state;

  private CheckIndex(String name, Opener<EvidenceIndex> evidence, Opener<IngestIndex> writer, Path state) {
    this.name = name;
    this.evidence = evidence;
    this.writer = writer;
    this.state = state;
  }

  /** The embedded index in {@code dir}, its state inside it. */
  public static CheckIndex embedded(Path dir) {
    Objects.requireNonNull(dir, "dir");
    return new CheckIndex(dir.toString(), () -> EvidenceIndex.open(dir), () -> Indexer.open(dir, Indexer.Config.DEFAULT), dir);
  }

  /**
   * A collection on a SolrCloud cluster, its state in the local directory {@code state}.
   *
   * @param address ZooKeeper hosts or Solr URLs
   */
  public static CheckIndex solr(String address, String collection, Path state) {
    Objects.requireNonNull(state, "state");
    return new CheckIndex(
        "collection " + collection + " on " + address + " (check state in " + state + ")",
        () -> SolrEvidence.open(address, collection),
        () -> SolrIngestIndex.open(address, collection, Indexer.Config.DEFAULT),
        state);
  }

  /** Opens the index for reading predictions and evidence (fails before any state is made). */
  public EvidenceIndex openEvidence() throws IOException {
    return evidence.open();
  }

  /** Opens the index for writing statuses. */
  public IngestIndex openWriter() throws IOException {
    return writer.open();
  }

  /** The folder that holds the verdict store and the stored vectors. */
  public Path state() {
    return state;
  }

  /** For messages. */
  public String describe() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
