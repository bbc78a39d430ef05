package org.hindsight.index;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * One search: an optional query in Lucene syntax over the text, filters, how many hits, and
 * whether to count facets and highlight. Null means "no filter". Immutable; build with {@link
 * #builder()}.
 *
 * @param query Lucene query syntax over {@link Schema#TEXT} (stemmed English); other fields by
 *     name ({@code exact:}, {@code actor:}, {@code holder:}, {@code cue:}, {@code source:}). All
 *     words must match unless OR is written.
 * @param actor a canonical name or any alias of an actor the item is about (case-insensitive)
 * @param holder a name or alias of the item's holder ({@code author} for the article's own voice)
 * @param kind {@code claim}, {@code prediction} or {@code article}
 * @param from published at or after (inclusive)
 * @param to published at or before (inclusive)
 * @param source the article's source (case-insensitive, whole name)
 * @param open only open predictions: status OPEN and deadline on or after {@code today}, or none
 * @param today the date {@code open} compares deadlines with
 * @param status a prediction status ({@code OPEN}, later verdicts)
 */
public record SearchRequest(
    String query,
    String actor,
    String holder,
    String kind,
    Instant from,
    Instant to,
    String source,
    Double minProbability,
    Double maxProbability,
    boolean open,
    LocalDate today,
    String status,
    int limit,
    boolean facets,
    boolean highlight) {

  public static final int DEFAULT_LIMIT = 10;
  public static final int MAX_LIMIT = 10_000;

  public SearchRequest {
    query = blankToNull(query);
    actor = blankToNull(actor);
    holder = blankToNull(holder);
    source = blankToNull(source);
    status = blankToNull(status);
    kind = blankToNull(kind);
    if (kind != null) {
      kind = kind.toLowerCase(Locale.ROOT);
      if (!Schema.SEARCHABLE_KINDS.contains(kind)) {
        throw new IllegalArgumentException("unknown kind '" + kind + "' (expected one of " + String.join(", ", Schema.SEARCHABLE_KINDS) + ")");
      }
    }
    if (status != null) {
      status = status.toUpperCase(Locale.ROOT);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
    }
    checkProbability("minimum", minProbability);
    checkProbability("maximum", maxProbability);
    if (minProbability != null && maxProbability != null && minProbability > maxProbability) {
      throw new IllegalArgumentException("minimum probability " + minProbability + " is above the maximum " + maxProbability);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
    if (today == null) {
      today = LocalDate.now(ZoneOffset.UTC);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  private static void checkProbability(String what, Double p) {
    if (p != null && (p.isNaN() || p < 0 || p > 1)) {
      throw new IllegalArgumentException(what + " probability must be in [0, 1]: " + p);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Fills a {@link SearchRequest}; not thread-safe. */
  public static final class Builder {
    private String query;
    private String actor;
    private String holder;
    private String kind;
    private Instant from;
    private Instant to;
    private String source;
    private Double minProbability;
    private Double maxProbability;
    private boolean open;
    private LocalDate today;
    private String status;
    private int limit = DEFAULT_LIMIT;
    private boolean facets;
    private boolean highlight = true;

    private Builder() {}

    public Builder query(String v) { query = v; return this; }
    public Builder actor(String v) { actor = v; return this; }
    public Builder holder(String v) { holder = v; return this; }
    public Builder kind(String v) { kind = v; return this; }
    public Builder from(Instant v) { from = v; return this; }
    public Builder to(Instant v) { to = v; return this; }
    public Builder source(String v) { source = v; return this; }
    public Builder minProbability(Double v) { minProbability = v; return this; }
    public Builder maxProbability(Double v) { maxProbability = v; return this; }
    public Builder open(boolean v) { open = v; return this; }
    public Builder today(LocalDate v) { today = v; return this; }
    public Builder status(String v) { status = v; return this; }
    public Builder limit(int v) { limit = v; return this; }
    public Builder facets(boolean v) { facets = v; return this; }
    public Builder highlight(boolean v) { highlight = v; return this; }

    public SearchRequest build() {
      return new SearchRequest(
          query, actor, holder, kind, from, to, source, minProbability, maxProbability, open, today,
          status, limit, facets, highlight);
    }
  }
}
