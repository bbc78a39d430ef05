package org.hindsight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hindsight.check.CheckIndex;
import org.hindsight.check.CheckRun;
import org.hindsight.check.evidence.EventQuery;
import org.hindsight.check.evidence.EvidenceIndex;
import org.hindsight.check.evidence.IndexedPrediction;
import org.hindsight.check.evidence.Lexicon;
import org.hindsight.check.evidence.MiniLmEmbedder;
import org.hindsight.check.store.VerdictJson;
import org.hindsight.check.verdict.CheckConfig;
import org.hindsight.check.verdict.Checker;
import org.hindsight.check.verdict.VerdictModel;
import org.hindsight.eval.GoldOutcomes;
import org.hindsight.report.CheckReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * Checks every prediction in the index against later reporting and stores the verdicts (statuses
 * searchable with {@code search --status}). Loads no CoreNLP: WordNet and the embedding model
 * only. Incremental: a second run re-examines what new articles or passed deadlines could change
 * (see {@link CheckRun}).
 *
 * <p>Text output: a summary line (counts by status), then one line per prediction (status,
 * confidence, id, deadline, text) with its evidence under it. {@code --json}: JSON Lines, one
 * object per prediction, fields in {@link VerdictJson}. {@code --gold FILE}: the comparison with
 * gold outcomes instead of the per-prediction lines (one JSON object with {@code --json}). Run
 * statistics go to stderr.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Check every prediction in the index against later reporting: CONFIRMED, REFUTED, EXPIRED or OPEN, with evidence.")
final class CheckCommand implements Callable<Integer> {

  @Option(names = "--as-of", paramLabel = "DATE", description = "Give verdicts as of this date (YYYY-MM-DD; default: today, UTC). Later articles are ignored.")
  String asOf;

  @Option(names = "--json", description = "JSON Lines: one object per prediction (prediction, status, confidence, evidence).")
  boolean json;

  @Option(names = "--gold", paramLabel = "FILE", description = "Compare with gold outcomes (corpus/gold/outcomes.json): matched, verdict and evidence accuracy, confusion table.")
  Path gold;

  @Option(names = "--full", description = "Re-examine every prediction, not only those new articles or passed deadlines could change.")
  boolean full;

  @Option(names = "--threads", paramLabel = "N", description = "Checking threads (default: the number of cores).")
  Integer threads;

  @Option(names = "--verdict", paramLabel = "model|rules", defaultValue = "rules", description = "What decides: the hand rules or the verdict model, models/verdict.bin (default: ${DEFAULT-VALUE}).")
  String verdict;

  @Option(names = "--no-embed", description = "Judge by words and actors only: no sentence embeddings (faster, less recall).")
  boolean noEmbed;

  @Option(names = "--explain", paramLabel = "ID", split = ",", description = "Show how a prediction is read and its best candidates with their scores (several IDs: comma-separated, or the option repeated); stores nothing.")
  List<String> explain;

  @Option(names = "--candidates", paramLabel = "FILE", hidden = true, description = "Write every scored candidate of every prediction as JSON Lines to FILE (diagnostics); stores nothing.")
  Path candidates;

