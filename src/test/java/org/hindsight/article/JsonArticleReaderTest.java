package org.hindsight.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonArticleReaderTest {

  private final JsonArticleReader reader = new JsonArticleReader();

  @Test
  void oneObjectWithAllFields() {
    String json =
        "{\"id\": \"r-1\", \"title\": \"Cocoa\", \"source\": \"Reuters\", \"author\": [\"A\","
            + " \"B\"], \"published\": \"26-FEB-1987 15:01:01.79\", \"url\": null, \"language\":"
            + " \"en\", \"topics\": [\"cocoa\"], \"text\": \"  Showers continued.\\n"
            + "\\n"
            + "More.  \"}";
    ReadOutcome.Read read = read("a.json", json).get(0);
    Article a = read.article();
    assertEquals("r-1", a.id());
    assertEquals("Cocoa", a.title());
    assertEquals("Reuters", a.source());
    assertEquals("A, B", a.author());
    assertEquals(Instant.parse("1987-02-26T15:01:01.790Z"), a.published());
    assertEquals("en", a.language());
    assertEquals("Showers continued.\n\nMore.", a.text());
    assertEquals("a.json", a.path());
    assertEquals(List.of(), read.warnings());
  }

  @Test
  void jsonLinesSkipsBlankLinesAndNumbersFromOne() {
    String jsonl =
        "{\"text\": \"one\", \"published\": \"2025-08-06\"}\n\n"
            + "{\"text\": \"three\", \"published\": \"2025-08-07\"}\r\n";
    List<ReadOutcome.Read> reads = read("c.jsonl", jsonl);
    assertEquals(2, reads.size());
    assertEquals("c.jsonl#1", reads.get(0).article().path());
    assertEquals("c.jsonl:1", reads.get(0).location());
    assertEquals("c.jsonl#3", reads.get(1).article().path());
    assertEquals("c.jsonl:3", reads.get(1).location());
    assertEquals("three", reads.get(1).article().text());
  }

  @Test
  void brokenLineFailsAloneWithLineAndColumn() {
    String jsonl = "{\"text\": \"one\"}\n{\"text\": \"two\",}\n{\"text\": \"three\"}\n";
    List<ReadOutcome> outcomes =
        reader.read(Path.of("c.jsonl"), bytes(jsonl), ReadOptions.defaults());
    assertEquals(3, outcomes.size());
    assertInstanceOf(ReadOutcome.Read.class, outcomes.get(0));
    ReadOutcome.Failed failed = assertInstanceOf(ReadOutcome.Failed.class, outcomes.get(1));
    assertEquals("c.jsonl:2", failed.location());
    assertTrue(
        failed.describe().startsWith("c.jsonl:2: broken JSON: Unexpected character"),
        failed.describe());
    assertTrue(failed.describe().endsWith("at column 16"), failed.describe());
    assertInstanceOf(ReadOutcome.Read.class, outcomes.get(2));
  }

  @Test
  void brokenJsonFileNamesLineAndColumn() {
    ReadOutcome outcome = only("a.json", "{\n  \"text\": \"x\"\n  \"title\": 1}");
    assertTrue(outcome.describe().startsWith("a.json: broken JSON: "), outcome.describe());
    assertTrue(outcome.describe().endsWith("at line 3, column 3"), outcome.describe());
  }

  @Test
  void nonObjectMissingTextAndWrongTypesFail() {
    assertEquals("a.json: expected a JSON object, found array", only("a.json", "[1]").describe());
    assertEquals("a.json: no text", only("a.json", "{\"title\": \"t\"}").describe());
    assertEquals("a.json: no text", only("a.json", "{\"text\": \"  \"}").describe());
    assertEquals(
        "a.json: field 'title' must be a string, found object",
        only("a.json", "{\"text\": \"x\", \"title\": {}}").describe());
    assertTrue(
        only("a.json", "{\"text\": \"x\", \"text\": \"y\"}")
            .describe()
            .contains("Duplicate field 'text'"));
    assertTrue(only("a.json", "{\"text\": \"x\"} {}").describe().contains("broken JSON"));
  }

  @Test
  void invalidUtf8InALineNamesTheFileOffset() {
    byte[] good = bytes("{\"text\": \"one\"}\n{\"text\": \"");
    byte[] content = new byte[good.length + 3];
    System.arraycopy(good, 0, content, 0, good.length);
    content[good.length] = (byte) 0xC3; // a lead byte followed by a non-continuation byte
    content[good.length + 1] = '"';
    content[good.length + 2] = '}';
    List<ReadOutcome> outcomes = reader.read(Path.of("c.jsonl"), content, ReadOptions.defaults());
    assertEquals(
        "c.jsonl:2: invalid UTF-8 at byte offset " + good.length, outcomes.get(1).describe());
  }

  @Test
  void overlongLineFailsAlone() {
    String jsonl = "{\"text\": \"" + "x".repeat(100) + "\"}\n{\"text\": \"ok\"}\n";
    List<ReadOutcome> outcomes =
        reader.read(Path.of("c.jsonl"), bytes(jsonl), new ReadOptions(50, null));
    assertEquals("c.jsonl:1: line too large: 112 bytes > limit 50", outcomes.get(0).describe());
    assertInstanceOf(ReadOutcome.Read.class, outcomes.get(1));
  }

  @Test
  void onlyBlankLinesIsAFailureNotSilence() {
    assertEquals("c.jsonl: no JSON records: only blank lines", only("c.jsonl", "\n \n").describe());
  }

  private List<ReadOutcome.Read> read(String name, String content) {
    return reader.read(Path.of(name), bytes(content), ReadOptions.defaults()).stream()
        .map(o -> assertInstanceOf(ReadOutcome.Read.class, o, o::describe))
        .toList();
  }

  private ReadOutcome only(String name, String content) {
    List<ReadOutcome> outcomes = reader.read(Path.of(name), bytes(content), ReadOptions.defaults());
    assertEquals(1, outcomes.size(), outcomes::toString);
    return outcomes.get(0);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void newsPleaseFieldsMapToOurs() {
    String json =
        "{\"title\": \"Fed holds\", \"maintext\": \"The Fed could cut in September.\", \"authors\": [\"A\", \"B\"],"
            + " \"date_publish\": \"2025-08-06 14:05:00\", \"date_download\": \"2025-08-07 01:00:00\","
            + " \"url\": \"https://wire.example/fed\", \"source_domain\": \"wire.example\", \"language\": \"en\","
            + " \"description\": \"x\", \"image_url\": null, \"filename\": \"f.json\"}";
    Article a = read("np.json", json).get(0).article();
    assertEquals("Fed holds", a.title());
    assertEquals("The Fed could cut in September.", a.text());
    assertEquals("A, B", a.author());
    assertEquals(Instant.parse("2025-08-06T14:05:00Z"), a.published());
    assertEquals("wire.example", a.source());
    assertEquals(ArticleIds.of("https://wire.example/fed", a.text()), a.id(), "the id comes from the url, as for every format");
  }

  @Test
  void mediaCloudStoryFieldsMapToOurs() {
    String json =
        "{\"stories_id\": 1234567, \"media_id\": 1, \"media_name\": \"Wire\", \"media_url\": \"https://wire.example\","
            + " \"title\": \"Talks\", \"url\": \"https://wire.example/talks\", \"publish_date\": \"2025-08-06 14:05:00.123456\","
            + " \"language\": \"en\", \"story_text\": \"Talks could resume next week.\", \"ap_syndicated\": false}";
    Article a = read("mc.jsonl", json).get(0).article();
    assertEquals("Wire", a.source());
    assertEquals("Talks could resume next week.", a.text());
    assertEquals(Instant.parse("2025-08-06T14:05:00.123456Z"), a.published());
    assertEquals(ArticleIds.of("https://wire.example/talks", a.text()), a.id());
  }

  @Test
  void ourFieldNamesWinOverTheMappedOnes() {
    Article a = read("x.json", "{\"text\": \"ours\", \"maintext\": \"theirs\", \"source\": \"S\", \"media_name\": \"M\"}").get(0).article();
    assertEquals("ours", a.text());
    assertEquals("S", a.source());
  }
}
