package org.hindsight.index;

import java.nio.file.Path;

/**
 * The child process of {@link CrashSafetyTest}: indexes the synthetic corpus (seed 5, articles 0,
 * 1, 2, … in order) into {@code args[0]} with a commit every {@code args[1]} articles, forever,
 * printing {@code committed N} after each commit that made the first N articles durable. The
 * test kills it with SIGKILL.
 */
public final class CrashIngestMain {

  static final long SEED = 5;
  static final String PREFIX = "crash";

  private CrashIngestMain() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int commitEvery = Integer.parseInt(args[1]);
    SyntheticCorpus corpus = new SyntheticCorpus(SEED, PREFIX);
    try (Indexer indexer = Indexer.open(dir, new Indexer.Config(commitEvery, 16))) {
      long commits = indexer.commits();
      for (long n = 0; ; n++) {
        indexer.index(corpus.article(n));
        if (indexer.commits() != commits) {
          commits = indexer.commits();
          System.out.println("committed " + (n + 1));
          System.out.flush();
        }
      }
    }
  }
}
