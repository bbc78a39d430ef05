package org.hindsight.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.hindsight.extract.ExtractionJson;
import org.hindsight.score.Scorecard;

/**
 * The scorecard as text (a table per group, then calibration by band) and as JSON. Field names of
 * the JSON are stable:
 *
 * <pre>
 * {"by": "holder" | "source" | "actor" | "all",
 *  "overall": group, "groups": [group, …]}
 * group: {"key", "predictions", "resolved", "confirmed", "refuted", "expired", "open",
 *         "brier": number | null,
 *         "calibration": [{"level", "count", "predicted", "observed"}, …]}
 * </pre>
 *
 * Stateless and thread-safe.
 */
public final class CalibrationTable {

  private CalibrationTable() {}

  public static String text(Scorecard.Card card) {
    StringBuilder b = new StringBuilder();
    Scorecard.Group all = card.overall();
    b.append(String.format(Locale.ROOT,
        "scorecard: %d predictions, %d resolved (%d confirmed, %d refuted), %d expired, %d open; Brier %s%n",
        all.total(), all.resolved(), all.confirmed(), all.refuted(), all.expired(), all.open(), brier(all.brier())));
    if (card.by() != Scorecard.By.ALL) {
      int width = Math.max(8, card.groups().stream().mapToInt(g -> Math.min(40, g.key().length())).max().orElse(8));
      b.append('\n');
      b.append(String.format(Locale.ROOT, "%-" + width + "s  %8s %9s %7s %7s %5s  %6s%n",
          card.by().name().toLowerCase(Locale.ROOT), "resolved", "confirmed", "refuted", "expired", "open", "brier"));
      for (Scorecard.Group g : card.groups()) {
        b.append(String.format(Locale.ROOT, "%-" + width + "s  %8d %9d %7d %7d %5d  %6s%n",
            clip(g.key(), width), g.resolved(), g.confirmed(), g.refuted(), g.expired(), g.open(), brier(g.brier())));
      }
    }
    b.append('\n');
    b.append("calibration (resolved predictions, by probability band):\n");
    b.append(String.format(Locale.ROOT, "%-20s %5s %10s %9s%n", "band", "n", "predicted", "observed"));
    for (Scorecard.Band band : all.bands()) {
      b.append(String.format(Locale.ROOT, "%-20s %5d %10.2f %9.2f%n", band.level(), band.count(), band.meanProbability(), band.observedFrequency()));
    }
    if (all.bands().isEmpty()) {
      b.append("(no resolved predictions yet)\n");
    }
    return b.toString();
  }

  public static ObjectNode json(Scorecard.Card card) {
    ObjectNode root = ExtractionJson.MAPPER.createObjectNode();
    root.put("by", card.by().name().toLowerCase(Locale.ROOT));
    root.set("overall", group(card.overall()));
    ArrayNode groups = root.putArray("groups");
    card.groups().forEach(g -> groups.add(group(g)));
    return root;
  }

  private static ObjectNode group(Scorecard.Group g) {
    ObjectNode n = ExtractionJson.MAPPER.createObjectNode();
    n.put("key", g.key());
    n.put("predictions", g.total());
    n.put("resolved", g.resolved());
    n.put("confirmed", g.confirmed());
    n.put("refuted", g.refuted());
    n.put("expired", g.expired());
    n.put("open", g.open());
    if (g.brier() == null) {
      n.putNull("brier");
    } else {
      n.put("brier", round(g.brier()));
    }
    ArrayNode cal = n.putArray("calibration");
    for (Scorecard.Band b : g.bands()) {
      ObjectNode o = cal.addObject();
      o.put("level", b.level());
      o.put("count", b.count());
      o.put("predicted", round(b.meanProbability()));
      o.put("observed", round(b.observedFrequency()));
    }
    return n;
  }

  private static String brier(Double b) {
    return b == null ? "-" : String.format(Locale.ROOT, "%.3f", b);
  }

  private static double round(double x) {
    return Math.round(x * 10000) / 10000.0;
  }

  private static String clip(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
