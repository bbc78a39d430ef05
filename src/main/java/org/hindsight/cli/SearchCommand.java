package org.hindsight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.hindsight.index.Hit;
import org.hindsight.index.HitJson;
import org.hindsight.index.QuerySyntaxException;
import org.hindsight.index.SearchRequest;
import org.hindsight.index.SearchResult;
import org.hindsight.index.SearchIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Searches the index. Loads Lucene only (never CoreNLP): a cold start answers in well under a
 * second.
 *
 * <p>{@code --json} prints JSON Lines. Field names are stable (keep them so; add, never rename):
 *
 * <pre>
 * one line per hit, best first:
 *   type          "hit"
 *   rank          1, 2, …
 *   score         relevance (BM25, number), null when there is no QUERY (hits are then newest first)
 *   kind          "claim" | "prediction" | "article"
 *   id            the item's id (the article id for articles)
 *   article_id    the article it comes from
 *   text          the item's sentence (an article's body)
 *   highlight     text with the matched words as **word** (an article: its best passages), or null
 *   holder        {"type": "author"|"actor", "name": string|null, "actor": actor id|null}; null for articles
 *   actors        [{"id": actor id, "name": canonical name}, …]
 *   published     ISO instant, e.g. "2025-08-06T00:00:00Z", or null when undated
 *   source        the article's source, or null
 *   title         the article's title, or null
 *   url           the article's URL, or null
 *   probability   number in [0, 1] or null (unhedged claims, articles)
 *   level         probability band, e.g. "UNLIKELY", or null
 *   polarity      "POSITIVE" | "NEGATIVE", or null for articles
 *   deadline      ISO date (the horizon's end), or null
 *   status        "OPEN" for predictions (verdicts later), null otherwise
 *   start, end    character offsets of text in the article's text, null for articles
 *   cues          ["might", …] the hedge and attribution cue words
 *   item          the stored extraction JSON: the extract contract's claim or prediction object (holder,
 *                 cues with offsets, condition, horizon …); for an article, its article object (with the text)
 * with --facets, one last line:
 *   type               "facets"
 *   total_hits         how many documents matched
 *   total_hits_exact   false when total_hits is a lower bound
 *   facets             {"kind"|"actor"|"holder"|"source"|"level"|"month": [{"value": string, "count": n}, …]}
 * </pre>
 */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Search claims, predictions and articles in the index (Lucene query syntax over the text; all words must match unless OR is written).")
final class SearchCommand implements Callable<Integer> {

  /** {@code --index DIR}, shared by every command that reads or writes the index. */
  static final class IndexDir {
    static final String ENV = "HINDSIGHT_INDEX";
    static final String DEFAULT = "hindsight-index";

    @Option(names = "--index", paramLabel = "DIR", description = "Index directory (default: $HINDSIGHT_INDEX, else hindsight-index in the working directory).")
    Path dir;

    Path resolve() {
      if (dir != null) {
        return dir;
      }
      String env = System.getenv(ENV);
      return Path.of(env != null && !env.isBlank() ? env : DEFAULT);
    }
  }

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Lucene query over the text, e.g. 'sanctions AND \"air truce\"', 'exact:concessions', 'cue:might'. Several words are joined.")
  List<String> query;

  @Option(names = "--actor", paramLabel = "NAME", description = "An actor the item is about: canonical name or any alias, case-insensitive (putin, Russia, the Kremlin).")
  String actor;

  @Option(names = "--holder", paramLabel = "NAME", description = "Who said it: name or alias; 'author' for the article's own voice.")
  String holder;

  @Option(names = "--kind", paramLabel = "KIND", description = "claim, prediction or article.")
  String kind;

  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (YYYY-MM-DD, YYYY-MM, YYYY or an ISO instant).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (inclusive: 2025-08 means to the end of August).")
  String to;

  @Option(names = "--source", paramLabel = "NAME", description = "The article's source (whole name, case-insensitive).")
  String source;

  @Option(names = "--min-prob", paramLabel = "P", description = "Probability at least P (0–1).")
  Double minProb;

  @Option(names = "--max-prob", paramLabel = "P", description = "Probability at most P (0–1).")
  Double maxProb;

