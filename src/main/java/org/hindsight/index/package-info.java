/**
 * The index stage: an embedded Lucene index of what {@code extract} found. {@link
 * org.hindsight.index.Schema} declares every field, analyzer and facet in one place; {@link
 * org.hindsight.index.Serialized} writes an {@link org.hindsight.extract.Extraction}'s JSON once
 * (and its content hash), {@link org.hindsight.index.Documents} makes its documents to the schema,
 * and {@link org.hindsight.index.Indexer} writes them
 * (idempotent, incremental, crash-safe: whole articles per commit); {@link
 * org.hindsight.index.Searcher} answers queries, filters, highlights and facets, and aggregates
 * actors. The query side needs nothing but Lucene and Jackson's streaming core: it never loads
 * CoreNLP.
 */
package org.hindsight.index;
