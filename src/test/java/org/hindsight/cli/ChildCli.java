package org.hindsight.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code hindsight} entry point ({@link Main#main}) in a child JVM, as a user's shell
 * would: its own streams, its own locale, its own exit code. For what an in-process run cannot
 * show (the JVM's stdout encoding, {@code System.exit}, a kill).
 */
final class ChildCli {

  record Result(int code, byte[] out, byte[] err) {
    String outText() {
      return new String(out, StandardCharsets.UTF_8);
    }

    String errText() {
      return new String(err, StandardCharsets.UTF_8);
    }
  }

  private ChildCli() {}

  /** The command line that starts {@code mainClass} on the test classpath with {@code heap}. */
  static List<String> command(String heap, String mainClass, String... args) {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), mainClass));
    command.addAll(List.of(args));
    return command;
  }

  /**
   * Runs {@link Main} with {@code args} under the POSIX locale ({@code LC_ALL=C}, no {@code LANG}),
   * without {@code -Dfile.encoding}, and waits at most {@code seconds}.
   */
  static Result runUnderCLocale(String heap, int seconds, String... args) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command(heap, Main.class.getName(), args));
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE") || k.startsWith("JAVA_TOOL_OPTIONS") || k.equals("JDK_JAVA_OPTIONS"));
    env.put("LC_ALL", "C");
    Process p = pb.start();
    p.getOutputStream().close();
    CompletableFuture<byte[]> out = drain(p.getInputStream());
    CompletableFuture<byte[]> err = drain(p.getErrorStream());
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the child did not finish in " + seconds + " s: " + new String(err.join(), StandardCharsets.UTF_8));
    }
    return new Result(p.exitValue(), out.join(), err.join());
  }

  private static CompletableFuture<byte[]> drain(InputStream in) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (in) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            return b.toByteArray();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
