package org.hindsight.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hindsight.article.Span;
import org.hindsight.check.CheckFixtures;
import org.hindsight.check.evidence.IndexedPrediction;
import org.hindsight.check.verdict.Status;
import org.hindsight.check.verdict.Verdict;
import org.hindsight.eval.GoldOutcomes.Outcome;
import org.hindsight.extract.Holder;
import org.hindsight.extract.Polarity;
import org.hindsight.extract.Prediction;
import org.junit.jupiter.api.Test;

/** Intervals over resampled clusters: reproducible, honest about stories that stand or fall together. */
class BootstrapTest {

  /** The share right of a resample of clusters, each a list of 0/1 outcomes. */
  private static Map<String, Double> share(List<List<Integer>> sample) {
    int right = 0;
    int n = 0;
    for (List<Integer> c : sample) {
      for (int x : c) {
        right += x;
        n++;
      }
    }
    return Map.of("right", n == 0 ? Double.NaN : (double) right / n);
  }

  /** {@code clusters} clusters of {@code size} outcomes, a share {@code p} of the clusters all right and the rest all wrong. */
  private static List<List<Integer>> clusters(int clusters, int size, double p) {
    List<List<Integer>> out = new ArrayList<>();
    for (int i = 0; i < clusters; i++) {
      int v = i < Math.round(clusters * p) ? 1 : 0;
      out.add(Collections.nCopies(size, v));
    }
    return out;
  }

  private static double width(Bootstrap.Interval i) {
    return i.hi() - i.lo();
  }

  @Test
  void theSameInputGivesTheSameIntervalAroundThePoint() {
    List<List<Integer>> data = clusters(100, 1, 0.66);
    Bootstrap.Interval a = Bootstrap.intervals(data, BootstrapTest::share, Set.of("right")).get("right");
    Bootstrap.Interval b = Bootstrap.intervals(data, BootstrapTest::share, Set.of("right")).get("right");
    assertEquals(a, b);
    assertTrue(a.lo() < 0.66 && 0.66 < a.hi(), a.format());
    // about 1.96 standard errors each side: sqrt(0.66 * 0.34 / 100) = 0.047
    assertEquals(2 * 1.96 * 0.047, width(a), 0.03, a.format());
  }

  @Test
  void moreDataNarrowsIt() {
    Bootstrap.Interval small = Bootstrap.intervals(clusters(100, 1, 0.66), BootstrapTest::share, Set.of("right")).get("right");
    Bootstrap.Interval large = Bootstrap.intervals(clusters(1000, 1, 0.66), BootstrapTest::share, Set.of("right")).get("right");
    double ratio = width(small) / width(large);
    assertTrue(ratio > 2.5 && ratio < 4.0, "sqrt(10) expected, got " + ratio);
  }

  /** 500 outcomes in 100 stories of five that stand or fall together are worth 100 outcomes, not 500. */
  @Test
  void outcomesOfOneStoryAreDrawnTogether() {
    Bootstrap.Interval stories = Bootstrap.intervals(clusters(100, 5, 0.66), BootstrapTest::share, Set.of("right")).get("right");
    List<List<Integer>> independent = new ArrayList<>();
    clusters(100, 5, 0.66).forEach(c -> c.forEach(x -> independent.add(List.of(x))));
    Bootstrap.Interval items = Bootstrap.intervals(independent, BootstrapTest::share, Set.of("right")).get("right");
    double ratio = width(stories) / width(items);
    assertTrue(ratio > 1.8 && ratio < 2.8, "sqrt(5) expected, got " + ratio);
  }

  @Test
  void nothingToResampleOrNothingCountedGivesNoInterval() {
    assertTrue(Bootstrap.intervals(clusters(1, 5, 1.0), BootstrapTest::share, Set.of("right")).isEmpty());
    assertTrue(Bootstrap.intervals(List.of(List.<Integer>of(), List.<Integer>of()), BootstrapTest::share, Set.of("right")).isEmpty());
    Bootstrap.Interval all = Bootstrap.intervals(clusters(50, 2, 1.0), BootstrapTest::share, Set.of("right")).get("right");
    assertEquals(new Bootstrap.Interval(1.0, 1.0), all);
    // one cluster of twenty holds anything: about a third of the resamples miss it, too many to bound
    List<List<Integer>> rare = new ArrayList<>();
    rare.add(List.of(1, 0, 1));
    for (int i = 0; i < 19; i++) {
      rare.add(List.of());
    }
    assertTrue(Bootstrap.intervals(rare, BootstrapTest::share, Set.of("right")).isEmpty());
  }

  @Test
  void quantilesInterpolateBetweenOrderStatistics() {
    double[] v = {1, 2, 3, 4};
    assertEquals(1.75, Bootstrap.quantile(v, 0.25), 1e-12);
    assertEquals(1.0, Bootstrap.quantile(v, 0.0), 1e-12);
    assertEquals(4.0, Bootstrap.quantile(v, 1.0), 1e-12);
  }

