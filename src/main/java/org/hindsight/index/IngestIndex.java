package org.hindsight.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;
import org.hindsight.article.Article;
import org.hindsight.extract.Extraction;

/**
 * The write side of an index backend, what {@code ingest} and {@code check} write through: the
 * embedded Lucene index ({@link Indexer}) or a SolrCloud collection ({@code
 * index.solr.SolrIngestIndex}). Both are idempotent by the content hash of {@link Serialized#of}
 * (an unchanged article is not written again, a changed one replaces all its documents) and keep
 * prediction statuses across re-ingest the same way. Implementations are thread-safe; index the
 * same article id from one thread at a time.
 */
public interface IngestIndex extends Closeable {

  /** Writes one article's extraction unless the index holds the same content already. */
  Indexer.Outcome index(Extraction x) throws IOException;

  /** Whether the index holds this very article as read (so ingest can skip annotating it). */
  boolean contains(Article a) throws IOException;

  /** Sets the status of predictions (prediction id → status); returns how many changed. */
  int setStatuses(Map<String, String> statusByPrediction) throws IOException;

  /** Makes what was written so far durable and visible. */
  void commit() throws IOException;

  /** Commits and merges the index's segments into one; returns how many there were before (-1: not known). */
  int optimize() throws IOException;

  /** Articles in the index as of the last commit. */
  long articleCount() throws IOException;

  /** Live documents, written but not committed ones included where the backend knows them. */
  long documentCount() throws IOException;

  /** How many commits this writer has made (ingest tells from it when an article became durable). */
  long commits();

  /** Why writing stopped for good (disk full, …), or null while it works. */
  Throwable failure();

  /** Where the index is, for messages. */
  String describe();
}
