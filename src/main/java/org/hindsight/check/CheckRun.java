package org.hindsight.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hindsight.check.evidence.ArticleView;
import org.hindsight.check.evidence.Embedder;
import org.hindsight.check.evidence.EvidenceIndex;
import org.hindsight.check.evidence.IndexedPrediction;
import org.hindsight.check.evidence.Lexicon;
import org.hindsight.check.evidence.StoredVectors;
import org.hindsight.check.store.VerdictStore;
import org.hindsight.check.verdict.CheckConfig;
import org.hindsight.check.verdict.CheckedPrediction;
import org.hindsight.check.verdict.Checker;
import org.hindsight.check.verdict.VerdictModel;
import org.hindsight.check.verdict.Status;
import org.hindsight.check.verdict.Verdict;
import org.hindsight.extract.ExtractionJson;
import org.hindsight.index.IngestIndex;

/**
 * One {@code check} of an index: which predictions to examine, the verdicts, human judgments laid
 * over them, and where they go (the {@link VerdictStore}, and each prediction's status in the index
 * so that {@code search --status REFUTED} finds it).
 *
 * <p>Incremental. A run re-examines only:
 *
 * <ul>
 *   <li>predictions it has no verdict for, or whose extraction changed since (re-ingest);
 *   <li>predictions that articles new or changed since the last run could affect: those articles
 *       are published after the prediction and mention one of its actors (for a prediction
 *       without actors: contain its event words);
 *   <li>predictions whose verdict cited an article that changed or left the index;
 *   <li>OPEN predictions whose deadline (plus the grace period) passed since;
 *   <li>everything, when the checker's fingerprint changed, the as-of date moved back, or {@code
 *       full} is asked.
 * </ul>
 *
 * The rest keep their stored verdict. Human judgments override verdicts, whatever ran; a judgment
 * whose prediction id now names another prediction (ingest renumbered the article) follows the
 * judged text to its new id, and one whose prediction is gone is reported as orphaned (and kept):
 * {@link Judgments}, which also records and removes them.
 *
 * <p>Not thread-safe (a run is one caller); it checks on {@code threads} threads of its own.
 */
public final class CheckRun {

  /**
   * Part of every fingerprint: bump it when the checker's logic changes verdicts, so that the next
   * incremental run re-examines everything.
   */
  public static final String CHECKER_VERSION = "5";

  /** What a run did. Immutable. */
  public record Result(
      LocalDate asOf,
      List<CheckedPrediction> predictions,
      Set<String> examined,
      String mode,
      int newArticles,
      int statusesWritten,
      List<String> orphanedJudgments,
      List<Failure> failures,
      Duration took) {

    public Result {
      predictions = List.copyOf(predictions);
      examined = Set.copyOf(examined);
      orphanedJudgments = List.copyOf(orphanedJudgments);
      failures = List.copyOf(failures);
    }

    /** Predictions per status, in the enum's order. */
    public Map<Status, Integer> counts() {
      Map<Status, Integer> out = new EnumMap<>(Status.class);
      for (Status s : Status.values()) {
        out.put(s, 0);
      }
      predictions.forEach(c -> out.merge(c.verdict().status(), 1, Integer::sum));
      return out;
    }
  }

  /**
   * A prediction whose check failed (a broken stored document, an input the checker cannot read):
   * it keeps its last verdict, if any, and is examined again by the next run. Immutable.
   */
  public record Failure(String predictionId, String reason) {}

  private CheckRun() {}

  /**
   * Checks the index in {@code indexDir}.
   *
   * @param embedder sentence embeddings, or null to check by words and actors alone
   * @param threads checking threads (at least 1)
   * @param full re-examine every prediction
   */
  public static Result run(Path indexDir, CheckConfig config, Embedder embedder, int threads, boolean full) throws IOException {
    return run(CheckIndex.embedded(indexDir), config, embedder, threads, full, Progress.NONE);
  }

