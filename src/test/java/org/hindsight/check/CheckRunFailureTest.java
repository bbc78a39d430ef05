package org.hindsight.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.hindsight.check.evidence.Embedder;
import org.hindsight.check.verdict.CheckConfig;
import org.hindsight.extract.Extraction;
import org.hindsight.index.Indexer;
import org.hindsight.index.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No input aborts a check: a prediction whose check throws is named in the result and left out,
 * the others get verdicts, and the next run examines it again.
 */
class CheckRunFailureTest {

  @TempDir Path dir;

  /** Throws on every call while broken, as a broken model or input would; else one fixed vector. */
  private static final class Flaky implements Embedder {
    volatile boolean broken = true;

    @Override
    public List<float[]> embed(List<String> texts) {
      if (broken) {
        throw new IllegalStateException("broken embedder\non two lines");
      }
      return texts.stream().map(t -> new float[] {1, 0, 0}).toList();
    }

    @Override
    public int dimension() {
      return 3;
    }
  }

  @Test
  void aFailingPredictionIsNamedAndTheRestAreChecked() throws IOException {
    SyntheticCorpus corpus = new SyntheticCorpus(7, "f");
    int predictions = 0;
    try (Indexer indexer = Indexer.open(dir, Indexer.Config.DEFAULT)) {
      for (long n = 0; n < 300; n++) {
        Extraction x = corpus.article(n);
        predictions += x.predictions().size();
        indexer.index(x);
      }
    }
    CheckConfig config = CheckConfig.defaults(LocalDate.of(2026, 6, 1));
    Flaky embedder = new Flaky();
    CheckRun.Result r = CheckRun.run(dir, config, embedder, 2, false);
    assertFalse(r.failures().isEmpty(), "some predictions reach the embedder");
    assertTrue(r.failures().size() < predictions, "not all of them");
    assertEquals(predictions, r.predictions().size() + r.failures().size());
    for (CheckRun.Failure f : r.failures()) {
      assertTrue(f.reason().contains("broken embedder on two lines"), f.reason());
      assertTrue(r.predictions().stream().noneMatch(c -> c.indexed().id().equals(f.predictionId())));
    }
    // the next run examines the failed ones again, and only those
    embedder.broken = false;
    CheckRun.Result again = CheckRun.run(dir, config, embedder, 2, false);
    assertEquals("incremental", again.mode());
    assertTrue(again.failures().isEmpty());
    assertEquals(predictions, again.predictions().size());
    assertEquals(r.failures().stream().map(CheckRun.Failure::predictionId).collect(Collectors.toSet()), again.examined());
  }
}
