package org.hindsight.index;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}: ranked hits, how many documents matched ({@code
 * totalExact} false when {@code totalHits} is a lower bound), and facet counts per dimension (empty
 * unless asked for), dimensions in the order of {@link Schema#DIMS}. Immutable.
 */
public record SearchResult(long totalHits, boolean totalExact, List<Hit> hits, Map<String, List<FacetCount>> facets) {

  public SearchResult {
    hits = List.copyOf(hits);
    // keep the dimensions' order (Schema.DIMS): Map.copyOf would not
    Map<String, List<FacetCount>> copy = new java.util.LinkedHashMap<>();
    facets.forEach((dim, counts) -> copy.put(dim, List.copyOf(counts)));
    facets = java.util.Collections.unmodifiableMap(copy);
  }

  /** One facet value and how many matching documents have it. */
  public record FacetCount(String value, long count) {}
}
