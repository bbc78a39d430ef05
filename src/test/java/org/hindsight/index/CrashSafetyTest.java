package org.hindsight.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.hindsight.extract.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of an ingest: a real child JVM ({@link CrashIngestMain}) indexes in small
 * commit batches and is killed with SIGKILL ({@code destroyForcibly}) at a random moment, twice
 * (the second run resumes on the crashed index). After each kill the index must open, pass
 * CheckIndex, and hold exactly the first N articles for some N that is a multiple of the batch
 * (whole committed batches only), each article with all of its documents.
 */
class CrashSafetyTest {

  private static final int BATCH = 7;

  @TempDir Path dir;

  @Test
  void aKilledIngestLeavesWholeCommittedBatches() throws Exception {
    long seed = System.nanoTime();
    System.out.println("CrashSafetyTest seed " + seed);
    Random random = new Random(seed);
    SyntheticCorpus corpus = new SyntheticCorpus(CrashIngestMain.SEED, CrashIngestMain.PREFIX);
    long before = 0;
    for (int round = 0; round < 2; round++) {
      long printed = runAndKill(before + 3 * BATCH, random.nextInt(500));
      long found = verify(corpus);
      System.out.println("round " + round + ": child reported " + printed + " committed, index holds " + found + " articles");
      assertTrue(found >= printed, "committed " + printed + " but found " + found);
      assertEquals(0, found % BATCH, "only whole batches: " + found);
      assertTrue(found > before, "the second run resumed and added batches");
      before = found;
    }
  }

  /** Starts the child, waits until it reports {@code atLeast} committed articles, then SIGKILLs it. */
  private long runAndKill(long atLeast, int extraMillis) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder pb =
        new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), CrashIngestMain.class.getName(), dir.toString(), Integer.toString(BATCH))
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    Process p = pb.start();
    long printed = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      String line;
      while (printed < atLeast && (line = out.readLine()) != null) {
        assertTrue(System.nanoTime() < deadline, "the child is too slow");
        if (line.startsWith("committed ")) {
          printed = Long.parseLong(line.substring("committed ".length()));
        }
      }
      assertTrue(printed >= atLeast, "the child stopped early (exit " + (p.isAlive() ? "—" : p.exitValue()) + ")");
      // (destroy closes the pipe: lines printed after the last one read are lost, so "printed"
      // is a lower bound of what was committed)
      CrashChecks.killAfter(p, extraMillis);
    } finally {
      p.destroyForcibly();
    }
    return printed;
  }

  /** Checks the index after a crash; returns how many articles it holds. */
  private long verify(SyntheticCorpus corpus) throws IOException {
    CrashChecks.assertClean(dir);
    try (Searcher s = Searcher.open(dir)) {
      assertEquals(Integer.toString(Schema.VERSION), s.commitUserData().get(Schema.VERSION_KEY));
    }
    try (FSDirectory d = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(d)) {
      IndexSearcher s = new IndexSearcher(reader);
      int articles = s.count(new TermQuery(new Term(Schema.KIND, Schema.KIND_ARTICLE)));
      TopDocs all = s.search(new TermQuery(new Term(Schema.KIND, Schema.KIND_ARTICLE)), Math.max(1, articles));
      StoredFields stored = s.storedFields();
      List<String> ids = new ArrayList<>();
      for (ScoreDoc sd : all.scoreDocs) {
        Document doc = stored.document(sd.doc);
        String id = doc.get(Schema.ID);
        ids.add(id);
        int expected = doc.getField(Schema.DOC_COUNT).numericValue().intValue();
        assertEquals(expected, s.count(new TermQuery(new Term(Schema.ARTICLE_ID, id))), "documents of " + id);
      }
      // exactly articles 0 … N-1, each as the corpus makes it
      for (int n = 0; n < articles; n++) {
        Extraction x = corpus.article(n);
        assertTrue(ids.contains(x.article().id()), "article " + n + " missing");
        int expected = 1 + x.actors().size() + x.claims().size() + x.predictions().size();
        assertEquals(expected, s.count(new TermQuery(new Term(Schema.ARTICLE_ID, x.article().id()))));
      }
      assertEquals(articles, ids.size());
      return articles;
    }
  }
}
