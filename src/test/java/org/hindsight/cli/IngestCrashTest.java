package org.hindsight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.hindsight.extract.Extraction;
import org.hindsight.extract.ExtractionJson;
import org.hindsight.index.CrashChecks;
import org.hindsight.index.Schema;
import org.hindsight.index.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 under the new commit order: a child JVM ({@link CrashIngestCliMain}) ingests with the
 * real processor and {@link Ingest}, articles finishing out of order and committed as they finish,
 * and is killed with SIGKILL at a random moment, twice; then a third run completes. After each
 * kill the index passes CheckIndex and holds whole articles only, among them every article the
 * child reported before its last commit (at most the articles not yet committed are lost); after
 * the last run it holds every article of the corpus once.
 */
class IngestCrashTest {

  static final long SEED = 11;
  static final String PREFIX = "crash";
  private static final int ARTICLES = 600;
  private static final int BATCH = 25;

  @TempDir Path dir;

  private final SyntheticCorpus corpus = new SyntheticCorpus(SEED, PREFIX);
  private final Map<String, Integer> documentsOf = new HashMap<>();

  @Test
  void aKilledIngestLosesOnlyWhatWasNotCommittedAndTheNextRunCompletesIt() throws Exception {
    long seed = System.nanoTime();
    System.out.println("IngestCrashTest seed " + seed);
    Random random = new Random(seed);
    Path input = writeCorpus();
    Path index = dir.resolve("index");
    int before = 0;
    for (int round = 0; round < 2; round++) {
      Set<String> committed = runAndKill(input, index, 3 + random.nextInt(3), random.nextInt(300));
      Set<String> found = verify(index);
      System.out.println("round " + round + ": " + committed.size() + " reported committed, index holds " + found.size());
      assertTrue(found.containsAll(committed), "committed articles lost");
      assertTrue(found.size() > before, "the run resumed and added articles");
      before = found.size();
    }
    Process last = start(input, index);
    assertTrue(last.waitFor(120, TimeUnit.SECONDS), "the last run finishes");
    assertEquals(0, last.exitValue());
    assertEquals(documentsOf.keySet(), verify(index), "every article once");
  }

  private Path writeCorpus() throws IOException {
    Path file = dir.resolve("corpus.jsonl");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int n = 0; n < ARTICLES; n++) {
        Extraction x = corpus.article(n);
        ObjectNode line = ExtractionJson.article(x.article());
        w.write(line.toString());
        w.write('\n');
        documentsOf.put(x.article().id(), 1 + x.actors().size() + x.claims().size() + x.predictions().size());
      }
    }
    return file;
  }

  private Process start(Path input, Path index) throws IOException {
    return new ProcessBuilder(ChildCli.command("256m", CrashIngestCliMain.class.getName(), input.toString(), index.toString(), Integer.toString(BATCH)))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  /**
   * Runs the child until it has reported {@code commits} commits, waits {@code extraMillis}, kills
   * it; returns the articles it reported before its last commit line.
   */
  private Set<String> runAndKill(Path input, Path index, int commits, int extraMillis) throws Exception {
    Process p = start(input, index);
    Set<String> reported = new HashSet<>();
    Set<String> committed = new HashSet<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      int seen = 0;
      String line;
      while (seen < commits && (line = out.readLine()) != null) {
        assertTrue(System.nanoTime() < deadline, "the child is too slow");
        if (line.startsWith("indexed ")) {
          reported.add(line.substring("indexed ".length()));
        } else if (line.equals("committed")) {
          committed.addAll(reported);
          seen++;
        }
      }
      assertTrue(seen >= commits, "the child stopped early (exit " + (p.isAlive() ? "-" : p.exitValue()) + ")");
      CrashChecks.killAfter(p, extraMillis);
    } finally {
      p.destroyForcibly();
    }
    return committed;
  }

  /** Checks the index after a crash; returns the ids of the articles it holds. */
  private Set<String> verify(Path index) throws IOException {
    CrashChecks.assertClean(index);
    Set<String> ids = new HashSet<>();
    try (FSDirectory d = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(d)) {
      IndexSearcher s = new IndexSearcher(reader);
      TermQuery articles = new TermQuery(new Term(Schema.KIND, Schema.KIND_ARTICLE));
      StoredFields stored = s.storedFields();
      for (ScoreDoc sd : s.search(articles, Math.max(1, s.count(articles))).scoreDocs) {
        Document doc = stored.document(sd.doc);
        String id = doc.get(Schema.ID);
        assertTrue(ids.add(id), "article " + id + " twice");
        assertTrue(documentsOf.containsKey(id), "unknown article " + id);
        assertEquals(documentsOf.get(id), s.count(new TermQuery(new Term(Schema.ARTICLE_ID, id))), "documents of " + id);
      }
    }
    return ids;
  }
}
