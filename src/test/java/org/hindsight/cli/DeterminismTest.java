package org.hindsight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.hindsight.article.CorpusReader;
import org.hindsight.article.ReadOptions;
import org.hindsight.extract.Extraction;
import org.hindsight.extract.ExtractionJson;
import org.hindsight.index.Indexer;
import org.hindsight.index.Searcher;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled corpus ingested on one thread in reading order and on two threads in the reverse
 * order gives byte-identical extraction JSON for every article, and indexes that hold the same
 * articles. SUTime keeps state between calls (CoreNLP issue 1061), and articles now reach the index
 * as they finish, so neither the order nor the interleaving may leak into an article's output.
 */
class DeterminismTest {

  @TempDir Path dir;

  @Test
  void oneThreadAndTwoThreadsGiveTheSameExtractionForEveryArticle() throws Exception {
    List<Path> files = new ArrayList<>();
    for (String folder : List.of("corpus/articles", "corpus/seed", "corpus/later")) {
      try (Stream<Path> s = Files.list(SharedPipeline.repo().resolve(folder))) {
        s.sorted().forEach(files::add);
      }
    }
    List<Path> reversed = new ArrayList<>(files);
    Collections.reverse(reversed);
    Map<String, String> one = ingest(files, 1, dir.resolve("one"));
    Map<String, String> two = ingest(reversed, 2, dir.resolve("two"));
    assertEquals(one.keySet(), two.keySet());
    for (String id : one.keySet()) {
      if (!one.get(id).equals(two.get(id))) {
        fail("article " + id + " differs between 1 and 2 threads:\n  " + firstDifference(one.get(id), two.get(id)));
      }
    }
    assertEquals(42, one.size(), "every bundled article");
    try (Searcher a = Searcher.open(dir.resolve("one"));
        Searcher b = Searcher.open(dir.resolve("two"))) {
      for (String kind : List.of("article", "actor", "claim", "prediction")) {
        assertEquals(a.count(kind), b.count(kind), kind);
      }
    }
  }

  /** Ingests {@code inputs} through the shared pipeline; returns each article's extraction JSON. */
  private static Map<String, String> ingest(List<Path> inputs, int threads, Path index) throws Exception {
    Map<String, String> json = new ConcurrentHashMap<>();
    PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    Processor p =
        new Processor(
            new CorpusReader(ReadOptions.defaults()),
            new Processor.Settings(threads, Duration.ZERO, Processor.Order.COMPLETION, false, 0),
            err);
    try (Indexer indexer = Indexer.open(index, Indexer.Config.DEFAULT)) {
      Ingest.Summary s =
          new Ingest(
                  indexer,
                  false,
                  a -> {
                    AnnotatedDocument d = SharedPipeline.pipeline().annotate(a);
                    Extraction x = SharedPipeline.extractor().extract(d);
                    json.put(a.id(), ExtractionJson.toJson(x).toString());
                    return new Processor.Result<>(x, d.tokenCount());
                  },
                  err)
              .run(p, inputs);
      assertEquals(0, s.failed());
    }
    return new TreeMap<>(json);
  }

  private static String firstDifference(String a, String b) {
    int i = 0;
    while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - 120);
    return "1 thread : …" + a.substring(from, Math.min(a.length(), i + 120)) + "\n  2 threads: …" + b.substring(from, Math.min(b.length(), i + 120));
  }
}
