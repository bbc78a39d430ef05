package org.hindsight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hindsight.check.verdict.VerdictExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train verdict --from}: a model from committed examples, without an index; a missing file is a usage error. */
class TrainVerdictCommandTest {

  @TempDir Path dir;

  @Test
  void trainsFromFeaturisedExamplesWithoutAnIndex() throws IOException {
    // the first 800 committed examples: enough stories for five folds, quick to train
    List<String> lines = Files.readAllLines(VerdictExamples.BUNDLED);
    Path part = dir.resolve("part.tsv");
    Files.write(part, lines.subList(0, 800));
    Path out = dir.resolve("models");
    ExtractCommandTest.Result r = ExtractCommandTest.run("train", "verdict", "--from", part.toString(), "--out", out.toString(), "--date", "2026-12-07");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("verdict: " + VerdictExamples.read(part).examples().list().size() + " examples"), r.out());
    assertTrue(Files.size(out.resolve("verdict.bin")) > 1000);
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("verdict.json").toFile());
    assertTrue(manifest.path("command").asText().startsWith("hindsight train verdict --from " + part.toString().replace('\\', '/')), manifest.toString());
    assertTrue(manifest.path("cross_validated").has("checks.verdict_right"));
    // nothing is featurised, so no examples file is written beside the model
    assertTrue(Files.notExists(out.resolve("training")));
  }

  @Test
  void aMissingExamplesFileIsAUsageError() {
    ExtractCommandTest.Result r = ExtractCommandTest.run("train", "verdict", "--from", dir.resolve("none.tsv").toString(), "--out", dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("none.tsv") && r.err().contains("no such file"), r.err());
  }
}
