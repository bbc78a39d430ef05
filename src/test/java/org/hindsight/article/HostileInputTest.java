package org.hindsight.article;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random and hostile input never makes a reader throw, and always yields an outcome whose
 * description is one line. The seed is printed; rerun a failure with -Dhostile.seed=SEED.
 */
class HostileInputTest {

  private static final int ROUNDS = 400;

  private static final List<String> NAMES =
      List.of("a.txt", "a.md", "a.json", "a.jsonl", "a.html", "a.htm", "a.warc", "a.warc.gz");

  /** Pieces that hit the parsers' corners, glued together at random. */
  private static final List<String> FRAGMENTS =
      List.of(
          "---\n",
          "title: \"x\n",
          "published: ",
          "2025-02-30",
          "Home > A > B\n",
          "# ",
          "**",
          "_",
          "[a](",
          "{",
          "}",
          "[",
          "]",
          "\"text\":",
          "\"",
          "\\u00",
          ",",
          "null",
          "\n",
          "\r\n",
          "\n\n",
          "<html>",
          "<article>",
          "<p>",
          "</p>",
          "<script>",
          "<!--",
          "<meta name=date" + " content=\"",
          "<time datetime=",
          "\uFEFF",
          "\u2028",
          "é",
          "😀",
          "\uD800",
          " ",
          "\t",
          "-".repeat(3),
          "<",
          ">",
          "&amp;",
          "&#0;",
          "<h1>",
          "</h1>",
          "{\"text\": \"ok\"}",
          "WARC/1.1\r\n",
          "WARC-Type: response\r\n",
          "WARC-Target-URI: http://a.example/\r\n",
          "Content-Length: 40\r\n",
          "Content-Type: application/http; msgtype=response\r\n",
          "HTTP/1.1 200 OK\r\n",
          "Content-Type: text/html\r\n",
          "\r\n\r\n");

  @TempDir Path dir;

  @Test
  void readersNeverThrowAndAlwaysAnswer() throws IOException {
    long seed = Long.getLong("hostile.seed", System.nanoTime());
    System.out.println(
        "HostileInputTest seed=" + seed + " (rerun with -Dhostile.seed=" + seed + ")");
    Random random = new Random(seed);
    ReadOptions options = new ReadOptions(4_000, null);
    CorpusReader corpus = new CorpusReader(options);
    List<ArticleReader> readers = CorpusReader.DEFAULT_READERS;
    for (int round = 0; round < ROUNDS; round++) {
      byte[] content = random.nextBoolean() ? randomBytes(random) : randomText(random);
      String name = NAMES.get(random.nextInt(NAMES.size()));
      Path path = dir.resolve(round + "-" + name);
      String context = "seed=" + seed + " round=" + round + " file=" + name;
      for (ArticleReader reader : readers) {
        if (reader.accepts(path)) {
          List<ReadOutcome> outcomes;
          try {
            outcomes = reader.read(path, content, options);
          } catch (RuntimeException e) {
            throw new AssertionError(context + ": reader threw", e);
          }
          check(outcomes, context);
        }
      }
      Files.write(path, content);
      List<ReadOutcome> fromDisk;
      try {
        fromDisk = corpus.read(List.of(path));
      } catch (RuntimeException e) {
        throw new AssertionError(context + ": corpus reader threw", e);
      }
      check(fromDisk, context);
    }
  }

  private static void check(List<ReadOutcome> outcomes, String context) {
    assertFalse(outcomes.isEmpty(), context + ": no outcome");
    for (ReadOutcome outcome : outcomes) {
      String line = outcome.describe();
      assertFalse(line.contains("\n") || line.contains("\r"), context + ": two lines: " + line);
      if (outcome instanceof ReadOutcome.Read read) {
        String text = read.article().text();
        assertFalse(text.isBlank(), context + ": blank text");
        assertTrue(text.equals(text.strip()), context + ": text not trimmed");
      } else if (!(outcome instanceof ReadOutcome.Failed
          || outcome instanceof ReadOutcome.Skipped)) {
        fail(context + ": unknown outcome " + outcome);
      }
    }
  }

  private static byte[] randomBytes(Random random) {
    byte[] bytes = new byte[random.nextInt(300)];
    random.nextBytes(bytes);
    return bytes;
  }

  private static byte[] randomText(Random random) {
    StringBuilder s = new StringBuilder();
    int pieces = random.nextInt(60);
    for (int i = 0; i < pieces; i++) {
      if (random.nextInt(4) == 0) {
        s.appendCodePoint(random.nextInt(0x3000));
      } else {
        s.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
      }
    }
    if (random.nextInt(20) == 0) {
      s.append("y".repeat(5_000)); // over the limit
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }
}
