package org.hindsight.check;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.hindsight.check.evidence.EvidenceIndex;
import org.hindsight.check.evidence.SolrEvidence;
import org.hindsight.index.Indexer;
import org.hindsight.index.IngestIndex;
import org.hindsight.index.solr.SolrCollection;
import org.hindsight.index.solr.SolrIngestIndex;

/**
 * Where a check reads and writes: the index it reads predictions and evidence from and writes
 * statuses to (the embedded index or a SolrCloud collection), and the state folder that keeps the
 * verdicts, human judgments and sentence vectors between runs (the {@code check/} and {@code
 * vectors/} folders: inside the embedded index's directory, or a local directory of their own for
 * a collection). On a collection, one connection serves every reader and writer opened here
 * (opening one per web request would cost a ZooKeeper session each), until {@link #close}.
 * Thread-safe.
 */
public final class CheckIndex implements Closeable {

  /** Opens one side of the index. */
  @FunctionalInterface
  interface Opener<T> {
    T open() throws IOException;
  }

  private final String name;
  private final Opener<EvidenceIndex> evidence;
  private final Opener<IngestIndex> writer;
  private final Path state;
  private final Closeable connection;

  private CheckIndex(String name, Opener<EvidenceIndex> evidence, Opener<IngestIndex> writer, Path state, Closeable connection) {
    this.name = name;
    this.evidence = evidence;
    this.writer = writer;
    this.state = state;
    this.connection = connection;
  }

  /** The embedded index in {@code dir}, its state inside it. */
  public static CheckIndex embedded(Path dir) {
    Objects.requireNonNull(dir, "dir");
    return new CheckIndex(dir.toString(), () -> EvidenceIndex.open(dir), () -> Indexer.open(dir, Indexer.Config.DEFAULT), dir, () -> {});
  }

  /**
   * A collection on a SolrCloud cluster, its state in the local directory {@code state}.
   *
   * @param address ZooKeeper hosts or Solr URLs
   */
  public static CheckIndex solr(String address, String collection, Path state) {
    Objects.requireNonNull(state, "state");
    Connection c = new Connection(address, collection);
    return new CheckIndex(
        "collection " + collection + " on " + address + " (check state in " + state + ")",
        () -> SolrEvidence.on(c.get()),
        () -> SolrIngestIndex.on(c.get(), Indexer.Config.DEFAULT),
        state,
        c);
  }

  /** A collection's connection, made on first use (so that a bad address fails where it is used). */
  private static final class Connection implements Closeable {
    private final String address;
    private final String collection;
    private SolrCollection open;

    Connection(String address, String collection) {
      this.address = address;
      this.collection = collection;
    }

    synchronized SolrCollection get() throws IOException {
      if (open == null) {
        open = SolrCollection.open(address, collection);
      }
      return open;
    }

    @Override
    public synchronized void close() throws IOException {
      if (open != null) {
        open.close();
        open = null;
      }
    }
  }

  /** Closes the connection to a collection, if one was made; the embedded index holds none. */
  @Override
  public void close() throws IOException {
    connection.close();
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
