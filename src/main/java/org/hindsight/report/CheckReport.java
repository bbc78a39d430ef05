package org.hindsight.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hindsight.check.CheckRun;
import org.hindsight.check.verdict.CheckedPrediction;
import org.hindsight.check.verdict.Evidence;
import org.hindsight.check.verdict.Status;
import org.hindsight.check.verdict.Verdict;
import org.hindsight.eval.Bootstrap;
import org.hindsight.eval.GoldOutcomes;
import org.hindsight.extract.ExtractionJson;

/**
 * The text of {@code check}: a summary (counts by status), one line per prediction with its
 * evidence under it, and the comparison with gold outcomes (text or JSON). Stateless and
 * thread-safe.
 */
public final class CheckReport {

  static final int TEXT_WIDTH = 110;
  static final int SENTENCE_WIDTH = 150;

  private CheckReport() {}

  /** "as of …: CONFIRMED 12  REFUTED 3  EXPIRED 8  OPEN 40" and what the run examined. */
  public static String summary(CheckRun.Result r) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "as of %s: %d predictions, ", r.asOf(), r.predictions().size()));
    Map<Status, Integer> counts = r.counts();
    boolean first = true;
    for (Map.Entry<Status, Integer> e : counts.entrySet()) {
      b.append(first ? "" : ", ").append(e.getValue()).append(' ').append(e.getKey());
      first = false;
    }
    long judged = r.predictions().stream().filter(c -> c.verdict().judged()).count();
    if (judged > 0) {
      b.append(" (").append(judged).append(" judged by hand)");
    }
    b.append('\n');
    return b.toString();
  }

  /** One prediction: status, confidence, id, deadline and text; then its evidence, one line each. */
  public static String line(CheckedPrediction c) {
    Verdict v = c.verdict();
    StringBuilder b = new StringBuilder();
    LocalDate deadline = c.indexed().deadline();
    b.append(String.format(Locale.ROOT, "%-9s %.2f%s  %s  %s  %s%n",
        v.status(), v.confidence(), v.judged() ? " (judged)" : "", c.indexed().id(),
        deadline == null ? "no deadline" : "by " + deadline, clip(oneLine(c.indexed().prediction().text()), TEXT_WIDTH)));
    for (Evidence e : v.evidence()) {
      b.append(String.format(Locale.ROOT, "    %s %s %s: %s%n",
          e.stance(), e.published() == null ? "undated" : e.published().toString().substring(0, 10),
          e.title() == null ? e.articleId() : "\"" + clip(e.title(), 60) + "\"", clip(oneLine(e.sentence()), SENTENCE_WIDTH)));
    }
    if (v.judged() && v.note() != null) {
      b.append("    note: ").append(oneLine(v.note())).append('\n');
    }
    return b.toString();
  }

  /** ", 95% 0.830-0.969" or nothing. */
  private static String ci(Map<String, Bootstrap.Interval> ci, String name) {
    Bootstrap.Interval i = ci.get(name);
    return i == null ? "" : ", 95% " + i.format();
  }

  /**
   * The comparison with gold outcomes as text: figures (with 95 % intervals), confusion table, and
   * every disagreement, unless {@code heldOut} (a test part shows aggregate figures only).
   */
  public static String gold(GoldOutcomes.Report r, boolean heldOut) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "gold outcomes: %d, matched to our predictions: %d%n", r.gold(), r.matched()));
    Map<String, Bootstrap.Interval> ci = r.intervals();
    b.append(String.format(Locale.ROOT, "verdict accuracy: %.3f (%d/%d)%s%n", r.verdictAccuracy(), r.statusCorrect(), r.matched(), ci(ci, "verdict_accuracy")));
    b.append(String.format(Locale.ROOT, "evidence accuracy: %.3f (%d/%d CONFIRMED/REFUTED verdicts agreeing with gold cite a gold evidence article)%s%n",
        r.evidenceAccuracy(), r.evidenceCorrect(), r.evidenceChecked(), ci(ci, "evidence_accuracy")));
    if (!ci.isEmpty()) {
      int n = r.articles();
      b.append(String.format(Locale.ROOT, "(95%% intervals: %d resamples of the %d prediction articles%s)%n", Bootstrap.RESAMPLES, n,
          n < FEW_ARTICLES ? "; with so few, too narrow" : ""));
    }
    b.append("\nconfusion (rows gold, columns ours):\n");
    b.append(String.format(Locale.ROOT, "%-10s", ""));
    for (Status s : Status.values()) {
      b.append(String.format(Locale.ROOT, "%10s", s));
    }
    b.append('\n');
    for (Status g : Status.values()) {
      b.append(String.format(Locale.ROOT, "%-10s", g));
      for (Status o : Status.values()) {
        b.append(String.format(Locale.ROOT, "%10d", r.confusion().get(g).getOrDefault(o, 0)));
      }
      b.append('\n');
    }
    b.append('\n');
    if (heldOut) {
      b.append("held-out part: the outcomes one by one are not shown\n");
      return b.toString();
    }
    for (GoldOutcomes.Row row : r.rows()) {
      if (row.ours() == null) {
        b.append(String.format(Locale.ROOT, "unmatched  gold %-9s %s: %s%n", row.gold().status(), row.gold().article(), clip(row.gold().key(), 90)));
      } else if (!row.statusOk() || Boolean.FALSE.equals(row.evidenceOk())) {
        b.append(String.format(Locale.ROOT, "%-10s gold %-9s ours %-9s %s: %s%n",
            row.statusOk() ? "evidence" : "status", row.gold().status(), row.ours().verdict().status(), row.ours().indexed().id(),
            clip(row.gold().key(), 80)));
      }
    }
    return b.toString();
  }

  /** Under this many prediction articles a resampled interval is too narrow, and the text says so. */
  static final int FEW_ARTICLES = 20;

  /** The comparison with gold outcomes as one JSON object; its rows only when not {@code heldOut}. */
  public static ObjectNode goldJson(GoldOutcomes.Report r, boolean heldOut) {
    ObjectNode n = ExtractionJson.MAPPER.createObjectNode();
    n.put("as_of", r.asOf() == null ? null : r.asOf().toString());
    n.put("gold", r.gold());
    n.put("matched", r.matched());
    n.put("verdict_accuracy", r.verdictAccuracy());
    n.put("status_correct", r.statusCorrect());
    n.put("evidence_checked", r.evidenceChecked());
    n.put("evidence_correct", r.evidenceCorrect());
    n.put("evidence_accuracy", r.evidenceAccuracy());
    n.put("articles", r.articles());
    ObjectNode intervals = n.putObject("intervals");
    r.intervals().forEach((name, i) -> intervals.putArray(name).add(i.lo()).add(i.hi()));
    ObjectNode conf = n.putObject("confusion");
    for (Status g : Status.values()) {
      ObjectNode row = conf.putObject(g.name());
      for (Status o : Status.values()) {
        row.put(o.name(), r.confusion().get(g).getOrDefault(o, 0));
      }
    }
    if (heldOut) {
      return n;
    }
    ArrayNode rows = n.putArray("rows");
    for (GoldOutcomes.Row row : r.rows()) {
      ObjectNode o = rows.addObject();
      o.put("article", row.gold().article());
      o.put("key", row.gold().key());
      o.put("gold", row.gold().status().name());
      o.put("prediction_id", row.ours() == null ? null : row.ours().indexed().id());
      o.put("ours", row.ours() == null ? null : row.ours().verdict().status().name());
      o.put("status_ok", row.statusOk());
      if (row.evidenceOk() == null) {
        o.putNull("evidence_ok");
      } else {
        o.put("evidence_ok", row.evidenceOk());
      }
    }
    return n;
  }

  /** Lines for a list of checked predictions, in order. */
  public static String lines(List<CheckedPrediction> all) {
    StringBuilder b = new StringBuilder();
    all.forEach(c -> b.append(line(c)));
    return b.toString();
  }

  static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }

  static String clip(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
