package org.hindsight.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hindsight.extract.Extraction;
import org.hindsight.extract.actor.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexerTest {

  @TempDir Path dir;

  private static final Indexer.Config CONFIG = Indexer.Config.DEFAULT;

  @Test
  void writesOneDocumentPerArticleActorClaimAndPrediction() throws IOException {
    try (Indexer indexer = Indexer.open(dir, CONFIG)) {
      assertEquals(Indexer.Outcome.ADDED, indexer.index(Fixtures.a1()));
    }
    try (Searcher s = Searcher.open(dir)) {
      assertEquals(7, s.count(null));
      assertEquals(1, s.count(Schema.KIND_ARTICLE));
      assertEquals(3, s.count(Schema.KIND_ACTOR));
      assertEquals(1, s.count(Schema.KIND_CLAIM));
      assertEquals(2, s.count(Schema.KIND_PREDICTION));
    }
  }

  @Test
  void theSameExtractionTwiceChangesNothing() throws IOException {
    try (Indexer indexer = Indexer.open(dir, CONFIG)) {
      assertEquals(Indexer.Outcome.ADDED, indexer.index(Fixtures.a1()));
      // before the commit: known from what this indexer wrote
      assertEquals(Indexer.Outcome.UNCHANGED, indexer.index(Fixtures.a1()));
      indexer.commit();
      // after the commit: known from the index
      assertEquals(Indexer.Outcome.UNCHANGED, indexer.index(Fixtures.a1()));
      assertEquals(7, indexer.documentCount());
    }
    long commitsBefore;
    try (Indexer indexer = Indexer.open(dir, CONFIG)) {
      assertEquals(Indexer.Outcome.UNCHANGED, indexer.index(Fixtures.a1()));
      assertTrue(indexer.contains(Fixtures.a1().article()));
      commitsBefore = indexer.commits();
      indexer.commit();
      assertEquals(commitsBefore, indexer.commits(), "nothing changed, nothing committed");
    }
    try (Searcher s = Searcher.open(dir)) {
      assertEquals(7, s.count(null));
    }
  }

  @Test
  void aChangedArticleReplacesAllItsDocuments() throws IOException {
    try (Indexer indexer = Indexer.open(dir, CONFIG)) {
      indexer.index(Fixtures.a1());
      indexer.index(Fixtures.a2());
      indexer.commit();
      Extraction changed = Fixtures.a1("Putin may offer an air truce to gain time");
      assertFalse(indexer.contains(changed.article()));
      assertEquals(Indexer.Outcome.REPLACED, indexer.index(changed));
    }
    try (Searcher s = Searcher.open(dir)) {
      assertEquals(7 + 5, s.count(null));
      assertEquals(0, s.search(SearchRequest.builder().query("concessions").build()).totalHits());
      SearchResult truce = s.search(SearchRequest.builder().query("truce").kind("prediction").build());
      assertEquals(List.of("a1:p0"), ids(truce));
      // the other article is untouched
      assertEquals(1, s.search(SearchRequest.builder().query("bridges").kind("claim").build()).totalHits());
    }
  }

  @Test
  void aFailedUpdateKeepsThePreviousVersionWhole() throws IOException {
    try (Indexer indexer = Indexer.open(dir, CONFIG)) {
      indexer.index(Fixtures.a1());
      indexer.commit();
      Extraction good = Fixtures.a1("Putin may offer an air truce to gain time");
      // an actor id longer than Lucene's term limit (32766 bytes) fails the whole block
      List<Actor> actors = new ArrayList<>(good.actors());
      Actor first = actors.get(0);
      actors.set(0, new Actor("x".repeat(40_000), first.name(), first.type(), first.aliases(), first.mentions()));
      Extraction broken = new Extraction(good.article(), actors, good.claims(), good.predictions());
      assertThrows(IllegalArgumentException.class, () -> indexer.index(broken));
      assertNull(indexer.failure(), "a bad document is not a tragedy for the writer");
      assertEquals(Indexer.Outcome.ADDED, indexer.index(Fixtures.a2()));
    }
    try (Searcher s = Searcher.open(dir)) {
      assertEquals(7 + 5, s.count(null));
      assertEquals(List.of("a1:p0"), ids(s.search(SearchRequest.builder().query("concessions").kind("prediction").build())));
      assertEquals(0, s.search(SearchRequest.builder().query("truce").build()).totalHits());
    }
  }

  @Test
  void commitsEveryNArticlesAndReadersSeeEachCommit() throws IOException {
    try (Indexer indexer = Indexer.open(dir, new Indexer.Config(2, 16))) {
      long initial = indexer.commits();
      indexer.index(Fixtures.bulk("b0", 3));
      indexer.index(Fixtures.bulk("b1", 3));
      assertEquals(initial + 1, indexer.commits());
      try (Searcher s = Searcher.open(dir)) {
        assertEquals(2, s.count(Schema.KIND_ARTICLE));
        indexer.index(Fixtures.bulk("b2", 3));
        assertFalse(s.refresh(), "nothing committed since");
        indexer.index(Fixtures.bulk("b3", 3));
        assertEquals(initial + 2, indexer.commits());
        assertTrue(s.refresh());
        assertEquals(4, s.count(Schema.KIND_ARTICLE));
        indexer.index(Fixtures.bulk("b4", 3));
      }
    }
    try (Searcher s = Searcher.open(dir)) {
      assertEquals(5, s.count(Schema.KIND_ARTICLE), "close commits the last batch");
    }
  }

  @Test
  void optimizeMergesIntoOneSegmentAndKeepsEveryHit() throws IOException {
    SearchRequest budget = SearchRequest.builder().query("budget").limit(100).build();
    SearchRequest putin = SearchRequest.builder().actor("Vladimir Putin").limit(100).build();
    List<String> before;
    List<String> beforeActor;
    try (Indexer indexer = Indexer.open(dir, new Indexer.Config(1, 16))) {
      indexer.index(Fixtures.a1());
      for (int i = 0; i < 5; i++) {
        indexer.index(Fixtures.bulk("b" + i, 4));
      }
      try (Searcher s = Searcher.open(dir)) {
        before = ids(s.search(budget));
        beforeActor = ids(s.search(putin));
      }
      int segments = indexer.optimize();
      assertTrue(segments >= 2, "one commit per article made several segments: " + segments);
      assertEquals(1, indexer.optimize(), "a second optimize finds one segment");
      assertEquals(Indexer.Outcome.UNCHANGED, indexer.index(Fixtures.bulk("b3", 4)), "still idempotent");
    }
    try (org.apache.lucene.index.DirectoryReader r =
        org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(dir))) {
      assertEquals(1, r.leaves().size());
    }
    try (Searcher s = Searcher.open(dir)) { // the schema version survives the merge
      assertEquals(25, before.size(), "20 claims and their 5 articles");
      assertEquals(before.stream().sorted().toList(), ids(s.search(budget)).stream().sorted().toList());
      assertFalse(beforeActor.isEmpty());
      assertEquals(beforeActor, ids(s.search(putin)));
    }
  }

  @Test
  void oneWriterAtATime() throws IOException {
    try (Indexer first = Indexer.open(dir, CONFIG)) {
      IOException e = assertThrows(IOException.class, () -> Indexer.open(dir, CONFIG));
      assertTrue(e.getMessage().contains("another process is writing"), e.getMessage());
      assertFalse(e.getMessage().contains("\n"));
      first.index(Fixtures.a3());
    }
  }

  @Test
  void refusesADirectoryThatHoldsSomethingElse() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "not an index");
    IncompatibleIndexException e = assertThrows(IncompatibleIndexException.class, () -> Indexer.open(dir, CONFIG));
    assertTrue(e.getMessage().contains("holds files but no index"), e.getMessage());
  }

  @Test
  void theContentHashFollowsTheExtraction() {
    assertEquals(Serialized.contentHash(Fixtures.a1()), Serialized.contentHash(Fixtures.a1()));
    assertFalse(Serialized.contentHash(Fixtures.a1()).equals(Serialized.contentHash(Fixtures.a1("Putin may offer an air truce"))));
  }

  static List<String> ids(SearchResult r) {
    return r.hits().stream().map(Hit::id).toList();
  }
}
