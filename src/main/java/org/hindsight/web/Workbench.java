package org.hindsight.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.hindsight.check.verdict.CheckedPrediction;
import org.hindsight.score.Scorecard;
import org.hindsight.index.Hit;
import org.hindsight.index.Schema;
import org.hindsight.index.SearchRequest;
import org.hindsight.index.SearchResult;
import org.hindsight.index.SearchIndex;
import org.hindsight.web.Views.Chip;
import org.hindsight.web.Views.Exports;
import org.hindsight.web.Views.FacetGroup;
import org.hindsight.web.Views.FacetLink;
import org.hindsight.web.Views.HitView;
import org.hindsight.web.Views.Pager;
import org.hindsight.web.Views.Tab;

/**
 * The lists of the workbench — search, the prediction ledger, actor and source pages — built from
 * {@link SearchIndex} (index) and {@link Verdicts} (check), with {@link Scorecard} track records. It
 * computes nothing of its own: it chooses requests and formats answers. The same method serves a
 * page, its exports and its API answer, so an export holds exactly what the page shows.
 *
 * <p>Thread-safe (the searcher and verdicts are).
 */
final class Workbench {

  /** Hits a profile page lists per section. */
  static final int PROFILE_HITS = 10;

  private final SearchIndex searcher;
  private final Verdicts verdicts;

  Workbench(SearchIndex searcher, Verdicts verdicts) {
    this.searcher = searcher;
    this.verdicts = verdicts;
  }

  static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  // ---- search ----

  /** The search a form asks for. */
  SearchResult searchResult(SearchForm form) throws IOException {
    return searcher.search(form.request(today()).build());
  }

  Pages.Search search(SearchForm form, SearchResult r, List<String> errors) {
    List<HitView> hits = views(r.hits(), form.offset());
    return new Pages.Search(
        form,
        errors,
        r.totalHits(),
        r.totalExact(),
        hits,
        facets(form, r),
        TimelineChart.of(r.timeline(), form.interval(), form),
        pager(form, "/", r.totalHits(), r.totalExact(), hits.size()),
        exports(form, "/search", "/api/search"),
        chips(form, "/"),
        choices(form));
  }

  // ---- ledger ----

  /** The ledger's views: what each shows and in which order. */
  enum View {
    DUE("Due within a week", "Open predictions whose deadline falls in the seven days from the as-of date, soonest first."),
    OVERDUE("Overdue, not re-checked", "Still OPEN though the deadline passed: the next check will settle or expire them."),
    EXPIRED("Expired unresolved", "The deadline passed and later reporting neither confirmed nor refuted them."),
    OPEN("Open", "Deadline on or after the as-of date, or none; soonest first."),
    CONFIRMED("Confirmed", "Later reporting confirmed them."),
    REFUTED("Refuted", "Later reporting refuted them."),
    ALL("All predictions", "Every prediction, by deadline.");

    final String heading;
    final String explanation;

    View(String heading, String explanation) {
      this.heading = heading;
      this.explanation = explanation;
    }

    static View parse(String s) {
      if (s != null) {
        for (View v : values()) {
          if (v.name().equalsIgnoreCase(s)) {
            return v;
          }
        }
      }
      return DUE;
    }
  }

  static LocalDate asOf(SearchForm form) {
    LocalDate d = form.day("asof");
    return d == null ? today() : d;
  }

  /** The request of one ledger view: the form's filters (query, actor, holder, source, level, dates) and the view's own. */
  static SearchRequest.Builder ledgerRequest(SearchForm form, View view) {
    LocalDate asOf = asOf(form);
    SearchRequest.Builder b = form.request(asOf).kind(Schema.KIND_PREDICTION).status(null).open(false).deadlineFrom(null).deadlineTo(null);
    switch (view) {
      case DUE -> b.status("OPEN").deadlineFrom(asOf).deadlineTo(asOf.plusDays(7)).sort(SearchRequest.Sort.DEADLINE);
      case OVERDUE -> b.status("OPEN").deadlineTo(asOf.minusDays(1)).sort(SearchRequest.Sort.DEADLINE_DESC);
      case EXPIRED -> b.status("EXPIRED").sort(SearchRequest.Sort.DEADLINE_DESC);
      case OPEN -> b.open(true).sort(SearchRequest.Sort.DEADLINE);
      case CONFIRMED, REFUTED -> b.status(view.name()).sort(SearchRequest.Sort.DEADLINE_DESC);
      default -> b.sort(SearchRequest.Sort.DEADLINE);
    }
    return b.facets(false).timeline(null);
  }

