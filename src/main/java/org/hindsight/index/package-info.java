/**
 * The index stage: an embedded Lucene index of what {@code extract} found. {@link
 * org.hindsight.index.Schema} declares every field, analyzer and facet in one place; {@link
 * org.hindsight.index.Serialized} writes an {@link org.hindsight.extract.Extraction}'s JSON once
 * (and its content hash), {@link org.hindsight.index.Documents} makes its documents to the schema,
 * and {@link org.hindsight.index.Indexer} writes them
 * (idempotent, incremental, crash-safe: whole articles per commit); {@link
 * org.hindsight.index.IndexFormat} says whether a directory holds an index this version reads; {@link
 * org.hindsight.index.Searcher} answers searches with their facets and timeline: {@link
 * org.hindsight.index.SearchQueries} turns a request into its Lucene query, {@link
 * org.hindsight.index.Highlights} marks the matched words, {@link org.hindsight.index.ActorStats}
 * sums the actor table. The query side needs nothing but Lucene and Jackson's streaming core: it never loads
 * CoreNLP.
 */
package org.hindsight.index;
