package org.hindsight.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hindsight.check.evidence.Embedder;
import org.hindsight.check.evidence.MiniLmEmbedder;
import org.hindsight.check.evidence.StoredVectors;
import org.hindsight.check.store.VerdictJson;
import org.hindsight.check.verdict.CheckConfig;
import org.hindsight.check.verdict.CheckedPrediction;
import org.hindsight.index.Indexer;
import org.hindsight.nlp.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checking the same index twice gives the same answer, and the second time embeds nothing: a
 * check rewrites the documents of predictions whose status changed (their deleted copies must not
 * move the statistics candidates are ranked by), and the sentence vectors of the first run are
 * stored with the index.
 */
class RepeatCheckTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

  @TempDir Path dir;

  /** Counts the texts it is asked to embed; vectors from the real model. */
  private static final class Counting implements Embedder {
    final AtomicInteger texts = new AtomicInteger();

    @Override
    public List<float[]> embed(List<String> t) {
      texts.addAndGet(t.size());
      return MiniLmEmbedder.shared().embed(t);
    }

    @Override
    public int dimension() {
      return MiniLmEmbedder.shared().dimension();
    }
  }

  @Test
  void aSecondFullCheckGivesTheSameVerdictsWithoutEmbedding() throws IOException {
    Path index = dir.resolve("index");
    try (Indexer indexer = Indexer.open(index, Indexer.Config.DEFAULT)) {
      for (String f : List.of("corpus/seed/000_42324508f161359d.txt", "corpus/later/2025-08-07-alaska-summit-announced.txt",
          "corpus/later/2025-08-16-alaska-summit-no-ceasefire.txt", "corpus/later/2025-10-23-us-sanctions-rosneft-lukoil.txt",
          "corpus/articles/uk-budget-starmer.txt")) {
        indexer.index(SharedPipeline.extractor().extract(SharedPipeline.pipeline().annotate(SharedPipeline.read(f))));
      }
    }
    Counting first = new Counting();
    CheckRun.Result a = CheckRun.run(index, CheckConfig.defaults(AS_OF), first, 2, true);
    assertTrue(a.statusesWritten() > 0, "the first check writes statuses, rewriting documents");
    assertTrue(first.texts.get() > 0);
    Counting second = new Counting();
    CheckRun.Result b = CheckRun.run(index, CheckConfig.defaults(AS_OF), second, 2, true);
    assertEquals(0, second.texts.get(), "every sentence's vector was stored by the first check");
    assertEquals(lines(a), lines(b));
  }

  @Test
  void storedVectorsComeBackBitForBit() throws IOException {
    Counting inner = new Counting();
    List<String> texts = List.of("Putin might make limited concessions.", "The summit ended without a ceasefire.");
    List<float[]> computed;
    try (StoredVectors v = StoredVectors.open(dir, inner)) {
      computed = v.embed(texts);
    }
    try (StoredVectors v = StoredVectors.open(dir, inner)) {
      List<float[]> again = v.embed(texts);
      for (int i = 0; i < texts.size(); i++) {
        assertArrayEquals(computed.get(i), again.get(i));
      }
      assertEquals(2, v.read());
    }
    assertEquals(2, inner.texts.get(), "embedded once, on first use");
    assertTrue(Files.isDirectory(dir.resolve(StoredVectors.FOLDER)));
  }

  private static List<String> lines(CheckRun.Result r) {
    List<String> out = new ArrayList<>();
    for (CheckedPrediction c : r.predictions()) {
      out.add(VerdictJson.checked(c).toString());
    }
    return out;
  }
}
