package org.hindsight.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.hindsight.check.verdict.Status;
import org.hindsight.index.Schema;
import org.hindsight.index.SearchRequest;

/**
 * The state of a search or ledger view, read from the URL's query parameters and written back
 * into links, so that a link reproduces the view. Unknown parameters are dropped; values that do
 * not parse become messages for the page (and a 400 from the API), never exceptions. Bounds:
 * {@value #MAX_QUERY} characters of query, {@value #MAX_NAME} of a name, {@value #MAX_SIZE} hits
 * a page, {@value #MAX_DEPTH} hits deep. Immutable.
 *
 * <p>Parameters: {@code q} (Lucene syntax), {@code actor}, {@code holder}, {@code kind}, {@code
 * source}, {@code level}, {@code status}, {@code from}, {@code to} (publication: YYYY, YYYY-MM or
 * YYYY-MM-DD), {@code due_from}, {@code due_to} (deadline, YYYY-MM-DD), {@code open} (1), {@code
 * sort} (relevance, newest, deadline, deadline_desc), {@code interval} (week, month), {@code page}
 * (from 1), {@code size}; the ledger's {@code view} and {@code asof} (YYYY-MM-DD).
 */
public final class SearchForm {

  static final int MAX_QUERY = 1000;
  static final int MAX_NAME = 200;
  static final int MAX_SIZE = 100;
  static final int DEFAULT_SIZE = 20;
  /** How deep paging goes: page × size stays within this many hits. */
  static final int MAX_DEPTH = 1000;

  /** The parameters a view understands, in the order links write them. */
  static final List<String> KEYS =
      List.of("q", "actor", "holder", "kind", "source", "level", "status", "from", "to", "due_from", "due_to", "open", "sort", "interval", "view", "asof", "size", "page");

  private final Map<String, String> values;
  private final List<String> errors;

  private SearchForm(Map<String, String> values, List<String> errors) {
    this.values = Collections.unmodifiableMap(values);
    this.errors = List.copyOf(errors);
  }

  /** Reads the form from query parameters ({@code get} returns null for an absent one). */
  public static SearchForm read(Function<String, String> get) {
    Map<String, String> v = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    for (String k : KEYS) {
      String raw = get.apply(k);
      if (raw == null || raw.isBlank()) {
        continue;
      }
      String value = raw.strip();
      int max = k.equals("q") ? MAX_QUERY : MAX_NAME;
      if (value.length() > max) {
        errors.add(k + " is longer than " + max + " characters; cut to that");
        value = value.substring(0, max);
      }
      v.put(k, value);
    }
    SearchForm f = new SearchForm(v, errors);
    return new SearchForm(v, f.validate(errors));
  }

  /** An empty form with these values set (for links built in code). */
  public static SearchForm of(Map<String, String> values) {
    return read(values::get);
  }

  private List<String> validate(List<String> errors) {
    List<String> out = new ArrayList<>(errors);
    String kind = get("kind");
    if (kind != null && !Schema.SEARCHABLE_KINDS.contains(kind.toLowerCase(Locale.ROOT))) {
      out.add("kind must be claim, prediction or article");
    }
    String status = get("status");
    if (status != null) {
      try {
        Status.parse(status);
      } catch (IllegalArgumentException e) {
        out.add(e.getMessage());
      }
    }
    for (String k : List.of("from", "to")) {
      if (get(k) != null) {
        try {
          SearchRequest.dateBound(get(k), k.equals("to"));
        } catch (DateTimeParseException e) {
          out.add(k + ": cannot read date '" + get(k) + "' (expected YYYY-MM-DD, YYYY-MM or YYYY)");
        }
      }
    }
    for (String k : List.of("due_from", "due_to")) {
      if (get(k) != null && day(k) == null) {
        out.add(k + ": cannot read date '" + get(k) + "' (expected YYYY-MM-DD)");
      }
    }
    if (get("sort") != null && sort() == null) {
      out.add("sort must be relevance, newest, deadline or deadline_desc");
    }
    if (get("asof") != null && day("asof") == null) {
      out.add("asof: cannot read date '" + get("asof") + "' (expected YYYY-MM-DD)");
    }
    if (get("interval") != null && !List.of("week", "month").contains(get("interval"))) {
      out.add("interval must be week or month");
    }
    return out;
  }

