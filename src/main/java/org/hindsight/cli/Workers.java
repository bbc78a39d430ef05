package org.hindsight.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.hindsight.article.Article;
import org.hindsight.cli.Processor.Done;
import org.hindsight.cli.Processor.Event;
import org.hindsight.cli.Processor.Failed;
import org.hindsight.cli.Processor.Fatal;
import org.hindsight.cli.Processor.Task;
import org.hindsight.cli.Processor.TimedOut;
import org.hindsight.nlp.LanguageGuard;

/**
 * The worker threads of one {@link Processor} run and the time budget of their articles. Each
 * worker takes a task, runs the job's untimed {@code prepare}, the language guard and the timed
 * {@code apply}, and reports one event. Thread-safe: tasks come from the reader thread, {@link
 * #overdue} is called from the calling thread, workers run on their own.
 *
 * <p>A time budget on CoreNLP cannot be enforced by interrupting alone (it does not look, and when
 * it does it clears the flag), so an article past its budget is abandoned: it fails at once, its
 * thread is interrupted, again at every look until it ends, and a new worker takes its place; its
 * result, if it ever comes, is dropped. The NLP stage bounds its steps and looks for interrupts
 * between them, so an abandoned thread ends soon. At most {@code threads} abandoned threads run
 * beside the workers: past that, the first of them to end takes up work again instead of a new
 * thread.
 */
final class Workers<T> {

  private final Processor.Settings settings;
  private final Processor.Job<T> job;
  private final BlockingQueue<Event> events;
  private final LanguageGuard guard = Guard.INSTANCE;
  private final BlockingQueue<Task> queue = new LinkedBlockingQueue<>();
  private final Map<Task, Boolean> running = new ConcurrentHashMap<>();
  private final Map<Task, Boolean> abandoned = new ConcurrentHashMap<>();
  private volatile boolean stopping;

  // guarded by threads
  private final List<Thread> threads = new ArrayList<>();
  private int abandonedAlive;
  private int owed;
  private int started;

  /** The language model, loaded once per process on first use (it is immutable). */
  private static final class Guard {
    static final LanguageGuard INSTANCE = new LanguageGuard();
  }

  Workers(Processor.Settings settings, Processor.Job<T> job, BlockingQueue<Event> events) {
    this.settings = settings;
    this.job = job;
    this.events = events;
  }

  void start() {
    synchronized (threads) {
      for (int i = 0; i < settings.threads(); i++) {
        startThread();
      }
    }
  }

  void submit(Task t) {
    queue.add(t);
  }

  /** Lets the workers end once their current article is done. */
  void stop() {
    stopping = true;
  }

  /**
   * Abandons every article running past its budget, and interrupts the abandoned ones again (a
   * step that catches its own exceptions may have swallowed the last interrupt).
   *
   * @return an event for each article abandoned now
   */
  List<TimedOut> overdue(long timeoutNanos) {
    for (Task t : abandoned.keySet()) {
      synchronized (t) {
        if (t.state == Task.ABANDONED) {
          t.thread.interrupt();
        }
      }
    }
    List<TimedOut> out = new ArrayList<>();
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
      synchronized (threads) {
        abandonedAlive++;
        if (abandonedAlive <= settings.threads()) {
          startThread();
        } else {
          owed++;
        }
      }
      out.add(new TimedOut(t));
    }
    return out;
  }

  // guarded by threads
  private void startThread() {
    Thread w = new Thread(this::work, "hindsight-worker-" + ++started);
    w.setDaemon(true); // an abandoned article must not keep the JVM alive
    threads.add(w);
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
      Event e = run(t);
      running.remove(t);
      abandoned.remove(t);
      boolean wasAbandoned;
      synchronized (t) {
        wasAbandoned = t.state == Task.ABANDONED;
        t.state = Task.FINISHED;
        Thread.interrupted(); // an interrupt meant for this article is not the next one's
      }
      if (!wasAbandoned || e instanceof Fatal) {
        events.add(e); // (out of memory is the run's problem, whichever article met it)
      }
      if (wasAbandoned && !continueAfterAbandoned()) {
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

  private Event run(Task t) {
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
   * An abandoned worker whose article finally ended: it takes the place of a replacement that was
   * owed, else it ends (a replacement took its place when it was abandoned).
   */
  private boolean continueAfterAbandoned() {
    synchronized (threads) {
      abandonedAlive--;
      if (owed > 0) {
        owed--;
        return true;
      }
      threads.remove(Thread.currentThread());
      return false;
    }
  }
}
