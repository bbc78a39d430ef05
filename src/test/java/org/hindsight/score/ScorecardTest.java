package org.hindsight.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hindsight.article.Span;
import org.hindsight.check.CheckFixtures;
import org.hindsight.check.evidence.ArticleRef;
import org.hindsight.check.evidence.IndexedPrediction;
import org.hindsight.check.verdict.CheckedPrediction;
import org.hindsight.check.verdict.Status;
import org.hindsight.check.verdict.Verdict;
import org.hindsight.extract.Holder;
import org.hindsight.extract.Polarity;
import org.hindsight.extract.Prediction;
import org.junit.jupiter.api.Test;

/** Brier score, outcomes of negated predictions, calibration by band and grouping, on hand-made verdicts. */
class ScorecardTest {

  private static int n;

  private static CheckedPrediction checked(String holder, String source, double p, String level, Polarity polarity, Status status) {
    String id = "a" + n + ":p0";
    n++;
    Prediction pred =
        new Prediction(id, "text " + id, new Span(0, 5), Holder.actor(holder, null), List.of("country/x"), List.of(), p, level, polarity, null, null);
    ArticleRef ref = new ArticleRef("a" + n, "t", null, CheckFixtures.instant(LocalDate.of(2025, 1, 1)), source);
    Verdict v = new Verdict(id, status, 0.8, List.of(), LocalDate.of(2026, 1, 1), false, null);
    return new CheckedPrediction(new IndexedPrediction(pred, ref, status.name()), v);
  }

  @Test
  void outcomeIsTheEventsNotTheStatements() {
    Prediction pos = checked("h", "s", 0.7, "LIKELY", Polarity.POSITIVE, Status.OPEN).indexed().prediction();
    Prediction neg = checked("h", "s", 0.2, "UNLIKELY", Polarity.NEGATIVE, Status.OPEN).indexed().prediction();
    assertEquals(1, Scorecard.outcome(pos, Status.CONFIRMED));
    assertEquals(0, Scorecard.outcome(pos, Status.REFUTED));
    // "X won't happen" confirmed: X did not happen
    assertEquals(0, Scorecard.outcome(neg, Status.CONFIRMED));
    assertEquals(1, Scorecard.outcome(neg, Status.REFUTED));
    assertNull(Scorecard.outcome(pos, Status.OPEN));
    assertNull(Scorecard.outcome(pos, Status.EXPIRED));
  }

  @Test
  void brierAndCalibration() {
    List<CheckedPrediction> all = new ArrayList<>();
    all.add(checked("Ann", "Wire", 0.8, "LIKELY", Polarity.POSITIVE, Status.CONFIRMED)); // (0.8-1)^2 = 0.04
    all.add(checked("Ann", "Wire", 0.8, "LIKELY", Polarity.POSITIVE, Status.REFUTED)); // (0.8-0)^2 = 0.64
    all.add(checked("Bob", "Post", 0.2, "UNLIKELY", Polarity.NEGATIVE, Status.CONFIRMED)); // event did not happen: (0.2-0)^2 = 0.04
    all.add(checked("Bob", "Post", 0.4, "UNLIKELY", Polarity.POSITIVE, Status.CONFIRMED)); // (0.4-1)^2 = 0.36
    all.add(checked("Bob", "Post", 0.9, "VERY_LIKELY", Polarity.POSITIVE, Status.OPEN));
    all.add(checked("Ann", "Post", 0.5, "ROUGHLY_EVEN_CHANCE", Polarity.POSITIVE, Status.EXPIRED));
    Scorecard.Card card = Scorecard.of(all, Scorecard.By.HOLDER);
    Scorecard.Group overall = card.overall();
    assertEquals(4, overall.resolved());
    assertEquals(3, overall.confirmed());
    assertEquals(1, overall.refuted());
    assertEquals(1, overall.open());
    assertEquals(1, overall.expired());
    assertEquals((0.04 + 0.64 + 0.04 + 0.36) / 4, overall.brier(), 1e-9);
    // calibration: UNLIKELY (0.2 and 0.4, events 0 and 1) and LIKELY (0.8, 0.8; events 1 and 0)
    assertEquals(2, overall.bands().size());
    Scorecard.Band unlikely = overall.bands().get(0);
    assertEquals("UNLIKELY", unlikely.level());
    assertEquals(2, unlikely.count());
    assertEquals(0.3, unlikely.meanProbability(), 1e-9);
    assertEquals(0.5, unlikely.observedFrequency(), 1e-9);
    Scorecard.Band likely = overall.bands().get(1);
    assertEquals(0.8, likely.meanProbability(), 1e-9);
    assertEquals(0.5, likely.observedFrequency(), 1e-9);
    // by holder: Ann (2 resolved) and Bob (2 resolved)
    assertEquals(2, card.groups().size());
    Scorecard.Group ann = card.groups().stream().filter(g -> g.key().equals("Ann")).findFirst().orElseThrow();
    assertEquals((0.04 + 0.64) / 2, ann.brier(), 1e-9);
    assertEquals(1, ann.expired());
    Scorecard.Group bob = card.groups().stream().filter(g -> g.key().equals("Bob")).findFirst().orElseThrow();
    assertEquals((0.04 + 0.36) / 2, bob.brier(), 1e-9);
    assertEquals(1, bob.open());
  }

  @Test
  void bySourceAndNothingResolved() {
    List<CheckedPrediction> all = List.of(checked("Ann", null, 0.6, "LIKELY", Polarity.POSITIVE, Status.OPEN));
    Scorecard.Card card = Scorecard.of(all, Scorecard.By.SOURCE);
    assertEquals("(unknown)", card.groups().get(0).key());
    assertNull(card.overall().brier());
    assertEquals(0, card.overall().bands().size());
  }

  @Test
  void brierOfNothingIsNull() {
    assertNull(Scorecard.brier(List.of()));
    assertEquals(0.25, Scorecard.brier(List.of(new double[] {0.5, 1}, new double[] {0.5, 0})), 1e-12);
  }
}
