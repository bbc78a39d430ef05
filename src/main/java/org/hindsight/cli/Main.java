package org.hindsight.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code hindsight} command line: data on stdout, logs on stderr, both UTF-8 whatever the
 * locale; exit codes {@link #OK}, {@link #INPUTS_FAILED}, {@link #USAGE}, {@link #RUN_FAILED}.
 */
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
      CheckEvalCommand.class,
      TrainCommand.class,
      SolrConfigsetCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all inputs processed",
      "1:some inputs failed (each named on stderr; the rest were processed)",
      "2:usage error",
      "3:the run itself failed (internal error, out of memory, disk full, index locked); what was committed stays readable"
    })
public final class Main implements Runnable {

  /** Every input was processed. */
  static final int OK = 0;

  /** Some inputs failed, each named on stderr in one line; the others were processed. */
  static final int INPUTS_FAILED = 1;

  /** The command line was wrong (picocli's own code for it). */
  static final int USAGE = 2;

  /** The run itself failed: an internal error, out of memory, disk full, a locked index. */
  static final int RUN_FAILED = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  public static void main(String[] args) {
    // Under LC_ALL=C (containers, CI) the JVM's own streams are ASCII and print "J?rgensen";
    // the data and the logs are UTF-8 whatever the locale.
    PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.setOut(out);
    System.setErr(err);
    int code;
    try {
      code = commandLine().execute(args);
    } catch (Throwable t) { // an Error (out of memory, …) escapes picocli's handler
      code = failed(t, new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    }
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * The configured command line, writing UTF-8 to {@link System#out} and {@link System#err} (tests
   * call {@code execute} on it without exiting the JVM and may set other writers).
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    cl.setExecutionExceptionHandler((ex, line, parseResult) -> failed(ex, line.getErr()));
    return cl;
  }

  /** Says in one line why the run failed and what to do, and returns {@link #RUN_FAILED}. */
  static int failed(Throwable t, PrintWriter err) {
    err.println("hindsight: " + RunFailure.describe(t));
    if (System.getenv("HINDSIGHT_DEBUG") != null) {
      t.printStackTrace(err);
    }
    err.flush();
    return RUN_FAILED;
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
