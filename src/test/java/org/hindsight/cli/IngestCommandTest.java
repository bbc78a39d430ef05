package org.hindsight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.hindsight.article.Article;
import org.hindsight.index.Indexer;
import org.hindsight.index.Schema;
import org.hindsight.index.Searcher;
import org.hindsight.nlp.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest} as a user runs it, on articles the index already holds (no models loaded). */
class IngestCommandTest {

  @Test
  void reingestSkipsKnownArticlesAndOptimizeLeavesOneSegment(@TempDir Path dir) throws Exception {
    List<Article> articles = SharedPipeline.readAll("corpus/articles");
    try (Indexer indexer = Indexer.open(dir, new Indexer.Config(1, 16))) { // a segment per article
      for (Article a : articles.subList(0, 4)) {
        indexer.index(SharedPipeline.extractor().extract(SharedPipeline.pipeline().annotate(a)));
      }
    }
    long predictions;
    try (Searcher s = Searcher.open(dir)) {
      predictions = s.count(Schema.KIND_PREDICTION);
    }
    assertTrue(segments(dir) > 1);
    List<String> paths = articles.subList(0, 4).stream().map(Article::path).distinct().toList();
    String[] args =
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of("ingest", "--quiet", "--optimize", "--index", dir.toString()),
                paths.stream().filter(p -> !p.contains("#")))
            .toArray(String[]::new);
    ExtractCommandTest.Result r = ExtractCommandTest.run(args);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("0 articles indexed"), r.err());
    assertTrue(r.err().contains("segments into one"), r.err());
    assertEquals(1, segments(dir));
    try (Searcher s = Searcher.open(dir)) {
      assertEquals(predictions, s.count(Schema.KIND_PREDICTION));
    }
  }

  @Test
  void aBulkLoadIsMergedASmallUpdateIsNot() {
    assertTrue(IngestCommand.shouldOptimize(false, 19_043, 19_043), "a first ingest");
    assertTrue(IngestCommand.shouldOptimize(false, 500, 1_000), "half the index rewritten");
    assertFalse(IngestCommand.shouldOptimize(false, 25, 19_068), "a day's articles");
    assertFalse(IngestCommand.shouldOptimize(false, 0, 0), "nothing written");
    assertTrue(IngestCommand.shouldOptimize(true, 0, 19_043), "asked for");
  }

  private static int segments(Path dir) throws Exception {
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir))) {
      return r.leaves().size();
    }
  }
}