  SearchResult ledgerResult(SearchForm form) throws IOException {
    return searcher.search(ledgerRequest(form, View.parse(form.get("view"))).build());
  }

  Pages.Ledger ledger(SearchForm form, SearchResult r) throws IOException {
    View view = View.parse(form.get("view"));
    List<Tab> tabs = new ArrayList<>();
    for (View v : View.values()) {
      long n = searcher.countMatching(ledgerRequest(form, v).build());
      tabs.add(new Tab(v.heading, n, form.with("view", v.name().toLowerCase(java.util.Locale.ROOT)).url("/ledger"), v == view));
    }
    List<HitView> hits = views(r.hits(), form.offset());
    List<String> errors = new ArrayList<>(form.errors());
    return new Pages.Ledger(
        form,
        view.name().toLowerCase(java.util.Locale.ROOT),
        view.heading,
        view.explanation,
        asOf(form).toString(),
        tabs,
        errors,
        hits,
        pager(form, "/ledger", r.totalHits(), r.totalExact(), hits.size()),
        exports(form, "/ledger", "/api/ledger"),
        chips(form, "/ledger"),
        choices(form));
  }

  // ---- actors and sources ----

  /** An actor's page, or null when no actor or holder goes by the name. */
  Pages.Profile actor(String name) throws IOException {
    Set<String> ids = searcher.resolveActor(name);
    SearchResult said = searcher.search(SearchRequest.builder().holder(name).sort(SearchRequest.Sort.NEWEST).limit(PROFILE_HITS).build());
    SearchResult about =
        ids.isEmpty()
            ? new SearchResult(0, true, List.of(), Map.of())
            : searcher.search(SearchRequest.builder().actor(name).kind(Schema.KIND_PREDICTION).sort(SearchRequest.Sort.NEWEST).limit(PROFILE_HITS).build());
    if (ids.isEmpty() && said.totalHits() == 0) {
      return null;
    }
    String display = canonical(name, ids, about, said);
    List<CheckedPrediction> all = verdicts.all();
    Scorecard.Group held = group(all, c -> c.indexed().prediction().holder() != null
        && (ids.contains(c.indexed().prediction().holder().actor()) || name.equalsIgnoreCase(c.indexed().prediction().holder().name())));
    Scorecard.Group aboutThem = group(all, c -> c.indexed().prediction().actors().stream().anyMatch(ids::contains));
    return new Pages.Profile(
        "actor",
        display,
        ids.isEmpty() ? "a source quoted in the news" : String.join(", ", ids),
        Present.record("Predictions by " + display, held),
        Present.record("Predictions about " + display, aboutThem),
        "What " + display + " claimed and predicted",
        views(said.hits(), 0),
        said.totalHits(),
        Links.search("holder", name),
        "What was predicted about " + display,
        views(about.hits(), 0),
        about.totalHits(),
        "/?actor=" + Links.enc(name) + "&kind=prediction");
  }

  /** A source's page, or null when no article has the source. */
  Pages.Profile source(String name) throws IOException {
    SearchResult predictions =
        searcher.search(SearchRequest.builder().source(name).kind(Schema.KIND_PREDICTION).sort(SearchRequest.Sort.NEWEST).limit(PROFILE_HITS).build());
    SearchResult claims =
        searcher.search(SearchRequest.builder().source(name).kind(Schema.KIND_CLAIM).sort(SearchRequest.Sort.NEWEST).limit(PROFILE_HITS).build());
    long articles = searcher.countMatching(SearchRequest.builder().source(name).kind(Schema.KIND_ARTICLE).build());
    if (articles == 0) {
      return null;
    }
    String display = predictions.hits().isEmpty() ? name : predictions.hits().get(0).source();
    List<CheckedPrediction> all = verdicts.all();
    Scorecard.Group published = group(all, c -> name.equalsIgnoreCase(c.indexed().article().source()));
    Scorecard.Group authored = group(all, c -> name.equalsIgnoreCase(c.indexed().article().source())
        && c.indexed().prediction().holder() != null && c.indexed().prediction().holder().isAuthor());
    return new Pages.Profile(
        "source",
        display,
        articles + (articles == 1 ? " article" : " articles"),
        Present.record("Predictions published by " + display, published),
        Present.record("Predictions in " + display + "'s own voice", authored),
        "Predictions published",
        views(predictions.hits(), 0),
        predictions.totalHits(),
        "/?source=" + Links.enc(name) + "&kind=prediction",
        "Claims published",
        views(claims.hits(), 0),
        claims.totalHits(),
        "/?source=" + Links.enc(name) + "&kind=claim");
  }

