package org.hindsight.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hindsight.article.Span;
import org.hindsight.cli.Main;
import org.hindsight.extract.Claim;
import org.hindsight.extract.Extraction;
import org.hindsight.extract.Holder;
import org.hindsight.extract.Polarity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code hindsight search}, {@code hindsight actors} and {@code check --explain} on the fixture index, as a user runs them. */
class SearchCliTest {

  @TempDir static Path dir;

  @BeforeAll
  static void index() throws IOException {
    Fixtures.indexAll(dir);
  }

  private record Run(int code, String out, String err) {
    List<JsonNode> json() throws IOException {
      List<JsonNode> lines = new ArrayList<>();
      for (String l : out.split("\n")) {
        if (!l.isBlank()) {
          lines.add(new ObjectMapper().readTree(l));
        }
      }
      return lines;
    }
  }

  private static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void predictionsAboutPutinAsJsonLines() throws IOException {
    Run r = run("search", "--actor", "putin", "--kind", "prediction", "--json", "--index", dir.toString());
    assertEquals(0, r.code(), r.err());
    List<JsonNode> hits = r.json();
    assertEquals(2, hits.size());
    assertEquals("a1:p0", hits.get(0).get("id").asText(), "newest first without a query");
    assertEquals(1, hits.get(0).get("rank").asInt());
    assertTrue(hits.get(0).get("score").isNull());
    assertEquals("prediction", hits.get(1).get("kind").asText());
  }

  @Test
  void plainOutputHighlightsAndFacets() {
    Run r = run("search", "limited", "concessions", "--facets", "--index", dir.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("**limited** **concessions**"), r.out());
    assertTrue(r.out().contains("prediction  2025-08-06  Reuters  p=0.33 UNLIKELY  OPEN  holder: author"), r.out());
    assertTrue(r.out().contains("facets:"), r.out());
    assertTrue(r.out().contains("kind: "), r.out());
  }

  @Test
  void facetsLineInJson() throws IOException {
    Run r = run("search", "--facets", "--json", "--limit", "2", "--index", dir.toString());
    List<JsonNode> lines = r.json();
    assertEquals(3, lines.size());
    JsonNode f = lines.get(2);
    assertEquals("facets", f.get("type").asText());
    assertEquals(9, f.get("total_hits").asInt());
  }

