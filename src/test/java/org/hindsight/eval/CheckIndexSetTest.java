package org.hindsight.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stories a check evaluation indexes: gold stories plus every Nth line, keyed for the cache. */
class CheckIndexSetTest {

  @TempDir Path dir;

  private Path corpus(int n) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      lines.add("{\"id\": \"r-" + i + "\", \"published\": \"1987-03-01T00:00:00Z\", \"text\": \"Story " + i + ".\"}");
    }
    Path f = dir.resolve("corpus.jsonl");
    Files.write(f, lines);
    return f;
  }

  @Test
  void theIndexVersionCoversEveryModelExtractionLoads() throws IOException {
    // a retrained prediction filter, attribution or antecedent model changes what is extracted: an
    // index ingested with the old one must not be reused (the version once covered only the code,
    // the gazetteer and the hedge lexicon)
    List<String> uncovered = new ArrayList<>();
    try (var files = Files.list(Path.of("models"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String name = "models/" + f.getFileName();
        boolean checkOnly = name.startsWith("models/verdict.") || name.startsWith("models/stance-lexicon.") || name.endsWith(".md");
        if (!checkOnly && !CheckIndexSet.wanted(name)) {
          uncovered.add(name);
        }
      }
    }
    assertEquals(List.of(), uncovered);
    assertTrue(CheckIndexSet.wanted("org/hindsight/extract/prediction/learned/PredictionFeatures.class"));
  }

  @Test
  void selectsGoldStoriesAndEveryNthLine() throws IOException {
    Path f = corpus(50);
    CheckIndexSet s = CheckIndexSet.select(f, List.of("r-7", "r-22"), 20);
    // lines 0, 20, 40 are r-1, r-21, r-41
    assertEquals(List.of("r-1", "r-21", "r-22", "r-41", "r-7"), s.sorted());
    assertEquals(50, s.lines());
    Path out = dir.resolve("cache/stories.jsonl");
    s.write(out);
    List<String> written = Files.readAllLines(out);
    assertEquals(5, written.size());
    assertTrue(written.get(0).contains("\"r-1\"") && written.get(1).contains("\"r-7\""), "corpus order kept: " + written);
  }

  @Test
  void keyFollowsTheStories() throws IOException {
    Path f = corpus(30);
    String a = CheckIndexSet.select(f, List.of("r-7"), 20).key();
    assertEquals(a, CheckIndexSet.select(f, List.of("r-7"), 20).key());
    assertNotEquals(a, CheckIndexSet.select(f, List.of("r-8"), 20).key());
  }

  @Test
  void keyIsTheSameInEveryJvm() {
    // a hash of the sorted ids and the version: no set's iteration order (which varies from one
    // JVM to the next) may enter it
    assertEquals("b8d352bea32dc9a0", CheckIndexSet.key(List.of("r-2", "r-10", "r-1"), "v1"));
    assertEquals(CheckIndexSet.key(List.of("r-1", "r-10", "r-2"), "v1"), CheckIndexSet.key(java.util.Set.of("r-10", "r-2", "r-1"), "v1"));
  }

  @Test
  void failsNamingMissingStories() throws IOException {
    Path f = corpus(5);
    IOException e = assertThrows(IOException.class, () -> CheckIndexSet.select(f, List.of("r-99"), 20));
    assertTrue(e.getMessage().contains("r-99"), e.getMessage());
  }
}
