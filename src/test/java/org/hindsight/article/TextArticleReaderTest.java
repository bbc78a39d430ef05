package org.hindsight.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextArticleReaderTest {

  private static final String SEED_TITLE =
      "US Special Envoy Visits Kremlin: Potential Compromises and Consequences for the"
          + " Russia-Ukraine War";

  /**
   * The seed article as it was shared (breadcrumb, repeated title, no date), kept verbatim under
   * the test resources so the test runs wherever the checkout is; -Dhindsight.seed=PATH reads
   * another copy.
   */
  private static final Path SEED =
      Path.of(System.getProperty("hindsight.seed", "src/test/resources/raw-seed/000_42324508f161359d.txt"));

  private final TextArticleReader reader = new TextArticleReader();

  @Test
  void seedLosesItsBreadcrumbAndRepeatedTitle() throws IOException {
    assumeTrue(Files.exists(SEED), "seed article not found at " + SEED.toAbsolutePath());
    ReadOutcome.Read read = read(SEED, Files.readAllBytes(SEED));
    Article article = read.article();
    assertEquals(SEED_TITLE, article.title());
    assertTrue(article.text().startsWith("An overview of the meeting"), article.text());
    assertFalse(article.text().contains("Home >"));
    assertFalse(article.text().contains(SEED_TITLE));
    assertTrue(article.text().endsWith("swift end to the war."));
    assertTrue(article.undated());
    assertEquals(List.of(ArticleFields.UNDATED_WARNING), read.warnings());
    assertEquals(SEED.toString(), article.path());
  }

  @Test
  void breadcrumbTitleAndStandfirstLikeTheSeed() {
    String text =
        "Home > World > Talks Resume in Geneva\n\n\nTalks Resume in Geneva\n\n\n"
            + "A short standfirst about the talks.\n\nFirst paragraph.\nStill first.\n\n"
            + "  Second paragraph.  \n";
    Article a = read(Path.of("x.txt"), text).article();
    assertEquals("Talks Resume in Geneva", a.title());
    assertEquals(
        "A short standfirst about the talks.\n\n"
            + "First paragraph.\n"
            + "Still first.\n\n"
            + "Second paragraph.",
        a.text());
  }

  @Test
  void breadcrumbSegmentIsTheTitleWhenTheNextLineIsProse() {
    String text = "Home > Markets > Oil Falls\n\nOil fell on Monday, traders said.\n";
    Article a = read(Path.of("x.txt"), text).article();
    assertEquals("Oil Falls", a.title());
    assertEquals("Oil fell on Monday, traders said.", a.text());
  }

  @Test
  void proseFirstLineIsNotATitle() {
    Article a = read(Path.of("x.txt"), "Oil fell on Monday.\n\nTraders blamed demand.").article();
    assertNull(a.title());
    assertEquals("Oil fell on Monday.\n\nTraders blamed demand.", a.text());
  }

  @Test
  void frontMatterGivesMetadataAndDropsARepeatedTitle() {
    String text =
        "\uFEFF---\r\n"
            + "title: \"Apple releases SDK\"\r\n"
            + "published: 2008-03-06\r\n"
            + "source: 'Wikinews'\r\n"
            + "author: Jane Roe\r\n"
            + "url: https://example.org/a\r\n"
            + "language: en\r\n"
            + "id: wikinews-1\r\n"
            + "tags: apple\r\n"
            + "---\r\n"
            + "Apple releases SDK\r\n\r\n"
            + "During a media event, Apple released the SDK.\r\n";
    ReadOutcome.Read read = read(Path.of("a.txt"), text);
    Article a = read.article();
    assertEquals("wikinews-1", a.id());
    assertEquals("Apple releases SDK", a.title());
    assertEquals("Wikinews", a.source());
    assertEquals("Jane Roe", a.author());
    assertEquals(Instant.parse("2008-03-06T00:00:00Z"), a.published());
    assertEquals("https://example.org/a", a.url());
    assertEquals("en", a.language());
    assertEquals("During a media event, Apple released the SDK.", a.text());
    assertEquals(List.of("front matter line 9: unknown key 'tags' ignored"), read.warnings());
  }

  @Test
  void frontMatterDateAliasAndNoLanguage() {
    Article a = read(Path.of("a.md"), "---\ndate: 2025-08-06\n---\nBody text here.").article();
    assertEquals(Instant.parse("2025-08-06T00:00:00Z"), a.published());
    assertNull(a.language());
    assertNull(a.title());
  }

  @Test
  void unclosedFrontMatterFails() {
    ReadOutcome outcome =
        only(reader.read(Path.of("a.md"), bytes("---\ntitle: x\nBody.\n"), ReadOptions.defaults()));
    assertEquals(
        "a.md: front matter opened on line 1 is not closed by a '---' line", outcome.describe());
  }

  @Test
  void markdownHeadingBecomesTitleAndMarkupGoes() {
    String md =
        "# The **Big** Story\n\n"
            + "Some **bold** and _italic_ words with a [link](https://x.org) and `code`.\n\n"
            + "## A section\nText under it, snake_case kept, 2 * 3 kept.\n\n"
            + "> A quoted line.\n\n---\n\n![chart](c.png)Last words.\n";
    Article a = read(Path.of("story.md"), md).article();
    assertEquals("The Big Story", a.title());
    assertEquals(
        "Some bold and italic words with a link and code.\n\n"
            + "A section\n\n"
            + "Text under it, snake_case kept, 2 * 3 kept.\n\n"
            + "A quoted line.\n\n"
            + "Last words.",
        a.text());
  }

  @Test
  void markdownHeadingEqualToFrontMatterTitleIsDropped() {
    Article a = read(Path.of("s.md"), "---\ntitle: Big Story\n---\n# Big Story\n\nBody.").article();
    assertEquals("Big Story", a.title());
    assertEquals("Body.", a.text());
  }

  @Test
  void defaultPublishedIsUsedSilently() {
    Instant date = Instant.parse("2025-08-06T00:00:00Z");
    List<ReadOutcome> outcomes =
        reader.read(
            Path.of("x.txt"),
            bytes("Body text."),
            ReadOptions.defaults().withDefaultPublished(date));
    ReadOutcome.Read read = assertInstanceOf(ReadOutcome.Read.class, only(outcomes));
    assertEquals(date, read.article().published());
    assertEquals(List.of(), read.warnings());
  }

  @Test
  void unparsableFrontMatterDateFails() {
    ReadOutcome outcome =
        only(
            reader.read(
                Path.of("x.txt"),
                bytes("---\npublished: next tuesday\n---\nBody."),
                ReadOptions.defaults()));
    assertEquals("x.txt: unparsable published date 'next tuesday'", outcome.describe());
  }

  @Test
  void titleOnlyIsNoText() {
    ReadOutcome outcome =
        only(
            reader.read(
                Path.of("x.md"), bytes("---\ntitle: T\n---\n\n# T\n"), ReadOptions.defaults()));
    assertEquals("x.md: no text", outcome.describe());
  }

  private ReadOutcome.Read read(Path file, String text) {
    return read(file, bytes(text));
  }

  private ReadOutcome.Read read(Path file, byte[] content) {
    ReadOutcome outcome = only(reader.read(file, content, ReadOptions.defaults()));
    return assertInstanceOf(ReadOutcome.Read.class, outcome, outcome::describe);
  }

  private static ReadOutcome only(List<ReadOutcome> outcomes) {
    assertEquals(1, outcomes.size(), outcomes::toString);
    return outcomes.get(0);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
