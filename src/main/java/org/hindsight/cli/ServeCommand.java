package org.hindsight.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.hindsight.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The analysts' workbench: search, the prediction ledger, evidence, judging, scorecards, in a
 * browser. Binds to loopback unless told otherwise (with a warning: the server has no
 * authentication). Loads no NLP model. Runs until interrupted (Ctrl-C).
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the web workbench over the index: search, ledger, predictions with evidence, judging, scorecards, JSON API.")
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Mixin IndexBackend index;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535: " + port);
    }
    PrintWriter err = spec.commandLine().getErr();
    if (!WebServer.loopback(host)) {
      err.println("hindsight serve: WARNING: binding to " + host + ": anyone who can reach this address can read the index and record verdicts (there is no login)");
    }
    long t0 = System.nanoTime();
    WebServer server = WebServer.start(new WebServer.Options(index.checkIndex(spec), () -> index.openSearch(spec), host, port));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (Exception e) {
        System.err.println("hindsight serve: " + e.getMessage());
      } finally {
        stopped.countDown();
      }
    }, "serve-shutdown"));
    String shown = host.contains(":") ? "[" + host + "]" : host;
    double cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(Double.NaN);
    err.printf(java.util.Locale.ROOT, "hindsight serve: http://%s:%d/ (index %s), started in %.2f s (JVM start to here: %.1f CPU-seconds); Ctrl-C stops%n",
        shown, server.port(), index.describe(), (System.nanoTime() - t0) / 1e9, cpu);
    err.flush();
    stopped.await();
    return 0;
  }
}