  public String get(String key) {
    return values.get(key);
  }

  /** Messages about parameters that could not be used. */
  public List<String> errors() {
    return errors;
  }

  public String query() {
    return get("q");
  }

  public boolean open() {
    return "1".equals(get("open")) || "on".equals(get("open")) || "true".equals(get("open"));
  }

  public int size() {
    return clamp(number("size", DEFAULT_SIZE), 1, MAX_SIZE);
  }

  public int page() {
    int maxPage = Math.max(1, MAX_DEPTH / size());
    return clamp(number("page", 1), 1, maxPage);
  }

  public int offset() {
    return (page() - 1) * size();
  }

  /** The last page that paging may reach for {@code total} hits. */
  public int lastPage(long total) {
    long pages = Math.max(1, (total + size() - 1) / size());
    return (int) Math.min(pages, Math.max(1, MAX_DEPTH / size()));
  }

  public SearchRequest.Interval interval() {
    return "week".equals(get("interval")) ? SearchRequest.Interval.WEEK : SearchRequest.Interval.MONTH;
  }

  public SearchRequest.Sort sort() {
    String s = get("sort");
    if (s == null) {
      return null;
    }
    try {
      return SearchRequest.Sort.valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The search this form asks for (facets and timeline on), its bad values left out.
   *
   * @param today the day open-only compares deadlines with
   */
  public SearchRequest.Builder request(LocalDate today) {
    SearchRequest.Builder b =
        SearchRequest.builder()
            .query(query())
            .actor(get("actor"))
            .holder(get("holder"))
            .source(get("source"))
            .level(get("level"))
            .open(open())
            .today(today)
            .sort(sort())
            .limit(size())
            .offset(offset())
            .facets(true)
            .timeline(interval());
    if (get("kind") != null && Schema.SEARCHABLE_KINDS.contains(get("kind").toLowerCase(Locale.ROOT))) {
      b.kind(get("kind"));
    }
    if (get("status") != null && validStatus()) {
      b.status(get("status"));
    }
    b.from(bound("from", false)).to(bound("to", true)).deadlineFrom(day("due_from")).deadlineTo(day("due_to"));
    return b;
  }

  private boolean validStatus() {
    try {
      Status.parse(get("status"));
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private java.time.Instant bound(String key, boolean end) {
    if (get(key) == null) {
      return null;
    }
    try {
      return SearchRequest.dateBound(get(key), end);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A parameter as a date (YYYY-MM-DD), or null when absent or unreadable. */
  public LocalDate day(String key) {
    if (get(key) == null) {
      return null;
    }
    try {
      return LocalDate.parse(get(key));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** This form with {@code key} set to {@code value} (removed when null), back on page 1 unless the key is the page. */
  public SearchForm with(String key, String value) {
    Map<String, String> v = new LinkedHashMap<>(values);
    if (!key.equals("page")) {
      v.remove("page");
    }
    if (value == null || value.isBlank()) {
      v.remove(key);
    } else {
      v.put(key, value);
    }
    return new SearchForm(v, errors);
  }

  /** The query string of this form ("" when empty), parameters in {@link #KEYS} order. */
  public String queryString() {
    StringBuilder b = new StringBuilder();
    for (String k : KEYS) {
      String v = values.get(k);
      if (v != null) {
        b.append(b.length() == 0 ? "" : "&").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
      }
    }
    return b.toString();
  }

  /** {@code path} with this form's query string. */
  public String url(String path) {
    String q = queryString();
    return q.isEmpty() ? path : path + "?" + q;
  }

  /** {@code path} with this form's query string and {@code key} set to {@code value}. */
  public String url(String path, String key, String value) {
    return with(key, value).url(path);
  }

  /** Whether any filter (not the query, paging or display) is set. */
  public boolean filtered() {
    return List.of("actor", "holder", "kind", "source", "level", "status", "from", "to", "due_from", "due_to", "open").stream()
        .anyMatch(values::containsKey);
  }

  private int number(String key, int fallback) {
    String v = get(key);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static int clamp(int v, int lo, int hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