  @Option(names = "--open", description = "Only open predictions: status OPEN and a deadline today or later, or none.")
  boolean open;

  @Option(names = "--status", paramLabel = "S", description = "Prediction status: OPEN, CONFIRMED, REFUTED or EXPIRED (set by check and judge).")
  String status;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--facets", description = "Also count facets: kind, actor, holder, source, level, month.")
  boolean facets;

  @Option(names = "--json", description = "JSON Lines (field names in the command's documentation and the README).")
  boolean json;

  @Mixin IndexBackend index;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    SearchRequest request;
    try {
      request =
          SearchRequest.builder()
              .query(query == null ? null : String.join(" ", query))
              .actor(actor)
              .holder(holder)
              .kind(kind)
              .from(from == null ? null : date("--from", from, false))
              .to(to == null ? null : date("--to", to, true))
              .source(source)
              .minProbability(minProb)
              .maxProbability(maxProb)
              .open(open)
              .status(status)
              .limit(limit)
              .facets(facets)
              .build();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    SearchResult result;
    try (SearchIndex searcher = index.openSearch(spec)) {
      result = searcher.search(request);
    } catch (QuerySyntaxException e) {
      spec.commandLine().getErr().println("hindsight: " + e.getMessage());
      return 2;
    }
    if (json) {
      int rank = 0;
      for (Hit h : result.hits()) {
        out.println(HitJson.hit(h, ++rank));
      }
      if (facets) {
        out.println(HitJson.facets(result));
      }
    } else {
      printText(out, result);
    }
    out.flush();
    return 0;
  }

  private static void printText(PrintWriter out, SearchResult r) {
    out.println(r.totalHits() + (r.totalExact() ? "" : "+") + (r.totalHits() == 1 ? " hit" : " hits"));
    int rank = 0;
    for (Hit h : r.hits()) {
      StringBuilder head = new StringBuilder();
      head.append(++rank).append(". ").append(h.kind());
      head.append("  ").append(h.published() == null ? "undated" : h.published().atZone(ZoneOffset.UTC).toLocalDate());
      if (h.source() != null) {
        head.append("  ").append(h.source());
      }
      if (h.probability() != null) {
        head.append(String.format(Locale.ROOT, "  p=%.2f", h.probability()));
        if (h.level() != null) {
          head.append(' ').append(h.level());
        }
      }
      if (h.deadline() != null) {
        head.append("  deadline ").append(h.deadline());
      }
      if (h.status() != null) {
        head.append("  ").append(h.status());
      }
      if (h.holder() != null) {
        head.append("  holder: ").append(holderName(h));
      }
      out.println(head);
      String body = h.highlight() != null ? h.highlight() : h.text();
      if ("article".equals(h.kind()) && h.highlight() == null) {
        body = (h.title() == null ? "" : h.title() + " — ") + abbreviate(h.text(), 240);
      }
      out.println("   " + oneLine(body));
      String actors = h.actors().stream().map(Hit.ActorRef::name).distinct().collect(Collectors.joining(", "));
      out.println("   " + (actors.isEmpty() ? "" : "actors: " + actors + " · ") + "id " + h.id());
    }
    if (!r.facets().isEmpty()) {
      out.println();
      out.println("facets:");
      for (Map.Entry<String, List<SearchResult.FacetCount>> e : r.facets().entrySet()) {
        String values =
            e.getValue().stream().map(c -> c.value() + " (" + c.count() + ")").collect(Collectors.joining(", "));
        out.println("  " + e.getKey() + ": " + (values.isEmpty() ? "—" : values));
      }
    }
  }

  private static String holderName(Hit h) {
    if (h.holder().name() != null) {
      return h.holder().name();
    }
    return h.holder().type() == null ? "?" : h.holder().type();
  }

  private static String abbreviate(String s, int max) {
    if (s == null) {
      return "";
    }
    return s.length() <= max ? s : s.substring(0, max) + "…";
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }

  /** A date bound ({@link SearchRequest#dateBound}); a usage error when unreadable. */
  private Instant date(String option, String value, boolean end) {
    try {
      return SearchRequest.dateBound(value, end);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), option + ": cannot read date '" + value + "' (expected YYYY-MM-DD, YYYY-MM, YYYY or an ISO instant)");
    }
  }
}
