package org.hindsight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's help renders as written. picocli reads each description as a format string: a
 * bare "95% interval" is an invalid conversion, and {@code check-eval --help} printed three
 * warnings ("Could not format ...") on stderr and the description unformatted.
 */
class HelpTextTest {

  @Test
  void everyCommandsHelpRendersWithoutAWarning() {
    List<String> warned = new ArrayList<>();
    List<String> commands = new ArrayList<>();
    walk(Main.commandLine(), warned, commands);
    assertTrue(commands.size() >= 18, "commands rendered: " + commands);
    assertEquals(List.of(), warned);
  }

  private static void walk(CommandLine cl, List<String> warned, List<String> commands) {
    // picocli's warnings go to System.err
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream err = System.err;
    String usage;
    System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      usage = cl.getUsageMessage();
    } finally {
      System.setErr(err);
    }
    String name = cl.getCommandSpec().qualifiedName();
    assertTrue(usage.contains("Usage: " + name), name);
    commands.add(name);
    String log = buffer.toString(StandardCharsets.UTF_8);
    if (log.contains("Could not format")) {
      warned.add(name + ": " + log.lines().findFirst().orElse(""));
    }
    for (CommandLine sub : cl.getSubcommands().values()) {
      walk(sub, warned, commands);
    }
  }
}
