package org.hindsight.check.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hindsight.check.evidence.ArticleRef;
import org.hindsight.check.stance.Stance;
import org.hindsight.check.verdict.CheckedPrediction;
import org.hindsight.check.verdict.Evidence;
import org.hindsight.check.verdict.Status;
import org.hindsight.check.verdict.Verdict;
import org.hindsight.extract.ExtractionJson;

/**
 * The JSON of verdicts, both ways: what {@code check --json} prints (one object per prediction)
 * and what the {@link VerdictStore} keeps. Field names are spelled here and nowhere else; they are
 * stable (add, never rename). Stateless and thread-safe.
 *
 * <pre>
 * {"prediction": {the extract contract's prediction fields (id, text, start, end, holder, actors,
 *                 cues, probability, level, polarity, condition, horizon),
 *                 "article": {"id", "title", "url", "published", "source"}},
 *  "status": "CONFIRMED" | "REFUTED" | "EXPIRED" | "OPEN",
 *  "confidence": 0–1,
 *  "as_of": "YYYY-MM-DD",
 *  "judged": true when a human verdict (hindsight judge) overrides the checker's,
 *  "note": the judge's note or the checker's one-line reason,
 *  "evidence": [{"article_id", "title", "url", "published", "sentence", "start", "end",
 *                "stance": "SUPPORTS" | "REFUTES", "score": 0–1}, …]}
 * </pre>
 */
public final class VerdictJson {

  private VerdictJson() {}

  /** One checked prediction, as {@code check --json} prints it. */
  public static ObjectNode checked(CheckedPrediction c) {
    ObjectNode root = ExtractionJson.MAPPER.createObjectNode();
    ObjectNode p = ExtractionJson.prediction(c.indexed().prediction());
    p.set("article", article(c.indexed().article()));
    root.set("prediction", p);
    verdictFields(root, c.verdict());
    return root;
  }

  public static ObjectNode article(ArticleRef a) {
    ObjectNode n = ExtractionJson.MAPPER.createObjectNode();
    n.put("id", a.id());
    n.put("title", a.title());
    n.put("url", a.url());
    n.put("published", a.published() == null ? null : a.published().toString());
    n.put("source", a.source());
    return n;
  }

  /** A verdict on its own (with its prediction id), as the store keeps it. */
  public static ObjectNode verdict(Verdict v) {
    ObjectNode root = ExtractionJson.MAPPER.createObjectNode();
    root.put("prediction_id", v.predictionId());
    verdictFields(root, v);
    return root;
  }

  private static void verdictFields(ObjectNode root, Verdict v) {
    root.put("status", v.status().name());
    root.put("confidence", v.confidence());
    root.put("as_of", v.asOf() == null ? null : v.asOf().toString());
    root.put("judged", v.judged());
    root.put("note", v.note());
    ArrayNode ev = root.putArray("evidence");
    for (Evidence e : v.evidence()) {
      ev.add(evidence(e));
    }
  }

  public static ObjectNode evidence(Evidence e) {
    ObjectNode n = ExtractionJson.MAPPER.createObjectNode();
    n.put("article_id", e.articleId());
    n.put("title", e.title());
    n.put("url", e.url());
    n.put("published", e.published() == null ? null : e.published().toString());
    n.put("sentence", e.sentence());
    n.put("start", e.start());
    n.put("end", e.end());
    n.put("stance", e.stance().name());
    n.put("score", e.score());
    return n;
  }

  /** Reads back what {@link #verdict} wrote. */
  public static Verdict verdictFrom(JsonNode n) {
    List<Evidence> ev = new ArrayList<>();
    for (JsonNode e : n.path("evidence")) {
      ev.add(
          new Evidence(
              text(e, "article_id"),
              text(e, "title"),
              text(e, "url"),
              e.hasNonNull("published") ? Instant.parse(e.get("published").asText()) : null,
              text(e, "sentence"),
              e.path("start").asInt(),
              e.path("end").asInt(),
              Stance.valueOf(e.path("stance").asText()),
              e.path("score").asDouble()));
    }
    return new Verdict(
        text(n, "prediction_id"),
        Status.valueOf(n.path("status").asText()),
        n.path("confidence").asDouble(),
        ev,
        n.hasNonNull("as_of") ? LocalDate.parse(n.get("as_of").asText()) : null,
        n.path("judged").asBoolean(false),
        text(n, "note"));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
