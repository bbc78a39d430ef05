package org.hindsight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
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
 * threads; see {@link Ingest}), committing as articles finish. Idempotent: an article the index
 * already holds unchanged is not annotated again (unless {@code --reextract}; the models are not
 * even loaded when every article is known), and one whose extraction is unchanged is not
 * rewritten. Bad inputs are reported and counted; they never touch what is indexed. Interrupting
 * loses at most the articles not yet committed: run it again. After indexing, the sentences a
 * check compares in meaning are embedded for the articles written ({@code EmbedAhead}; not with
 * {@code --no-embed}), so that the first check reads them back.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = "Read, annotate, extract and index articles into the embedded index (--index) or a SolrCloud collection (--solr).")
final class IngestCommand implements Callable<Integer> {

  @Mixin InputOptions input;

  @Mixin IndexBackend index;

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "200", description = "Commit every N changed articles, and at least every 30 s while there are changes (default: ${DEFAULT-VALUE}); a crash loses at most the articles not yet committed.")
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

  @Option(names = "--no-embed", description = "Do not embed the written articles' sentences for check now: the first check embeds them instead (a faster ingest, a slower first check).")
  boolean noEmbed;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Annotates and extracts one article (on the processor's threads). A class rather than a lambda
   * so that no method of the command names {@link Stages}: picocli reflects on every command's
   * methods at start-up, and {@code search} must not load the NLP side.
   */
  private static final class Job implements Processor.Job<Extraction> {
    private final int maxSentenceTokens;
    private final int maxArticleTokens;

    Job(int maxSentenceTokens, int maxArticleTokens) {
      this.maxSentenceTokens = maxSentenceTokens;
      this.maxArticleTokens = maxArticleTokens;
    }

    @Override
    public void prepare(Article a) {
      stages(); // the models load outside the first article's time budget
    }

    @Override
    public Processor.Result<Extraction> apply(Article a) {
      Stages stages = stages();
      AnnotatedDocument d = stages.pipeline.annotate(a);
      return new Processor.Result<>(stages.extractor.extract(d), d.tokenCount(), d.warnings());
    }

    // built on first need: re-ingesting a corpus the index already holds loads no models
    private volatile Stages stages;

    private Stages stages() {
      Stages s = stages;
      if (s == null) {
        synchronized (this) {
          s = stages;
          if (s == null) {
            stages = s = new Stages(false, maxSentenceTokens, maxArticleTokens);
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
    Processor processor = input.processor(Processor.Order.COMPLETION, System.err);
    Ingest.Summary s;
    long documents;
    Set<String> written = ConcurrentHashMap.newKeySet();
    // open the index first: a locked or incompatible index fails before the models load
    String where;
    try (IngestIndex indexer = index.openIngest(spec, Indexer.Config.DEFAULT.withCommitEvery(commitEvery))) {
      where = indexer.describe();
      s = new Ingest(indexer, reextract, new Job(input.maxSentenceTokens, input.maxArticleTokens), System.err, (id, committed) -> written.add(id))
          .run(processor, input.paths);
      if (shouldOptimize(optimize, s.added() + s.replaced(), indexer.articleCount())) {
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
    double seconds = (System.nanoTime() - t0) / 1e9;
    Processor.Counts c = s.counts();
    err.printf(
        Locale.ROOT,
        "hindsight ingest: %d articles indexed (%d new, %d replaced), %d unchanged, %d duplicates, %d failed (%d past the time budget), %d skipped in %.1f s (%,d tokens annotated, %,.0f tokens/s over the whole run, model loading included); %s holds %d documents%n",
        s.added() + s.replaced(), s.added(), s.replaced(), s.unchanged(), s.duplicates(), s.failed(), c.timedOut(), c.skipped(), seconds,
        c.tokens(), c.tokens() / seconds, where, documents);
    if (c.internalErrors() > 0) {
      err.printf(Locale.ROOT, "hindsight ingest: %d articles met an internal error (named above): a bug, please report it%n", c.internalErrors());
    }
    err.flush();
    if (!noEmbed && !written.isEmpty()) {
      EmbedStep.run(index.checkIndex(spec), written, input.threadCount(), err);
    }
    return s.exitCode();
  }
}
