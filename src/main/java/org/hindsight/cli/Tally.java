package org.hindsight.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.hindsight.article.ReadOutcome;
import org.hindsight.cli.Processor.Done;
import org.hindsight.cli.Processor.Event;
import org.hindsight.cli.Processor.Failed;
import org.hindsight.cli.Processor.ReadEvent;
import org.hindsight.cli.Processor.Task;
import org.hindsight.cli.Processor.TimedOut;
import org.hindsight.nlp.NlpException;

/**
 * What a {@link Processor} run tells the user and counts: one line on stderr for each input that
 * failed or was skipped and for each warning, the results handed to the sink, the progress bar,
 * and a line every {@link Processor.Settings#reportEvery()} articles with throughput and resident
 * memory. Used from the calling thread only.
 */
final class Tally<T> implements AutoCloseable {

  private final Processor.Settings settings;
  private final Consumer<T> sink;
  private final PrintStream err;
  private final long started = System.nanoTime();
  private ProgressBar bar;
  private long nextReport;
  private long delivered;
  private long processed;
  private long failed;
  private long skipped;
  private long tokens;
  private long timedOut;
  private long internal;

  Tally(Processor.Settings settings, Consumer<T> sink, PrintStream err) {
    this.settings = settings;
    this.sink = sink;
    this.err = err;
    this.nextReport = settings.reportEvery();
  }

  /** Starts the progress bar, if any; {@link #close} ends it. */
  Tally<T> open() {
    if (settings.progress()) {
      bar =
          new ProgressBarBuilder()
              .setTaskName("articles")
              .setInitialMax(-1) // streaming: the total is not known before the end
              .setStyle(ProgressBarStyle.ASCII)
              .setUnit(" art", 1)
              .showSpeed()
              .hideEta()
              .setConsumer(new ConsoleProgressBarConsumer(System.err))
              .build();
    }
    return this;
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }

  long delivered() {
    return delivered;
  }

  Processor.Counts counts() {
    return new Processor.Counts(processed, failed, skipped, tokens, timedOut, internal);
  }

  /** Reports one event (a result goes to the sink, whose exceptions pass through). */
  @SuppressWarnings("unchecked")
  void deliver(Event e) {
    try {
      if (e instanceof ReadEvent r) {
        if (r.outcome() instanceof ReadOutcome.Skipped) {
          skipped++;
        } else {
          failed++;
        }
        err.println(r.outcome().describe());
      } else if (e instanceof Done d) {
        warn(d.task(), d.task().read.warnings());
        if (d.refusal() != null) {
          failed++;
          err.println(d.task().location() + ": " + d.refusal());
        } else {
          warn(d.task(), d.result().warnings());
          processed++;
          tokens += d.result().tokens();
          sink.accept((T) d.result().value());
        }
      } else if (e instanceof Failed f) {
        failed(f.task(), f.error());
      } else if (e instanceof TimedOut t) {
        failed++;
        timedOut++;
        err.printf(
            Locale.ROOT,
            "%s: failed: not done within the time budget of %s per article (%,d characters); abandoned, the run goes on (--article-timeout sets the budget)%n",
            t.task().location(), Processor.seconds(settings.articleTimeout()), t.task().read.article().text().length());
      }
    } finally {
      delivered++;
    }
    progress();
  }

  /** The input's fault (CoreNLP failed on it, too deeply nested) or ours (any other exception). */
  private void failed(Task task, Throwable c) {
    failed++;
    if (c instanceof StackOverflowError) {
      err.println(task.location() + ": failed: too deeply nested to process (stack overflow)");
    } else if (c instanceof NlpException) {
      err.println(task.location() + ": failed: " + RunFailure.oneLine(RunFailure.message(c)));
    } else {
      internal++;
      err.println(task.location() + ": failed: internal error: " + RunFailure.oneLine(RunFailure.message(c))
          + " (a bug: please report it; HINDSIGHT_DEBUG=1 prints the stack trace)");
      if (System.getenv("HINDSIGHT_DEBUG") != null) {
        c.printStackTrace(err);
      }
    }
  }

  private void warn(Task t, List<String> warnings) {
    for (String w : warnings) {
      err.println(t.location() + ": warning: " + w);
    }
  }

  private void progress() {
    if (bar != null) {
      bar.setExtraMessage(String.format(Locale.ROOT, " %,.0f tokens/s", tokens / Math.max(1e-9, elapsed())));
      bar.step();
    }
    long articles = processed + failed;
    if (settings.reportEvery() > 0 && articles >= nextReport) {
      nextReport += settings.reportEvery();
      Runtime rt = Runtime.getRuntime();
      err.printf(
          Locale.ROOT,
          "hindsight: %,d articles (%,d processed, %,d failed) in %.0f s, %,.0f tokens/s; resident %s, heap used %,d MB of %,d MB%n",
          articles, processed, failed, elapsed(), tokens / Math.max(1e-9, elapsed()), ResidentMemory.describe(),
          (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
    }
  }

  private double elapsed() {
    return (System.nanoTime() - started) / 1e9;
  }
}
