package org.hindsight.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hindsight} command line: data on stdout, logs on stderr, exit codes 0/1/2. */
@Command(
    name = "hindsight",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Reads the news, extracts actors, claims and hedged predictions, indexes them and checks predictions against later reporting.",
    subcommands = {
      AnnotateCommand.class,
      ExtractCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      IngestCommand.class,
      SearchCommand.class,
      ActorsCommand.class,
      IndexBenchCommand.class,
      CheckCommand.class,
      JudgeCommand.class,
      ScorecardCommand.class,
      ReportCommand.class,
      ServeCommand.class,
      CheckBenchCommand.class,
      TrainCommand.class,
      SolrConfigsetCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all inputs processed", "1:some inputs failed (the rest were processed)", "2:usage error"})
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line (tests call {@code execute} on it without exiting the JVM). */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(
        (ex, line, parseResult) -> {
          line.getErr().println("hindsight: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
          if (System.getenv("HINDSIGHT_DEBUG") != null) {
            ex.printStackTrace(line.getErr());
          }
          return 1;
        });
    return cl;
  }

  /** Reads the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"hindsight " + (v == null ? "dev" : v)};
    }
  }
}
