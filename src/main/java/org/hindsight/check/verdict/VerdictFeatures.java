package org.hindsight.check.verdict;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hindsight.check.evidence.Affiliations;
import org.hindsight.check.evidence.EventQuery;
import org.hindsight.check.evidence.IndexedPrediction;
import org.hindsight.check.evidence.LaterSentence;
import org.hindsight.check.evidence.Token;
import org.hindsight.check.stance.Figures;
import org.hindsight.check.stance.Judgement;
import org.hindsight.check.stance.Stance;
import org.hindsight.extract.Polarity;
import org.hindsight.learn.Example;

/**
 * The features of one (prediction, later sentence) pair for the verdict model, shared by {@code
 * hindsight train verdict} and {@link Checker}: retrieval (rank, word coverage, meaning, topic,
 * actors, the hand-fused score), what {@link org.hindsight.check.stance.StanceJudge} read (its
 * stance, hedge, negation, antonym, contest, "for now"), non-occurrence words ("postponed",
 * "called off", "will not now proceed"), tense, the evidence's date against the prediction's window,
 * and the forecast figure against reported ones (unit, range, direction). Real-valued features are
 * {@code name=value}; the stance-bearing ones are also crossed with the judge's stance, so a linear
 * model can weigh "much alike and reports the opposite" apart from "much alike". Every feature is
 * named for {@code --explain}. Stateless.
 */
public final class VerdictFeatures {

  /** The model's labels for a pair. */
  public static final String SUPPORTS = "SUPPORTS";
  public static final String REFUTES = "REFUTES";
  public static final String UNRELATED = "UNRELATED";

  /** A horizon starting more than this many days after publication names a period the event must fall in. */
  static final int HORIZON_START_SLACK_DAYS = 31;

  private static final Set<String> NON_OCCURRENCE = Set.of(
      "postponed", "postpone", "delayed", "deferred", "cancelled", "canceled", "cancel", "scrapped", "abandoned", "dropped",
      "rejected", "refused", "withdrew", "withdrawn", "suspended", "halted", "failed", "unchanged", "ended", "ending",
      "terminated", "blocked", "vetoed", "overrode", "overrides", "override", "denied", "ruled", "instead");
  private static final Set<String> FUTURE = Set.of("will", "would", "expected", "expects", "expect", "likely", "may", "might",
      "could", "plans", "plan", "forecast", "predicted", "should", "hopes", "aims", "intends", "seen");
  private static final Set<String> PAST = Set.of("was", "were", "had", "did", "has", "have", "been");

  /** The window an event must fall in to confirm: [first, last] days, either null when open. */
  public record Window(LocalDate first, LocalDate last) {}

  /** Candidates read per prediction (as many as are compared in meaning); the best of them set the {@link Field}. */
  public static final int READ = 16;

  /**
   * What the best of a prediction's candidates reach (meaning, topic, fused score), so that a
   * candidate is also judged against its rivals: the right sentence is often not much alike in
   * absolute terms, but the most alike of the lot.
   */
  public record Field(double meaning, double topic, double score) {
    public static Field of(List<Checker.Candidate> candidates) {
      double m = 0;
      double t = 0;
      double sc = 0;
      for (int i = 0; i < Math.min(READ, candidates.size()); i++) {
        Checker.Candidate c = candidates.get(i);
        m = Math.max(m, c.similarity());
        t = Double.isNaN(c.topic()) ? t : Math.max(t, c.topic());
        sc = Math.max(sc, c.score());
      }
      return new Field(m, t, sc);
    }
  }

  private VerdictFeatures() {}

  /**
   * The window of a prediction: up to its deadline plus {@code graceDays}; from its horizon's start
   * when that horizon is a real later period ("next year", "next September": more than a month
   * away and a season long, or half a year away); a near, short one ("in the coming weeks") is
   * fuzzy, and an earlier event still counts.
   */
  public static Window window(IndexedPrediction p, int graceDays) {
    LocalDate deadline = p.deadline();
    LocalDate last = deadline == null ? null : deadline.plusDays(graceDays);
    LocalDate first = null;
    var horizon = p.prediction().horizon();
    LocalDate day = p.article().day();
    if (horizon != null && horizon.start() != null && horizon.end() != null && day != null) {
      long lead = ChronoUnit.DAYS.between(day, horizon.start());
      long span = ChronoUnit.DAYS.between(horizon.start(), horizon.end());
      if (lead > HORIZON_START_SLACK_DAYS && (span >= 89 || lead > 180)) {
        first = horizon.start().minusDays(graceDays);
      }
    }
    return new Window(first, last);
  }

  /** The pair as a model example ({@code label} null when predicting; {@code group} the prediction's story). */
  public static Example example(String label, IndexedPrediction p, Checker.Candidate c, int rank, Field field, CheckConfig config, String group) {
    return new Example(label, features(p, c.query(), c, rank, field, config), group, p.id() + ">" + c.sentence().key());
  }