  @Test
  void aMalformedQueryIsOneLineAndExitCode2() {
    Run r = run("search", "concessions AND", "--index", dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("hindsight: bad query \"concessions AND\""), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertFalse(r.err().contains("at org."), "no stack trace");
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertEquals(2, run("search", "--from", "last tuesday", "--index", dir.toString()).code());
    assertEquals(2, run("search", "--kind", "actor", "--index", dir.toString()).code());
    assertEquals(2, run("search", "--min-prob", "2", "--index", dir.toString()).code());
  }

  @Test
  void dateOptionsTakeWholePeriods() throws IOException {
    Run r = run("search", "--kind", "prediction", "--from", "2025-08", "--to", "2025", "--json", "--index", dir.toString());
    assertEquals(List.of("a1:p0", "a1:p1"), r.json().stream().map(n -> n.get("id").asText()).sorted().toList());
  }

  @Test
  void noIndexIsOneLineAndExitCode3() {
    Run r = run("search", "--index", dir.resolve("nothing-here").toString());
    assertEquals(3, r.code(), "the run itself failed");
    assertTrue(r.err().contains("no index here"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  /** Cold start matters: the query side must not load the NLP stack (seconds, gigabytes). */
  @Test
  void searchAndActorsLoadNoNlpClasses() throws Exception {
    for (List<String> command : List.of(
        List.of("search", "concessions", "--actor", "putin", "--facets", "--json", "--index", dir.toString()),
        List.of("actors", "--index", dir.toString()))) {
      List<String> cmd = new ArrayList<>(List.of(
          ProcessHandle.current().info().command().orElse("java"), "-verbose:class",
          "-cp", System.getProperty("java.class.path"), Main.class.getName()));
      cmd.addAll(command);
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertEquals(0, p.waitFor(), out.lines().filter(l -> !l.startsWith("[")).toList().toString());
      List<String> nlp = out.lines()
          .filter(l -> l.contains("edu.stanford.nlp") || l.contains("opennlp.") || l.contains("org.hindsight.nlp.CoreNlpPipeline"))
          .limit(5)
          .toList();
      assertTrue(nlp.isEmpty(), command.get(0) + " loaded NLP classes: " + nlp);
    }
  }

  @Test
  void actorsTableAndJson() throws IOException {
    Run r = run("actors", "--json", "--top", "2", "--index", dir.toString());
    assertEquals(0, r.code(), r.err());
    List<JsonNode> lines = r.json();
    assertEquals(2, lines.size());
    assertEquals(1, lines.get(0).get("rank").asInt());
    Run plain = run("actors", "--index", dir.toString());
    assertTrue(plain.out().contains("Vladimir Putin"), plain.out());
    assertTrue(plain.out().contains("person/vladimir-putin"), plain.out());
  }

  @Test
  void backendOptionsThatDoNotGoTogetherAreUsageErrors() {
    String index = dir.toString();
    for (String[] args : List.of(
        new String[] {"check", "--index", index, "--solr", "zk1:2181/solr"},
        new String[] {"scorecard", "--index", index, "--state", "elsewhere"},
        new String[] {"judge", "x:p0", "--status", "REFUTED", "--collection", "c", "--index", index},
        new String[] {"serve", "--solr", " "})) {
      Run r = run(args);
      assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
      assertTrue(r.err().contains("--index and --solr exclude each other") || r.err().contains("--state needs --solr")
          || r.err().contains("--collection needs --solr") || r.err().contains("--solr is empty"), r.err());
    }
  }

  @Test
  void explainShowsHowTheVerdictModelReadsEachCandidate(@TempDir Path own) throws IOException {
    // a2 (March 2024) forecasts Putin's visit "before April"; a4 (later in March) reports it, inside
    // the window; a1 (August 2025) is later Kremlin news, a candidate the window rules out
    String visit = "Vladimir Putin visited Ukraine on Tuesday";
    Extraction a4 = new Extraction(Fixtures.article("a4", "Visit", "BBC", "2024-03-20T12:00:00Z", visit + "."),
        List.of(Fixtures.actor(Fixtures.PUTIN, "Vladimir Putin", "PERSON", List.of(), Fixtures.mention(visit, "Vladimir Putin"))),
        List.of(new Claim("a4:c0", visit, new Span(0, visit.length()), Holder.author(null), List.of(Fixtures.PUTIN), List.of(), null, Polarity.POSITIVE)),
        List.of());
    try (Indexer indexer = Indexer.open(own, Indexer.Config.DEFAULT)) {
      for (Extraction x : List.of(Fixtures.a1(), Fixtures.a2(), a4)) {
        indexer.index(x);
      }
    }
    Run model = run("check", "--explain", "a2:p0", "--as-of", "2025-12-31", "--verdict", "model", "--no-embed", "--index", own.toString());
    assertEquals(0, model.code(), model.err());
    assertTrue(model.out().contains("a1"), model.out());
    assertTrue(model.out().matches("(?s).*\\n      model (SUPPORTS|REFUTES) \\d\\.\\d\\d \\(unrelated \\d\\.\\d\\d\\), settled \\d\\.\\d\\d\\n.*"), model.out());
    assertTrue(model.out().contains("strongest reading "), model.out());
    assertTrue(model.out().contains("a2:p0"), "ends with the verdict line: " + model.out());
    // what the verdict does not weigh is marked: a1 reports nothing before April 2024
    assertTrue(model.out().matches("(?s).*\\| 2025-08-06 a1 \\|[^\\n]*\\n      model SUPPORTS [^\\n]*; ruled out by the outcome's window[^\\n]*\\n.*"), model.out());
    // the hand rules have no model reading to show
    Run rules = run("check", "--explain", "a2:p0", "--as-of", "2025-12-31", "--verdict", "rules", "--no-embed", "--index", own.toString());
    assertEquals(0, rules.code(), rules.err());
    assertFalse(rules.out().contains("      model "), rules.out());
    assertFalse(rules.out().contains("strongest reading"), rules.out());
  }

  @Test
  void explainsSeveralPredictionsInOneRunAndNamesAnUnknownOne(@TempDir Path own) throws IOException {
    try (Indexer indexer = Indexer.open(own, Indexer.Config.DEFAULT)) {
      for (Extraction x : List.of(Fixtures.a1(), Fixtures.a2())) {
        indexer.index(x);
      }
    }
    Run both = run("check", "--explain", "a2:p0,a1:p1", "--as-of", "2025-12-31", "--verdict", "model", "--no-embed", "--index", own.toString());
    assertEquals(0, both.code(), both.err());
    // each is read in turn, in the order given: its header, then its verdict line
    int first = both.out().indexOf("a2:p0: ");
    int second = both.out().indexOf("a1:p1: ");
    assertTrue(first >= 0 && second > first, both.out());
    for (String id : List.of("a2:p0", "a1:p1")) {
      assertTrue(both.out().matches("(?s).*\\n(CONFIRMED|REFUTED|EXPIRED|OPEN) +\\S+ +" + id + " .*"), "a verdict line for " + id + ": " + both.out());
    }
    // an unknown id fails the run before anything is read, naming the id
    Run unknown = run("check", "--explain", "a2:p0,zz:p9", "--as-of", "2025-12-31", "--no-embed", "--index", own.toString());
    assertEquals(2, unknown.code(), unknown.out());
    assertTrue(unknown.err().contains("no prediction zz:p9"), unknown.err());
    assertFalse(unknown.out().contains("a2:p0: "), unknown.out());
  }
}
