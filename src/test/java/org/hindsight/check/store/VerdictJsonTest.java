package org.hindsight.check.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hindsight.check.CheckFixtures;
import org.hindsight.check.evidence.ArticleView;
import org.hindsight.check.evidence.IndexedPrediction;
import org.hindsight.check.stance.Stance;
import org.hindsight.check.verdict.CheckedPrediction;
import org.hindsight.check.verdict.Evidence;
import org.hindsight.check.verdict.Status;
import org.hindsight.check.verdict.Verdict;
import org.hindsight.extract.Polarity;
import org.junit.jupiter.api.Test;

/** The JSON of check: the contract fields of the prediction with its article, the verdict, the evidence; and a round trip. */
class VerdictJsonTest {

  @Test
  void checkedPredictionJsonAndRoundTrip() {
    ArticleView a = CheckFixtures.predictionArticle("Putin might make limited concessions.", List.of("might"), Polarity.POSITIVE, Map.of());
    IndexedPrediction p = CheckFixtures.indexed(a, null);
    Evidence e = new Evidence("b", "Later title", "https://example.org/b", Instant.parse("2025-08-16T00:00:00Z"), "Putin made no concessions.", 10, 36, Stance.REFUTES, 0.61);
    Verdict v = new Verdict(p.id(), Status.REFUTED, 0.7, List.of(e), LocalDate.of(2026, 1, 15), false, "best refutation");
    JsonNode n = VerdictJson.checked(new CheckedPrediction(p, v));
    assertEquals("Putin might make limited concessions.", n.path("prediction").path("text").asText());
    assertEquals("POSITIVE", n.path("prediction").path("polarity").asText());
    assertEquals("a", n.path("prediction").path("article").path("id").asText());
    assertEquals("Test Wire", n.path("prediction").path("article").path("source").asText());
    assertTrue(n.path("prediction").has("horizon") && n.path("prediction").has("cues"));
    assertEquals("REFUTED", n.path("status").asText());
    assertEquals(0.7, n.path("confidence").asDouble(), 1e-9);
    JsonNode ev = n.path("evidence").get(0);
    assertEquals("b", ev.path("article_id").asText());
    assertEquals("Putin made no concessions.", ev.path("sentence").asText());
    assertEquals(10, ev.path("start").asInt());
    assertEquals("REFUTES", ev.path("stance").asText());
    assertEquals("2025-08-16T00:00:00Z", ev.path("published").asText());
    assertEquals(v, VerdictJson.verdictFrom(VerdictJson.verdict(v)));
  }
}
