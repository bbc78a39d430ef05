package org.hindsight.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hindsight.check.verdict.CheckedPrediction;
import org.hindsight.check.verdict.Evidence;
import org.hindsight.check.verdict.Verdict;
import org.hindsight.extract.ExtractionJson;
import org.hindsight.extract.Prediction;
import org.hindsight.index.Hit;
import org.hindsight.index.HitJson;

/**
 * The exports of a list, of exactly the hits it shows: CSV (one row a hit, a header row), JSON
 * Lines (the lines of {@code search --json}) and, for verdicts, schema.org {@code ClaimReview}
 * JSON-LD.
 *
 * <p>ClaimReview mapping (the claim reviewed is the prediction as stated, so a negated prediction
 * that came true as stated is CONFIRMED): {@code reviewRating} on a 1–5 scale, {@code
 * ratingValue} 5 and {@code alternateName} "Confirmed" for CONFIRMED, 1 and "Refuted" for REFUTED,
 * 3 and "Unresolved: deadline passed without evidence" for EXPIRED. OPEN predictions have no
 * review yet and are left out. Stateless.
 */
final class Exports {

  static final List<String> CSV_COLUMNS =
      List.of("rank", "kind", "id", "article_id", "published", "source", "title", "url", "holder", "actors", "probability", "level",
          "polarity", "deadline", "status", "text");

  private Exports() {}

  static String csv(List<Hit> hits, int firstRank) {
    StringBuilder b = new StringBuilder();
    b.append(String.join(",", CSV_COLUMNS)).append("\r\n");
    int rank = firstRank;
    for (Hit h : hits) {
      List<String> row =
          List.of(
              Integer.toString(rank++),
              h.kind(),
              h.id(),
              str(h.articleId()),
              h.published() == null ? "" : h.published().toString(),
              str(h.source()),
              str(h.title()),
              str(h.url()),
              h.holder() == null ? "" : str(h.holder().name() != null ? h.holder().name() : h.holder().type()),
              h.actors().stream().map(Hit.ActorRef::name).distinct().collect(Collectors.joining("; ")),
              h.probability() == null ? "" : String.format(Locale.ROOT, "%.3f", h.probability()),
              str(h.level()),
              str(h.polarity()),
              h.deadline() == null ? "" : h.deadline().toString(),
              str(h.status()),
              str(h.text()));
      b.append(row.stream().map(Exports::cell).collect(Collectors.joining(","))).append("\r\n");
    }
    return b.toString();
  }

  static String jsonl(List<Hit> hits, int firstRank) {
    StringBuilder b = new StringBuilder();
    int rank = firstRank;
    for (Hit h : hits) {
      b.append(HitJson.hit(h, rank++)).append('\n');
    }
    return b.toString();
  }

  /** ClaimReview objects for the resolved and expired verdicts among {@code checked}, as one JSON-LD array. */
  static String claimReviews(List<CheckedPrediction> checked, String site) {
    ArrayNode all = ExtractionJson.MAPPER.createArrayNode();
    for (CheckedPrediction c : checked) {
      ObjectNode r = claimReview(c, site);
      if (r != null) {
        all.add(r);
      }
    }
    return all.toPrettyString() + "\n";
  }

  /** One ClaimReview, or null for an OPEN verdict (nothing reviewed yet). */
  static ObjectNode claimReview(CheckedPrediction c, String site) {
    Verdict v = c.verdict();
    int rating;
    String name;
    switch (v.status()) {
      case CONFIRMED -> {
        rating = 5;
        name = "Confirmed";
      }
      case REFUTED -> {
        rating = 1;
        name = "Refuted";
      }
      case EXPIRED -> {
        rating = 3;
        name = "Unresolved: deadline passed without evidence";
      }
      default -> {
        return null;
      }
    }
    Prediction p = c.indexed().prediction();
    ObjectNode n = ExtractionJson.MAPPER.createObjectNode();
    n.put("@context", "https://schema.org");
    n.put("@type", "ClaimReview");
    n.put("url", site + Links.prediction(p.id()));
    n.put("claimReviewed", p.text());
    if (v.asOf() != null) {
      n.put("datePublished", v.asOf().toString());
    }
    ObjectNode author = n.putObject("author");
    author.put("@type", "Organization");
    author.put("name", v.judged() ? "hindsight (human verdict)" : "hindsight (automatic check)");
    ObjectNode item = n.putObject("itemReviewed");
    item.put("@type", "Claim");
    if (p.holder() != null && p.holder().name() != null) {
      ObjectNode holder = item.putObject("author");
      holder.put("@type", p.holder().actor() != null && p.holder().actor().startsWith("person/") ? "Person" : "Organization");
      holder.put("name", p.holder().name());
    } else if (c.indexed().article().source() != null) {
      // the article's own voice without a byline: the publication speaks
      ObjectNode holder = item.putObject("author");
      holder.put("@type", "Organization");
      holder.put("name", c.indexed().article().source());
    }
    if (c.indexed().article().published() != null) {
      item.put("datePublished", c.indexed().article().published().atZone(ZoneOffset.UTC).toLocalDate().toString());
    }
    ObjectNode appearance = item.putObject("appearance");
    appearance.put("@type", "NewsArticle");
    appearance.put("headline", c.indexed().article().title());
    String url = Links.external(c.indexed().article().url());
    if (url != null) {
      appearance.put("url", url);
    }
    if (p.horizon() != null && p.horizon().end() != null) {
      item.put("temporalCoverage", (p.horizon().start() == null ? ".." : p.horizon().start().toString()) + "/" + p.horizon().end());
    }
    ObjectNode rate = n.putObject("reviewRating");
    rate.put("@type", "Rating");
    rate.put("ratingValue", rating);
    rate.put("bestRating", 5);
    rate.put("worstRating", 1);
    rate.put("alternateName", name);
    if (v.note() != null) {
      n.put("reviewBody", v.note());
    }
    ArrayNode basis = n.putArray("isBasedOn");
    for (Evidence e : v.evidence()) {
      String u = Links.external(e.url());
      if (u != null) {
        basis.add(u);
      }
    }
    if (basis.isEmpty()) {
      n.remove("isBasedOn");
    }
    return n;
  }

  private static String str(String s) {
    return s == null ? "" : s;
  }

  /**
   * One CSV cell (RFC 4180 quoting); a text starting with = + - @ or a tab gets a leading
   * apostrophe so that spreadsheets do not run it as a formula.
   */
  static String cell(String s) {
    String v = s;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || v.startsWith(" ") || v.endsWith(" ")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
