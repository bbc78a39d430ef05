package org.hindsight.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hindsight.extract.ExtractionJson;
import org.junit.jupiter.api.Test;

/**
 * Per-article scorers summed give the figures of one scorer over all the articles, as the
 * bootstrap of {@code eval} needs (real Reuters dev gold; systems made from it, one exact and one
 * that keeps every other prediction and moves every deadline).
 */
class GoldScorerSumTest {

  private static JsonNode gold(String id) throws IOException {
    return ExtractionJson.MAPPER.readTree(Path.of("corpus/gold/reuters/dev/" + id + ".gold.json").toFile());
  }

  /** A system object whose predictions are gold's keys (every other one left out when {@code half}). */
  private static ObjectNode system(JsonNode gold, boolean half) {
    ObjectNode s = ExtractionJson.MAPPER.createObjectNode();
    ArrayNode preds = s.putArray("predictions");
    int k = 0;
    for (JsonNode g : gold.path("predictions")) {
      if (half && k++ % 2 == 1) {
        continue;
      }
      ObjectNode p = preds.addObject();
      p.put("text", g.path("key").asText());
      p.putObject("holder").put("type", "author");
      p.put("probability", 0.7);
      if (half) {
        p.putObject("horizon").put("end", "1999-12-31");
      }
    }
    s.putArray("claims");
    s.putArray("actors");
    return s;
  }

  @Test
  void summedScorersGiveTheFiguresOfOne() throws IOException {
    List<String> ids = List.of("reuters21578-10073", "reuters21578-9560", "reuters21578-10605");
    GoldScorer one = new GoldScorer();
    List<GoldScorer> each = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      JsonNode g = gold(ids.get(i));
      JsonNode s = system(g, i == 1);
      one.score(g, s);
      GoldScorer part = new GoldScorer();
      part.score(g, s);
      each.add(part);
    }
    var summed = GoldScorer.sum(each).figures();
    assertEquals(one.figures(), summed);
    double recall = summed.get("predictions.recall");
    assertTrue(recall > 0.5 && recall < 1.0, "some predictions left out: " + recall);
    // an article scored twice counts twice: a resample's figures are not the set's
    var twice = GoldScorer.sum(List.of(each.get(1), each.get(1))).figures();
    assertEquals(each.get(1).figures().get("predictions.recall"), twice.get("predictions.recall"));
    assertTrue(twice.get("predictions.recall") < recall);
  }
}
