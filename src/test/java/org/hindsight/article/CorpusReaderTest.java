package org.hindsight.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input a corpus can hold becomes one outcome with a one-line reason. */
class CorpusReaderTest {

  @TempDir Path dir;

  private final CorpusReader corpus = new CorpusReader(ReadOptions.defaults());

  @Test
  void emptyFile() throws IOException {
    assertEquals(dir.resolve("e.txt") + ": empty file", describeOne(write("e.txt", new byte[0])));
  }

  @Test
  void binaryFile() throws IOException {
    byte[] content = "PK\u0003\u0004 some zip".getBytes(StandardCharsets.UTF_8);
    content[10] = 0;
    assertEquals(dir.resolve("b.md") + ": binary file", describeOne(write("b.md", content)));
    byte[] controls = new byte[100];
    java.util.Arrays.fill(controls, (byte) 'a');
    for (int i = 0; i < 20; i++) {
      controls[i * 5] = 0x01;
    }
    assertEquals(dir.resolve("c.txt") + ": binary file", describeOne(write("c.txt", controls)));
  }

  @Test
  void invalidUtf8NamesTheByteOffset() throws IOException {
    byte[] latin1 = "Caf\u00e9 society.".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(
        dir.resolve("l.txt") + ": invalid UTF-8 at byte offset 3",
        describeOne(write("l.txt", latin1)));
  }

  @Test
  void byteOrderMarkIsFine() throws IOException {
    byte[] content = "\uFEFFA body.".getBytes(StandardCharsets.UTF_8);
    ReadOutcome.Read read =
        assertInstanceOf(ReadOutcome.Read.class, one(write("bom.txt", content)));
    assertEquals("A body.", read.article().text());
  }

  @Test
  void brokenJsonLineFailsWhileTheOthersRead() throws IOException {
    Path file =
        write(
            "c.jsonl",
            "{\"text\": \"one\", \"published\": \"2025-08-06\"}\n"
                + "{\"text\": \"two\"\n"
                + "{\"text\": \"three\", \"published\": \"2025-08-06\"}\n");
    List<ReadOutcome> outcomes = corpus.read(List.of(file));
    assertEquals(3, outcomes.size());
    assertInstanceOf(ReadOutcome.Read.class, outcomes.get(0));
    assertEquals(file + ":2", outcomes.get(1).location());
    assertInstanceOf(ReadOutcome.Failed.class, outcomes.get(1));
    assertEquals(
        file
            + ":2: broken JSON: Unexpected end-of-input: expected close marker for Object"
            + " (start marker at column 1) at column 15",
        outcomes.get(1).describe());
    assertInstanceOf(ReadOutcome.Read.class, outcomes.get(2));
  }

  @Test
  void htmlWithoutABody() throws IOException {
    Path file = write("p.html", "<html><head><title>T</title></head><body></body></html>");
    assertEquals(file + ": HTML without a body", describeOne(file));
  }

  @Test
  void tooLargeIsRefusedBeforeReading() throws IOException {
    Path file = write("big.txt", "x".repeat(200));
    List<ReadOutcome> outcomes = new CorpusReader(new ReadOptions(100, null)).read(List.of(file));
    assertEquals(file + ": file too large: 200 bytes > limit 100", outcomes.get(0).describe());
  }

  @Test
  void unparsableDateFails() throws IOException {
    Path file = write("d.json", "{\"text\": \"x\", \"published\": \"xyz\"}");
    assertEquals(file + ": unparsable published date 'xyz'", describeOne(file));
  }

  @Test
  void missingDateIsAWarning() throws IOException {
    Path file = write("u.txt", "Body.");
    ReadOutcome.Read read = assertInstanceOf(ReadOutcome.Read.class, one(file));
    assertEquals(List.of("no publication date: processed as undated"), read.warnings());
    assertEquals(
        file + ": read; warning: no publication date: processed as undated", read.describe());
  }

  @Test
  void unknownExtensionIsSkipped() throws IOException {
    Path file = write("report.PDF", "%PDF-1.4");
    ReadOutcome outcome = one(file);
    assertInstanceOf(ReadOutcome.Skipped.class, outcome);
    assertEquals(file + ": skipped: unsupported extension .pdf", outcome.describe());
    Path readme = write("README", "x");
    assertEquals(readme + ": skipped: no file extension", describeOne(readme));
  }

  @Test
  void missingInputFails() {
    Path missing = dir.resolve("nope");
    assertEquals(missing + ": no such file or directory", describeOne(missing));
  }

  @Test
  void directoriesAreWalkedSortedSkippingHiddenAndDuplicates() throws IOException {
    write("b.txt", "B.");
    write("a/z.txt", "Z.");
    write("a/c.json", "{\"text\": \"C.\"}");
    write(".git/config.txt", "hidden dir");
    write("a/.draft.txt", "hidden file");
    write("c.jsonl", "{\"text\": \"L1.\"}\n{\"text\": \"L2.\"}\n");
    List<String> seen = new ArrayList<>();
    corpus.read(List.of(dir, dir.resolve("b.txt")), outcome -> seen.add(outcome.location()));
    assertEquals(
        List.of(
            dir.resolve("a/c.json").toString(),
            dir.resolve("a/z.txt").toString(),
            dir.resolve("b.txt").toString(),
            dir.resolve("c.jsonl") + ":1",
            dir.resolve("c.jsonl") + ":2"),
        seen);
  }

  @Test
  void explicitHiddenFileIsRead() throws IOException {
    Path file = write(".notes.txt", "Body.");
    assertInstanceOf(ReadOutcome.Read.class, one(file));
  }

  private ReadOutcome one(Path file) {
    List<ReadOutcome> outcomes = corpus.read(List.of(file));
    assertEquals(1, outcomes.size(), outcomes::toString);
    return outcomes.get(0);
  }

  private String describeOne(Path file) {
    return one(file).describe();
  }

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, content);
  }
}
