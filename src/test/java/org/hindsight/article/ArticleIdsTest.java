package org.hindsight.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {

  @Test
  void sixteenHexDigits() {
    assertTrue(ArticleIds.of(null, "text").matches("[0-9a-f]{16}"));
  }

  @Test
  void sameUrlSameIdWhateverTheText() {
    assertEquals(
        ArticleIds.of("https://example.org/a", "first version"),
        ArticleIds.of("https://example.org/a", "second, corrected version"));
  }

  @Test
  void urlNormalisation() {
    String id = ArticleIds.of("https://example.org/news/a?id=7", "x");
    assertEquals(id, ArticleIds.of("HTTPS://Example.ORG/news/a/?id=7&utm_source=tw#top", "x"));
    assertEquals(id, ArticleIds.of("  https://example.org/news/a?utm_medium=x&id=7  ", "x"));
    assertNotEquals(id, ArticleIds.of("https://example.org/News/a?id=7", "x"), "path case matters");
    assertEquals(
        "https://example.org/a?b=1", ArticleIds.normaliseUrl("https://EXAMPLE.org/a/?b=1"));
    assertEquals("not a url", ArticleIds.normaliseUrl("not a url/"));
  }

  @Test
  void sameTextDifferentWhitespaceSameId() {
    assertEquals(
        ArticleIds.of(null, "Putin met  Witkoff.\n\nTrump  waited."),
        ArticleIds.of("  ", " putin met witkoff.\u00A0 Trump\twaited. "));
  }

  @Test
  void differentTextsDifferentIds() {
    assertNotEquals(
        ArticleIds.of(null, "Putin met Witkoff."), ArticleIds.of(null, "Putin met Trump."));
  }

  @Test
  void readersMakeTheSameIdForTheSameArticle() {
    byte[] text = "Body of the story.".getBytes(StandardCharsets.UTF_8);
    byte[] json = "{\"text\": \"Body of the story.\"}".getBytes(StandardCharsets.UTF_8);
    ReadOptions options = ReadOptions.defaults();
    ReadOutcome.Read fromText =
        (ReadOutcome.Read) new TextArticleReader().read(Path.of("a.txt"), text, options).get(0);
    ReadOutcome.Read fromJson =
        (ReadOutcome.Read) new JsonArticleReader().read(Path.of("a.json"), json, options).get(0);
    assertEquals(fromText.article().id(), fromJson.article().id());
  }
}
