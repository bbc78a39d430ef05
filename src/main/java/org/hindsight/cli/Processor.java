package org.hindsight.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.hindsight.article.Article;
import org.hindsight.article.CorpusReader;
import org.hindsight.article.ReadOptions;
import org.hindsight.article.ReadOutcome;
import org.hindsight.nlp.LanguageGuard;

/**
 * Runs a per-article job (annotate, extract, …) over input files on several threads, hands the
 * results to a sink in input order, and reports every bad input on stderr in one line. Counts what
 * happened so the command can choose its exit code. Not thread-safe: one run at a time.
 */
final class Processor {

  /** What a run did. */
  record Counts(int processed, int failed, int skipped, long tokens) {
    int exitCode() {
      return failed > 0 ? 1 : 0;
    }
  }

  /** A job's result for one article, with the number of tokens it saw (for throughput). */
  record Result<T>(T value, long tokens) {}

  private final ReadOptions options;
  private final int threads;
  private final boolean progress;
  private final PrintStream err;

  Processor(ReadOptions options, int threads, boolean quiet, PrintStream err) {
    this.options = options;
    this.threads = Math.max(1, threads);
    this.progress = !quiet && System.console() != null;
    this.err = err;
  }

  <T> Counts run(List<Path> inputs, Function<Article, Result<T>> job, Consumer<T> sink) {
    LanguageGuard guard = new LanguageGuard();
    List<ReadOutcome> outcomes = new CorpusReader(options).read(inputs);
    int total = (int) outcomes.stream().filter(o -> o instanceof ReadOutcome.Read).count();
    int[] failed = {0};
    int[] skipped = {0};
    long[] done = {0, 0};
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Deque<Pending<T>> inFlight = new ArrayDeque<>();
    try (ProgressBar bar = progress ? bar(total) : null) {
      for (ReadOutcome o : outcomes) {
        if (o instanceof ReadOutcome.Failed f) {
          failed[0]++;
          err.println(f.describe());
          continue;
        }
        if (o instanceof ReadOutcome.Skipped s) {
          skipped[0]++;
          err.println(s.describe());
          continue;
        }
        ReadOutcome.Read r = (ReadOutcome.Read) o;
        for (String w : r.warnings()) {
          err.println(r.location() + ": warning: " + w);
        }
        Article article = r.article();
        var refusal = guard.refusal(article);
        if (refusal.isPresent()) {
          failed[0]++;
          err.println(r.location() + ": " + refusal.get());
          continue;
        }
        inFlight.add(new Pending<>(r.location(), pool.submit(() -> job.apply(article))));
        // keep a few articles per thread in flight, hand results on in input order
        while (inFlight.size() >= threads * 3) {
          deliver(inFlight.poll(), done, failed, sink, bar, started);
        }
      }
      while (!inFlight.isEmpty()) {
        deliver(inFlight.poll(), done, failed, sink, bar, started);
      }
    } finally {
      pool.shutdownNow();
    }
    return new Counts((int) done[0], failed[0], skipped[0], done[1]);
  }

  /**
   * Waits for one article's result and hands it to the sink; done = {articles, tokens}. The
   * progress bar shows the tokens per second annotated since {@code started}.
   */
  private <T> void deliver(Pending<T> p, long[] done, int[] failed, Consumer<T> sink, ProgressBar bar, long started) {
    Result<T> result = drain(p, failed);
    if (result != null) {
      done[0]++;
      done[1] += result.tokens();
      sink.accept(result.value());
    }
    if (bar != null) {
      double seconds = (System.nanoTime() - started) / 1e9;
      bar.setExtraMessage(String.format(java.util.Locale.ROOT, " %,.0f tokens/s", seconds > 0 ? done[1] / seconds : 0.0));
      bar.step();
    }
  }

  private record Pending<T>(String location, Future<Result<T>> future) {}

  private <T> Result<T> drain(Pending<T> p, int[] failed) {
    try {
      return p.future().get();
    } catch (ExecutionException e) {
      failed[0]++;
      Throwable c = e.getCause();
      err.println(p.location() + ": failed: " + (c.getMessage() == null ? c.toString() : c.getMessage()));
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static ProgressBar bar(int total) {
    return new ProgressBarBuilder()
        .setTaskName("articles")
        .setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII)
        .setUnit(" art", 1)
        .showSpeed()
        .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
        .build();
  }
}
