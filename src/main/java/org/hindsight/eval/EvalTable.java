package org.hindsight.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints eval results as one table, a row per suite (its name, whether it was tuned on, documents,
 * gold items, precision / recall / F1), then every figure of each suite, with its 95 % interval
 * where the suite gives one. Stateless.
 */
public final class EvalTable {

  private EvalTable() {}

  public static String format(List<Suite.Result> results, List<Suites.Missing> missing) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-14s %-13s %5s  %-34s %6s %6s %6s  %s%n", "suite", "data", "docs", "gold items", "P", "R", "F1", "F1 95%"));
    for (Suite.Result r : results) {
      Map<String, String> h = Suites.headline(r);
      Bootstrap.Interval f1 = h.get("F1") == null ? null : r.intervals().get(h.get("F1"));
      sb.append(String.format(Locale.ROOT, "%-14s %-13s %5d  %-34s %6s %6s %6s  %s",
          r.suite(), r.tuning().label(), r.documents(), r.items() + " " + r.unit(),
          fig(r, h.get("P")), fig(r, h.get("R")), fig(r, h.get("F1")), f1 == null ? "" : f1.format()).stripTrailing()).append('\n');
    }
    for (Suites.Missing m : missing) {
      sb.append(String.format(Locale.ROOT, "%-14s unavailable: %s%n", m.name(), m.reason()));
    }
    for (Suite.Result r : results) {
      sb.append('\n').append(r.suite()).append(" (").append(r.tuning().label()).append("):\n");
      for (Map.Entry<String, Double> e : r.figures().entrySet()) {
        Bootstrap.Interval ci = r.intervals().get(e.getKey());
        String figure = GoldScorer.format(e.getValue());
        sb.append(ci == null
            ? String.format(Locale.ROOT, "  %-40s %s%n", e.getKey(), figure)
            : String.format(Locale.ROOT, "  %-40s %-6s  95%% %s%n", e.getKey(), figure, ci.format()));
      }
      if (!r.intervals().isEmpty()) {
        sb.append(String.format(Locale.ROOT, "  (95%% intervals: %d resamples of the %d documents)%n", Bootstrap.RESAMPLES, r.documents()));
      }
    }
    return sb.toString();
  }

  private static String fig(Suite.Result r, String name) {
    Double v = name == null ? null : r.figure(name);
    return v == null ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }
}