  @Mixin IndexBackend index;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    LocalDate day = asOfDate(spec, asOf);
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1: " + n);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CheckConfig config = CheckConfig.defaults(day).withLearnedVerdict(learned(spec, verdict));
    try (CheckIndex where = index.checkIndex(spec)) {
      return call(where, day, n, config, out, err);
    }
  }

  private int call(CheckIndex where, LocalDate day, int n, CheckConfig config, PrintWriter out, PrintWriter err) throws IOException {
    if (explain != null) {
      return explain(where, config, out);
    }
    if (candidates != null) {
      return dumpCandidates(where, config);
    }
    GoldOutcomes goldOutcomes = gold == null ? null : GoldOutcomes.read(gold);
    // a progress line (done, per second, ETA) when a person watches
    org.hindsight.check.Progress progress = System.console() != null ? org.hindsight.check.Progress.line(System.err, "check") : org.hindsight.check.Progress.NONE;
    CheckRun.Result r = CheckRun.run(where, config, noEmbed ? null : MiniLmEmbedder.shared(), n, full, progress);
    err.printf(Locale.ROOT, "hindsight check: %s run, %d of %d predictions examined (%d articles new or changed), %d statuses written in %.1f s%n",
        r.mode(), r.examined().size(), r.predictions().size(), r.newArticles(), r.statusesWritten(), r.took().toMillis() / 1000.0);
    if (!noEmbed) {
      err.printf(Locale.ROOT, "hindsight check: %d sentences embedded%n", MiniLmEmbedder.shared().computed());
    }
    for (String o : r.orphanedJudgments()) {
      err.println("hindsight check: judgment of " + o + " applies to no prediction in the index (kept)");
    }
    for (CheckRun.Failure f : r.failures()) {
      err.println("hindsight check: " + f.predictionId() + ": not checked: " + f.reason());
    }
    if (goldOutcomes != null) {
      GoldOutcomes.Report report = goldOutcomes.compare(r.predictions());
      if (goldOutcomes.asOf() != null && !goldOutcomes.asOf().equals(day)) {
        err.println("hindsight check: gold outcomes are as of " + goldOutcomes.asOf() + ", verdicts as of " + day);
      }
      if (json) {
        out.println(CheckReport.goldJson(report, goldOutcomes.heldOut()));
      } else {
        out.print(CheckReport.summary(r));
        out.print(CheckReport.gold(report, goldOutcomes.heldOut()));
      }
    } else if (json) {
      r.predictions().forEach(c -> out.println(VerdictJson.checked(c)));
    } else {
      out.print(CheckReport.summary(r));
      out.print(CheckReport.lines(r.predictions()));
    }
    out.flush();
    err.flush();
    return r.failures().isEmpty() ? 0 : 1;
  }

  private int explain(CheckIndex where, CheckConfig config, PrintWriter out) throws IOException {
    try (EvidenceIndex ix = where.openEvidence()) {
      List<IndexedPrediction> predictions = new ArrayList<>();
      for (String id : explain) {
        IndexedPrediction p = ix.prediction(id);
        if (p == null) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--explain: no prediction " + id + " in " + ix.describe());
        }
        predictions.add(p);
      }
      Checker checker = new Checker(ix, Lexicon.bundled(), noEmbed ? null : MiniLmEmbedder.shared(), config);
      for (IndexedPrediction p : predictions) {
        explain(ix, checker, p, out);
      }
    }
    out.flush();
    return 0;
  }

  private static void explain(EvidenceIndex ix, Checker checker, IndexedPrediction p, PrintWriter out) throws IOException {
    EventQuery q = checker.query(p, ix.article(p.article().id()));
    out.println(p.id() + ": " + p.prediction().text());
    out.println("deadline " + p.deadline() + "; anchor " + (q.anchor() == null ? "-" : q.anchor().norm()) + "; subject " + q.subjectActor() + "; actors " + q.actors()
        + "; months " + q.months());
    out.println("terms " + q.terms().stream().map(t -> String.format(Locale.ROOT, "%s/%s %.2f", t.norm(), t.role().name().toLowerCase(Locale.ROOT), t.weight())).toList());
    List<Checker.Candidate> candidates = checker.candidates(p);
    List<Checker.Read> readings = checker.readings(p, candidates);
    for (int i = 0; i < Math.min(org.hindsight.check.verdict.VerdictFeatures.READ, candidates.size()); i++) {
      Checker.Candidate c = candidates.get(i);
      out.printf(Locale.ROOT, "%.3f meaning %.2f actors %.1f %-9s %s | %s %s | %s%n", c.score(), c.similarity(), c.actorScore(),
          c.judgement().stance(), c.judgement().reason(), c.sentence().article().day(), c.sentence().article().id(), c.sentence().text());
      if (i < readings.size()) {
        // the model's own reading: the stronger of SUPPORTS and REFUTES, and what the verdict makes of it
        Checker.Read x = readings.get(i);
        VerdictModel.Reading r = x.reading();
        out.printf(Locale.ROOT, "      model %s %.2f (unrelated %.2f), settled %.2f%s%n", r.label(), r.raw(), r.unrelated(), checker.model().settled(r.raw()),
            x.ruledOut() ? "; ruled out by the outcome's window or a \"for now\" report" : "");
      }
    }
    // over every candidate the verdict reads, not only those shown
    Checker.Read best = Checker.strongest(readings);
    if (best != null) {
      VerdictModel.Reading strongest = best.reading();
      out.println("strongest reading the verdict weighs " + strongest.label() + ", weighed by: " + checker.model().explain(strongest).stream().limit(8)
          .map(w -> String.format(Locale.ROOT, "%s %+.2f", w.feature(), w.contribution())).toList());
    }
    out.println(CheckReport.line(new org.hindsight.check.verdict.CheckedPrediction(p, checker.decide(p, candidates))));
  }

  private int dumpCandidates(CheckIndex where, CheckConfig config) throws IOException {
    try (EvidenceIndex ix = where.openEvidence();
        PrintWriter w = new PrintWriter(java.nio.file.Files.newBufferedWriter(candidates, java.nio.charset.StandardCharsets.UTF_8))) {
      Checker checker = new Checker(ix, Lexicon.bundled(), noEmbed ? null : MiniLmEmbedder.shared(), config);
      for (IndexedPrediction p : ix.predictions()) {
        for (Checker.Candidate c : checker.candidates(p)) {
          var o = org.hindsight.extract.ExtractionJson.MAPPER.createObjectNode();
          o.put("prediction", p.id());
          o.put("article", c.sentence().article().id());
          o.put("day", String.valueOf(c.sentence().article().day()));
          o.put("score", c.score());
          o.put("meaning", c.similarity());
          o.put("topic", c.topic());
          o.put("actors", c.actorScore());
          o.put("coverage", c.judgement().coverage());
          o.put("anchor", c.judgement().anchorFound());
          o.put("terms", c.judgement().matchedTerms());
          o.put("stance", c.judgement().stance().name());
          o.put("reason", c.judgement().reason());
          o.put("sentence", c.sentence().text());
          w.println(o);
        }
      }
    }
    return 0;
  }

  /** {@code --as-of} as a date (today, UTC, when absent); a usage error when unreadable. */
  static LocalDate asOfDate(CommandLine.Model.CommandSpec spec, String value) {
    try {
      return value == null ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--as-of: cannot read date '" + value + "' (expected YYYY-MM-DD)");
    }
  }

  /** Whether {@code --verdict} asks for the model; a model asked for but not shipped is refused. */
  static boolean learned(CommandLine.Model.CommandSpec spec, String verdict) {
    if (verdict.equals("rules")) {
      return false;
    }
    if (!verdict.equals("model")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--verdict: 'model' or 'rules', not '" + verdict + "'");
    }
    if (VerdictModel.bundled() == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--verdict model: models/verdict.bin is not in the jar (run `hindsight train verdict`)");
    }
    return true;
  }
}
