package org.hindsight.check.verdict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hindsight.check.evidence.EvidenceIndex;
import org.hindsight.check.evidence.Lexicon;
import org.hindsight.check.evidence.MiniLmEmbedder;
import org.hindsight.cli.CheckEvalCommand;
import org.hindsight.eval.GoldOutcomes;
import org.hindsight.learn.Example;
import org.hindsight.learn.LearnedModel;
import org.hindsight.learn.MaxentTrainer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The shipped verdict model: the file is the one its manifest describes, it is rebuilt bit for bit
 * from its committed featurised examples, and — where the dev check index has been built ({@code
 * check-eval}, needs ../shared) — those examples are, within {@link #DRIFT}, what the current code
 * makes of the labelled Reuters dev pairs.
 */
class VerdictModelTest {

  private static final Path MODELS = Path.of("models");

  @Test
  void theShippedFileIsTheOneItsManifestDescribes() throws IOException {
    LearnedModel m = LearnedModel.bundled(VerdictModel.NAME);
    JsonNode manifest = m.manifest();
    assertEquals(VerdictTrainer.sha256(Files.readAllBytes(MODELS.resolve("verdict.bin"))), manifest.path("sha256").asText());
    assertTrue(manifest.path("examples").asInt() > 700, "trained on the labelled dev pairs");
    assertTrue(manifest.path("cross_validated").has("checks.verdict_right"));
    assertNotNull(VerdictModel.bundled());
  }

  @Test
  void isRebuiltBitForBitFromItsCommittedExamples() throws IOException {
    JsonNode manifest = LearnedModel.bundled(VerdictModel.NAME).manifest();
    Path file = VerdictExamples.BUNDLED;
    assertTrue(manifest.path("data").asText().contains(VerdictTrainer.sha256(Files.readAllBytes(file))),
        "the manifest names the examples file it was trained on by its sha256");
    assertTrue(manifest.path("command").asText().startsWith("hindsight train verdict --from " + file.toString().replace('\\', '/')));
    VerdictExamples.Loaded loaded = VerdictExamples.read(file);
    List<Example> examples = loaded.examples().list();
    assertEquals(manifest.path("examples").asInt(), examples.size());
    assertEquals(manifest.path("skipped_pairs").asLong(), loaded.labelled() - examples.size());
    VerdictModel model = VerdictModel.bundled();
    int right = 0;
    for (Example e : examples) {
      Map<String, Double> p = model.learned().probabilities(e);
      String best = p.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      right += best.equals(e.label()) ? 1 : 0;
    }
    double accuracy = (double) right / examples.size();
    // at L2 4 the argmax is UNRELATED for nearly every pair in sample too (its share is 0.925 of the
    // 2,509 pairs of the fifteenth session), and out-of-fold draws can land a hair above it: the model
    // is read through its calibrated probabilities, not its argmax
    assertTrue(accuracy >= manifest.path("cross_validated").path("accuracy").asDouble() - 0.005,
        "in-sample accuracy " + accuracy + " below the cross-validated one");
    JsonNode params = manifest.path("params");
    MaxentTrainer trainer = new MaxentTrainer(new MaxentTrainer.Params(params.path("iterations").asInt(), params.path("l2").asDouble(), params.path("cutoff").asInt()));
    assertArrayEquals(Files.readAllBytes(MODELS.resolve("verdict.bin")), LearnedModel.bytes(trainer.train(examples)), "rebuilt bit for bit");
  }

  /**
   * The committed examples against what the current code makes of the labelled pairs (where the
   * dev check index of the current extraction has been built: {@code check-eval}, needs
   * ../shared). A small drift is what an extraction fix leaves behind and lands without retraining
   * (real values within {@link VerdictExamples#REAL_TOLERANCE}: word weights depend on the whole
   * index; the twenty-eighth session's claim fixes changed 126 of 4,436 examples beyond it, 2.8 %,
   * and moved the dev checks by one verdict without a retraining); past {@link #DRIFT} the model
   * reads features it was not trained on, and {@code train verdict} has to re-featurise the pairs.
   */
  @Test
  void theCommittedExamplesAreWhatTheCurrentCodeGives() throws IOException {
    Path index = devIndex();
    Assumptions.assumeTrue(index != null, "no check-eval index of the dev gold in target/check-eval (run check-eval)");
    CheckConfig config = CheckConfig.defaults(LocalDate.parse("1987-12-31"));
    List<Example> current;
    try (EvidenceIndex ix = EvidenceIndex.open(index)) {
      Checker checker = new Checker(ix, Lexicon.bundled(), MiniLmEmbedder.shared(), config, null);
      GoldOutcomes gold = GoldOutcomes.read(Path.of("corpus/gold/reuters/outcomes-dev.json"));
      current = VerdictTrainer.examples(Path.of("corpus/gold/reuters/pairs-dev.jsonl"), checker, gold.pairFinder(ix.predictions()), config, System.err).list();
    }
    List<Example> committed = VerdictExamples.read(VerdictExamples.BUNDLED).examples().list();
    VerdictExamples.Drift d = VerdictExamples.drift(committed, current);
    System.err.printf("verdict examples: %d committed, %d featurised now, %d lost, %d added%n", committed.size(), current.size(), d.lost(), d.added());
    assertTrue(d.changed() <= DRIFT * committed.size(),
        d.lost() + " committed examples are no longer featurised so and " + d.added() + " new ones are not committed, more than "
            + DRIFT + " of " + committed.size() + ": run `hindsight train verdict` (it re-featurises the pairs) and re-measure check-eval");
  }

  /** The share of the committed examples that may differ from the current featurising (the larger of lost and added). */
  static final double DRIFT = 0.05;

  /**
   * The dev check index that {@code check-eval} built for the current extraction code (its cache
   * folder is keyed by the stories and the code), or null: an index of another extraction has other
   * predictions and candidates, and the model is rebuilt only from its own.
   */
  private static Path devIndex() throws IOException {
    if (!Files.isDirectory(Path.of("target/check-eval"))) {
      return null;
    }
    Path gold = Path.of("corpus/gold/reuters/outcomes-dev.json");
    CheckEvalCommand eval = new CheckEvalCommand();
    new CommandLine(eval).parseArgs(gold.toString());
    try {
      return eval.cached(GoldOutcomes.read(gold));
    } catch (CommandLine.ParameterException e) {
      return null; // no Reuters corpus on this machine
    }
  }

}
