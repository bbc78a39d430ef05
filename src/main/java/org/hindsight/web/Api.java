package org.hindsight.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.hindsight.check.evidence.ArticleView;
import org.hindsight.check.verdict.CheckedPrediction;
import org.hindsight.check.store.VerdictJson;
import org.hindsight.check.store.VerdictStore;
import org.hindsight.extract.ExtractionJson;
import org.hindsight.extract.actor.Actor;
import org.hindsight.extract.Claim;
import org.hindsight.extract.Prediction;
import org.hindsight.index.Hit;
import org.hindsight.index.HitJson;
import org.hindsight.index.SearchResult;

/**
 * The JSON of {@code /api/…} (documented in {@code web/openapi.yaml}): hits are the objects of
 * {@code search --json} ({@link HitJson}), verdicts those of {@code check --json} ({@link
 * VerdictJson}), scorecards those of {@code scorecard --json}. Stateless.
 */
final class Api {

  private Api() {}

  /** A list of hits: totals, paging, hits, and the facets and timeline when counted. */
  static String hits(SearchResult r, SearchForm form, List<String> errors, Map<String, Object> extra) {
    ObjectNode n = ExtractionJson.MAPPER.createObjectNode();
    n.put("total_hits", r.totalHits());
    n.put("total_hits_exact", r.totalExact());
    n.put("offset", form.offset());
    n.put("limit", form.size());
    extra.forEach((k, v) -> n.set(k, ExtractionJson.MAPPER.valueToTree(v)));
    ArrayNode hits = n.putArray("hits");
    int rank = form.offset();
    for (Hit h : r.hits()) {
      hits.add(parse(HitJson.hit(h, ++rank)));
    }
    if (!r.facets().isEmpty()) {
      n.set("facets", parse(HitJson.facets(r)).get("facets"));
    }
    if (!r.timeline().isEmpty()) {
      ArrayNode t = n.putArray("timeline");
      for (SearchResult.Bucket b : r.timeline()) {
        t.addObject().put("start", b.start().toString()).put("count", b.count());
      }
    }
    ArrayNode e = n.putArray("errors");
    errors.forEach(e::add);
    return n.toString();
  }

  /** A prediction as {@code check --json} prints it, with {@code "history"}: every judgment given. */
  static String prediction(CheckedPrediction c, List<VerdictStore.Judgment> history) {
    ObjectNode n = VerdictJson.checked(c);
    ArrayNode h = n.putArray("history");
    for (VerdictStore.Judgment j : history) {
      h.addObject().put("status", j.status().name()).put("note", j.note()).put("at", j.at() == null ? null : j.at().toString());
    }
    return n.toString();
  }

  /** An article: its fields and text, and its actors, claims and predictions in the extraction contract. */
  static String article(ArticleView a) {
    ObjectNode n = ExtractionJson.MAPPER.createObjectNode();
    ObjectNode art = VerdictJson.article(a.ref());
    art.put("text", a.text());
    n.set("article", art);
    ArrayNode actors = n.putArray("actors");
    for (Actor x : a.actors()) {
      actors.add(ExtractionJson.actor(x));
    }
    ArrayNode claims = n.putArray("claims");
    for (Claim c : a.claims()) {
      claims.add(ExtractionJson.claim(c));
    }
    ArrayNode predictions = n.putArray("predictions");
    for (Prediction p : a.predictions()) {
      predictions.add(ExtractionJson.prediction(p));
    }
    return n.toString();
  }

  /** An error answer: {@code {"error": message}}. */
  static String error(String message) {
    return ExtractionJson.MAPPER.createObjectNode().put("error", message).toString();
  }

  private static com.fasterxml.jackson.databind.JsonNode parse(String json) {
    try {
      return ExtractionJson.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("our own JSON does not parse: " + e.getOriginalMessage(), e);
    }
  }
}
