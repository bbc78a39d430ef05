package org.hindsight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every command's help renders as written. picocli reads each description as a format string: a
 * bare "95% interval" is an invalid conversion, and {@code check-eval --help} printed three
 * warnings and the raw text instead.
 */
class HelpTextTest {

  @Test
  void everyDescriptionIsAValidFormatString() {
    List<String> broken = new ArrayList<>();
    walk(Main.commandLine(), broken);
    assertEquals(List.of(), broken);
  }

  private static void walk(CommandLine cl, List<String> broken) {
    CommandSpec spec = cl.getCommandSpec();
    for (String s : spec.usageMessage().description()) {
      check(spec.qualifiedName() + " (description)", s, broken);
    }
    for (ArgSpec a : spec.args()) {
      for (String s : a.description()) {
        check(spec.qualifiedName() + " " + a.paramLabel(), s, broken);
      }
    }
    for (CommandLine sub : cl.getSubcommands().values()) {
      walk(sub, broken);
    }
  }

  private static void check(String where, String s, List<String> broken) {
    try {
      String.format(Locale.ROOT, s);
    } catch (IllegalFormatException e) {
      broken.add(where + ": " + e.getMessage());
    }
  }
}
