package org.hindsight.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hindsight.check.verdict.CheckedPrediction;
import org.hindsight.check.verdict.Status;
import org.hindsight.extract.Polarity;
import org.hindsight.extract.Prediction;

/**
 * Track records from verdicts: for each holder, source or actor (or all predictions together), how
 * many predictions were resolved (CONFIRMED or REFUTED), their Brier score, calibration by
 * probability band, and how many are still open or expired.
 *
 * <p>Scoring is about the predicted event: a prediction's {@code probability} is the probability of
 * the event its clause names, and its polarity says whether the text asserted or denied it ("X
 * won't happen": low probability of X, NEGATIVE). So the event happened (outcome 1) when a
 * POSITIVE prediction was CONFIRMED or a NEGATIVE one REFUTED, and did not (outcome 0) otherwise;
 * the Brier score is the mean of {@code (probability - outcome)²} (0 is perfect, 0.25 is what
 * always saying 50% earns). Calibration groups resolved predictions by {@code level} (the
 * probability band of the hedge lexicon) and compares the band's mean probability with how often
 * its events happened. Stateless; the records are immutable.
 */
public final class Scorecard {

  /** What to group by. */
  public enum By {
    ALL,
    HOLDER,
    SOURCE,
    ACTOR;

    public static By parse(String s) {
      try {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IllegalArgumentException("unknown grouping '" + s + "' (expected holder, source or actor)");
      }
    }
  }

  /** One probability band: resolved predictions in it, their mean probability, and how often the event happened. */
  public record Band(String level, int count, double meanProbability, double observedFrequency) {}

  /** One group's record. {@code brier} is null when nothing in the group is resolved. */
  public record Group(String key, int resolved, int confirmed, int refuted, int expired, int open, Double brier, List<Band> bands) {
    public Group {
      bands = List.copyOf(bands);
    }

    public int total() {
      return resolved + expired + open;
    }
  }

  /** The whole scorecard: the groups (most resolved first) and everything together. */
  public record Card(By by, List<Group> groups, Group overall) {
    public Card {
      groups = List.copyOf(groups);
    }
  }

  private Scorecard() {}

  /** Whether the predicted event happened, given the verdict on the prediction as stated (null when unresolved). */
  public static Integer outcome(Prediction p, Status status) {
    if (!status.resolved()) {
      return null;
    }
    boolean positive = p.polarity() == Polarity.POSITIVE;
    return (status == Status.CONFIRMED) == positive ? 1 : 0;
  }

  /** The Brier score of (probability, outcome) pairs, or null when there are none. */
  public static Double brier(List<double[]> pairs) {
    if (pairs.isEmpty()) {
      return null;
    }
    double s = 0;
    for (double[] p : pairs) {
      double d = p[0] - p[1];
      s += d * d;
    }
    return s / pairs.size();
  }

  /** Builds the scorecard of {@code checked}, grouped {@code by}. */
  public static Card of(List<CheckedPrediction> checked, By by) {
    Objects.requireNonNull(by, "by");
    Map<String, List<CheckedPrediction>> groups = new LinkedHashMap<>();
    if (by != By.ALL) {
      for (CheckedPrediction c : checked) {
        for (String key : keys(c, by)) {
          groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
      }
    }
    List<Group> out = new ArrayList<>();
    groups.forEach((k, v) -> out.add(group(k, v)));
    out.sort(Comparator.comparingInt((Group g) -> -g.resolved()).thenComparingInt(g -> -g.total()).thenComparing(Group::key));
    return new Card(by, out, group("all", checked));
  }

  private static Set<String> keys(CheckedPrediction c, By by) {
    Prediction p = c.indexed().prediction();
    Set<String> out = new LinkedHashSet<>();
    switch (by) {
      case HOLDER -> {
        String name = p.holder() == null ? null : p.holder().name();
        if (name == null || name.isBlank()) {
          name = p.holder() != null && p.holder().isAuthor() ? "(author)" : "(unknown)";
        }
        out.add(name);
      }
      case SOURCE -> {
        String s = c.indexed().article().source();
        out.add(s == null || s.isBlank() ? "(unknown)" : s);
      }
      case ACTOR -> {
        out.addAll(p.actors());
        if (out.isEmpty()) {
          out.add("(none)");
        }
      }
      default -> out.add("all");
    }
    return out;
  }

  static Group group(String key, List<CheckedPrediction> items) {
    int confirmed = 0;
    int refuted = 0;
    int expired = 0;
    int open = 0;
    List<double[]> pairs = new ArrayList<>();
    Map<String, List<double[]>> byLevel = new LinkedHashMap<>();
    for (CheckedPrediction c : items) {
      Prediction p = c.indexed().prediction();
      Status s = c.verdict().status();
      switch (s) {
        case CONFIRMED -> confirmed++;
        case REFUTED -> refuted++;
        case EXPIRED -> expired++;
        case OPEN -> open++;
      }
      Integer o = outcome(p, s);
      if (o != null) {
        double[] pair = {p.probability(), o};
        pairs.add(pair);
        String level = p.level() == null || p.level().isBlank() ? band(p.probability()) : p.level();
        byLevel.computeIfAbsent(level, k -> new ArrayList<>()).add(pair);
      }
    }
    List<Band> bands = new ArrayList<>();
    byLevel.forEach(
        (level, ps) -> {
          double mean = ps.stream().mapToDouble(x -> x[0]).average().orElse(0);
          double freq = ps.stream().mapToDouble(x -> x[1]).average().orElse(0);
          bands.add(new Band(level, ps.size(), mean, freq));
        });
    bands.sort(Comparator.comparingDouble(Band::meanProbability).thenComparing(Band::level));
    return new Group(key, confirmed + refuted, confirmed, refuted, expired, open, brier(pairs), bands);
  }

  /** A tenth-wide band name for a probability without a level ("0.3-0.4"). */
  static String band(double p) {
    int lo = (int) Math.min(9, Math.floor(p * 10));
    return String.format(Locale.ROOT, "%.1f-%.1f", lo / 10.0, (lo + 1) / 10.0);
  }
}