  /**
   * Checks an index, reporting each prediction examined to {@code progress}.
   *
   * @param embedder sentence embeddings, or null to check by words and actors alone
   * @param threads checking threads (at least 1)
   * @param full re-examine every prediction
   */
  public static Result run(CheckIndex where, CheckConfig config, Embedder embedder, int threads, boolean full, Progress progress) throws IOException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    long t0 = System.nanoTime();
    LocalDate asOf = config.asOf();
    String fingerprint = fingerprint(config, embedder);
    Map<String, Verdict> effective = new LinkedHashMap<>();
    List<IndexedPrediction> predictions;
    Set<String> examine = new LinkedHashSet<>();
    String mode;
    int changedCount;
    List<String> orphans = new ArrayList<>();
    Map<String, String> indexStatus = new HashMap<>();
    // the index first: a missing or incompatible index fails before the store's folder is made
    try (EvidenceIndex index = where.openEvidence();
        VerdictStore store = VerdictStore.open(where.state());
        // each sentence embedded once, by this run or an earlier one (null: no embeddings)
        StoredVectors vectors = embedder == null ? null : StoredVectors.open(where.state(), embedder)) {
      predictions = index.predictions();
      Map<String, EvidenceIndex.ArticleState> states = index.articleStates();
      Map<String, String> articles = new HashMap<>();
      states.forEach((id, st) -> articles.put(id, st.hash()));
      VerdictStore.State last = store.state();
      boolean everything =
          full || last.asOf() == null || !fingerprint.equals(last.fingerprint()) || asOf.isBefore(last.asOf());
      mode = everything ? (full ? "full" : last.asOf() == null ? "first" : "full (checker or as-of changed)") : "incremental";
      // new or changed since the last run, or published after its as-of date (it could not see them)
      Set<String> changed = new LinkedHashSet<>();
      Instant seenUntil = last.asOf() == null ? null : last.asOf().plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
      for (Map.Entry<String, EvidenceIndex.ArticleState> a : states.entrySet()) {
        Instant published = a.getValue().published();
        boolean unseen = seenUntil != null && published != null && !published.isBefore(seenUntil);
        if (!Objects.equals(store.articleHashes().get(a.getKey()), a.getValue().hash()) || unseen) {
          changed.add(a.getKey());
        }
      }
      Set<String> gone = new HashSet<>(store.articleHashes().keySet());
      gone.removeAll(articles.keySet());
      changedCount = changed.size();
      Checker checker = new Checker(index, Lexicon.bundled(), vectors, config);
      // the actors the new articles are about, each with its latest publication among them
      Map<String, Instant> newActors = new HashMap<>();
      Instant latestNew = null;
      for (String id : changed) {
        ArticleView a = index.article(id);
        Instant published = a == null ? null : a.ref().published();
        if (published == null) {
          continue;
        }
        latestNew = latestNew == null || published.isAfter(latestNew) ? published : latestNew;
        for (var actor : a.actors()) {
          newActors.merge(actor.id(), published, (x, y) -> x.isAfter(y) ? x : y);
        }
      }
      Map<String, String> hashes = new HashMap<>();
      for (IndexedPrediction p : predictions) {
        String h = hash(p);
        hashes.put(p.id(), h);
        indexStatus.put(p.id(), p.indexStatus());
        VerdictStore.StoredVerdict prev = store.verdicts().get(p.id());
        if (everything || prev == null || !h.equals(prev.predictionHash()) || changed.contains(p.article().id())) {
          examine.add(p.id());
        } else if (prev.verdict().evidence().stream().anyMatch(e -> changed.contains(e.articleId()) || gone.contains(e.articleId()))) {
          examine.add(p.id());
        } else if (prev.verdict().status() == Status.OPEN && Checker.deadlinePassed(p.deadline(), asOf)) {
          examine.add(p.id());
        } else if (latestNew != null && p.article().published() != null && latestNew.isAfter(p.article().published())
            && touched(p, newActors, checker, changed)) {
          examine.add(p.id());
        }
      }
      // check
      List<Failure> failures = new ArrayList<>();
      Map<String, Verdict> fresh = check(checker, predictions, examine, threads, failures, progress);
      Set<String> failed = new HashSet<>();
      failures.forEach(f -> failed.add(f.predictionId()));
      Set<String> present = new HashSet<>();
      for (IndexedPrediction p : predictions) {
        present.add(p.id());
        Verdict v = fresh.get(p.id());
        if (v != null) {
          store.putVerdict(new VerdictStore.StoredVerdict(v, hashes.get(p.id())));
        } else {
          VerdictStore.StoredVerdict stored = store.verdicts().get(p.id());
          if (stored == null) {
            // failed before it ever had a verdict: none to show
            continue;
          }
          if (failed.contains(p.id())) {
            // its last verdict stands, under a hash that makes the next run examine it again
            store.putVerdict(new VerdictStore.StoredVerdict(stored.verdict(), "failed"));
          }
          v = stored.verdict();
          v = new Verdict(v.predictionId(), v.status(), v.confidence(), v.evidence(), asOf, v.judged(), v.note());
        }
        effective.put(p.id(), v);
      }
      List<String> vanished = new ArrayList<>();
      for (String id : store.verdicts().keySet()) {
        if (!present.contains(id)) {
          vanished.add(id);
        }
      }
      store.removeVerdicts(vanished);
      // human judgments override
      orphans.addAll(Judgments.layOver(effective, store.judgments().values(), predictions, asOf));
      store.setArticleHashes(articles);
      store.commit(new VerdictStore.State(asOf, Instant.now(), fingerprint));
      // statuses into the index (verdicts are safe in the store: should this fail, the next run
      // writes them): close the reader first, then write
      index.close();
      Map<String, String> statuses = new LinkedHashMap<>();
      for (Map.Entry<String, Verdict> e : effective.entrySet()) {
        if (!e.getValue().status().name().equals(indexStatus.get(e.getKey()))) {
          statuses.put(e.getKey(), e.getValue().status().name());
        }
      }
      int written = 0;
      if (!statuses.isEmpty()) {
        try (IngestIndex indexer = where.openWriter()) {
          written = indexer.setStatuses(statuses);
        } catch (IOException e) {
          throw new IOException("verdicts stored, but statuses not written to the index (run check again): " + e.getMessage(), e);
        }
      }
      List<CheckedPrediction> out = new ArrayList<>();
      for (IndexedPrediction p : predictions) {
        Verdict v = effective.get(p.id());
        if (v != null) {
          out.add(new CheckedPrediction(p, v));
        }
      }
      return new Result(asOf, out, examine, mode, changedCount, written, orphans, failures, Duration.ofNanos(System.nanoTime() - t0));
    }
  }

  /**
   * Whether new articles could change a prediction's verdict: one of them, published after it,
   * names one of its actors; for a prediction without actors, one holds its event's words.
   */
  private static boolean touched(IndexedPrediction p, Map<String, Instant> newActors, Checker checker, Set<String> changed) throws IOException {
    Instant after = p.article().published();
    for (String a : p.prediction().actors()) {
      Instant latest = newActors.get(a);
      if (latest != null && latest.isAfter(after)) {
        return true;
      }
    }
    // no actor in common (or only the speaker's): the event's head word decides
    return checker.touchedBy(p, changed);
  }

  /**
   * Checks the predictions to examine on {@code threads} threads. A prediction whose check throws
   * an unchecked exception is recorded in {@code failures} and left out; an I/O error of the index
   * ends the run.
   */
  private static Map<String, Verdict> check(
      Checker checker, List<IndexedPrediction> predictions, Set<String> examine, int threads, List<Failure> failures, Progress progress)
      throws IOException {
    List<IndexedPrediction> todo = predictions.stream().filter(p -> examine.contains(p.id())).toList();
    Progress.Counter counter = new Progress.Counter(progress, todo.size());
    Map<String, Verdict> out = new HashMap<>();
    if (todo.isEmpty()) {
      return out;
    }
    if (threads == 1 || todo.size() == 1) {
      for (IndexedPrediction p : todo) {
        try {
          out.put(p.id(), checker.check(p));
        } catch (UncheckedIOException e) {
          throw e.getCause();
        } catch (RuntimeException e) {
          failures.add(failure(p, e));
        } finally {
          counter.step();
        }
      }
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "check");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Verdict>> futures = new ArrayList<>();
      for (IndexedPrediction p : todo) {
        futures.add(pool.submit(() -> {
          try {
            return checker.check(p);
          } finally {
            counter.step();
          }
        }));
      }
      for (int i = 0; i < todo.size(); i++) {
        try {
          out.put(todo.get(i).id(), futures.get(i).get());
        } catch (ExecutionException e) {
          Throwable c = e.getCause();
          if (c instanceof IOException io) {
            throw io;
          }
          if (c instanceof UncheckedIOException u) {
            throw u.getCause();
          }
          if (c instanceof RuntimeException r) {
            failures.add(failure(todo.get(i), r));
          } else {
            throw new IllegalStateException("checking " + todo.get(i).id() + " failed: " + c, c);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while checking", e);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return out;
  }

  private static Failure failure(IndexedPrediction p, RuntimeException e) {
    String m = e.getMessage() == null ? e.toString() : e.getClass().getSimpleName() + ": " + e.getMessage();
    return new Failure(p.id(), m.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip());
  }

  /** Everything that changes verdicts apart from the index: code version, configuration, lexicon, embeddings on or off, the verdict model. */
  static String fingerprint(CheckConfig config, Embedder embedder) {
    VerdictModel model = config.learnedVerdict() ? VerdictModel.bundled() : null;
    return "v" + CHECKER_VERSION + ";" + config.fingerprint() + ";lexicon=" + Lexicon.bundled().version() + ";embed=" + (embedder == null ? "none" : embedder.getClass().getSimpleName())
        + ";verdict=" + (model == null ? "rules" : model.fingerprint());
  }

  /** A fingerprint of a prediction as extracted: when it changes, its verdict is stale. */
  static String hash(IndexedPrediction p) {
    String s = ExtractionJson.prediction(p.prediction()) + "|" + p.article().published();
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this JVM", e);
    }
  }
}
