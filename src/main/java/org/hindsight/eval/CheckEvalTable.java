package org.hindsight.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import org.hindsight.check.verdict.Status;
import org.hindsight.eval.CheckEval.Report;
import org.hindsight.eval.CheckEval.Row;
import org.hindsight.eval.CheckEval.Tally;
import org.hindsight.extract.ExtractionJson;
import org.hindsight.learn.Reliability;

/**
 * Prints a {@link CheckEval.Report}: a row per gold status (extracted, retrieval recall, verdicts
 * right, evidence right), the headline figures with their 95 % intervals over the prediction
 * stories, the reliability table and the confusion table;
 * per-check rows only on request and never for a held-out part. Stateless.
 */
public final class CheckEvalTable {

  private CheckEvalTable() {}

  /** The aggregate figures as text. */
  public static String format(Report r) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%s (%s part, %s): %d gold outcomes, %d predictions in the index%n%n",
        r.gold(), r.part() == null ? "no" : r.part(), r.heldOut() ? "held out: aggregate figures only" : "tuned on", r.rows().size(), r.predictions()));
    b.append(String.format(Locale.ROOT, "%-10s %5s %10s   %-31s %13s %14s%n", "gold", "n", "extracted", "retrieval: found / @1 / @8 of n", "verdict right", "evidence right"));
    Map<Status, Tally> by = r.byStatus();
    for (Map.Entry<Status, Tally> e : by.entrySet()) {
      b.append(line(e.getKey().name(), e.getValue()));
    }
    b.append(line("all", r.all()));
    Tally all = r.all();
    b.append('\n');
    Map<String, Bootstrap.Interval> ci = r.intervals();
    b.append(String.format(Locale.ROOT, "verdict accuracy (matched)    %-16s%s%n", ratio(all.right(), all.extracted()), ci(ci, "verdict_accuracy")));
    b.append(String.format(Locale.ROOT, "  always EXPIRED would get    %.3f%n", r.constant(Status.EXPIRED)));
    b.append(String.format(Locale.ROOT, "CONFIRMED recall              %-16s%s%n", fixed(r.recall(Status.CONFIRMED)), ci(ci, "confirmed_recall")));
    b.append(String.format(Locale.ROOT, "REFUTED recall                %-16s%s%n", fixed(r.recall(Status.REFUTED)), ci(ci, "refuted_recall")));
    b.append(String.format(Locale.ROOT, "retrieval recall (any rank)   %-16s%s%n", ratio(all.found(), all.retrievable()), ci(ci, "retrieval_recall")));
    b.append(String.format(Locale.ROOT, "evidence accuracy             %-16s%s (correct CONFIRMED/REFUTED citing a gold evidence story)%n",
        ratio(all.evidenceRight(), all.resolvedRight()), ci(ci, "evidence_accuracy")));
    Reliability rel = r.reliability();
    b.append(String.format(Locale.ROOT, "expected calibration error    %-16s%s%n", fixed(rel.ece()), ci(ci, "ece")));
    if (!ci.isEmpty()) {
      b.append(String.format(Locale.ROOT, "(95%% intervals: %d resamples of the %d prediction stories)%n", Bootstrap.RESAMPLES, r.stories()));
    }
    b.append('\n');
    b.append(rel.format());
    b.append("\nconfusion (rows gold, columns ours; matched only):\n");
    b.append(String.format(Locale.ROOT, "%-10s", ""));
    for (Status s : Status.values()) {
      b.append(String.format(Locale.ROOT, "%10s", s));
    }
    b.append('\n');
    Map<Status, Map<Status, Integer>> c = r.confusion();
    for (Status g : Status.values()) {
      b.append(String.format(Locale.ROOT, "%-10s", g));
      for (Status o : Status.values()) {
        b.append(String.format(Locale.ROOT, "%10d", c.get(g).getOrDefault(o, 0)));
      }
      b.append('\n');
    }
    int failed = (int) r.rows().stream().filter(x -> x.error() != null).count();
    if (failed > 0) {
      b.append(String.format(Locale.ROOT, "%nchecks failed: %d (named on stderr; counted wrong)%n", failed));
    }
    return b.toString();
  }

  /**
   * The headline figures of {@code r} minus those of {@code other} (the same outcomes decided
   * otherwise, named {@code otherName}), each with its paired 95 % interval.
   */
  public static String against(Report r, Report other, String otherName) {
    StringBuilder b = new StringBuilder();
    // the sign, spelt out: it was once read backwards ("positive" is this run better, except for ECE)
    b.append(String.format(Locale.ROOT, "%nagainst %s (the same outcomes; each difference is this run's figure minus that of %s, positive when this"
        + " run's is higher, which is better except for ece; paired 95%% interval over the prediction stories):%n", otherName, otherName));
    r.against(other).forEach((name, d) -> b.append(String.format(Locale.ROOT, "  %-22s %+.3f   95%% %+.3f to %+.3f%s%n",
        name, d.value(), d.interval().lo(), d.interval().hi(), d.shown() ? "" : "   (not shown to differ)")));
    b.append("  (evidence accuracy is a share of each side's own correct verdicts: not paired outcome by outcome)\n");
    return b.toString();
  }

  /** The paired differences as JSON: name -> [lo, difference, hi]. */
  public static ObjectNode againstJson(Report r, Report other, String otherName) {
    ObjectNode n = ExtractionJson.MAPPER.createObjectNode();
    n.put("against", otherName);
    ObjectNode d = n.putObject("difference");
    r.against(other).forEach((name, x) -> d.putArray(name).add(round(x.interval().lo())).add(round(x.value())).add(round(x.interval().hi())));
    return n;
  }

  /** " 95% 0.620-0.705", or nothing when the figure has no interval. */
  private static String ci(Map<String, Bootstrap.Interval> ci, String name) {
    Bootstrap.Interval i = ci.get(name);
    return i == null ? "" : " 95% " + i.format();
  }

  private static String fixed(double x) {
    return String.format(Locale.ROOT, "%.3f", x);
  }

  /** One line per gold outcome (refused for a held-out part). */
  public static String rows(Report r) {
    requireTuned(r);
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%n%-9s %-9s %5s %5s %-3s %-20s %-24s %s%n", "gold", "ours", "conf", "rank", "ev", "article", "prediction", "key"));
    for (Row row : r.rows()) {
      b.append(String.format(Locale.ROOT, "%-9s %-9s %5s %5s %-3s %-20s %-24s %s%n",
          row.gold().status(),
          row.verdict() == null ? (row.extracted() ? "FAILED" : "-") : row.verdict().status(),
          row.verdict() == null ? "" : String.format(Locale.ROOT, "%.2f", row.verdict().confidence()),
          !row.extracted() || row.goldEvidence().isEmpty() ? "" : row.goldRank() == 0 ? "miss" : String.valueOf(row.goldRank()),
          row.evidenceOk() == null ? "" : row.evidenceOk() ? "ok" : "no",
          row.gold().article(),
          row.ours() == null ? "" : row.ours().id(),
          oneLine(row.gold().key())));
    }
    return b.toString();
  }

  /** The figures as one JSON object; with {@code rows}, the per-check rows too (refused for a held-out part). */
  public static ObjectNode json(Report r, boolean rows) {
    if (rows) {
      requireTuned(r);
    }
    ObjectNode n = ExtractionJson.MAPPER.createObjectNode();
    n.put("gold", r.gold());
    n.put("part", r.part());
    n.put("held_out", r.heldOut());
    n.put("predictions", r.predictions());
    ObjectNode by = n.putObject("by_status");
    r.byStatus().forEach((s, t) -> tally(by.putObject(s.name()), t));
    Tally all = r.all();
    tally(n.putObject("all"), all);
    n.put("verdict_accuracy", round(all.extracted() == 0 ? 0 : (double) all.right() / all.extracted()));
    n.put("always_expired_accuracy", round(r.constant(Status.EXPIRED)));
    n.put("confirmed_recall", round(r.recall(Status.CONFIRMED)));
    n.put("refuted_recall", round(r.recall(Status.REFUTED)));
    n.put("retrieval_recall", round(all.retrievable() == 0 ? 0 : (double) all.found() / all.retrievable()));
    n.put("evidence_accuracy", round(all.resolvedRight() == 0 ? 0 : (double) all.evidenceRight() / all.resolvedRight()));
    Reliability rel = r.reliability();
    n.put("ece", round(rel.ece()));
    ObjectNode intervals = n.putObject("intervals");
    r.intervals().forEach((name, i) -> intervals.putArray(name).add(round(i.lo())).add(round(i.hi())));
    ArrayNode bins = n.putArray("reliability");
    for (Reliability.Bin bin : rel.bins()) {
      bins.addObject().put("low", bin.low()).put("high", bin.high()).put("n", bin.count())
          .put("confidence", round(bin.confidence())).put("right", round(bin.accuracy()));
    }
    if (rows) {
      ArrayNode a = n.putArray("rows");
      for (Row row : r.rows()) {
        ObjectNode o = a.addObject();
        o.put("article", row.gold().article());
        o.put("key", row.gold().key());
        o.put("gold", row.gold().status().name());
        o.put("prediction_id", row.ours() == null ? null : row.ours().id());
        o.put("ours", row.verdict() == null ? null : row.verdict().status().name());
        o.put("confidence", row.verdict() == null ? null : row.verdict().confidence());
        o.put("status_ok", row.statusOk());
        o.put("gold_rank", row.goldRank());
        o.put("candidates", row.candidates().size());
        if (row.evidenceOk() == null) {
          o.putNull("evidence_ok");
        } else {
          o.put("evidence_ok", row.evidenceOk());
        }
        o.put("note", row.verdict() == null ? row.error() : row.verdict().note());
        if (row.goldRank() > 0) {
          // how the checker read the best candidate from a gold evidence story
          var c = row.candidates().get(row.goldRank() - 1);
          o.putObject("gold_candidate")
              .put("article", c.sentence().article().id())
              .put("score", round(c.score()))
              .put("meaning", round(c.similarity()))
              .put("stance", c.judgement().stance().name())
              .put("reason", c.judgement().reason())
              .put("sentence", c.sentence().text());
        }
        if (!row.candidates().isEmpty()) {
          var c = row.candidates().get(0);
          o.putObject("top_candidate")
              .put("article", c.sentence().article().id())
              .put("score", round(c.score()))
              .put("stance", c.judgement().stance().name())
              .put("reason", c.judgement().reason())
              .put("sentence", c.sentence().text());
        }
      }
    }
    return n;
  }

  private static void requireTuned(Report r) {
    if (r.heldOut()) {
      throw new IllegalArgumentException(r.gold() + " is a held-out part: only its aggregate figures may be shown");
    }
  }

  private static void tally(ObjectNode o, Tally t) {
    o.put("gold", t.gold());
    o.put("extracted", t.extracted());
    o.put("retrievable", t.retrievable());
    o.put("retrieved", t.found());
    o.put("retrieved_top1", t.top1());
    o.put("retrieved_top8", t.top8());
    o.put("verdict_right", t.right());
    o.put("resolved_right", t.resolvedRight());
    o.put("evidence_right", t.evidenceRight());
  }

  private static String line(String name, Tally t) {
    String retrieval = t.retrievable() == 0 ? "-" : String.format(Locale.ROOT, "%d / %d / %d of %d (%.2f)", t.found(), t.top1(), t.top8(), t.retrievable(),
        (double) t.found() / t.retrievable());
    return String.format(Locale.ROOT, "%-10s %5d %4d (%.2f)   %-31s %4d (%.2f) %6s%n", name, t.gold(), t.extracted(),
        t.gold() == 0 ? 0 : (double) t.extracted() / t.gold(), retrieval, t.right(), t.extracted() == 0 ? 0 : (double) t.right() / t.extracted(),
        t.resolvedRight() == 0 ? "-" : t.evidenceRight() + "/" + t.resolvedRight());
  }

  private static String ratio(int a, int b) {
    return String.format(Locale.ROOT, "%.3f (%d/%d)", b == 0 ? 0 : (double) a / b, a, b);
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
