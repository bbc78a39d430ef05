package org.hindsight.check;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reports how a run advances: predictions done of the total, per second, and the time left. {@link
 * #NONE} says nothing; {@link #line} rewrites one line (carriage return) on a terminal at most
 * twice a second and ends it when the run is done. Thread-safe.
 */
public interface Progress {

  /** Says nothing. */
  Progress NONE = (done, total) -> {};

  /** One more prediction of {@code total} is done ({@code done} so far); called from any thread. */
  void done(int done, int total);

  /** A counter over {@link #done}: {@link #step()} counts one prediction and reports. */
  final class Counter {
    private final Progress progress;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();

    public Counter(Progress progress, int total) {
      this.progress = progress;
      this.total = total;
    }

    public void step() {
      progress.done(done.incrementAndGet(), total);
    }
  }

  /** A progress line on {@code out}, e.g. "check: 1,200/36,858 predictions, 97.3/s, ETA 6m 5s". */
  static Progress line(PrintStream out, String what) {
    return line(out, what, "predictions");
  }

  /** A progress line counting {@code unit} ("articles"): "ingest, embedding: 1,200/19,043 articles, 34.6/s, ETA 9m 10s". */
  static Progress line(PrintStream out, String what, String unit) {
    long start = System.nanoTime();
    long[] last = {0};
    return (done, total) -> {
      long now = System.nanoTime();
      synchronized (last) {
        boolean end = done >= total;
        if (!end && now - last[0] < 500_000_000L) {
          return;
        }
        last[0] = now;
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        long eta = rate <= 0 ? 0 : Math.round((total - done) / rate);
        out.printf(Locale.ROOT, "\r%s: %,d/%,d %s, %.1f/s, ETA %dm %02ds%s", what, done, total, unit, rate, eta / 60, eta % 60, end ? "\n" : "");
        out.flush();
      }
    };
  }
}
