package org.hindsight.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.hindsight.check.evidence.EvidenceIndex;
import org.hindsight.check.evidence.IndexedPrediction;
import org.hindsight.check.verdict.Checker;
import org.hindsight.check.verdict.Status;
import org.hindsight.check.verdict.Verdict;
import org.hindsight.eval.GoldOutcomes.Outcome;
import org.hindsight.eval.GoldOutcomes;
import org.hindsight.learn.Reliability;

/**
 * Measures the check stage on gold outcomes, one step at a time: whether we extracted the
 * prediction at all (a prediction of ours matches the gold key by the 80% rule), whether retrieval
 * brought a settling story among the candidates and at which rank (retrieval recall, apart from
 * the verdict), whether the verdict is one gold accepts, whether a correct CONFIRMED or REFUTED
 * cites a gold evidence story, and how well the verdict's confidence is calibrated (a reliability
 * table and the expected calibration error over matched predictions).
 *
 * <p>Only the matched predictions are checked, each exactly as {@code check} checks it ({@link
 * Checker#candidates} then {@link Checker#decide}); the rest of the index serves as evidence and
 * distractors. A prediction whose check fails is named on stderr and counts as wrong.
 */
public final class CheckEval {

  /**
   * One gold outcome and what the checker made of it: our prediction (null when not extracted), its
   * verdict and candidates (null and empty then), the rank of the first candidate from a gold
   * evidence story (0 when none is among them, or gold has no evidence), whether the verdict is
   * accepted, whether its evidence cites gold (null unless the verdict is an accepted CONFIRMED or
   * REFUTED), and the error that stopped its check (null when none). Immutable.
   */
  public record Row(
      Outcome gold,
      IndexedPrediction ours,
      Verdict verdict,
      List<Checker.Candidate> candidates,
      Set<String> goldEvidence,
      int goldRank,
      boolean statusOk,
      Boolean evidenceOk,
      String error) {
    public Row {
      candidates = candidates == null ? List.of() : List.copyOf(candidates);
      goldEvidence = Set.copyOf(goldEvidence);
    }

    public boolean extracted() {
      return ours != null;
    }
  }