  /** The named features of the pair. */
  public static List<String> features(IndexedPrediction p, EventQuery q, Checker.Candidate c, int rank, Field field, CheckConfig config) {
    List<String> f = new ArrayList<>();
    Judgement j = c.judgement();
    LaterSentence s = c.sentence();
    String st = j.stance().name();
    f.add("bias");
    f.add("stance=" + st);
    // ranks past 3 are one bucket: the labelled pairs hold ranks 1-8 and gold sentences found lower
    f.add("rank=" + (rank <= 1 ? "1" : rank <= 3 ? "2-3" : "4+"));
    real(f, "score", c.score());
    real(f, "coverage", j.coverage());
    real(f, "meaning", c.similarity());
    real(f, "actors", c.actorScore());
    if (!Double.isNaN(c.topic())) {
      real(f, "topic", c.topic());
    }
    // against the rivals: how far below the best of the lot
    real(f, "meaningGap", field.meaning() - c.similarity());
    real(f, "scoreGap", field.score() - c.score());
    flag(f, "bestMeaning", c.similarity() > 0 && c.similarity() >= field.meaning());
    f.add("meaningBin=" + bin(c.similarity()));
    f.add("topicBin=" + (Double.isNaN(c.topic()) ? "none" : bin(c.topic())));
    f.add("meaningBin&rank=" + bin(c.similarity()) + "&" + (rank <= 3 ? "top" : "low"));
    flag(f, "bestTopic", !Double.isNaN(c.topic()) && c.topic() >= field.topic());
    real(f, st + ".score", c.score());
    real(f, st + ".coverage", j.coverage());
    real(f, st + ".meaning", c.similarity());
    // a count read as a number, as before 2026-12-06 (as binary buckets: cross-validated checks
    // right 0.717 against 0.722)
    real(f, "terms", Math.min(3, j.matchedTerms()));
    flag(f, "anchor", j.anchorFound());
    flag(f, "hedged", j.hedged());
    flag(f, "negated", j.negated());
    flag(f, "contrary", j.contrary());
    flag(f, "provisional", j.provisional());
    flag(f, "monthClash", j.monthClash());
    flag(f, "otherAgent", otherAgent(q, j));
    flag(f, "negativePrediction", q.polarity() == Polarity.NEGATIVE);
    if (Checker.ruleEvidence(c, config)) {
      // what the hand rules (tuned on our own corpus) make of it
      f.add("rules=" + st);
    }
    if (j.contest() != Stance.UNRELATED) {
      f.add("contest=" + j.contest().name());
    }
    words(f, s, j);
    dates(f, p, s, j, config.graceDays());
    figures(f, p, q, s);
    return f;
  }

  /** Non-occurrence words, tense, a later hedge. */
  private static void words(List<String> f, LaterSentence s, Judgement j) {
    boolean nonOcc = false;
    boolean future = false;
    boolean past = false;
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      String w = t.get(i).norm();
      nonOcc |= NON_OCCURRENCE.contains(w) || (w.equals("not") && i > 0 && !t.get(i - 1).norm().equals("could"));
      future |= FUTURE.contains(w);
      past |= PAST.contains(w) || (w.length() > 4 && w.endsWith("ed") && !w.equals("expected"));
    }
    flag(f, "nonOccurrence", nonOcc);
    flag(f, "nonOccurrence&anchor", nonOcc && j.anchorFound());
    f.add("tense=" + (future && !past ? "future" : past && !future ? "past" : future ? "mixed" : "none"));
  }

  /** When the evidence was published and dates its event, against the prediction's window. */
  private static void dates(List<String> f, IndexedPrediction p, LaterSentence s, Judgement j, int graceDays) {
    LocalDate published = s.article().day();
    LocalDate made = p.article().day();
    Window w = window(p, graceDays);
    LocalDate when = j.eventDate() != null ? j.eventDate() : published;
    if (when == null || made == null) {
      f.add("date=unknown");
      return;
    }
    flag(f, "eventDated", j.eventDate() != null);
    flag(f, "afterWindow", w.last() != null && when.isAfter(w.last()));
    flag(f, "beforeWindow", w.first() != null && when.isBefore(w.first()));
    flag(f, "publishedBeforeDeadline", p.deadline() != null && published != null && published.isBefore(p.deadline()));
    flag(f, "provisional&beforeDeadline", j.provisional() && p.deadline() != null && published != null && published.isBefore(p.deadline()));
    long gap = published == null ? -1 : ChronoUnit.DAYS.between(made, published);
    f.add("gap=" + (gap < 0 ? "unknown" : gap <= 1 ? "0-1d" : gap <= 7 ? "2-7d" : gap <= 31 ? "8-31d" : ">31d"));
  }

  /** A forecast figure against the sentence's figures in its unit, and the direction each gives. */
  private static void figures(List<String> f, IndexedPrediction p, EventQuery q, LaterSentence s) {
    String prediction = p.prediction().text();
    Figures.Forecast forecast = Figures.forecast(prediction);
    if (forecast != null) {
      // a forecast figure is settled by a reported one: in its range or not
      f.add("figure=" + Figures.compare(forecast, s.text()).name());
    }
    Figures.Direction want = Figures.direction(prediction);
    Figures.Direction got = Figures.direction(s.text());
    if (want != Figures.Direction.NONE && got != Figures.Direction.NONE) {
      f.add("direction=" + (want == got ? "same" : "other"));
    }
  }

  /** Whether the sentence's event is done by actors none of whom is the prediction's subject, one of its actors, or affiliated with it. */
  static boolean otherAgent(EventQuery q, Judgement j) {
    if (q.subjectActor() == null || j.agents().isEmpty()) {
      return false;
    }
    for (String a : j.agents()) {
      if (q.actors().contains(a) || Affiliations.bundled().related(a, q.subjectActor())) {
        return false;
      }
    }
    return true;
  }

  /** A similarity in fifths from 0.2 ("<0.3", "0.3", … "0.6+"), so that a linear model can bend. */
  private static String bin(double x) {
    return x < 0.3 ? "<0.3" : x < 0.4 ? "0.3" : x < 0.5 ? "0.4" : x < 0.6 ? "0.5" : "0.6+";
  }

  private static void flag(List<String> f, String name, boolean on) {
    if (on) {
      f.add(name);
    }
  }

  private static void real(List<String> f, String name, double v) {
    f.add(Example.real(name, v));
  }
}
