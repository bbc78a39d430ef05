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
 * @param level a probability band of the hedge lexicon ({@code UNLIKELY}), exactly as indexed
 * @param deadlineFrom a prediction's deadline on or after this day (inclusive)
 * @param deadlineTo a prediction's deadline on or before this day (inclusive)
 * @param sort the order of hits; null: by relevance with a query, newest first without
 * @param offset hits to skip before the {@code limit} returned (paging)
 * @param timeline count the matching documents per week or month of publication (null: no)
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
    boolean highlight,
    String level,
    LocalDate deadlineFrom,
    LocalDate deadlineTo,
    Sort sort,
    int offset,
    Interval timeline) {

  public static final int DEFAULT_LIMIT = 10;
  public static final int MAX_LIMIT = 10_000;

  /** The order of hits. */
  public enum Sort {
    /** Best match first (BM25); newest first when there is no query. */
    RELEVANCE,
    /** Newest publication first. */
    NEWEST,
    /** Earliest deadline first; items without a deadline last, newest first among equals. */
    DEADLINE,
    /** Latest deadline first; items without a deadline last. */
    DEADLINE_DESC
  }

  /** The width of a timeline bucket. */
  public enum Interval {
    WEEK,
    MONTH
  }

  public SearchRequest {
    query = blankToNull(query);
    actor = blankToNull(actor);
    holder = blankToNull(holder);
    source = blankToNull(source);
    status = blankToNull(status);
    level = blankToNull(level);
    if (level != null) {
      level = level.toUpperCase(Locale.ROOT);
    }
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
    if (offset < 0 || offset > MAX_LIMIT - limit) {
      throw new IllegalArgumentException("offset plus limit must be at most " + MAX_LIMIT + ": " + offset + " + " + limit);
    }
    if (deadlineFrom != null && deadlineTo != null && deadlineFrom.isAfter(deadlineTo)) {
      throw new IllegalArgumentException("deadline from " + deadlineFrom + " is after deadline to " + deadlineTo);
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

  /**
   * A date bound as users write it: {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} (UTC; the
   * whole period, so an end bound is its last millisecond) or an ISO instant.
   *
   * @throws java.time.format.DateTimeParseException if it is none of these
   */
  public static Instant dateBound(String value, boolean end) {
    String v = value.strip();
    LocalDate first;
    LocalDate next;
    if (v.matches("\\d{4}")) {
      first = java.time.Year.parse(v).atDay(1);
      next = first.plusYears(1);
    } else if (v.matches("\\d{4}-\\d{2}")) {
      first = java.time.YearMonth.parse(v).atDay(1);
      next = first.plusMonths(1);
    } else if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
      first = LocalDate.parse(v);
      next = first.plusDays(1);
    } else {
      return Instant.parse(v);
    }
    return end ? next.atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1) : first.atStartOfDay(ZoneOffset.UTC).toInstant();
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
    private String level;
    private LocalDate deadlineFrom;
    private LocalDate deadlineTo;
    private Sort sort;
    private int offset;
    private Interval timeline;

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
    public Builder level(String v) { level = v; return this; }
    public Builder deadlineFrom(LocalDate v) { deadlineFrom = v; return this; }
    public Builder deadlineTo(LocalDate v) { deadlineTo = v; return this; }
    public Builder sort(Sort v) { sort = v; return this; }
    public Builder offset(int v) { offset = v; return this; }
    public Builder timeline(Interval v) { timeline = v; return this; }

    public SearchRequest build() {
      return new SearchRequest(
          query, actor, holder, kind, from, to, source, minProbability, maxProbability, open, today,
          status, limit, facets, highlight, level, deadlineFrom, deadlineTo, sort, offset, timeline);
    }
  }
}
