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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.hindsight.check.evidence.EmbedAhead;
import org.hindsight.check.evidence.Embedder;
import org.hindsight.check.evidence.EvidenceIndex;
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
 * stored with the index. Embedding ahead (what {@code ingest} does) leaves even the first check
 * nothing to embed, and changes no verdict.
 */
class RepeatCheckTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

  private static final List<String> CORPUS = List.of("corpus/seed/000_42324508f161359d.txt", "corpus/later/2025-08-07-alaska-summit-announced.txt",
      "corpus/later/2025-08-16-alaska-summit-no-ceasefire.txt", "corpus/later/2025-10-23-us-sanctions-rosneft-lukoil.txt",
      "corpus/articles/uk-budget-starmer.txt");

  @TempDir Path dir;

  /** Counts the texts it is asked to embed; vectors from the real model. */
  private static final class Counting implements Embedder {
    final AtomicInteger texts = new AtomicInteger();
    final Set<String> distinct = ConcurrentHashMap.newKeySet();

    @Override
    public List<float[]> embed(List<String> t) {
      texts.addAndGet(t.size());
      distinct.addAll(t);
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
      for (String f : CORPUS) {
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
  void embeddingAheadLeavesTheFirstCheckNothingToEmbedAndTheSameVerdicts() throws IOException {
    Path ahead = dir.resolve("ahead");
    Path plain = dir.resolve("plain");
    for (Path index : List.of(ahead, plain)) {
      try (Indexer indexer = Indexer.open(index, Indexer.Config.DEFAULT)) {
        for (String f : CORPUS) {
          indexer.index(SharedPipeline.extractor().extract(SharedPipeline.pipeline().annotate(SharedPipeline.read(f))));
        }
      }
    }
    Counting before = new Counting();
    EmbedAhead.Result r;
    try (CheckIndex where = CheckIndex.embedded(ahead);
        EvidenceIndex evidence = where.openEvidence();
        StoredVectors vectors = StoredVectors.open(where.state(), before)) {
      List<String> ids = evidence.articleStates().keySet().stream().sorted().toList();
      r = EmbedAhead.run(evidence, vectors, ids, 2);
    }
    assertEquals(CORPUS.size(), r.articles());
    assertTrue(r.embedded() > 0 && r.embedded() == before.texts.get(), r.toString());
    assertEquals(List.of(), r.failures());
    Counting first = new Counting();
    CheckRun.Result a = CheckRun.run(ahead, CheckConfig.defaults(AS_OF), first, 2, true);
    assertEquals(0, first.texts.get(), "every text the check compares was embedded ahead");
    Counting onFirstUse = new Counting();
    CheckRun.Result b = CheckRun.run(plain, CheckConfig.defaults(AS_OF), onFirstUse, 2, true);
    assertTrue(onFirstUse.texts.get() > 0);
    assertTrue(before.distinct.containsAll(onFirstUse.distinct), "ahead embeds every text a check reaches");
    assertEquals(lines(b), lines(a));
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