  /** Counts for one gold status (or all together). Immutable. */
  public record Tally(
      int gold, int extracted, int retrievable, int found, int top1, int top8, int right, int resolvedRight, int evidenceRight) {
    Tally add(Row r) {
      boolean retrievableRow = r.extracted() && r.gold().status().resolved() && !r.goldEvidence().isEmpty();
      boolean resolvedOk = r.statusOk() && r.verdict() != null && r.verdict().status().resolved();
      return new Tally(
          gold + 1,
          extracted + (r.extracted() ? 1 : 0),
          retrievable + (retrievableRow ? 1 : 0),
          found + (retrievableRow && r.goldRank() > 0 ? 1 : 0),
          top1 + (retrievableRow && r.goldRank() == 1 ? 1 : 0),
          top8 + (retrievableRow && r.goldRank() > 0 && r.goldRank() <= 8 ? 1 : 0),
          right + (r.statusOk() ? 1 : 0),
          resolvedRight + (resolvedOk ? 1 : 0),
          evidenceRight + (resolvedOk && Boolean.TRUE.equals(r.evidenceOk()) ? 1 : 0));
    }

    static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  /** A figure's difference between two runs on the same outcomes, with its paired 95 % interval. */
  public record Difference(double value, Bootstrap.Interval interval) {
    /** Whether the interval leaves out zero: one run is better beyond the noise. */
    public boolean shown() {
      return interval.lo() > 0 || interval.hi() < 0;
    }
  }

  /** The evaluation. Immutable. */
  public record Report(String gold, String part, boolean heldOut, int predictions, List<Row> rows) {
    public Report {
      rows = List.copyOf(rows);
    }

    /** Tallies per gold status, in the enum's order. */
    public Map<Status, Tally> byStatus() {
      Map<Status, Tally> out = new EnumMap<>(Status.class);
      for (Status s : Status.values()) {
        out.put(s, Tally.ZERO);
      }
      for (Row r : rows) {
        out.put(r.gold().status(), out.get(r.gold().status()).add(r));
      }
      return out;
    }

    public Tally all() {
      Tally t = Tally.ZERO;
      for (Row r : rows) {
        t = t.add(r);
      }
      return t;
    }

    /** Of the matched gold outcomes of {@code status}, the share we gave that status. */
    public double recall(Status status) {
      int n = 0;
      int hit = 0;
      for (Row r : rows) {
        if (r.extracted() && r.gold().status() == status) {
          n++;
          hit += r.verdict() != null && r.verdict().status() == status ? 1 : 0;
        }
      }
      return n == 0 ? 0 : (double) hit / n;
    }

    /** The verdict accuracy of answering {@code s} for every matched prediction (a floor to beat). */
    public double constant(Status s) {
      int n = 0;
      int hit = 0;
      for (Row r : rows) {
        if (r.extracted()) {
          n++;
          hit += r.gold().accepts(s) ? 1 : 0;
        }
      }
      return n == 0 ? 0 : (double) hit / n;
    }

    /** Confidence against correctness over matched predictions, in tenths. */
    public Reliability reliability() {
      List<double[]> pairs = new ArrayList<>();
      for (Row r : rows) {
        if (r.verdict() != null) {
          pairs.add(new double[] {r.verdict().confidence(), r.statusOk() ? 1 : 0});
        }
      }
      return Reliability.of(pairs, 10);
    }

    /**
     * The headline figures by their JSON names: verdict accuracy (matched), CONFIRMED and REFUTED
     * recall, retrieval recall, evidence accuracy, expected calibration error (NaN where nothing is
     * counted, e.g. no REFUTED outcome matched).
     */
    public Map<String, Double> headline() {
      Tally all = all();
      Map<String, Double> m = new LinkedHashMap<>();
      m.put("verdict_accuracy", share(all.right(), all.extracted()));
      for (Status s : List.of(Status.CONFIRMED, Status.REFUTED)) {
        long n = rows.stream().filter(r -> r.extracted() && r.gold().status() == s).count();
        m.put(s.name().toLowerCase(Locale.ROOT) + "_recall", n == 0 ? Double.NaN : recall(s));
      }
      m.put("retrieval_recall", share(all.found(), all.retrievable()));
      m.put("evidence_accuracy", share(all.evidenceRight(), all.resolvedRight()));
      m.put("ece", all.extracted() == 0 ? Double.NaN : reliability().ece());
      return m;
    }

    /**
     * The 95 % interval of each {@link #headline} figure over resamples of the prediction stories
     * ({@link Bootstrap}): the outcomes of one story are drawn together.
     */
    public Map<String, Bootstrap.Interval> intervals() {
      return Bootstrap.intervals(rows, r -> r.gold().article(), drawn -> new Report(gold, part, heldOut, predictions, drawn).headline(),
          headline().keySet());
    }

    /**
     * This report's {@link #headline} figures minus another's on the same outcomes (another decider,
     * another model), with 95 % intervals of each difference over resamples of the prediction
     * stories, both reports drawn alike: paired, so that what the two share cancels out. Evidence
     * accuracy is a share of each side's own correct verdicts, so its difference compares two ratios
     * over different outcomes.
     *
     * @throws IllegalArgumentException when the two reports are not of the same outcomes in order
     */
    public Map<String, Difference> against(Report other) {
      if (other.rows.size() != rows.size()) {
        throw new IllegalArgumentException("not the same outcomes: " + rows.size() + " against " + other.rows.size());
      }
      List<Integer> outcomes = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        Outcome a = rows.get(i).gold();
        Outcome b = other.rows.get(i).gold();
        if (!a.article().equals(b.article()) || !a.key().equals(b.key())) {
          throw new IllegalArgumentException("not the same outcomes: " + a.key() + " against " + b.key());
        }
        outcomes.add(i);
      }
      Function<List<Integer>, Map<String, Double>> diff = drawn -> {
        Map<String, Double> x = new Report(gold, part, heldOut, predictions, drawn.stream().map(rows::get).toList()).headline();
        Map<String, Double> y = new Report(gold, part, heldOut, predictions, drawn.stream().map(other.rows::get).toList()).headline();
        Map<String, Double> d = new LinkedHashMap<>();
        x.forEach((k, v) -> d.put(k, v - y.get(k)));
        return d;
      };
      Map<String, Double> point = diff.apply(outcomes);
      Map<String, Bootstrap.Interval> ci = Bootstrap.intervals(outcomes, i -> rows.get(i).gold().article(), diff, point.keySet());
      Map<String, Difference> out = new LinkedHashMap<>();
      point.forEach((k, v) -> {
        Bootstrap.Interval i = ci.get(k);
        if (!v.isNaN() && i != null) {
          out.put(k, new Difference(v, i));
        }
      });
      return out;
    }

    /** The number of prediction stories the outcomes come from. */
    public int stories() {
      return (int) rows.stream().map(r -> r.gold().article()).distinct().count();
    }

    private static double share(int hit, int n) {
      return n == 0 ? Double.NaN : (double) hit / n;
    }

    /** Rows gold and ours: how often each pair of statuses, over matched outcomes. */
    public Map<Status, Map<Status, Integer>> confusion() {
      Map<Status, Map<Status, Integer>> out = new EnumMap<>(Status.class);
      for (Status s : Status.values()) {
        out.put(s, new EnumMap<>(Status.class));
      }
      for (Row r : rows) {
        if (r.verdict() != null) {
          out.get(r.gold().status()).merge(r.verdict().status(), 1, Integer::sum);
        }
      }
      return out;
    }
  }

