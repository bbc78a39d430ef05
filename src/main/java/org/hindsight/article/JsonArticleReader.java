package org.hindsight.article;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JSON articles: one object per {@code .json} file, or one object per line of a {@code
 * .jsonl} file (blank lines are skipped silently). Stateless and thread-safe.
 *
 * <p>Fields: {@code id}, {@code title}, {@code source}, {@code author}, {@code published}, {@code
 * url}, {@code language}, {@code text}; only {@code text} is required. news-please and Media Cloud
 * story JSON are read too, their field names mapped to these (see {@link #FIELDS}). Other fields are ignored
 * without a warning: JSON exports routinely carry extra metadata (topics, places, scores), and a
 * warning per line of a large corpus would bury the ones that matter.
 *
 * <p>A JSON Lines file is read as a stream, one line at a time: {@link ReadOptions#maxBytes()}
 * bounds each line, not the file, so a corpus of any size can be read in constant memory. A broken
 * line fails alone; the lines around it are still read.
 */
public final class JsonArticleReader implements ArticleReader {

  /**
   * Our fields, each with the names other exporters give it, first present wins: news-please
   * ({@code maintext}, {@code authors}, {@code date_publish}, {@code source_domain}) and Media Cloud
   * stories ({@code story_text}, {@code publish_date}, {@code media_name}). Their own ids ({@code
   * stories_id}) are not taken: the id comes from the url, so the same story read from any export
   * gets the same id.
   */
  private static final String[][] FIELDS = {
    {"id"},
    {"title"},
    {"source", "source_domain", "media_name"},
    {"author", "authors"},
    {"published", "date_publish", "publish_date"},
    {"url"},
    {"language"},
    {"text", "maintext", "story_text"}
  };

  /**
   * Strict about what makes a record ambiguous (a second {@code text}, content after the object),
   * since silently taking one of two texts would index the wrong article. Thread-safe once built.
   */
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .build();

  private static final int CHUNK = 64 * 1024;

  private static final Pattern JACKSON_PLACE =
      Pattern.compile("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]");

  /** The longest line an array can hold, whatever maxBytes says. */
  private static final int MAX_HELD = Integer.MAX_VALUE - 8;

  @Override
  public boolean accepts(Path file) {
    String ext = FileExtension.of(file);
    return ext.equals("json") || ext.equals("jsonl");
  }

  @Override
  public List<ReadOutcome> read(Path file, byte[] content, ReadOptions options) {
    if (isJsonLines(file)) {
      List<ReadOutcome> outcomes = new ArrayList<>();
      try {
        readLines(file, new ByteArrayInputStream(content), options, outcomes::add);
      } catch (IOException e) {
        // A ByteArrayInputStream does not fail; if it ever did, that is a bug, not bad input.
        throw new UncheckedIOException(e);
      }
      return outcomes;
    }
    String location = file.toString();
    try {
      String json = ContentCheck.decodeFile(content, options.maxBytes());
      return List.of(toOutcome(parse(json, false), location, location, options));
    } catch (BadInputException e) {
      return List.of(new ReadOutcome.Failed(location, e.getMessage()));
    }
  }

  @Override
  public void read(
      Path file, InputStream in, long size, ReadOptions options, Consumer<? super ReadOutcome> sink)
      throws IOException {
    if (isJsonLines(file)) {
      readLines(file, in, options, sink);
    } else {
      ArticleReader.super.read(file, in, size, options, sink);
    }
  }

  private static boolean isJsonLines(Path file) {
    return FileExtension.of(file).equals("jsonl");
  }

  /** Splits the stream into lines by bytes, so byte offsets in messages are file offsets. */
  private void readLines(
      Path file, InputStream in, ReadOptions options, Consumer<? super ReadOutcome> sink)
      throws IOException {
    String location = file.toString();
    byte[] head = in.readNBytes(ContentCheck.SNIFF_BYTES);
    if (head.length == 0) {
      sink.accept(new ReadOutcome.Failed(location, "empty file"));
      return;
    }
    // Sniffed once for the file: a binary blob cut at random newlines would fail line by line.
    if (ContentCheck.looksBinary(head, 0, head.length)) {
      sink.accept(new ReadOutcome.Failed(location, "binary file"));
      return;
    }
    LineSplitter lines = new LineSplitter(file, options, sink);
    lines.accept(head, head.length);
    byte[] chunk = new byte[CHUNK];
    int n;
    while ((n = in.read(chunk)) != -1) {
      lines.accept(chunk, n);
    }
    lines.finish();
    if (lines.emitted == 0) {
      sink.accept(new ReadOutcome.Failed(location, "no JSON records: only blank lines"));
    }
  }

  /** Collects bytes into lines (holding at most maxBytes + 1 of one line) and reads each. */
  private static final class LineSplitter {
    private final Path file;
    private final ReadOptions options;
    private final Consumer<? super ReadOutcome> sink;
    private byte[] line = new byte[256];
    private int held;
    private long lineLength;
    private long lineStart;
    private long lineNumber = 1;
    private int emitted;

    LineSplitter(Path file, ReadOptions options, Consumer<? super ReadOutcome> sink) {
      this.file = file;
      this.options = options;
      this.sink = sink;
    }

    void accept(byte[] bytes, int n) {
      for (int i = 0; i < n; i++) {
        if (bytes[i] == '\n') {
          endLine();
          lineStart += lineLength + 1;
          lineLength = 0;
          lineNumber++;
        } else {
          append(bytes[i]);
        }
      }
    }

    void finish() {
      if (lineLength > 0) {
        endLine();
      }
    }

    private void append(byte b) {
      lineLength++;
      if (held > options.maxBytes() || held == MAX_HELD) {
        return; // already too long: count the rest, do not keep it
      }
      if (held == line.length) {
        line = Arrays.copyOf(line, (int) Math.min(2L * held, MAX_HELD));
      }
      line[held++] = b;
    }

    private void endLine() {
      String location = file + ":" + lineNumber;
      int len = held;
      held = 0;
      if (lineLength > options.maxBytes() || lineLength > len) {
        emit(
            new ReadOutcome.Failed(
                location,
                "line too large: " + lineLength + " bytes > limit " + options.maxBytes()));
        return;
      }
      if (len > 0 && line[len - 1] == '\r') {
        len--;
      }
      String json;
      try {
        json = ContentCheck.decodeUtf8(line, 0, len, lineStart);
      } catch (BadInputException e) {
        emit(new ReadOutcome.Failed(location, e.getMessage()));
        return;
      }
      if (json.isBlank()) {
        return;
      }
      ReadOutcome outcome;
      try {
        outcome = toOutcome(parse(json, true), file + "#" + lineNumber, location, options);
      } catch (BadInputException e) {
        outcome = new ReadOutcome.Failed(location, e.getMessage());
      }
      emit(outcome);
    }

    private void emit(ReadOutcome outcome) {
      emitted++;
      sink.accept(outcome);
    }
  }

  /**
   * Parses one JSON object.
   *
   * @param oneLine whether the text is one line of a JSON Lines file, whose location already names
   *     the line: the reason then gives only the column
   */
  private static JsonNode parse(String json, boolean oneLine) throws BadInputException {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new BadInputException(
          "broken JSON: " + withoutSource(e.getOriginalMessage(), oneLine) + where(e, oneLine));
    }
    if (node == null || node.isMissingNode()) {
      throw new BadInputException("no JSON object: only whitespace");
    }
    if (!node.isObject()) {
      throw new BadInputException(
          "expected a JSON object, found " + node.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    return node;
  }

  /**
   * Jackson names places inside its messages as {@code [Source: REDACTED (...); line: 1, column:
   * 1]}; said in the same words as the rest of the reason instead.
   */
  private static String withoutSource(String message, boolean oneLine) {
    Matcher m = JACKSON_PLACE.matcher(message);
    return m.replaceAll(
        place ->
            oneLine
                ? "column " + place.group(2)
                : "line " + place.group(1) + ", column " + place.group(2));
  }

  private static String where(JsonProcessingException e, boolean oneLine) {
    JsonLocation at = e.getLocation();
    if (at == null || at.getLineNr() < 1) {
      return "";
    }
    if (oneLine) {
      return " at column " + at.getColumnNr();
    }
    return " at line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  private static ReadOutcome toOutcome(
      JsonNode object, String path, String location, ReadOptions options) throws BadInputException {
    String[] values = new String[FIELDS.length];
    for (int i = 0; i < FIELDS.length; i++) {
      for (String name : FIELDS[i]) {
        values[i] = field(object, name);
        if (values[i] != null) {
          break;
        }
      }
    }
    ArticleFields fields =
        new ArticleFields(
            values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7]);
    return fields.toOutcome(path, location, options, List.of());
  }

  /**
   * A field as text: strings as they are, numbers and booleans as written, null when absent or
   * null. An author may be a list of names. Objects are refused rather than flattened into
   * something nobody wrote.
   */
  private static String field(JsonNode object, String name) throws BadInputException {
    JsonNode value = object.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isValueNode()) {
      return value.asText();
    }
    if ((name.equals("author") || name.equals("authors")) && value.isArray()) {
      List<String> names = new ArrayList<>();
      for (JsonNode element : value) {
        if (!element.isValueNode() || element.isNull()) {
          throw new BadInputException("field '" + name + "' must be a string or a list of strings");
        }
        names.add(element.asText());
      }
      return String.join(", ", names);
    }
    throw new BadInputException(
        "field '"
            + name
            + "' must be a string, found "
            + value.getNodeType().name().toLowerCase(Locale.ROOT));
  }
}
