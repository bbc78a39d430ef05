package org.hindsight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.store.FSDirectory;
import org.hindsight.article.CorpusReader;
import org.hindsight.article.ReadOptions;
import org.hindsight.extract.Extraction;
import org.hindsight.extract.ExtractionJson;
import org.hindsight.index.CrashChecks;
import org.hindsight.index.Indexer;
import org.hindsight.index.Schema;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.hindsight.article.ReadOutcome;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of what real crawls contain, generated here from a printed seed (rerun a failure with
 * -Dhostile.seed=SEED), ingested through the real stages (the shared pipeline and extractor) on two
 * threads: random Unicode, a 100,000-token sentence, tables of numbers, deeply nested and unclosed
 * HTML, a JSON Lines file with a 50 MB line, binary inside JSON strings, zero-width and
 * right-to-left characters, dates in 1850 and 2150, thousands of identical articles. Every input
 * must end with a clear outcome of its own (indexed, or named on stderr in one line), and the index
 * must pass CheckIndex and serve {@code search} and {@code check}.
 */
class HostileCorpusTest {

  @TempDir Path dir;

  private final Map<String, Integer> expectedArticles = new HashMap<>();

  @Test
  void everyInputEndsWithAClearOutcomeAndTheIndexStaysReadable() throws Exception {
    long seed = Long.getLong("hostile.seed", System.nanoTime());
    System.out.println("HostileCorpusTest seed=" + seed + " (rerun with -Dhostile.seed=" + seed + ")");
    Random random = new Random(seed);
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    generate(corpus, random);

    Path index = dir.resolve("index");
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
    Processor processor =
        new Processor(
            new CorpusReader(ReadOptions.defaults()),
            new Processor.Settings(2, Duration.ofSeconds(240), Processor.Order.COMPLETION, false, 0),
            err);
    Ingest.Summary summary;
    Map<String, String> took = new java.util.concurrent.ConcurrentHashMap<>();
    long t0 = System.nanoTime();
    try (Indexer indexer = Indexer.open(index, Indexer.Config.DEFAULT)) {
      summary =
          new Ingest(
                  indexer,
                  false,
                  a -> {
                    long a0 = System.nanoTime();
                    AnnotatedDocument d = SharedPipeline.pipeline().annotate(a);
                    long a1 = System.nanoTime();
                    Extraction x = SharedPipeline.extractor().extract(d);
                    ExtractionInvariants.check(d, x);
                    took.put(a.path(), String.format(java.util.Locale.ROOT, "%.1f s NLP + %.1f s extraction, %,d tokens",
                        (a1 - a0) / 1e9, (System.nanoTime() - a1) / 1e9, d.tokenCount()));
                    return new Processor.Result<>(x, d.tokenCount(), d.warnings());
                  },
                  err)
              .run(processor, List.of(corpus));
    }
    String errText = errBytes.toString(StandardCharsets.UTF_8);
    System.out.printf("HostileCorpusTest: ingested in %.1f s: %s%n%s", (System.nanoTime() - t0) / 1e9, summary, errText);
    took.forEach((path, t) -> System.out.println("  " + Path.of(path).getFileName() + ": " + t));

    // one line per remark, each naming its input
    for (String line : errText.lines().toList()) {
      assertTrue(line.startsWith(corpus.toString()), "not located: " + line);
    }
    assertEquals(0, summary.counts().internalErrors(), errText);
    assertEquals(0, summary.counts().timedOut(), "bounded inputs finish within the budget: " + errText);
    assertTrue(named(errText, "06-big-line.jsonl:2", "line too large: 50000"), errText);
    assertTrue(named(errText, "07-binary.jsonl:3", "invalid UTF-8"), errText);
    assertTrue(named(errText, "02-sentence.txt", "sentences over 250 tokens (the first at offset 0,"), errText);
    assertTrue(named(errText, "11-runon.txt", "failed: too long for one article: 4"), errText);
    assertEquals(2_999, summary.duplicates(), "identical articles are annotated once");

    CrashChecks.assertClean(index);
    // every article read is in the index or named on stderr; every file that yields none is named
    Map<String, java.util.Set<String>> indexed = new HashMap<>();
    try (FSDirectory d = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(d)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (ReadOutcome o : new CorpusReader(ReadOptions.defaults()).read(List.of(corpus))) {
        String file = Path.of(o.location().replaceFirst(":\\d+$", "")).getFileName().toString();
        indexed.putIfAbsent(file, new java.util.HashSet<>());
        boolean inIndex =
            o instanceof ReadOutcome.Read r
                && searcher.count(new TermQuery(new Term(Schema.ARTICLE_KEY, Schema.articleKey(r.article())))) > 0;
        if (inIndex) {
          indexed.get(file).add(((ReadOutcome.Read) o).article().id());
        } else if (o instanceof ReadOutcome.Read r && summary.duplicates() > 0 && file.equals("10-identical.jsonl")) {
          continue; // a copy of an indexed article
        } else {
          assertTrue(errText.lines().anyMatch(l -> l.startsWith(o.location() + ": ")), "no outcome for " + o.location() + " in:\n" + errText);
        }
      }
      assertEquals(summary.added(), searcher.count(new TermQuery(new Term(Schema.KIND, Schema.KIND_ARTICLE))));
    }
    for (Map.Entry<String, Integer> e : expectedArticles.entrySet()) {
      if (e.getValue() >= 0) {
        assertEquals(e.getValue(), indexed.get(e.getKey()).size(), e.getKey() + ": " + errText);
      }
    }

    ExtractCommandTest.Result search = ExtractCommandTest.run("search", "--kind", "prediction", "--json", "--facets", "--index", index.toString());
    assertEquals(0, search.code(), search.err());
    ExtractCommandTest.Result check = ExtractCommandTest.run("check", "--no-embed", "--as-of", "2026-01-15", "--json", "--index", index.toString());
    assertEquals(0, check.code(), check.err());
    for (String line : check.out().lines().toList()) {
      ExtractionJson.MAPPER.readTree(line);
    }
  }