  private static Scorecard.Group group(List<CheckedPrediction> all, Predicate<CheckedPrediction> keep) {
    return Scorecard.of(all.stream().filter(keep).toList(), Scorecard.By.ALL).overall();
  }

  private static String canonical(String name, Set<String> ids, SearchResult... results) {
    for (SearchResult r : results) {
      for (Hit h : r.hits()) {
        for (Hit.ActorRef a : h.actors()) {
          if (ids.contains(a.id())) {
            return a.name();
          }
        }
      }
    }
    return name;
  }

  // ---- shared parts ----

  /** The checked verdicts of the predictions among {@code hits}, in their order. */
  List<CheckedPrediction> verdictsOf(List<Hit> hits) throws IOException {
    List<CheckedPrediction> out = new ArrayList<>();
    for (Hit h : hits) {
      if (Schema.KIND_PREDICTION.equals(h.kind())) {
        CheckedPrediction c = verdicts.of(h.id());
        if (c != null) {
          out.add(c);
        }
      }
    }
    return out;
  }

  static List<HitView> views(List<Hit> hits, int offset) {
    List<HitView> out = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      out.add(Present.hit(hits.get(i), offset + i + 1));
    }
    return out;
  }

  private static Pager pager(SearchForm form, String path, long total, boolean exact, int shown) {
    int page = form.page();
    int last = form.lastPage(total);
    long first = shown == 0 ? 0 : form.offset() + 1L;
    return new Pager(
        page,
        last,
        first,
        form.offset() + (long) shown,
        total,
        exact,
        page > 1 ? form.url(path, "page", Integer.toString(page - 1)) : null,
        page < last ? form.url(path, "page", Integer.toString(page + 1)) : null);
  }

  private static Exports exports(SearchForm form, String base, String api) {
    return new Exports(form.url(base + ".csv"), form.url(base + ".jsonl"), form.url(base + ".claimreview.jsonld"), form.url(api));
  }

  private static final Map<String, String> FACET_LABELS =
      new LinkedHashMap<>(Map.of("kind", "Kind", "actor", "Actor", "holder", "Holder", "source", "Source", "level", "Probability", "month", "Month"));

  /** The facets as drill-down links; the value a filter holds links to removing it. */
  static List<FacetGroup> facets(SearchForm form, SearchResult r) {
    List<FacetGroup> out = new ArrayList<>();
    for (Map.Entry<String, List<SearchResult.FacetCount>> e : r.facets().entrySet()) {
      String dim = e.getKey();
      List<FacetLink> links = new ArrayList<>();
      for (SearchResult.FacetCount c : e.getValue()) {
        String value = c.value();
        String label = dim.equals("level") ? Present.level(value) : value;
        SearchForm next;
        boolean active;
        if (dim.equals("month")) {
          active = value.equals(form.get("from")) && value.equals(form.get("to"));
          next = active ? form.with("from", null).with("to", null) : form.with("from", value).with("to", value);
        } else {
          String param = dim;
          String v = dim.equals("holder") && value.equals(Schema.AUTHOR_LABEL) ? "author" : value;
          active = v.equalsIgnoreCase(String.valueOf(form.get(param)));
          next = form.with(param, active ? null : v);
        }
        links.add(new FacetLink(label, c.count(), next.url("/"), active));
      }
      if (dim.equals("month")) {
        links.sort((a, b) -> b.value().compareTo(a.value()));
      }
      if (!links.isEmpty()) {
        out.add(new FacetGroup(FACET_LABELS.getOrDefault(dim, dim), links));
      }
    }
    return out;
  }

  private static final List<String> CHIP_KEYS =
      List.of("q", "actor", "holder", "kind", "source", "level", "status", "from", "to", "due_from", "due_to", "open");

  static List<Chip> chips(SearchForm form, String path) {
    List<Chip> out = new ArrayList<>();
    for (String k : CHIP_KEYS) {
      String v = form.get(k);
      if (v != null) {
        String label = switch (k) {
          case "q" -> "“" + v + "”";
          case "open" -> "open only";
          case "level" -> "level: " + Present.level(v);
          case "due_from" -> "due from " + v;
          case "due_to" -> "due by " + v;
          default -> k + ": " + v;
        };
        out.add(new Chip(label, form.with(k, null).url(path)));
      }
    }
    return out;
  }

  static Pages.Choices choices(SearchForm form) {
    return new Pages.Choices(
        Present.kinds(form.get("kind")),
        Present.levels(form.get("level")),
        Present.statuses(form.get("status"), "any status"),
        Present.sorts(form.sort()),
        Present.sizes(form.size()));
  }
}