  private CheckEval() {}

  /**
   * Checks the predictions matched to gold outcomes on {@code threads} threads and scores them.
   *
   * @param err where a failed prediction is named
   */
  public static Report run(String goldName, GoldOutcomes gold, EvidenceIndex index, Checker checker, int threads, PrintStream err)
      throws IOException {
    List<IndexedPrediction> predictions = index.predictions();
    Map<Integer, IndexedPrediction> matched = gold.match(predictions);
    List<Outcome> outcomes = gold.outcomes();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "check-eval");
      t.setDaemon(true);
      return t;
    });
    List<Row> rows = new ArrayList<>();
    try {
      List<Future<Row>> futures = new ArrayList<>();
      for (int g = 0; g < outcomes.size(); g++) {
        Outcome o = outcomes.get(g);
        IndexedPrediction p = matched.get(g);
        futures.add(pool.submit(() -> row(gold, o, p, checker, err)));
      }
      for (Future<Row> f : futures) {
        rows.add(f.get());
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("check-eval failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
    return new Report(goldName, gold.part(), gold.heldOut(), predictions.size(), rows);
  }

  private static Row row(GoldOutcomes gold, Outcome o, IndexedPrediction p, Checker checker, PrintStream err) {
    Set<String> evidence = gold.evidenceIds(o);
    if (p == null) {
      return new Row(o, null, null, List.of(), evidence, 0, false, null, null);
    }
    List<Checker.Candidate> candidates;
    Verdict v;
    try {
      candidates = p.article().published() == null ? List.of() : checker.candidates(p);
      v = p.article().published() == null ? checker.check(p) : checker.decide(p, candidates);
    } catch (IOException | RuntimeException e) {
      String reason = e.getMessage() == null ? e.toString() : e.getMessage();
      synchronized (err) {
        // a held-out part's predictions are never named
        err.println("check-eval: " + (gold.heldOut() ? "a prediction" : p.id()) + ": check failed: " + reason.lines().findFirst().orElse(""));
      }
      return new Row(o, p, null, List.of(), evidence, 0, false, null, reason);
    }
    int rank = 0;
    for (int i = 0; i < candidates.size() && rank == 0; i++) {
      if (evidence.contains(candidates.get(i).sentence().article().id())) {
        rank = i + 1;
      }
    }
    boolean ok = o.accepts(v.status());
    Boolean evidenceOk = ok && v.status().resolved() ? gold.citesGold(o, v) : null;
    return new Row(o, p, v, candidates, evidence, rank, ok, evidenceOk, null);
  }
}
