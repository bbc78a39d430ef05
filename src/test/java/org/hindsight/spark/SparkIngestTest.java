package org.hindsight.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.hindsight.article.WarcFixtures;
import org.hindsight.article.WarcFixtures.Page;
import org.hindsight.cli.Main;
import org.hindsight.nlp.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The Spark job on {@code local[2]} against the single-machine {@code extract --json} on the same
 * inputs (the corpus articles and a WARC written here): the same extraction lines, byte for byte
 * once sorted, each in the partition of its month, and one outcome per input file.
 */
class SparkIngestTest {

  private static final Instant FETCHED = Instant.parse("2025-10-02T08:00:00Z");

  private static final String PAGE =
      """
      <html><head><title>Harbour authority expects record autumn traffic</title>
      <meta property="article:published_time" content="2025-10-01T07:30:00Z"></head>
      <body><article><h1>Harbour authority expects record autumn traffic</h1>
      <p>The Port of Calderon handled more containers in September than in any month since it opened,
      its harbour authority said on Wednesday.</p>
      <p>"We will probably pass two million containers before the end of the year," said Ines Valdez,
      the authority's director, adding that a second crane terminal could open next spring.</p>
      <p>Shipping analysts at Tidewater Research said congestion might ease in November once the new
      berths are in use.</p></article></body></html>
      """;

  @Test
  void sameExtractionsAsExtractPartitionedByMonthWithOutcomes(@TempDir Path tmp) throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    try (Stream<Path> corpus = Files.list(SharedPipeline.repo().resolve("corpus/articles"))) {
      for (Path p : corpus.toList()) {
        Files.copy(p, in.resolve(p.getFileName()));
      }
    }
    WarcFixtures.write(
        in.resolve("crawl.warc.gz"),
        List.of(
            Page.html("https://harbour.example/news/record-traffic", FETCHED, PAGE),
            Page.html("https://harbour.example/old", FETCHED, PAGE).withStatus(301),
            Page.html("https://harbour.example/logo.png", FETCHED, "not html").withType("image/png")));
    Files.writeString(in.resolve("blank.txt"), "", StandardCharsets.UTF_8);

    List<String> expected = extractCli(in);
    assertTrue(expected.size() >= 17, "extract --json lines: " + expected.size());

    Path out = tmp.resolve("out");
    SparkSession spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("hindsight-spark-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
    SparkIngest.Summary summary;
    try {
      summary = SparkIngest.run(spark, List.of(in.toUri().toString()), out.toUri().toString(), 2);
    } finally {
      spark.stop();
    }
    SparkIngest.report(summary, out.toString(), System.out);

    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.walk(out.resolve("extractions"))) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        String month = part.getParent().getFileName().toString();
        assertTrue(month.startsWith("month="), part.toString());
        for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
          String published = json.readTree(line).path("article").path("published").asText("");
          assertEquals(month.substring("month=".length()), published.isEmpty() ? "undated" : published.substring(0, 7), line);
          lines.add(line);
        }
      }
    }
    lines.sort(null);
    assertEquals(expected, lines);
    assertTrue(Files.isDirectory(out.resolve("extractions/month=2025-10")), "the WARC's article in October");

    Map<String, JsonNode> outcomes = new HashMap<>();
    try (Stream<Path> parts = Files.list(out.resolve("outcomes"))) {
      for (Path part : parts.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
        for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
          JsonNode n = json.readTree(line);
          String file = n.get("file").asText();
          outcomes.put(file.substring(file.lastIndexOf('/') + 1), n);
        }
      }
    }
    assertEquals(16, outcomes.size(), outcomes.keySet().toString());
    assertEquals(16, summary.files());
    for (Map.Entry<String, JsonNode> e : outcomes.entrySet()) {
      String want = e.getKey().equals("blank.txt") ? "failed|skipped|empty" : "processed";
      assertTrue(e.getValue().get("outcome").asText().matches(want), e.toString());
    }
    JsonNode warc = outcomes.get("crawl.warc.gz");
    assertEquals(1, warc.get("articles").asInt(), warc.toString());
    assertEquals(2, warc.get("skipped").size(), warc.toString());
    assertTrue(warc.get("skipped").toString().contains("crawl.warc.gz"), "reasons name the input file, not the local copy: " + warc);
    assertEquals(expected.size(), summary.articles());
    assertEquals(15, summary.processed());
  }

  private static List<String> extractCli(Path in) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    cl.execute("extract", "--json", in.toString());
    List<String> lines = new ArrayList<>(out.toString().lines().toList());
    lines.sort(null);
    return lines;
  }
}
