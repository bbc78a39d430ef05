package org.hindsight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.hindsight.check.CheckIndex;
import org.hindsight.check.Judgments;
import org.hindsight.check.evidence.IndexedPrediction;
import org.hindsight.check.verdict.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * Records a human verdict on one prediction. It overrides the checker's in every later check, sets
 * the prediction's status in the index at once, and survives re-ingest (judgments are kept apart
 * from the article's documents, matched again by id and text). {@code --clear} removes it.
 */
@Command(
    name = "judge",
    mixinStandardHelpOptions = true,
    description = "Record a human verdict (CONFIRMED, REFUTED, EXPIRED or OPEN) on a prediction; it overrides the checker's.")
final class JudgeCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PREDICTION_ID", description = "The prediction's id, <article id>:p<N> (see search --kind prediction).")
  String id;

  @Option(names = "--status", paramLabel = "S", description = "CONFIRMED, REFUTED, EXPIRED or OPEN.")
  String status;

  @Option(names = "--note", paramLabel = "TEXT", description = "Why (kept with the verdict).")
  String note;

  @Option(names = "--clear", description = "Remove the human verdict; the next check gives the checker's again.")
  boolean clear;

  @Mixin IndexBackend index;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (clear) {
      if (status != null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--clear and --status exclude each other");
      }
      boolean had;
      try (CheckIndex where = index.checkIndex(spec)) {
        had = Judgments.unjudge(where.state(), id);
      }
      out.println(had ? "cleared the human verdict on " + id + "; run hindsight check to restore the checker's" : "no human verdict on " + id);
      out.flush();
      return 0;
    }
    if (status == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--status is required (CONFIRMED, REFUTED, EXPIRED or OPEN), or --clear");
    }
    Status s;
    try {
      s = Status.parse(status);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--status: " + e.getMessage());
    }
    IndexedPrediction p;
    try {
      try (CheckIndex where = index.checkIndex(spec)) {
        p = Judgments.judge(where, id, s, note);
      }
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("hindsight judge: " + e.getMessage());
      return 1;
    }
    out.println("judged " + p.id() + " " + s + ": " + p.prediction().text().replaceAll("\\s+", " ").strip());
    out.flush();
    return 0;
  }
}
