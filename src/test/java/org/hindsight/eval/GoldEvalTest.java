package org.hindsight.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hindsight.article.Article;
import org.hindsight.extract.ExtractionJson;
import org.hindsight.nlp.SharedPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extraction on every gold file of corpus/gold: the figures must not drop below the floors pinned
 * in expected-figures.json, and our scorer must print exactly what shared/eval/score.py prints.
 */
class GoldEvalTest {

  @TempDir static Path systemDir;
  private static final List<Path[]> PAIRS = new ArrayList<>();
  private static final GoldScorer SCORER = new GoldScorer();

  @BeforeAll
  static void extractAll() throws IOException {
    Path repo = SharedPipeline.repo();
    for (Path gold : GoldCorpus.goldFiles(List.of(repo.resolve("corpus/gold")))) {
      JsonNode g = ExtractionJson.MAPPER.readTree(gold.toFile());
      Article a = GoldCorpus.findArticle(repo.resolve("corpus"), g.path("file").asText());
      assertNotNull(a, "article of " + gold);
      ObjectNode system =
          ExtractionJson.toJson(SharedPipeline.extractor().extract(SharedPipeline.pipeline().annotate(a)));
      Path out = systemDir.resolve(gold.getFileName().toString().replace(".gold.json", ".system.json"));
      Files.writeString(out, system.toString(), StandardCharsets.UTF_8);
      SCORER.score(g, system);
      PAIRS.add(new Path[] {gold, out});
    }
  }

  @Test
  void everyGoldPhraseIsInItsArticle() throws IOException {
    Path repo = SharedPipeline.repo();
    for (Path[] pair : PAIRS) {
      JsonNode g = ExtractionJson.MAPPER.readTree(pair[0].toFile());
      String text = GoldCorpus.findArticle(repo.resolve("corpus"), g.path("file").asText()).text();
      for (String kind : List.of("predictions", "claims")) {
        for (JsonNode item : g.path(kind)) {
          assertTrue(text.contains(item.path("key").asText()), pair[0] + ": " + item.path("key"));
        }
      }
      for (JsonNode bad : g.path("not_predictions")) {
        assertTrue(text.contains(bad.asText()), pair[0] + ": " + bad);
      }
    }
  }

  @Test
  void figuresDoNotDrop() throws IOException {
    JsonNode floors =
        ExtractionJson.MAPPER.readTree(GoldEvalTest.class.getResourceAsStream("/expected-figures.json")).path("floors");
    Map<String, Double> figures = SCORER.figures();
    StringBuilder report = new StringBuilder(SCORER.report());
    List<String> dropped = new ArrayList<>();
    floors.fields().forEachRemaining(e -> {
      Double v = figures.get(e.getKey());
      if (v == null || v < e.getValue().asDouble()) {
        dropped.add(e.getKey() + " = " + v + " < floor " + e.getValue().asDouble());
      }
    });
    assertTrue(dropped.isEmpty(), dropped + "\n" + report);
  }

  @Test
  void agreesWithTheReferenceScorer() throws Exception {
    Path script = SharedPipeline.repo().resolve("../shared/eval/score.py").normalize();
    assumeTrue(Files.exists(script), "shared/eval/score.py not beside the checkout");
    List<String> cmd = new ArrayList<>(List.of("python3", script.toString()));
    for (Path[] pair : PAIRS) {
      cmd.add(pair[0].toString());
      cmd.add(pair[1].toString());
    }
    cmd.add("--json");
    Process p;
    try {
      p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "python3 not available: " + e.getMessage());
      return;
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    JsonNode reference = ExtractionJson.MAPPER.readTree(out);
    Map<String, Double> ours = SCORER.figures();
    List<String> names = new ArrayList<>();
    reference.fieldNames().forEachRemaining(names::add);
    assertEquals(names, new ArrayList<>(ours.keySet()), "same figures in the same order");
    for (String n : names) {
      assertEquals(reference.get(n).asDouble(), ours.get(n), 1e-9, n);
    }
    // and the text report is line for line the same
    List<String> text = new ArrayList<>(cmd.subList(0, cmd.size() - 1));
    Process t = new ProcessBuilder(text).redirectErrorStream(true).start();
    String refText = new String(t.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(t.waitFor(60, TimeUnit.SECONDS));
    assertEquals(refText, SCORER.report());
  }
}
