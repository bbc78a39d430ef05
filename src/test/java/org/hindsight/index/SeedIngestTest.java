package org.hindsight.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hindsight.article.Article;
import org.hindsight.extract.Extraction;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on real NLP: the corpus seed (corpus/seed/) through the shared pipeline and the
 * extractor into an index, then the question of the README: predictions about Putin.
 */
class SeedIngestTest {

  @TempDir Path dir;

  @Test
  void findsPutinsConcessionsByActorAndKind() throws IOException {
    List<Article> articles = SharedPipeline.readAll("corpus/seed");
    assertFalse(articles.isEmpty());
    try (Indexer indexer = Indexer.open(dir, Indexer.Config.DEFAULT)) {
      for (Article a : articles) {
        AnnotatedDocument d = SharedPipeline.pipeline().annotate(a);
        Extraction x = SharedPipeline.extractor().extract(d);
        assertEquals(Indexer.Outcome.ADDED, indexer.index(x));
        assertEquals(Indexer.Outcome.UNCHANGED, indexer.index(x), "idempotent on real extractions too");
      }
    }
    try (Searcher s = Searcher.open(dir)) {
      SearchResult r = s.search(SearchRequest.builder().actor("putin").kind("prediction").limit(50).build());
      assertTrue(
          r.hits().stream().anyMatch(h -> h.text().contains("Putin might make limited concessions")),
          "hits: " + r.hits().stream().map(Hit::text).toList());
      assertTrue(r.hits().stream().allMatch(h -> h.kind().equals("prediction")));
      Hit concessions = r.hits().stream().filter(h -> h.text().contains("limited concessions")).findFirst().orElseThrow();
      assertTrue(concessions.actors().stream().anyMatch(a -> a.id().equals(Fixtures.PUTIN)));
      assertTrue(concessions.probability() != null && concessions.level() != null);
      assertEquals("OPEN", concessions.status());
      // and with words: highlighted
      Hit worded = s.search(SearchRequest.builder().query("concessions").actor("putin").kind("prediction").build()).hits().get(0);
      assertTrue(worded.highlight().contains("**concessions**"), worded.highlight());
      // the Kremlin is Russia
      assertTrue(s.search(SearchRequest.builder().actor("kremlin").build()).totalHits() > 0);
      assertTrue(s.actors(5).stream().anyMatch(a -> a.id().equals(Fixtures.PUTIN)));
    }
  }
}
