package org.hindsight.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hindsight.check.verdict.CheckedPrediction;
import org.hindsight.report.HtmlReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The ledger and scorecards of the stored verdicts (run {@code check} first) as one self-contained HTML file. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Write the prediction ledger and scorecards as one self-contained HTML file (no scripts, nothing fetched).")
final class ReportCommand implements Callable<Integer> {

  @Option(names = "--html", paramLabel = "FILE", required = true, description = "The HTML file to write.")
  Path html;

  @Option(names = "--title", paramLabel = "TEXT", defaultValue = "Prediction ledger and scorecards", description = "The report's title (default: ${DEFAULT-VALUE}).")
  String title;

  @Mixin IndexBackend index;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    List<CheckedPrediction> checked = index.stored(spec);
    String page = HtmlReport.html(checked, title);
    Path parent = html.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(html, page, StandardCharsets.UTF_8);
    spec.commandLine().getErr().println("hindsight report: " + checked.size() + " predictions written to " + html);
    return 0;
  }
}
