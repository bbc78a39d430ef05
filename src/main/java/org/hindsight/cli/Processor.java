package org.hindsight.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.hindsight.article.Article;
import org.hindsight.article.CorpusReader;
import org.hindsight.article.ReadOutcome;
import org.hindsight.nlp.NlpException;

/**
 * Runs a per-article job (annotate, extract, …) over input files on several threads and hands the
 * results to a sink on the calling thread, one at a time; every input that fails is named on
 * stderr in one line ({@link Tally}). Counts what happened so the command can choose its exit
 * code. Not thread-safe: one run at a time.
 *
 * <ul>
 *   <li>Streaming: a reader thread walks the corpus ({@link CorpusReader}, which streams JSON Lines
 *       line by line) and stops while {@link Settings#window()} articles are read but not yet
 *       delivered, so memory is bounded by the work in flight, not by the corpus.
 *   <li>Order: {@link Order#INPUT} delivers in reading order (the output of {@code extract} and
 *       {@code annotate}); {@link Order#COMPLETION} as articles finish, so that a slow article never
 *       holds back the ones after it ({@code ingest}, where ids, not order, place an article).
 *   <li>Time budget ({@link Workers}): an article still running after {@link
 *       Settings#articleTimeout()} fails with one line and is abandoned; its thread is interrupted
 *       and replaced, so the run goes on at full speed.
 *   <li>Failures: a job's exception fails its article ({@link NlpException} and a too-deep
 *       recursion are the input's fault; any other exception is an internal error, counted apart so
 *       that the run ends with exit code 3). An {@link Error} such as {@link OutOfMemoryError}, or
 *       an exception from the sink, ends the run: the results already finished are delivered
 *       first, then {@link RunFailure} is thrown.
 * </ul>
 */
final class Processor {

  /** In which order results reach the sink. */
  enum Order {
    INPUT,
    COMPLETION
  }

  /**
   * How a run goes.
   *
   * @param threads worker threads (at least 1)
   * @param articleTimeout the time budget of one article (zero: none)
   * @param order in which order results reach the sink
   * @param progress whether to draw a progress bar on stderr
   * @param reportEvery a line on stderr with throughput and memory every this many articles (0:
   *     never)
   */
  record Settings(int threads, Duration articleTimeout, Order order, boolean progress, long reportEvery) {
    Settings {
      threads = Math.max(1, threads);
      if (articleTimeout.isNegative()) {
        throw new IllegalArgumentException("articleTimeout must not be negative: " + articleTimeout);
      }
    }

    /** Articles read but not yet delivered, at most: a few per thread keep the workers busy. */
    int window() {
      return Math.max(8, threads * 4);
    }
  }

  /** What a run did. {@code internalErrors} and {@code timedOut} are also counted in {@code failed}. */
  record Counts(long processed, long failed, long skipped, long tokens, long timedOut, long internalErrors) {
    int exitCode() {
      return internalErrors > 0 ? Main.RUN_FAILED : failed > 0 ? Main.INPUTS_FAILED : Main.OK;
    }
  }

  /**
   * A job's result for one article: the value for the sink, the number of tokens it saw (for
   * throughput) and one-line warnings about it (without its location).
   */
  record Result<T>(T value, long tokens, List<String> warnings) {
    Result {
      warnings = List.copyOf(warnings);
    }

    Result(T value, long tokens) {
      this(value, tokens, List.of());
    }
  }

  /**
   * The work done for each article, on the worker threads. {@link #prepare} runs first and is not
   * timed: it loads what the job needs (the models take a minute on a busy machine, which is no
   * article's fault); {@link #apply} is the article's work and has its time budget.
   */
  interface Job<T> {
    /** Gets ready for {@code article} (at most once does real work); not timed. Default: nothing. */
    default void prepare(Article article) {}

    Result<T> apply(Article article);
  }

  /** One article between reading and delivery. Its state changes under its own lock. */
  static final class Task {
    static final int QUEUED = 0;
    static final int RUNNING = 1;
    static final int FINISHED = 2;
    static final int ABANDONED = 3;

    final long seq;
    final ReadOutcome.Read read;
    int state = QUEUED; // guarded by this
    Thread thread; // guarded by this
    volatile long startedNanos;

    Task(long seq, ReadOutcome.Read read) {
      this.seq = seq;
      this.read = read;
    }

    String location() {
      return read.location();
    }
  }

  /** What the reader and the workers tell the calling thread. */
  sealed interface Event permits ReadEvent, Done, Failed, TimedOut, Fatal, ReaderFinished {}

  /** A file or line that was not read (failed or skipped). */
  record ReadEvent(long seq, ReadOutcome outcome) implements Event {}

  /** A job's result; {@code refusal} instead when the language guard refused the article. */
  record Done(Task task, Result<?> result, String refusal) implements Event {}

  record Failed(Task task, Throwable error) implements Event {}

  record TimedOut(Task task) implements Event {}

