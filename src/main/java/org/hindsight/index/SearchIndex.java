package org.hindsight.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * The read side of an index backend, what {@code search}, {@code actors}, {@code serve} and the
 * web pages ask: the embedded Lucene index ({@link Searcher}) or a SolrCloud collection ({@code
 * index.solr.SolrSearchIndex}), both built on the one {@link Schema}. The same request gives the
 * same hits, scores, facets and actors on either (hits with equal scores may come in another order).
 * Implementations are thread-safe.
 *
 * <p>How to add a backend: index {@link Documents#unbuiltDocuments}'s fields as {@link Schema#FIELDS}
 * declares them; answer {@link SearchRequest}s with {@link Schema}'s analysis; implement {@link
 * IngestIndex} for writing; compare it with the embedded index on the corpus in a test.
 */
public interface SearchIndex extends Closeable {

  /**
   * Runs one search.
   *
   * @throws QuerySyntaxException if the query cannot be parsed (one-line message)
   */
  SearchResult search(SearchRequest r) throws IOException;

  /** How many documents match a request, exactly (limit, offset, sort, facets and timeline aside). */
  long countMatching(SearchRequest r) throws IOException;

  /** Actors across the index, most mentioned first, then by articles, then by id ({@code top} at least 1). */
  List<ActorStats> actors(int top) throws IOException;

  /** The actor ids whose normalised name or alias is {@code name}. */
  Set<String> resolveActor(String name) throws IOException;

  /** Live documents of the given kind (null: all kinds). */
  long count(String kind) throws IOException;

  /** Picks up what was written since (an ingest, check or judge elsewhere); returns whether anything changed. */
  boolean refresh() throws IOException;

  /** Where the index is, for messages: a directory, or a collection on a cluster. */
  String describe();
}
