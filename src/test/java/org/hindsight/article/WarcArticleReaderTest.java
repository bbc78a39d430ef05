package org.hindsight.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.hindsight.article.WarcFixtures.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcTruncationReason;

class WarcArticleReaderTest {

  private static final Instant FETCHED = Instant.parse("2025-08-07T03:14:15Z");

  private static final String DATED =
      """
      <html lang="en"><head><title>Envoy visits Kremlin</title>
      <meta property="og:url" content="https://planet.example/world/envoy">
      <meta property="article:published_time" content="2025-08-06T14:05:00Z"></head>
      <body><article><h1>Envoy visits Kremlin</h1><p>The envoy might meet Putin on Wednesday.</p></article></body></html>
      """;

  private static final String UNDATED =
      "<html><head><title>Talks</title></head><body><article><p>Talks could resume next week, officials said.</p></article></body></html>";

  @TempDir Path tmp;

  private final WarcArticleReader reader = new WarcArticleReader();

  @Test
  void everyHtmlResponseIsAnArticleAndTheRestIsSkippedWithAReason() throws Exception {
    byte[] cafe = "<html lang=\"en\"><body><article><p>The café could close, its owner said.</p></article></body></html>"
        .getBytes(Charset.forName("windows-1252"));
    Path warc = WarcFixtures.write(tmp.resolve("news.warc.gz"), List.of(
        Page.html("https://planet.example/world/envoy?utm_source=x", FETCHED, DATED),
        Page.html("https://wire.example/talks", FETCHED, UNDATED),
        new Page("https://wire.example/report.pdf", FETCHED, 200, "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), List.of(), null),
        Page.html("https://wire.example/moved", FETCHED, UNDATED).withStatus(301),
        Page.html("https://wire.example/long", FETCHED, UNDATED).truncatedBy(WarcTruncationReason.LENGTH),
        Page.html("https://zeitung.example/a", FETCHED, "<html lang=\"de\"><body><article><p>Die Gespräche könnten weitergehen.</p></article></body></html>"),
        new Page("https://cafe.example/a", FETCHED, 200, "text/html; charset=windows-1252", cafe, List.of(), null)));
    List<ReadOutcome> outcomes = new CorpusReader(ReadOptions.defaults()).read(List.of(warc));
    assertEquals(7, outcomes.size(), outcomes.toString());

    ReadOutcome.Read dated = assertInstanceOf(ReadOutcome.Read.class, outcomes.get(0));
    assertEquals("https://planet.example/world/envoy", dated.article().url(), "the page's og:url wins over the record's");
    assertEquals(Instant.parse("2025-08-06T14:05:00Z"), dated.article().published(), "article:published_time wins over WARC-Date");
    assertEquals("The envoy might meet Putin on Wednesday.", dated.article().text());
    assertEquals(warc + "#2", dated.article().path());
    assertEquals(warc + ":2", dated.location());

    ReadOutcome.Read undated = assertInstanceOf(ReadOutcome.Read.class, outcomes.get(1));
    assertEquals("https://wire.example/talks", undated.article().url(), "the record's target URI when the page names none");
    assertEquals(FETCHED, undated.article().published(), "the record's WARC-Date when the page gives no date");
    assertEquals(ArticleIds.of("https://wire.example/talks", "x"), undated.article().id());

    assertSkipped(outcomes.get(2), "not HTML: application/pdf");
    assertSkipped(outcomes.get(3), "HTTP status 301");
    assertSkipped(outcomes.get(4), "truncated record (WARC-Truncated: length)");
    assertSkipped(outcomes.get(5), "not English: declared language 'de'");
    ReadOutcome.Read cafeRead = assertInstanceOf(ReadOutcome.Read.class, outcomes.get(6));
    assertEquals("The café could close, its owner said.", cafeRead.article().text(), "decoded by the header's charset");
  }

  @Test
  void plainAndGzippedWarcsReadAlike() throws Exception {
    List<Page> pages = List.of(Page.html("https://wire.example/talks", FETCHED, UNDATED), Page.html("https://planet.example/e", FETCHED, DATED));
    Path plain = WarcFixtures.write(tmp.resolve("a.warc"), pages);
    Path gz = WarcFixtures.write(tmp.resolve("a.warc.gz"), pages);
    assertTrue(Files.size(gz) < Files.size(plain));
    List<Article> a = articles(plain);
    List<Article> b = articles(gz);
    assertEquals(2, a.size());
    assertEquals(a.stream().map(Article::text).toList(), b.stream().map(Article::text).toList());
    assertEquals(a.stream().map(Article::id).toList(), b.stream().map(Article::id).toList());
  }

  @Test
  void recordsOverTheSizeLimitFailAlone() throws Exception {
    String big = "<html><body><article><p>" + "word ".repeat(400) + "</p></article></body></html>";
    Path warc = WarcFixtures.write(tmp.resolve("big.warc"), List.of(
        Page.html("https://wire.example/big", FETCHED, big), Page.html("https://wire.example/talks", FETCHED, UNDATED)));
    List<ReadOutcome> outcomes = new CorpusReader(ReadOptions.defaults().withMaxBytes(1000)).read(List.of(warc));
    ReadOutcome.Failed failed = assertInstanceOf(ReadOutcome.Failed.class, outcomes.get(0));
    assertTrue(failed.reason().startsWith("page too large: over 1000 bytes"), failed.reason());
    assertInstanceOf(ReadOutcome.Read.class, outcomes.get(1));
  }

  @Test
  void brokenArchivesFailNamingWhere() throws Exception {
    Path notWarc = tmp.resolve("junk.warc");
    Files.writeString(notWarc, "this is not a web archive\n");
    ReadOutcome.Failed junk = assertInstanceOf(ReadOutcome.Failed.class, single(notWarc));
    assertTrue(junk.reason().startsWith("not a WARC file"), junk.reason());

    Path empty = Files.write(tmp.resolve("empty.warc.gz"), new byte[0]);
    assertEquals("empty file", assertInstanceOf(ReadOutcome.Failed.class, single(empty)).reason());

    // regression (HostileInputTest seed 22339596981112): jwarc's reader threw EOFException while
    // sniffing for gzip in a file of a few bytes
    for (byte[] tiny : List.of(new byte[] {0x1f}, new byte[] {'W', 'A'})) {
      ReadOutcome.Failed short_ = assertInstanceOf(ReadOutcome.Failed.class, single(Files.write(tmp.resolve("tiny.warc"), tiny)));
      assertTrue(short_.reason().startsWith("not a WARC file"), short_.reason());
      List<ReadOutcome> direct = new WarcArticleReader().read(tmp.resolve("tiny.warc"), tiny, ReadOptions.defaults());
      assertInstanceOf(ReadOutcome.Failed.class, direct.get(0));
    }

    Path whole = WarcFixtures.write(tmp.resolve("whole.warc"), List.of(
        Page.html("https://wire.example/talks", FETCHED, UNDATED), Page.html("https://planet.example/e", FETCHED, DATED)));
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = Files.write(tmp.resolve("cut.warc"), Arrays.copyOf(bytes, bytes.length - 200));
    List<ReadOutcome> outcomes = new CorpusReader(ReadOptions.defaults()).read(List.of(cut));
    assertInstanceOf(ReadOutcome.Read.class, outcomes.get(0), "what came before the break stands");
    ReadOutcome last = outcomes.get(outcomes.size() - 1);
    assertTrue(last instanceof ReadOutcome.Failed, outcomes.toString());
  }

  private static void assertSkipped(ReadOutcome o, String reasonStart) {
    ReadOutcome.Skipped s = assertInstanceOf(ReadOutcome.Skipped.class, o);
    assertTrue(s.reason().startsWith(reasonStart), s.reason());
  }

  private static ReadOutcome single(Path file) {
    List<ReadOutcome> outcomes = new CorpusReader(ReadOptions.defaults()).read(List.of(file));
    assertEquals(1, outcomes.size(), outcomes.toString());
    return outcomes.get(0);
  }

  private static List<Article> articles(Path file) {
    return new CorpusReader(ReadOptions.defaults()).read(List.of(file)).stream()
        .filter(o -> o instanceof ReadOutcome.Read).map(o -> ((ReadOutcome.Read) o).article()).toList();
  }
}
