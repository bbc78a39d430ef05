package org.hindsight.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints eval results as one table, a row per suite (its name, whether it was tuned on, documents,
 * gold items, precision / recall / F1), then every figure of each suite. Stateless.
 */
public final class EvalTable {

  private EvalTable() {}

  public static String format(List<Suite.Result> results, List<Suites.Missing> missing) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-14s %-13s %5s  %-34s %6s %6s %6s%n", "suite", "data", "docs", "gold items", "P", "R", "F1"));
    for (Suite.Result r : results) {
      Map<String, String> h = Suites.headline(r);
      sb.append(String.format(Locale.ROOT, "%-14s %-13s %5d  %-34s %6s %6s %6s%n",
          r.suite(), r.tuning().label(), r.documents(), r.items() + " " + r.unit(),
          fig(r, h.get("P")), fig(r, h.get("R")), fig(r, h.get("F1"))));
    }
    for (Suites.Missing m : missing) {
      sb.append(String.format(Locale.ROOT, "%-14s unavailable: %s%n", m.name(), m.reason()));
    }
    for (Suite.Result r : results) {
      sb.append('\n').append(r.suite()).append(" (").append(r.tuning().label()).append("):\n");
      for (Map.Entry<String, Double> e : r.figures().entrySet()) {
        sb.append(String.format(Locale.ROOT, "  %-40s %s%n", e.getKey(), GoldScorer.format(e.getValue())));
      }
    }
    return sb.toString();
  }

  private static String fig(Suite.Result r, String name) {
    Double v = name == null ? null : r.figure(name);
    return v == null ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }
}
