package org.hindsight.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlArticleReaderTest {

  private static final String PAGE =
      """
      <!doctype html>
      <html lang="en-GB"><head>
        <title>Envoy visits Kremlin | Daily Planet</title>
        <meta property="og:site_name" content="Daily Planet">
        <meta property="og:url" content="https://planet.example/world/envoy">
        <meta property="article:published_time" content="2025-08-06T14:05:00+02:00">
        <meta name="author" content="Lois Lane">
        <script>var tracking = "SCRIPT TEXT";</script>
        <style>p { color: red }</style>
      </head><body>
        <header><p>SITE HEADER TEXT</p></header>
        <nav><ul><li>NAV ITEM</li></ul></nav>
        <div class="share-buttons"><p>SHARE TEXT</p></div>
        <article class="story">
          <header><h1>Envoy visits Kremlin</h1>
            <p class="standfirst">A standfirst about the visit.</p></header>
          <p>First paragraph of the story.</p>
          <figure><img src="x.jpg"><figcaption>CAPTION TEXT</figcaption></figure>
          <h2>What comes next</h2>
          <p>Second   paragraph,
             wrapped.</p>
          <ul><li>A listed point.</li></ul>
          <div class="related-links"><p>RELATED TEXT</p></div>
          <div id="comments"><p>COMMENT TEXT</p></div>
        </article>
        <aside><p>ASIDE TEXT</p></aside>
        <footer><p>FOOTER TEXT</p></footer>
      </body></html>
      """;

  private final HtmlArticleReader reader = new HtmlArticleReader();

  @Test
  void keepsTheStoryAndDropsThePage() {
    ReadOutcome.Read read = read(PAGE);
    Article a = read.article();
    assertEquals("Envoy visits Kremlin", a.title());
    assertEquals("Daily Planet", a.source());
    assertEquals("Lois Lane", a.author());
    assertEquals("https://planet.example/world/envoy", a.url());
    assertEquals("en-GB", a.language());
    assertEquals(Instant.parse("2025-08-06T12:05:00Z"), a.published());
    assertEquals(
        "A standfirst about the visit.\n\nFirst paragraph of the story.\n\nWhat comes next\n\n"
            + "Second paragraph, wrapped.\n\nA listed point.",
        a.text());
    for (String junk :
        List.of(
            "SCRIPT",
            "SITE HEADER",
            "NAV",
            "SHARE",
            "CAPTION",
            "RELATED",
            "COMMENT",
            "ASIDE",
            "FOOTER",
            "color")) {
      assertFalse(a.text().contains(junk), junk + " leaked into: " + a.text());
    }
    assertEquals(List.of(), read.warnings());
  }

  @Test
  void withoutArticleOrMainTheRichestParagraphParentWins() {
    String html =
        "<html><head><meta name=\"pubdate\" content=\"August 6, 2025\"></head><body>"
            + "<div class=\"sidebar\"><p>short</p></div>"
            + "<div class=\"content\"><h1>Headline</h1><p>Headline</p>"
            + "<p>A long paragraph of the story, long enough to win.</p>"
            + "<p>Another paragraph of the story.</p></div></body></html>";
    Article a = read(html).article();
    assertEquals("Headline", a.title());
    assertEquals(Instant.parse("2025-08-06T00:00:00Z"), a.published());
    assertEquals(
        "A long paragraph of the story, long enough to win.\n\nAnother paragraph of the story.",
        a.text());
  }

  @Test
  void dateFromTimeElementOrJsonLdAndUnparsableMetaIsAWarning() {
    String html =
        "<html><head><meta name=\"date\" content=\"sometime\">"
            + "<script type=\"application/ld+json\">{\"@graph\": [{\"datePublished\":"
            + " \"2025-08-05\"}]}</script></head><body><article><time datetime=\"2025-08-04\">"
            + "</time><p>Text.</p></article></body></html>";
    ReadOutcome.Read read = read(html);
    assertEquals(Instant.parse("2025-08-05T00:00:00Z"), read.article().published());
    assertEquals(List.of("ignored unparsable date 'sometime' in meta date"), read.warnings());

    String timeOnly =
        "<html><body><article><time datetime=\"2025-08-04\">Aug 4</time>"
            + "<p>Text.</p></article></body></html>";
    assertEquals(Instant.parse("2025-08-04T00:00:00Z"), read(timeOnly).article().published());
  }

  @Test
  void onlyUnparsableDatesFail() {
    String html =
        "<html><head><meta name=\"date\" content=\"sometime\"></head>"
            + "<body><p>Text.</p></body></html>";
    assertEquals("p.html: unparsable published date 'sometime'", only(html).describe());
  }

  @Test
  void noDateIsAWarning() {
    ReadOutcome.Read read = read("<p>Text only.</p>");
    assertNull(read.article().published());
    assertNull(read.article().title());
    assertEquals(List.of(ArticleFields.UNDATED_WARNING), read.warnings());
  }

  @Test
  void pageWithoutProseFails() {
    String html =
        "<html><head><title>Empty</title></head><body><nav><p>Menu</p></nav>"
            + "<script>x()</script><div></div></body></html>";
    assertEquals("p.html: HTML without a body", only(html).describe());
  }

  @Test
  void wrapperWhoseClassSaysAdButHoldsTheStoryIsKept() {
    String html =
        "<body><div class=\"has-ad-rail\"><p>The whole story is here.</p></div>"
            + "<div class=\"ad\"><p>Buy now</p></div></body>";
    assertEquals("The whole story is here.", read(html).article().text());
  }

  private ReadOutcome.Read read(String html) {
    ReadOutcome outcome = only(html);
    return assertInstanceOf(ReadOutcome.Read.class, outcome, outcome::describe);
  }

  private ReadOutcome only(String html) {
    List<ReadOutcome> outcomes =
        reader.read(
            Path.of("p.html"), html.getBytes(StandardCharsets.UTF_8), ReadOptions.defaults());
    assertEquals(1, outcomes.size(), outcomes::toString);
    assertTrue(outcomes.get(0).location().equals("p.html"));
    return outcomes.get(0);
  }
}
