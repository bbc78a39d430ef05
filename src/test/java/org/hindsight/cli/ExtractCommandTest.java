package org.hindsight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hindsight.extract.ExtractionJson;
import org.hindsight.nlp.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI as a user meets it: exit codes, one line per bad input, the JSON contract on stdout. */
class ExtractCommandTest {

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream oldErr = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      CommandLine cl = Main.commandLine();
      cl.setOut(new PrintWriter(out, true));
      cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
      int code = cl.execute(args);
      return new Result(code, out.toString(), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(oldErr);
    }
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, run("extract").code());
    assertEquals(2, run("no-such-command").code());
    assertEquals(0, run("--version").code());
    assertEquals(0, run("extract", "--help").code());
  }

  @Test
  void badInputsAreNamedAndTheRestIsProcessed(@TempDir Path dir) throws Exception {
    Files.copy(SharedPipeline.repo().resolve("corpus/seed/000_42324508f161359d.txt"), dir.resolve("a-seed.txt"));
    Files.writeString(dir.resolve("b-empty.txt"), "");
    Files.write(dir.resolve("c-binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3});
    Files.write(dir.resolve("d-latin1.txt"), "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("e-broken.jsonl"), "{\"title\": \"ok\", \"text\": \"A fine line about the Fed.\", \"published\": \"2025-01-02\"}\n{\"title\": broken\n");
    Files.writeString(dir.resolve("f-german.txt"),
        "---\npublished: 2025-08-06\n---\nDie Bundesregierung hat am Mittwoch neue Sanktionen gegen Russland angekündigt. "
            + "Der Kanzler sagte, die Maßnahmen würden in den kommenden Tagen in Kraft treten.");
    Files.writeString(dir.resolve("g-nobody.html"), "<html><head><title>x</title></head><body><nav>menu</nav></body></html>");
    Files.writeString(dir.resolve("h-baddate.txt"), "---\npublished: someday soon\n---\nThe Fed may cut rates next month.");
    Files.writeString(dir.resolve("i-notes.pdf"), "not an article");
    Result r = run("extract", "--json", "--quiet", dir.toString());
    assertEquals(1, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), "the seed and the good JSON line: " + r.out());
    JsonNode seed = ExtractionJson.MAPPER.readTree(lines.get(0));
    assertTrue(seed.path("predictions").size() >= 8);
    assertTrue(seed.path("article").path("published").asText().startsWith("2025-08-06"));
    String err = r.err();
    for (String name : List.of("b-empty.txt", "c-binary.txt", "d-latin1.txt", "e-broken.jsonl:2", "f-german.txt", "g-nobody.html", "h-baddate.txt", "i-notes.pdf")) {
      assertTrue(err.lines().anyMatch(l -> l.contains(name)), name + " not named in:\n" + err);
    }
    assertTrue(err.contains("not English"), err);
  }

  @Test
  void undatedArticleIsProcessedWithAWarning(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("undated.txt"), "Officials said the central bank may raise rates soon.");
    Result r = run("extract", "--json", "--quiet", dir.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("undated") || r.err().contains("no publication date"), r.err());
    JsonNode x = ExtractionJson.MAPPER.readTree(r.out().lines().findFirst().orElseThrow());
    assertTrue(x.path("article").path("published").isNull());
    for (JsonNode p : x.path("predictions")) {
      assertTrue(p.path("horizon").isNull(), "an undated article has no deadlines");
    }
    Result dated = run("extract", "--json", "--quiet", "--published", "2025-03-01", dir.toString());
    assertTrue(ExtractionJson.MAPPER.readTree(dated.out().lines().findFirst().orElseThrow())
        .path("article").path("published").asText().startsWith("2025-03-01"));
  }
}
