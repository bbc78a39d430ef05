package org.hindsight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hindsight.check.verdict.CheckedPrediction;
import org.hindsight.report.CalibrationChart;
import org.hindsight.report.CalibrationTable;
import org.hindsight.score.Scorecard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * Track records from the stored verdicts (run {@code check} first): per holder, source or actor,
 * resolved counts and Brier score, open and expired counts, and calibration by probability band;
 * a table on stdout (JSON with {@code --json}, fields in {@link CalibrationTable}) and an SVG
 * calibration chart with {@code --chart FILE}.
 */
@Command(
    name = "scorecard",
    mixinStandardHelpOptions = true,
    description = "Brier scores and calibration of resolved predictions, by holder, source or actor; SVG calibration chart.")
final class ScorecardCommand implements Callable<Integer> {

  @Option(names = "--by", paramLabel = "WHAT", description = "Group by holder, source or actor (default: everything together).")
  String by;

  @Option(names = "--json", description = "One JSON object: overall and per-group records with calibration.")
  boolean json;

  @Option(names = "--chart", paramLabel = "FILE", description = "Write an SVG calibration chart of all resolved predictions to FILE.")
  Path chart;

  @Mixin IndexBackend index;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Scorecard.By grouping;
    try {
      grouping = by == null ? Scorecard.By.ALL : Scorecard.By.parse(by);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--by: " + e.getMessage());
    }
    List<CheckedPrediction> checked = index.stored(spec);
    Scorecard.Card card = Scorecard.of(checked, grouping);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(CalibrationTable.json(card));
    } else {
      out.print(CalibrationTable.text(card));
    }
    if (chart != null) {
      String svg = CalibrationChart.svg("Calibration of resolved predictions", card.overall().bands(), card.overall().brier());
      Path parent = chart.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(chart, svg, StandardCharsets.UTF_8);
      spec.commandLine().getErr().println("hindsight scorecard: calibration chart written to " + chart);
    }
    out.flush();
    return 0;
  }
}