  /** The run cannot go on: an Error in a job, or the reader itself failed. */
  record Fatal(Throwable error) implements Event {}

  record ReaderFinished(long outcomes) implements Event {}

  private final CorpusReader corpus;
  private final Settings settings;
  private final PrintStream err;

  Processor(CorpusReader corpus, Settings settings, PrintStream err) {
    this.corpus = corpus;
    this.settings = settings;
    this.err = err;
  }

  <T> Counts run(List<Path> inputs, Job<T> job, Consumer<T> sink) {
    return new Run<>(inputs, job, sink).execute();
  }

  /** Thrown inside the reader's sink to stop the walk when the run ends early. */
  private static final class Stop extends RuntimeException {
    Stop() {
      super(null, null, false, false);
    }
  }

  /** The state of one call of {@link #run}: the reader thread, and the loop on the calling thread. */
  private final class Run<T> {
    private final List<Path> inputs;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Semaphore window = new Semaphore(settings.window());
    private final TreeMap<Long, Event> pending = new TreeMap<>();
    private final Workers<T> workers;
    private final Tally<T> tally;
    private volatile boolean stopping;
    private Thread reader;
    private long nextToDeliver;
    private long total = -1;

    Run(List<Path> inputs, Job<T> job, Consumer<T> sink) {
      this.inputs = inputs;
      this.workers = new Workers<>(settings, job, events);
      this.tally = new Tally<>(settings, sink, err);
    }

    Counts execute() {
      reader = new Thread(this::read, "hindsight-reader");
      reader.setDaemon(true);
      workers.start();
      reader.start();
      tally.open();
      try (tally) {
        loop();
      } finally {
        stop();
      }
      return tally.counts();
    }

    private void loop() {
      long timeout = settings.articleTimeout().toNanos();
      long poll = timeout == 0 ? 200 : Math.max(10, Math.min(200, timeout / 1_000_000 / 4));
      while (total < 0 || tally.delivered() < total) {
        Event e;
        try {
          e = events.poll(poll, TimeUnit.MILLISECONDS);
        } catch (InterruptedException ex) {
          Thread.currentThread().interrupt();
          throw new RunFailure("interrupted", ex);
        }
        if (e instanceof Fatal f) {
          deliverFinishedThenFail(f.error());
        }
        if (e instanceof ReaderFinished r) {
          total = r.outcomes();
        } else if (e != null) {
          accept(e);
        }
        if (timeout > 0) {
          workers.overdue(timeout).forEach(this::accept);
        }
      }
    }

    /** The reader thread: walks the corpus, one task per article read. */
    private void read() {
      long[] seq = {0};
      try {
        corpus.read(
            inputs,
            outcome -> {
              try {
                window.acquire();
              } catch (InterruptedException e) {
                throw new Stop();
              }
              if (stopping) {
                throw new Stop();
              }
              long s = seq[0]++;
              if (outcome instanceof ReadOutcome.Read r) {
                workers.submit(new Task(s, r));
              } else {
                events.add(new ReadEvent(s, outcome));
              }
            });
        events.add(new ReaderFinished(seq[0]));
      } catch (Stop s) {
        // the run ended early
      } catch (Throwable t) {
        events.add(new Fatal(t));
      }
    }

    /** Delivers now ({@link Order#COMPLETION}) or in reading order ({@link Order#INPUT}). */
    private void accept(Event e) {
      if (settings.order() == Order.COMPLETION) {
        deliver(e);
        return;
      }
      pending.put(seq(e), e);
      while (!pending.isEmpty() && pending.firstKey() == nextToDeliver) {
        deliver(pending.pollFirstEntry().getValue());
        nextToDeliver++;
      }
    }

    private void deliver(Event e) {
      try {
        tally.deliver(e);
      } finally {
        window.release();
      }
    }

    private long seq(Event e) {
      if (e instanceof ReadEvent r) {
        return r.seq();
      }
      if (e instanceof Done d) {
        return d.task().seq;
      }
      if (e instanceof Failed f) {
        return f.task().seq;
      }
      return ((TimedOut) e).task().seq;
    }

    /**
     * The run cannot go on: delivers the results that are finished (so that {@code ingest} can
     * commit them), then throws.
     */
    private void deliverFinishedThenFail(Throwable cause) {
      stopping = true;
      try {
        if (settings.order() == Order.COMPLETION) {
          for (Event e; (e = events.poll()) != null; ) {
            if (e instanceof Done d && d.refusal() == null) {
              deliver(e);
            }
          }
        }
      } catch (RuntimeException | Error ignored) {
        // the first failure is the one to report
      }
      throw new RunFailure(RunFailure.describe(cause), cause);
    }

    /** Ends the reader and the workers; abandoned threads end on their own (they are daemons). */
    private void stop() {
      stopping = true;
      workers.stop();
      reader.interrupt();
      window.release(settings.window()); // a reader waiting for room sees stopping
    }
  }

  static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