  private static CheckEval.Row row(String story, int k, Status gold, Status ours) {
    String text = "The bank will cut rates " + k;
    Prediction p = new Prediction(story + ":p" + k, text, new Span(0, text.length()), Holder.author(null), List.of(), List.of(), 0.6, "LIKELY",
        Polarity.POSITIVE, null, null);
    IndexedPrediction ip = new IndexedPrediction(p, CheckFixtures.ref(story, LocalDate.of(1987, 3, 26)), "OPEN");
    Verdict v = new Verdict(p.id(), ours, 0.7, List.of(), LocalDate.of(1987, 12, 31), false, null);
    return new CheckEval.Row(new Outcome(story, text, gold, List.of()), ip, v, List.of(), Set.of(), 0, gold == ours, null, null);
  }

  /** check-eval's figures get intervals over the prediction stories; a recall with nothing of its kind has none. */
  @Test
  void checkEvalFiguresAreResampledByStory() {
    List<CheckEval.Row> rows = new ArrayList<>();
    for (int s = 0; s < 40; s++) {
      // the two outcomes of a story are both right or both wrong
      Status ours = s % 3 == 0 ? Status.OPEN : Status.EXPIRED;
      rows.add(row("reuters21578-" + (9300 + s), 0, Status.EXPIRED, ours));
      rows.add(row("reuters21578-" + (9300 + s), 1, Status.EXPIRED, ours));
    }
    CheckEval.Report r = new CheckEval.Report("g", "dev", false, 80, rows);
    assertEquals(40, r.stories());
    Map<String, Double> h = r.headline();
    assertEquals(26.0 / 40, h.get("verdict_accuracy"), 1e-12);
    assertTrue(h.get("refuted_recall").isNaN());
    Map<String, Bootstrap.Interval> ci = r.intervals();
    Bootstrap.Interval acc = ci.get("verdict_accuracy");
    assertTrue(acc.lo() < 0.65 && 0.65 < acc.hi(), acc.format());
    // forty stories, not eighty outcomes: sqrt(0.65 * 0.35 / 40) = 0.075 each side
    assertEquals(2 * 1.96 * 0.075, width(acc), 0.05, acc.format());
    assertTrue(!ci.containsKey("refuted_recall") && !ci.containsKey("confirmed_recall"));
  }

  /**
   * Two deciders on the same outcomes: the difference is read pair by pair over the same resampled
   * stories, so a small but consistent gain shows where the two separate intervals would overlap.
   */
  @Test
  void twoDecidersAreComparedOnTheSameStories() {
    List<CheckEval.Row> better = new ArrayList<>();
    List<CheckEval.Row> worse = new ArrayList<>();
    for (int s = 0; s < 60; s++) {
      String story = "reuters21578-" + (9300 + s);
      // both right on two stories in three; the better one also on every fifth of the others
      boolean both = s % 3 != 0;
      boolean gain = !both && s % 5 == 0;
      better.add(row(story, 0, Status.EXPIRED, both || gain ? Status.EXPIRED : Status.OPEN));
      worse.add(row(story, 0, Status.EXPIRED, both ? Status.EXPIRED : Status.OPEN));
    }
    CheckEval.Report a = new CheckEval.Report("g", "dev", false, 60, better);
    CheckEval.Report b = new CheckEval.Report("g", "dev", false, 60, worse);
    CheckEval.Difference d = a.against(b).get("verdict_accuracy");
    assertEquals(4.0 / 60, d.value(), 1e-12);
    // never negative: no story where the better one is wrong and the other right
    assertTrue(d.interval().lo() >= 0 && d.interval().lo() < d.value() && d.value() < d.interval().hi(), d.toString());
    assertTrue(d.shown() || d.interval().lo() == 0, d.toString());
    // the two intervals on their own overlap widely
    assertTrue(a.intervals().get("verdict_accuracy").lo() < b.intervals().get("verdict_accuracy").hi());
    // printed with its sign spelt out: this run minus the other
    String printed = CheckEvalTable.against(a, b, "rules");
    assertTrue(printed.contains("this run's figure minus that of rules"), printed);
    assertTrue(printed.contains("verdict_accuracy       +0.067"), printed);
    CheckEval.Difference none = a.against(a).get("verdict_accuracy");
    assertEquals(new CheckEval.Difference(0, new Bootstrap.Interval(0, 0)), none);
    assertFalse(none.shown());
    CheckEval.Report shorter = new CheckEval.Report("g", "dev", false, 59, worse.subList(1, 60));
    assertThrows(IllegalArgumentException.class, () -> a.against(shorter));
    List<CheckEval.Row> otherStories = new ArrayList<>();
    for (int s = 0; s < 60; s++) {
      otherStories.add(row("reuters21578-" + (9500 + s), 0, Status.EXPIRED, Status.EXPIRED));
    }
    CheckEval.Report elsewhere = new CheckEval.Report("g", "dev", false, 60, otherStories);
    assertThrows(IllegalArgumentException.class, () -> a.against(elsewhere));
  }
}