  private static boolean named(String err, String location, String reason) {
    return err.lines().anyMatch(l -> l.contains(location) && l.contains(reason));
  }

  private void expect(Path file, int articles) {
    expectedArticles.put(file.getFileName().toString(), articles);
  }

  private void generate(Path corpus, Random random) throws IOException {
    for (int i = 0; i < 3; i++) {
      Path f = corpus.resolve("01-unicode-" + i + ".txt");
      Files.writeString(f, "---\npublished: 2025-06-0" + (i + 1) + "\n---\n" + HostileText.random(random, 1_000));
      expectedArticles.put(f.getFileName().toString(), -1); // indexed or refused as not English: checked below
    }
    // a scraped page without punctuation: one sentence of 100,000 tokens
    StringBuilder sentence = new StringBuilder("---\ntitle: Page\npublished: 2025-06-01\n---\n");
    String[] words = {"home", "news", "sport", "market", "data", "page", "list", "item", "link", "weather", "Brussels", "Reuters"};
    for (int i = 0; i < 100_000; i++) {
      sentence.append(words[random.nextInt(words.length)]).append(' ');
    }
    expect(Files.writeString(corpus.resolve("02-sentence.txt"), sentence), 1);
    // the page of the issue: 2.8 MB of one run-on sentence fails right after tokenizing
    while (sentence.length() < 2_800_000) {
      sentence.append(words[random.nextInt(words.length)]).append(' ');
    }
    expect(Files.writeString(corpus.resolve("11-runon.txt"), sentence), 0);
    // a table of numbers, with a forecast line now and then
    StringBuilder table = new StringBuilder("---\ntitle: Table\npublished: 2025-06-01\n---\nQuarterly figures\n\n");
    for (int row = 0; row < 2_000; row++) {
      table.append(2_000 + row % 30).append(" | ").append(random.nextInt(100_000)).append(" | ")
          .append(String.format(java.util.Locale.ROOT, "%.2f", random.nextGaussian())).append(" | ")
          .append(random.nextInt(13)).append('/').append(random.nextInt(28) + 1).append(" |\n");
      if (row % 250 == 0) {
        table.append("Analysts expect output could rise 2.5 percent next year.\n");
      }
    }
    expect(Files.writeString(corpus.resolve("03-table.txt"), table), 1);
    String body = "<p>The ministry said the central bank will probably cut rates next month, analysts said.</p>";
    // (each with its own text: the id of an article without a url is the hash of its text)
    expect(Files.writeString(corpus.resolve("04-nested.html"),
        "<html><head><title>Nested</title><meta property=\"article:published_time\" content=\"2025-06-01T08:00:00+02:00\"></head><body>"
            + "<div>".repeat(20_000) + "<article>" + body + "</article>" + "</div>".repeat(20_000) + "</body></html>"), 1);
    expect(Files.writeString(corpus.resolve("05-unclosed.html"),
        "<html><head><title>Unclosed</title></head><body><article>" + "<b><i><span><font>".repeat(5_000) + body.replace("ministry", "treasury") + "</body>"), 1);
    writeBigLine(corpus.resolve("06-big-line.jsonl"));
    expect(corpus.resolve("06-big-line.jsonl"), 2);
    writeBinary(corpus.resolve("07-binary.jsonl"), random);
    expect(corpus.resolve("07-binary.jsonl"), 2);
    expect(Files.writeString(corpus.resolve("08-zero-width-rtl.txt"),
        "---\ntitle: Talks\npublished: 2025-06-01T23:30:00-04:00\n---\n"
            + "Vla\u200Bdimir Pu\u200Ctin and Benjamin\u200D Netanyahu met \u05D1\u05E0\u05D9\u05DE\u05D9\u05DF in Jerusalem.\n\n"
            + "\u202EThe minister said the talks will probably resume next week.\u202C "
            + "\u0645\u062D\u0645\u062F \u0628\u0646 \u0633\u0644\u0645\u0627\u0646 might visit Washington in July, officials said.\n\n"
            + "\u2066Ursula von der Leyen\u2069 said the EU could impose sanctions soon.\uFEFF"), 1);
    expect(Files.writeString(corpus.resolve("09-dates.jsonl"),
        json("1850-03-01", "Lord Palmerston said the cabinet will probably agree the treaty next month.") + "\n"
            + json("2150-06-30T23:30:00-05:00", "The colony council might approve the budget by the end of next year, its chair said.") + "\n"), 2);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(corpus.resolve("10-identical.jsonl")))) {
      byte[] line = (json("2025-06-02", "The Federal Reserve will probably hold rates steady in July, economists said.") + "\n").getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 3_000; i++) {
        out.write(line);
      }
    }
    expect(corpus.resolve("10-identical.jsonl"), 1);
  }

  private static String json(String published, String text) {
    ObjectNode n = ExtractionJson.MAPPER.createObjectNode();
    n.put("published", published);
    n.put("text", text);
    return n.toString();
  }

  /** A good line, a 50 MB line, a good line: the big one is refused without being held. */
  private static void writeBigLine(Path file) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      out.write((json("2025-06-01", "Officials said the talks might resume in August.") + "\n").getBytes(StandardCharsets.UTF_8));
      out.write("{\"published\": \"2025-06-01\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "word ".repeat(200_000).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 50; i++) {
        out.write(chunk);
      }
      out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
      out.write((json("2025-06-03", "The union said a strike could start next week.") + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * Binary escaped inside JSON strings (valid JSON: control characters and NUL as {@code \\u0000}),
   * then a line with raw bytes that are not UTF-8 inside a string.
   */
  private static void writeBinary(Path file, Random random) throws IOException {
    StringBuilder binary = new StringBuilder("The minister said prices may rise. ");
    for (int i = 0; i < 2_000; i++) {
      binary.append((char) random.nextInt(0x100));
    }
    byte[] raw = new byte[500];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = (byte) (0x80 + random.nextInt(0x80)); // high bytes: not text as UTF-8, not a NUL either
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write((json("2025-06-01", binary.toString()) + "\n").getBytes(StandardCharsets.UTF_8));
      out.write((json("2025-06-01", "Binary \u0000\u0001\u0002 between words: the bank could cut rates.") + "\n").getBytes(StandardCharsets.UTF_8));
      out.write("{\"published\": \"2025-06-01\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
      out.write(raw);
      out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
    }
  }
}
