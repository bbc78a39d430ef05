package org.hindsight.index;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}: ranked hits, how many documents matched ({@code
 * totalExact} false when {@code totalHits} is a lower bound), and facet counts per dimension (empty
 * unless asked for). Immutable.
 */
public record SearchResult(long totalHits, boolean totalExact, List<Hit> hits, Map<String, List<FacetCount>> facets) {

  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  /** One facet value and how many matching documents have it. */
  public record FacetCount(String value, long count) {}
}
