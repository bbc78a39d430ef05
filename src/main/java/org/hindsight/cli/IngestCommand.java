package org.hindsight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.hindsight.article.Article;
import org.hindsight.extract.Extraction;
import org.hindsight.index.Indexer;
import org.hindsight.index.IngestIndex;
import org.hindsight.nlp.AnnotatedDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Reads, annotates, extracts and indexes articles (the stages of {@code extract}, on several
 * threads), committing every {@code --commit-every} changed articles. Idempotent: an article the
 * index already holds unchanged is not annotated again (unless {@code --reextract}; the models are
 * not even loaded when every article is known), and one whose extraction is unchanged is not
 * rewritten. Bad inputs are reported and counted; they never touch
 * what is indexed. Interrupting loses at most the batch in flight: run it again.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = "Read, annotate, extract and index articles into the embedded index (--index) or a SolrCloud collection (--solr).")
final class IngestCommand implements Callable<Integer> {

  @Mixin InputOptions input;

  @Mixin IndexBackend index;

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "200", description = "Commit every N changed articles (default: ${DEFAULT-VALUE}); a crash loses at most one batch.")
  int commitEvery;

  @Option(names = "--reextract", description = "Annotate and extract articles the index already holds (after the extractor changed); unchanged extractions are still not rewritten.")
  boolean reextract;

  @Option(names = "--optimize", description = "After ingesting, merge the index into one segment: faster searches (1.6x at the median on a 1M-item index), at the cost of rewriting it (about 25 s per GB). Done anyway when this run wrote at least half of the index's articles.")
  boolean optimize;

  /**
   * Whether to merge the index after a run: when asked, or when the run wrote at least half of the
   * articles the index now holds (a bulk load, where the merge costs little next to the ingest and
   * every later search gains; a small update to a large index is not worth rewriting it).
   */
  static boolean shouldOptimize(boolean asked, long writtenArticles, long indexedArticles) {
    return asked || (writtenArticles > 0 && 2 * writtenArticles >= indexedArticles);
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** What the job hands the indexing sink: an extraction, or null for an article already held. */
  private record Item(Extraction extraction, String location) {}

  /**
   * Annotates and extracts one article (on the processor's threads). A class rather than a lambda
   * so that no method of the command names {@link Stages}: picocli reflects on every command's
   * methods at start-up, and {@code search} must not load the NLP side.
   */
  private static final class Job implements Function<Article, Processor.Result<Item>> {
    private final IngestIndex indexer;
    private final boolean reextract;

    Job(IngestIndex indexer, boolean reextract) {
      this.indexer = indexer;
      this.reextract = reextract;
    }

    @Override
    public Processor.Result<Item> apply(Article a) {
      try {
        if (!reextract && indexer.contains(a)) {
          return new Processor.Result<>(new Item(null, a.path()), 0);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Stages stages = stages();
      AnnotatedDocument d = stages.pipeline.annotate(a);
      return new Processor.Result<>(new Item(stages.extractor.extract(d), a.path()), d.tokenCount());
    }

    // built on first need: re-ingesting a corpus the index already holds loads no models
    private volatile Stages stages;

    private Stages stages() {
      Stages s = stages;
      if (s == null) {
        synchronized (this) {
          s = stages;
          if (s == null) {
            stages = s = new Stages(false);
          }
        }
      }
      return s;
    }
  }

  @Override
  public Integer call() throws IOException {
    if (commitEvery < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--commit-every must be at least 1: " + commitEvery);
    }
    long t0 = System.nanoTime();
    PrintWriter err = spec.commandLine().getErr();
    long[] added = {0};
    long[] replaced = {0};
    long[] unchanged = {0};
    long[] notIndexed = {0};
    Processor.Counts counts;
    long documents;
    // open the index first: a locked or incompatible index fails before the models load
    String where;
    try (IngestIndex indexer = index.openIngest(spec, Indexer.Config.DEFAULT.withCommitEvery(commitEvery))) {
      where = indexer.describe();
      Processor p = new Processor(input.readOptions(), input.threadCount(), input.quiet, System.err);
      counts =
          p.run(
              input.paths,
              new Job(indexer, reextract),
              item -> {
                if (item.extraction() == null) {
                  unchanged[0]++;
                  return;
                }
                try {
                  switch (indexer.index(item.extraction())) {
                    case ADDED -> added[0]++;
                    case REPLACED -> replaced[0]++;
                    case UNCHANGED -> unchanged[0]++;
                  }
                } catch (IOException | RuntimeException e) {
                  if (indexer.failure() != null) {
                    throw new IllegalStateException(indexer.describe() + ": the index writer failed: " + oneLine(indexer.failure()), e);
                  }
                  notIndexed[0]++;
                  System.err.println(item.location() + ": not indexed: " + oneLine(e));
                }
              });
      indexer.commit();
      if (shouldOptimize(optimize, added[0] + replaced[0], indexer.articleCount())) {
        long m0 = System.nanoTime();
        int segments = indexer.optimize();
        if (segments > 1) {
          err.printf(Locale.ROOT, "hindsight ingest: merged %d segments into one in %.1f s%n", segments, (System.nanoTime() - m0) / 1e9);
        } else if (optimize && segments >= 0) {
          err.println("hindsight ingest: the index is one segment already");
        }
      }
      documents = indexer.documentCount();
    }
    long failed = counts.failed() + notIndexed[0];
    double seconds = (System.nanoTime() - t0) / 1e9;
    err.printf(
        Locale.ROOT,
        "hindsight ingest: %d articles indexed (%d new, %d replaced), %d unchanged, %d failed, %d skipped in %.1f s (%,d tokens annotated, %,.0f tokens/s over the whole run, model loading included); %s holds %d documents%n",
        added[0] + replaced[0], added[0], replaced[0], unchanged[0], failed, counts.skipped(), seconds,
        counts.tokens(), counts.tokens() / seconds, where, documents);
    err.flush();
    return failed > 0 ? 1 : 0;
  }

  private static String oneLine(Throwable t) {
    String m = t.getMessage() == null ? t.toString() : t.getMessage();
    return m.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
  }
}
