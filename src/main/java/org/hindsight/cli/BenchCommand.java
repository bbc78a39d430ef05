package org.hindsight.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.hindsight.article.Article;
import org.hindsight.article.CorpusReader;
import org.hindsight.article.ReadOptions;
import org.hindsight.article.ReadOutcome;
import org.hindsight.extract.Prediction;
import org.hindsight.extract.actor.Actor;
import org.hindsight.extract.actor.ActorResolver;
import org.hindsight.extract.actor.gazetteer.Gazetteer;
import org.hindsight.extract.claim.Attribution;
import org.hindsight.extract.claim.ClaimExtractor;
import org.hindsight.extract.prediction.HedgeLexicon;
import org.hindsight.extract.prediction.PredictionExtractor;
import org.hindsight.extract.Extractor;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.CoreNlpPipeline;
import org.hindsight.nlp.Pipeline;
import org.hindsight.nlp.PipelineConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The pipeline benchmark: model load time, throughput (articles/s, tokens/s) on 1 and 2 threads,
 * the cost of each extraction stage, and peak heap — our fast pipeline against CoreNLP's naive
 * full pipeline on the same articles, reported as ratios. A benchmark, not a test: run it on an
 * idle machine.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmark the NLP pipeline and extraction against CoreNLP's naive full pipeline.")
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--input", paramLabel = "PATH", description = "Articles to measure on (default: ../shared/data/reuters21578/reuters21578.jsonl).")
  Path input = Path.of("../shared/data/reuters21578/reuters21578.jsonl");

  @Option(names = "--articles", paramLabel = "N", description = "Articles for the fast pipeline (default: ${DEFAULT-VALUE}).", defaultValue = "400")
  int articles;

  @Option(names = "--naive-articles", paramLabel = "N", description = "Articles for the naive full pipeline, a prefix of the same articles (default: ${DEFAULT-VALUE}; 0 skips it).", defaultValue = "60")
  int naiveArticles;

  @Option(names = "--min-words", paramLabel = "N", description = "Skip stories shorter than this (Reuters has many one-line items; default: ${DEFAULT-VALUE}).", defaultValue = "80")
  int minWords;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Article> sample = sample();
    out.printf(Locale.ROOT, "bench: %d articles from %s (%d for the naive pipeline), %d cores, max heap %d MB%n",
        sample.size(), input, Math.min(naiveArticles, sample.size()), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    out.flush();

    HedgeLexicon lexicon = HedgeLexicon.bundled();
    long t0 = System.nanoTime();
    CoreNlpPipeline fast = new CoreNlpPipeline(Extractor.pipelineConfig(lexicon));
    fast.annotate(sample.get(0)); // lazy initialisation belongs to loading
    double fastLoad = seconds(t0);
    run(fast, sample.subList(0, Math.min(50, sample.size())), 2); // JIT warm-up, not measured
    out.printf(Locale.ROOT, "fast pipeline: %s%n  load %.1f s%n", fast.describe(), fastLoad);
    Run fast1 = run(fast, sample, 1);
    Run fast2 = run(fast, sample, 2);
    out.printf(Locale.ROOT, "  1 thread : %s%n  2 threads: %s%n", fast1, fast2);
    out.printf(Locale.ROOT, "  time per stage over all runs so far (thread-seconds): %s%n", fast.stageSeconds());
    out.printf(Locale.ROOT, "  sentences seen, parsed and time-tagged: %s%n", fast.stageSentences());

    // extraction stages on the annotated documents of the 1-thread run
    Gazetteer gazetteer = Gazetteer.bundled();
    ActorResolver actors = new ActorResolver(gazetteer);
    PredictionExtractor predictions = new PredictionExtractor(lexicon);
    ClaimExtractor claims = new ClaimExtractor();
    long actorNs = 0;
    long extractNs = 0;
    int nPred = 0;
    int nClaims = 0;
    int parsed = 0;
    int parsedWithPrediction = 0;
    int unparsedWithPrediction = 0;
    for (int pass = 0; pass < 2; pass++) { // the first pass warms the JIT
      actorNs = 0;
      extractNs = 0;
      nPred = 0;
      nClaims = 0;
      parsed = 0;
      parsedWithPrediction = 0;
      unparsedWithPrediction = 0;
      for (AnnotatedDocument d : fast1.docs) {
        long a = System.nanoTime();
        List<Actor> found = actors.resolve(d);
        long b = System.nanoTime();
        Attribution attribution = new Attribution(d, found);
        List<Prediction> p = predictions.extract(d, found, attribution);
        nClaims += claims.extract(d, found, p, attribution).size();
        long c = System.nanoTime();
        nPred += p.size();
        for (var sentence : d.sentences()) {
          boolean holds = p.stream().anyMatch(x -> sentence.span().begin() <= x.span().begin() && x.span().begin() < sentence.span().end());
          parsed += sentence.parsed() ? 1 : 0;
          parsedWithPrediction += sentence.parsed() && holds ? 1 : 0;
          unparsedWithPrediction += !sentence.parsed() && holds ? 1 : 0;
        }
        actorNs += b - a;
        extractNs += c - b;
      }
    }
    double annotateS = fast1.seconds;
    out.printf(Locale.ROOT,
        "extraction (1 thread, on the same documents): actors %.2f s = %.1f%% of annotation; claims+predictions %.2f s = %.1f%%; %d predictions, %d claims%n",
        actorNs / 1e9, 100 * actorNs / 1e9 / annotateS, extractNs / 1e9, 100 * extractNs / 1e9 / annotateS, nPred, nClaims);
    out.printf(Locale.ROOT,
        "parsed sentences: %d, of which %d hold a prediction; unparsed sentences holding one: %d%n",
        parsed, parsedWithPrediction, unparsedWithPrediction);
    out.printf(Locale.ROOT, "peak heap so far: %d MB%n", peakHeapMb());
    out.flush();
    fast1.docs.clear();
    fast2.docs.clear();

    if (naiveArticles > 0) {
      List<Article> naiveSample = sample.subList(0, Math.min(naiveArticles, sample.size()));
      Run fastSame = run(fast, naiveSample, 1);
      long t1 = System.nanoTime();
      Pipeline naive = new CoreNlpPipeline(PipelineConfig.full());
      naive.annotate(naiveSample.get(0));
      double naiveLoad = seconds(t1);
      run(naive, naiveSample.subList(0, Math.min(5, naiveSample.size())), 1); // warm-up
      out.printf(Locale.ROOT, "naive full pipeline: %s%n  load %.1f s%n", naive.describe(), naiveLoad);
      out.flush();
      Run naive1 = run(naive, naiveSample, 1);
      Run naive2 = run(naive, naiveSample, 2);
      out.printf(Locale.ROOT, "  1 thread : %s%n  2 threads: %s%n", naive1, naive2);
      out.printf(Locale.ROOT, "fast on the same %d articles, 1 thread: %s%n", naiveSample.size(), fastSame);
      out.printf(Locale.ROOT, "ratio fast/naive tokens/s: 1 thread %.1fx, 2 threads %.1fx; load time %.1fx faster%n",
          fastSame.tokensPerSecond() / naive1.tokensPerSecond(), fast2.tokensPerSecond() / naive2.tokensPerSecond(),
          naiveLoad / fastLoad);
      out.printf(Locale.ROOT, "peak heap: %d MB%n", peakHeapMb());
    }
    out.flush();
    return 0;
  }

  private List<Article> sample() {
    List<Article> out = new ArrayList<>();
    new CorpusReader(ReadOptions.defaults()).read(List.of(input), o -> {
      if (out.size() < articles && o instanceof ReadOutcome.Read r
          && r.article().text().split("\\s+").length >= minWords) {
        out.add(r.article());
      }
    });
    if (out.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no articles read from " + input);
    }
    return out;
  }

  /** One timed pass over the articles on {@code threads} threads. */
  private static Run run(Pipeline p, List<Article> articles, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long t0 = System.nanoTime();
      List<Future<AnnotatedDocument>> futures = new ArrayList<>();
      Function<Article, AnnotatedDocument> job = p::annotate;
      for (Article a : articles) {
        futures.add(pool.submit(() -> job.apply(a)));
      }
      List<AnnotatedDocument> docs = new ArrayList<>();
      long tokens = 0;
      for (Future<AnnotatedDocument> f : futures) {
        AnnotatedDocument d = f.get();
        tokens += d.tokenCount();
        docs.add(d);
      }
      return new Run(articles.size(), tokens, seconds(t0), docs);
    } finally {
      pool.shutdownNow();
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }

  /** The result of one pass. */
  private static final class Run {
    final int articles;
    final long tokens;
    final double seconds;
    final List<AnnotatedDocument> docs;

    Run(int articles, long tokens, double seconds, List<AnnotatedDocument> docs) {
      this.articles = articles;
      this.tokens = tokens;
      this.seconds = seconds;
      this.docs = docs;
    }

    double tokensPerSecond() {
      return tokens / seconds;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d articles, %d tokens in %.1f s: %.1f articles/s, %.0f tokens/s",
          articles, tokens, seconds, articles / seconds, tokensPerSecond());
    }
  }
}
