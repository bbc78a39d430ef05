package org.hindsight.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.hindsight.check.verdict.Verdict;
import org.hindsight.extract.Extraction;
import org.hindsight.index.Indexer;
import org.hindsight.index.SearchRequest;
import org.hindsight.index.Searcher;
import org.hindsight.index.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verdict statuses written into the index ({@link Indexer#setStatuses}): searchable, the article's
 * content hash kept (so ingest still sees it unchanged), unknown ids ignored, and reset by a
 * re-ingest of changed content.
 */
class IndexStatusTest {

  @TempDir Path dir;

  @Test
  void statusesAreSearchableAndKeepTheContentHash() throws IOException {
    SyntheticCorpus corpus = new SyntheticCorpus(42, "st");
    Extraction x = null;
    for (long n = 0; x == null || x.predictions().isEmpty(); n++) {
      x = corpus.article(n);
    }
    String id = x.predictions().get(0).id();
    try (Indexer indexer = Indexer.open(dir, Indexer.Config.DEFAULT)) {
      assertEquals(Indexer.Outcome.ADDED, indexer.index(x));
      assertEquals(1, indexer.setStatuses(Map.of(id, "REFUTED", "nobody:p9", "CONFIRMED")));
      assertEquals(0, indexer.setStatuses(Map.of(id, "REFUTED")), "already so");
      assertEquals(Indexer.Outcome.UNCHANGED, indexer.index(x), "same content, same hash");
    }
    try (Searcher s = Searcher.open(dir)) {
      var hits = s.search(SearchRequest.builder().kind("prediction").status("REFUTED").build()).hits();
      assertEquals(1, hits.size());
      assertEquals(id, hits.get(0).id());
      assertEquals(
          x.predictions().size() - 1, s.search(SearchRequest.builder().kind("prediction").status("OPEN").limit(100).build()).totalHits());
    }
  }
}
