package org.hindsight.index;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}: ranked hits (the page from {@code offset}), how many
 * documents matched ({@code totalExact} false when {@code totalHits} is a lower bound), facet
 * counts per dimension (empty unless asked for), dimensions in the order of {@link Schema#DIMS},
 * and the timeline (matching documents per week or month of publication, oldest first, only the
 * buckets that have some; empty unless asked for). Immutable.
 */
public record SearchResult(
    long totalHits, boolean totalExact, List<Hit> hits, Map<String, List<FacetCount>> facets, List<Bucket> timeline) {

  public SearchResult(long totalHits, boolean totalExact, List<Hit> hits, Map<String, List<FacetCount>> facets) {
    this(totalHits, totalExact, hits, facets, List.of());
  }

  public SearchResult {
    hits = List.copyOf(hits);
    timeline = List.copyOf(timeline);
    // keep the dimensions' order (Schema.DIMS): Map.copyOf would not
    Map<String, List<FacetCount>> copy = new java.util.LinkedHashMap<>();
    facets.forEach((dim, counts) -> copy.put(dim, List.copyOf(counts)));
    facets = java.util.Collections.unmodifiableMap(copy);
  }

  /** One facet value and how many matching documents have it. */
  public record FacetCount(String value, long count) {}

  /**
   * One bucket of the timeline: its first day (a Monday for weeks, the 1st for months, UTC) and
   * how many matching documents were published in it.
   */
  public record Bucket(java.time.LocalDate start, long count) {}
}
