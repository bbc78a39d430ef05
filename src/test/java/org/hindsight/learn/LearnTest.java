package org.hindsight.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared learning machinery on synthetic data whose answer is known (no NLP models needed). */
class LearnTest {

  /** y = "yes" when feature "good" is present, with 10 % label noise; "noise" features carry nothing. */
  static List<Example> data(long seed, int n) {
    Random r = new Random(seed);
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean good = r.nextBoolean();
      boolean label = r.nextDouble() < 0.9 ? good : !good;
      List<String> f = new ArrayList<>();
      f.add(good ? "good" : "bad");
      f.add("noise" + r.nextInt(5));
      f.add(Example.real("len", r.nextInt(10) / 10.0));
      out.add(new Example(label ? "yes" : "no", f, "doc" + (i / 5), "synthetic"));
    }
    return out;
  }

  @Test
  void sameDataInAnyOrderGivesTheSameModelBytes() throws Exception {
    List<Example> a = data(7, 400);
    List<Example> b = new ArrayList<>(a);
    Collections.shuffle(b, new Random(3));
    MaxentTrainer t = new MaxentTrainer(MaxentTrainer.Params.defaults());
    assertArrayEquals(LearnedModel.bytes(t.train(a)), LearnedModel.bytes(t.train(b)));
  }

  @Test
  void learnsTheSignalAndExplainsIt(@TempDir Path dir) throws Exception {
    MaxentTrainer t = new MaxentTrainer(MaxentTrainer.Params.defaults());
    MaxentModel m = t.train(data(7, 400));
    var manifest = new ObjectMapper().createObjectNode().put("name", "toy");
    manifest.putObject("calibration").put("a", 1.0).put("b", 0.0);
    LearnedModel.write(dir, "toy", m, manifest);
    LearnedModel loaded = LearnedModel.load(dir, "toy");
    Example good = new Example(null, List.of("good", "noise1", Example.real("len", 0.5)), "x", "test");
    assertTrue(loaded.probability(good, "yes") > 0.8, "P(yes | good) = " + loaded.probability(good, "yes"));
    assertEquals("good", loaded.explain(good, "yes").get(0).feature());
  }

  @Test
  void aStalledTrainingIsAnErrorNotAModel() {
    // a real-valued feature worth 30,000 on the examples that have it: L-BFGS then stops at its
    // start, every weight about 0, and the model would answer the label frequencies for everything
    List<Example> data = withEverySeventh(Example.real("next", 30000));
    IllegalStateException x = assertThrows(IllegalStateException.class, () -> new MaxentTrainer(MaxentTrainer.Params.defaults()).train(data));
    assertTrue(x.getMessage().contains("stalled"), x.getMessage());
  }

  @Test
  void onlyFeaturesMadeRealAreRealValued() throws Exception {
    // "next=30000" is a word beside a cue, "cues=0" a bucket: both are binary names, present or
    // absent; before 2026-12-06 any name=number was read as a value (the first stalled the prediction
    // filter's training, the second switched its own feature off)
    Example e = new Example(null, List.of("next=30000", "cues=0", "rank=2-3", Example.real("score", 0.25), "a:=b"), "x", "test");
    assertArrayEquals(new String[] {"next=30000", "cues=0", "rank=2-3", "score", "a:=b"}, e.context());
    assertArrayEquals(new float[] {1f, 1f, 1f, 0.25f, 1f}, e.values());
    assertEquals("score:=0.0000", Example.real("score", Double.NaN));
    // and the same data that stalls with the value trains with the name
    MaxentModel m = new MaxentTrainer(MaxentTrainer.Params.defaults()).train(withEverySeventh("next=30000"));
    double[] p = m.eval(new String[] {"good", "next=30000"});
    assertTrue(p[m.getIndex("yes")] > 0.8, "P(yes | good) = " + p[m.getIndex("yes")]);
  }

  private static List<Example> withEverySeventh(String feature) {
    List<Example> data = new ArrayList<>();
    int i = 0;
    for (Example e : data(7, 400)) {
      List<String> f = new ArrayList<>(e.features());
      if (i++ % 7 == 0) {
        f.add(feature);
      }
      data.add(new Example(e.label(), f, e.group(), e.source()));
    }
    return data;
  }

  @Test
  void crossValidationKeepsGroupsTogetherAndCalibrates() {
    List<Example> data = data(11, 600);
    var scored = CrossValidation.run(data, 5, 1987, new MaxentTrainer(MaxentTrainer.Params.defaults()));
    assertEquals(600, scored.size());
    double acc = CrossValidation.figures(scored).get("accuracy");
    assertTrue(acc > 0.85 && acc < 0.95, "accuracy " + acc);
    Calibration c = Calibration.fit(CrossValidation.pairs(scored, "yes"));
    Reliability before = Reliability.of(CrossValidation.pairs(scored, "yes"), 10);
    List<double[]> after = new ArrayList<>();
    for (double[] x : CrossValidation.pairs(scored, "yes")) {
      after.add(new double[] {c.apply(x[0]), x[1]});
    }
    Reliability r = Reliability.of(after, 10);
    assertTrue(r.ece() <= before.ece() + 0.02, "ece " + before.ece() + " -> " + r.ece());
    assertTrue(r.ece() < 0.08, r.format());
    assertFalse(r.bins().isEmpty());
  }
}
