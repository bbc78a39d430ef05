package org.hindsight.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hindsight.check.CheckIndex;
import org.hindsight.check.Judgments;
import org.hindsight.check.verdict.CheckedPrediction;
import org.hindsight.check.evidence.IndexedPrediction;
import org.hindsight.check.verdict.Status;
import org.hindsight.check.store.VerdictStore;

/**
 * The server's access to verdicts and judgments, through the check stage's public API: the
 * stored verdicts with human judgments laid over them ({@link Judgments#stored}, what {@code
 * scorecard} reads), the history of judgments, and judging ({@link Judgments#judge}, what {@code
 * judge} runs). The store allows one opener at a time, so every access here is serialised; the
 * verdicts are kept until a judgment, a change of the index, or {@value #TTL_MS} ms pass.
 *
 * <p>Thread-safe.
 */
final class Verdicts {

  static final long TTL_MS = 30_000;

  private final CheckIndex index;
  private final Object lock = new Object();
  // guarded by lock
  private List<CheckedPrediction> checked;
  private Map<String, CheckedPrediction> byId;
  private long loadedAt;

  Verdicts(CheckIndex index) {
    this.index = index;
  }

  /** Forgets what was loaded (the index changed). */
  void invalidate() {
    synchronized (lock) {
      checked = null;
      byId = null;
    }
  }

  /** Every checked prediction (empty before the first check). */
  List<CheckedPrediction> all() throws IOException {
    synchronized (lock) {
      load();
      return checked;
    }
  }

  /** The verdict on one prediction, or null when it was never checked nor judged. */
  CheckedPrediction of(String predictionId) throws IOException {
    synchronized (lock) {
      load();
      return byId.get(predictionId);
    }
  }

  /** Every judgment given on the prediction, oldest first. */
  List<VerdictStore.Judgment> history(String predictionId) throws IOException {
    synchronized (lock) {
      if (!VerdictStore.exists(index.state())) {
        return List.of();
      }
      try (VerdictStore store = VerdictStore.open(index.state())) {
        return store.history(predictionId);
      }
    }
  }

  /** Records a human verdict, exactly as {@code hindsight judge} does. */
  IndexedPrediction judge(String predictionId, Status status, String note) throws IOException {
    synchronized (lock) {
      try {
        return Judgments.judge(index, predictionId, status, note);
      } finally {
        checked = null;
        byId = null;
      }
    }
  }

  private void load() throws IOException {
    long now = System.currentTimeMillis();
    if (checked != null && now - loadedAt < TTL_MS) {
      return;
    }
    List<CheckedPrediction> all = VerdictStore.exists(index.state()) ? Judgments.stored(index) : List.of();
    Map<String, CheckedPrediction> map = new HashMap<>();
    all.forEach(c -> map.put(c.indexed().id(), c));
    checked = all;
    byId = map;
    loadedAt = now;
  }
}
