package org.hindsight.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.hindsight.article.Article;
import org.hindsight.article.CorpusReader;
import org.hindsight.article.ReadOutcome;
import org.hindsight.nlp.LanguageGuard;
import org.hindsight.nlp.NlpException;

/**
 * Runs a per-article job (annotate, extract, …) over input files on several threads and hands the
 * results to a sink on the calling thread, one at a time; every input that fails is named on
 * stderr in one line. Counts what happened so the command can choose its exit code. Not
 * thread-safe: one run at a time.
 *
 * <ul>
 *   <li>Streaming: a reader thread walks the corpus ({@link CorpusReader}, which streams JSON Lines
 *       line by line) and stops while {@link Settings#window()} articles are read but not yet
 *       delivered, so memory is bounded by the work in flight, not by the corpus.
 *   <li>Order: {@link Order#INPUT} delivers in reading order (the output of {@code extract} and
 *       {@code annotate}); {@link Order#COMPLETION} as articles finish, so that a slow article never
 *       holds back the ones after it ({@code ingest}, where ids, not order, place an article).
 *   <li>Time budget: an article still running after {@link Settings#articleTimeout()} fails with
 *       one line and is abandoned: its thread is interrupted (the NLP stage stops at its next
 *       step) and replaced, so the run goes on at full speed; its result, if it ever comes, is
 *       dropped. At most {@code threads} abandoned threads run beside the workers.
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

  private final CorpusReader corpus;
  private final Settings settings;
  private final PrintStream err;

  Processor(CorpusReader corpus, Settings settings, PrintStream err) {
    this.corpus = corpus;
    this.settings = settings;
    this.err = err;
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

  /** The language model, loaded once per process on first use (it is immutable). */
  private static final class Guard {
    static final LanguageGuard INSTANCE = new LanguageGuard();
  }

  <T> Counts run(List<Path> inputs, Job<T> job, Consumer<T> sink) {
    return new Run<>(inputs, job, sink).execute();
  }

  /** One article between reading and delivery. Its state changes under its own lock. */
  private static final class Task {
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
  private sealed interface Event permits ReadEvent, Done, Failed, TimedOut, Fatal, ReaderFinished {}

  /** A file or line that was not read (failed or skipped). */
  private record ReadEvent(long seq, ReadOutcome outcome) implements Event {}

  /** A job's result; {@code refusal} instead when the language guard refused the article. */
  private record Done(Task task, Result<?> result, String refusal) implements Event {}

  private record Failed(Task task, Throwable error) implements Event {}

  private record TimedOut(Task task) implements Event {}

  /** The run cannot go on: an Error in a job, or the reader itself failed. */
  private record Fatal(Throwable error) implements Event {}

  private record ReaderFinished(long outcomes) implements Event {}

  /** Thrown inside the reader's sink to stop the walk when the run ends early. */
  private static final class Stop extends RuntimeException {
    Stop() {
      super(null, null, false, false);
    }
  }

  /** The state of one call of {@link #run}. */
  private final class Run<T> {
    private final List<Path> inputs;
    private final Job<T> job;
    private final Consumer<T> sink;
    private final LanguageGuard guard = Guard.INSTANCE;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<Task> queue = new LinkedBlockingQueue<>();
    private final Semaphore window = new Semaphore(settings.window());
    private final Map<Task, Boolean> running = new ConcurrentHashMap<>();
    /** Abandoned articles still running: interrupted again at every look (CoreNLP clears the flag). */
    private final Map<Task, Boolean> abandoned = new ConcurrentHashMap<>();
    private final TreeMap<Long, Event> pending = new TreeMap<>();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean stopping;
    private Thread reader;

    // guarded by workers
    private int abandonedAlive;
    private int owed;
    private int workerCount;

    // calling thread only
    private long nextToDeliver;
    private long delivered;
    private long total = -1;
    private long processed;
    private long failed;
    private long skipped;
    private long tokens;
    private long timedOut;
    private long internal;
    private long nextReport;
    private final long started = System.nanoTime();
    private ProgressBar bar;

    Run(List<Path> inputs, Job<T> job, Consumer<T> sink) {
      this.inputs = inputs;
      this.job = job;
      this.sink = sink;
      this.nextReport = settings.reportEvery();
    }

    Counts execute() {
      reader = new Thread(this::read, "hindsight-reader");
      reader.setDaemon(true);
      synchronized (workers) {
        for (int i = 0; i < settings.threads(); i++) {
          startWorker();
        }
      }
      reader.start();
      try (ProgressBar b = settings.progress() ? bar() : null) {
        bar = b;
        loop();
      } finally {
        stop();
      }
      return new Counts(processed, failed, skipped, tokens, timedOut, internal);
    }

    private void loop() {
      long timeout = settings.articleTimeout().toNanos();
      long poll = timeout == 0 ? 200 : Math.max(10, Math.min(200, timeout / 1_000_000 / 4));
      while (total < 0 || delivered < total) {
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
          watch(timeout);
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
                queue.add(new Task(s, r));
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

    private void startWorker() {
      Thread w = new Thread(this::work, "hindsight-worker-" + ++workerCount);
      w.setDaemon(true); // an abandoned article must not keep the JVM alive
      workers.add(w);
      w.start();
    }

    /** A worker thread: takes tasks until the run stops or its article is abandoned. */
    private void work() {
      while (!stopping) {
        Task t;
        try {
          t = queue.poll(200, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          continue; // a stale interrupt; the loop looks at stopping
        }
        if (t == null) {
          continue;
        }
        Event failed = prepare(t);
        if (failed != null) {
          events.add(failed);
          continue;
        }
        synchronized (t) {
          t.thread = Thread.currentThread();
          t.state = Task.RUNNING;
        }
        t.startedNanos = System.nanoTime();
        running.put(t, Boolean.TRUE);
        Event e = runJob(t);
        running.remove(t);
        abandoned.remove(t);
        boolean abandoned;
        synchronized (t) {
          abandoned = t.state == Task.ABANDONED;
          t.state = Task.FINISHED;
          Thread.interrupted(); // an interrupt meant for this article is not the next one's
        }
        if (!abandoned) {
          events.add(e);
        } else if (e instanceof Fatal) {
          events.add(e); // out of memory is the run's problem, whichever article met it
        }
        if (abandoned && !continueAfterAbandoned()) {
          return;
        }
      }
    }

    /** Runs the job's untimed preparation; null when it went well, else the event to report. */
    private Event prepare(Task t) {
      try {
        job.prepare(t.read.article());
        return null;
      } catch (StackOverflowError | RuntimeException e) {
        return new Failed(t, e);
      } catch (Throwable e) {
        return new Fatal(e);
      }
    }

    private Event runJob(Task t) {
      try {
        Article a = t.read.article();
        var refusal = guard.refusal(a);
        if (refusal.isPresent()) {
          return new Done(t, null, refusal.get());
        }
        return new Done(t, job.apply(a), null);
      } catch (StackOverflowError | RuntimeException e) {
        return new Failed(t, e);
      } catch (Throwable e) {
        return new Fatal(e);
      }
    }

    /**
     * An abandoned worker whose article finally ended: it takes the place of a replacement that
     * was owed, else it ends (a replacement took its place when it was abandoned).
     */
    private boolean continueAfterAbandoned() {
      synchronized (workers) {
        abandonedAlive--;
        if (owed > 0) {
          owed--;
          return true;
        }
        workers.remove(Thread.currentThread());
        return false;
      }
    }

    /**
     * Fails and abandons every article running past its budget, and interrupts the abandoned ones
     * again: CoreNLP answers an interrupt by clearing the flag and throwing, and a step that
     * catches its own exceptions may swallow that.
     */
    private void watch(long timeoutNanos) {
      for (Task t : abandoned.keySet()) {
        synchronized (t) {
          if (t.state == Task.ABANDONED) {
            t.thread.interrupt();
          }
        }
      }
      long now = System.nanoTime();
      for (Task t : running.keySet()) {
        if (now - t.startedNanos <= timeoutNanos) {
          continue;
        }
        synchronized (t) {
          if (t.state != Task.RUNNING) {
            continue;
          }
          t.state = Task.ABANDONED;
          t.thread.interrupt();
        }
        running.remove(t);
        abandoned.put(t, Boolean.TRUE);
        synchronized (workers) {
          abandonedAlive++;
          if (abandonedAlive <= settings.threads()) {
            startWorker();
          } else {
            owed++;
          }
        }
        accept(new TimedOut(t));
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

    @SuppressWarnings("unchecked")
    private void deliver(Event e) {
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
          failed++;
          Throwable c = f.error();
          if (c instanceof StackOverflowError) {
            err.println(f.task().location() + ": failed: too deeply nested to process (stack overflow)");
          } else if (c instanceof NlpException) {
            err.println(f.task().location() + ": failed: " + RunFailure.oneLine(RunFailure.message(c)));
          } else {
            internal++;
            err.println(f.task().location() + ": failed: internal error: " + RunFailure.oneLine(RunFailure.message(c))
                + " (a bug: please report it; HINDSIGHT_DEBUG=1 prints the stack trace)");
            if (System.getenv("HINDSIGHT_DEBUG") != null) {
              c.printStackTrace(err);
            }
          }
        } else if (e instanceof TimedOut t) {
          failed++;
          timedOut++;
          err.printf(
              Locale.ROOT,
              "%s: failed: not done within the time budget of %s per article (%,d characters); abandoned, the run goes on (--article-timeout sets the budget)%n",
              t.task().location(), seconds(settings.articleTimeout()), t.task().read.article().text().length());
        }
      } finally {
        delivered++;
        window.release();
      }
      progress();
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
        err.println(report(articles));
      }
    }

    private String report(long articles) {
      Runtime rt = Runtime.getRuntime();
      return String.format(
          Locale.ROOT,
          "hindsight: %,d articles (%,d processed, %,d failed) in %.0f s, %,.0f tokens/s; resident %s, heap used %,d MB of %,d MB",
          articles, processed, failed, elapsed(), tokens / Math.max(1e-9, elapsed()), ResidentMemory.describe(),
          (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
    }

    private double elapsed() {
      return (System.nanoTime() - started) / 1e9;
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
      reader.interrupt();
      window.release(settings.window()); // a reader waiting for room sees stopping
    }

    private ProgressBar bar() {
      return new ProgressBarBuilder()
          .setTaskName("articles")
          .setInitialMax(-1) // streaming: the total is not known before the end
          .setStyle(ProgressBarStyle.ASCII)
          .setUnit(" art", 1)
          .showSpeed()
          .hideEta()
          .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
          .build();
    }
  }

  static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
