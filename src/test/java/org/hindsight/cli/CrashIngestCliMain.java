package org.hindsight.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.hindsight.article.CorpusReader;
import org.hindsight.article.ReadOptions;
import org.hindsight.extract.Extraction;
import org.hindsight.index.Indexer;
import org.hindsight.index.SyntheticCorpus;

/**
 * The child process of {@link IngestCrashTest}: ingests a JSON Lines corpus with the real
 * processor and {@link Ingest} (two threads, results indexed and committed as they finish) into
 * {@code args[1]} with a commit every {@code args[2]} articles. The NLP stage is replaced by the
 * synthetic corpus's extraction of each article after a random pause, so that articles finish out
 * of order. Prints {@code indexed ID} for each article handed to the indexer, {@code committed}
 * after each commit, and {@code done} at the end.
 */
public final class CrashIngestCliMain {

  private CrashIngestCliMain() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    Path index = Path.of(args[1]);
    int commitEvery = Integer.parseInt(args[2]);
    SyntheticCorpus synthetic = new SyntheticCorpus(IngestCrashTest.SEED, IngestCrashTest.PREFIX);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Processor processor =
        new Processor(
            new CorpusReader(ReadOptions.defaults()),
            new Processor.Settings(2, Duration.ofSeconds(60), Processor.Order.COMPLETION, false, 0),
            System.err);
    try (Indexer indexer = Indexer.open(index, Indexer.Config.DEFAULT.withCommitEvery(commitEvery))) {
      new Ingest(
              indexer,
              false,
              a -> {
                long n = Long.parseLong(a.id().substring(IngestCrashTest.PREFIX.length()), 16);
                sleep(new Random(n).nextInt(8) == 0 ? 40 : 1); // now and then a slow one
                Extraction x = synthetic.article(n);
                return new Processor.Result<>(new Extraction(a, x.actors(), x.claims(), x.predictions()), 1);
              },
              System.err,
              (id, committed) -> {
                out.println("indexed " + id);
                if (committed) {
                  out.println("committed");
                }
              })
          .run(processor, List.of(corpus));
    }
    out.println("done");
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
