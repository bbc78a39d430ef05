package org.hindsight.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hindsight.check.evidence.ArticleView;
import org.hindsight.check.verdict.CheckedPrediction;
import org.hindsight.check.verdict.Status;
import org.hindsight.index.QuerySyntaxException;
import org.hindsight.index.SearchResult;

/**
 * The URLs of the workbench and what answers them: pages (HTML), their exports (CSV, JSON Lines,
 * ClaimReview JSON-LD), the JSON API, and the judging form. Every list's page, export and API
 * answer come from one search, so they hold the same hits. Thread-safe: it keeps no state of its
 * own.
 */
final class Routes {

  static final int MAX_NOTE = 2000;
  static final int MAX_ID = 300;

  /** Picks up the index's latest commit. */
  interface Refresh {
    void run() throws IOException;
  }

  private final Workbench lists;
  private final ItemPages items;
  private final Verdicts verdicts;
  private final Refresh refresh;

  Routes(Workbench lists, ItemPages items, Verdicts verdicts, Refresh refresh) {
    this.lists = lists;
    this.items = items;
    this.verdicts = verdicts;
    this.refresh = refresh;
  }

  void register(RoutesConfig r, Supplier<Guard> guard) {
    r.get("/", this::searchPage);
    r.get("/search.csv", ctx -> download(ctx, "text/csv; charset=utf-8", "hindsight-search.csv", Exports.csv(search(ctx).hits(), form(ctx).offset() + 1)));
    r.get("/search.jsonl", ctx -> download(ctx, "application/x-ndjson; charset=utf-8", "hindsight-search.jsonl", Exports.jsonl(search(ctx).hits(), form(ctx).offset() + 1)));
    r.get("/search.claimreview.jsonld", ctx -> claimReviews(ctx, search(ctx), "hindsight-search-claimreview.jsonld"));
    r.get("/api/search", ctx -> api(ctx, form -> Api.hits(lists.searchResult(form), form, form.errors(), Map.of())));
    r.get("/ledger", this::ledgerPage);
    r.get("/ledger.csv", ctx -> download(ctx, "text/csv; charset=utf-8", "hindsight-ledger.csv", Exports.csv(ledger(ctx).hits(), form(ctx).offset() + 1)));
    r.get("/ledger.jsonl", ctx -> download(ctx, "application/x-ndjson; charset=utf-8", "hindsight-ledger.jsonl", Exports.jsonl(ledger(ctx).hits(), form(ctx).offset() + 1)));
    r.get("/ledger.claimreview.jsonld", ctx -> claimReviews(ctx, ledger(ctx), "hindsight-ledger-claimreview.jsonld"));
    r.get("/api/ledger", ctx -> api(ctx, form -> Api.hits(lists.ledgerResult(form), form, form.errors(),
        Map.of("view", Workbench.View.parse(form.get("view")).name().toLowerCase(java.util.Locale.ROOT), "as_of", Workbench.asOf(form).toString()))));
    r.get("/prediction", this::predictionPage);
    r.get("/prediction.claimreview.jsonld", this::predictionReview);
    r.get("/api/prediction", this::predictionApi);
    r.post("/judge", ctx -> judge(ctx, guard.get()));
    r.get("/article", this::articlePage);
    r.get("/api/article", this::articleApi);
    r.get("/actor", ctx -> profile(ctx, lists.actor(name(ctx))));
    r.get("/source", ctx -> profile(ctx, lists.source(name(ctx))));
    r.get("/api/scorecard", this::scorecardApi);
    r.exception(QuerySyntaxException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, "Bad query", e.getMessage()));
    r.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, "Bad request", e.getMessage()));
    r.exception(IOException.class, (e, ctx) -> error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "The index is busy or unreadable", e.getMessage()));
    r.error(404, ctx -> {
      if (ctx.result() == null) {
        error(ctx, HttpStatus.NOT_FOUND, "Not found", "Nothing here: " + ctx.path());
      }
    });
  }

  // ---- lists ----

  private static SearchForm form(Context ctx) {
    return SearchForm.read(ctx::queryParam);
  }

  private SearchResult search(Context ctx) throws IOException {
    return lists.searchResult(form(ctx));
  }

  private SearchResult ledger(Context ctx) throws IOException {
    return lists.ledgerResult(form(ctx));
  }

  private void searchPage(Context ctx) throws IOException {
    SearchForm form = form(ctx);
    List<String> errors = new java.util.ArrayList<>(form.errors());
    SearchResult r;
    try {
      r = lists.searchResult(form);
    } catch (QuerySyntaxException e) {
      errors.add(e.getMessage());
      r = new SearchResult(0, true, List.of(), Map.of());
    }
    html(ctx, "search.jte", lists.search(form, r, errors));
  }

  private void ledgerPage(Context ctx) throws IOException {
    SearchForm form = form(ctx);
    html(ctx, "ledger.jte", lists.ledger(form, lists.ledgerResult(form)));
  }

  private void claimReviews(Context ctx, SearchResult r, String file) throws IOException {
    download(ctx, "application/ld+json; charset=utf-8", file, Exports.claimReviews(lists.verdictsOf(r.hits()), site(ctx)));
  }

  private interface FormAnswer {
    String answer(SearchForm form) throws IOException;
  }

  private static void api(Context ctx, FormAnswer f) throws IOException {
    SearchForm form = form(ctx);
    if (!form.errors().isEmpty()) {
      json(ctx.status(HttpStatus.BAD_REQUEST), Api.error(String.join("; ", form.errors())));
      return;
    }
    json(ctx, f.answer(form));
  }

  // ---- items ----

  private void predictionPage(Context ctx) throws IOException {
    ItemPages.Item item = items.item(id(ctx));
    if (item == null) {
      error(ctx, HttpStatus.NOT_FOUND, "No such prediction", "The index holds no prediction " + ctx.queryParam("id") + ".");
      return;
    }
    String flash = ctx.queryParam("judged") != null ? "Your verdict is recorded." : null;
    html(ctx, "prediction.jte", items.prediction(item, ctx.attribute("csrf"), flash));
  }

  private void predictionApi(Context ctx) throws IOException {
    ItemPages.Item item = items.item(id(ctx));
    if (item == null) {
      json(ctx.status(HttpStatus.NOT_FOUND), Api.error("no prediction " + ctx.queryParam("id")));
      return;
    }
    json(ctx, Api.prediction(items.checked(item.prediction()), verdicts.history(item.prediction().id())));
  }

  private void predictionReview(Context ctx) throws IOException {
    ItemPages.Item item = items.item(id(ctx));
    if (item == null) {
      json(ctx.status(HttpStatus.NOT_FOUND), Api.error("no prediction " + ctx.queryParam("id")));
      return;
    }
    CheckedPrediction c = items.checked(item.prediction());
    download(ctx, "application/ld+json; charset=utf-8", "hindsight-claimreview.jsonld", Exports.claimReviews(List.of(c), site(ctx)));
  }

  private void articlePage(Context ctx) throws IOException {
    ArticleView a = items.article(id(ctx));
    if (a == null) {
      error(ctx, HttpStatus.NOT_FOUND, "No such article", "The index holds no article " + ctx.queryParam("id") + ".");
      return;
    }
    html(ctx, "article.jte", items.article(a, ctx.queryParam("item")));
  }

  private void articleApi(Context ctx) throws IOException {
    ArticleView a = items.article(id(ctx));
    if (a == null) {
      json(ctx.status(HttpStatus.NOT_FOUND), Api.error("no article " + ctx.queryParam("id")));
      return;
    }
    json(ctx, Api.article(a));
  }

  private void profile(Context ctx, Pages.Profile p) {
    if (p == null) {
      error(ctx, HttpStatus.NOT_FOUND, "Nobody by that name", "No actor, holder or source in the index is called " + ctx.queryParam("name") + ".");
      return;
    }
    html(ctx, "profile.jte", p);
  }

  private void scorecardApi(Context ctx) throws IOException {
    String by = ctx.queryParam("by");
    org.hindsight.score.Scorecard.By grouping = by == null ? org.hindsight.score.Scorecard.By.ALL : org.hindsight.score.Scorecard.By.parse(by);
    json(ctx, org.hindsight.report.CalibrationTable.json(org.hindsight.score.Scorecard.of(verdicts.all(), grouping)).toString());
  }

  /** {@code POST /judge}: id, status, note, csrf. The same code as {@code hindsight judge}. */
  private void judge(Context ctx, Guard guard) throws IOException {
    if (guard == null || !guard.sameOrigin(ctx.header("Origin"), ctx.header("Referer"))) {
      error(ctx, HttpStatus.FORBIDDEN, "Refused", "Verdicts can only be given from this server's own pages.");
      return;
    }
    if (!guard.tokenValid(ctx.cookie(Guard.COOKIE), ctx.formParam("csrf"))) {
      error(ctx, HttpStatus.FORBIDDEN, "Refused", "The form is stale or was not sent by this server's page; reload the page and try again.");
      return;
    }
    String id = ctx.formParam("id");
    if (id == null || id.isBlank() || id.length() > MAX_ID) {
      throw new IllegalArgumentException("no prediction id");
    }
    Status status = Status.parse(String.valueOf(ctx.formParam("status")));
    String note = ctx.formParam("note");
    if (note != null && note.length() > MAX_NOTE) {
      throw new IllegalArgumentException("the note is longer than " + MAX_NOTE + " characters");
    }
    try {
      verdicts.judge(id, status, note == null || note.isBlank() ? null : note.strip());
    } catch (IllegalArgumentException e) {
      error(ctx, HttpStatus.NOT_FOUND, "No such prediction", e.getMessage());
      return;
    }
    // the status is in the index now: the next page searches the new commit
    refresh.run();
    ctx.redirect(Links.prediction(id) + "&judged=1", HttpStatus.SEE_OTHER);
  }

  // ---- answers ----

  private static String id(Context ctx) {
    String id = ctx.queryParam("id");
    if (id == null || id.isBlank() || id.length() > MAX_ID) {
      throw new IllegalArgumentException("an id parameter is required (at most " + MAX_ID + " characters)");
    }
    return id.strip();
  }

  private static String name(Context ctx) {
    String name = ctx.queryParam("name");
    if (name == null || name.isBlank() || name.length() > SearchForm.MAX_NAME) {
      throw new IllegalArgumentException("a name parameter is required (at most " + SearchForm.MAX_NAME + " characters)");
    }
    return name.strip();
  }

  /** The site's own URL as the browser asked for it (the Host header was checked by the guard). */
  private static String site(Context ctx) {
    return "http://" + ctx.header("Host");
  }

  static void html(Context ctx, String template, Object page) {
    ctx.contentType("text/html; charset=utf-8").result(Templates.render(template, page));
  }

  private static void json(Context ctx, String body) {
    ctx.contentType("application/json; charset=utf-8").result(body);
  }

  private static void download(Context ctx, String type, String file, String body) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    ctx.contentType(type).result(body);
  }

  static void error(Context ctx, HttpStatus status, String title, String message) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      json(ctx, Api.error(message));
    } else {
      html(ctx, "error.jte", new Pages.Error(status.getCode(), title, message));
    }
  }
}
