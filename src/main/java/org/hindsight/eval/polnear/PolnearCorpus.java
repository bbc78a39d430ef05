package org.hindsight.eval.polnear;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hindsight.article.Article;
import org.hindsight.article.Span;

/**
 * Reads PolNeAR (political news attribution relations, 2016; brat standoff): {@code
 * data/<part>/text/NAME.txt} and {@code data/<part>/attributions/NAME_ANNOTATOR.ann}. PolNeAR has no
 * licence, so it is fetched into a folder outside the repository and never committed; this class
 * only reads it. A text annotated twice is read with its first annotation file (sorted by name).
 * The article's text is the file's text, unchanged, so the offsets of the annotation are offsets
 * into {@code Article.text}. Stateless; thread-safe.
 */
public final class PolnearCorpus {

  /** One attribution relation: where its source (none when implicit), cue and content lie. */
  public record Attribution(List<Span> source, List<Span> cue, List<Span> content) {
    public Attribution {
      source = List.copyOf(source);
      cue = List.copyOf(cue);
      content = List.copyOf(content);
    }

    public int contentLength() {
      return content.stream().mapToInt(s -> s.end() - s.begin()).sum();
    }
  }

  /** One annotated article. */
  public record Document(Article article, Path annotations, List<Attribution> attributions) {
    public Document {
      attributions = List.copyOf(attributions);
    }

    /** The text of some spans, joined by a space. */
    public String text(List<Span> spans) {
      StringBuilder sb = new StringBuilder();
      for (Span s : spans) {
        sb.append(sb.length() == 0 ? "" : " ").append(article.text(), s.begin(), s.end());
      }
      return sb.toString();
    }
  }

  private static final Pattern DATE = Pattern.compile("_(\\d{4}-\\d{2}-\\d{2})_");
  private static final Pattern ANN = Pattern.compile("^(.*)_[0-9a-f]{4}\\.ann$");

  private PolnearCorpus() {}

  /** Every annotated text of one part ({@code train}, {@code dev}) below the PolNeAR root. */
  public static List<Document> read(Path root, String part) throws IOException {
    if (part.equals("test")) {
      throw new IllegalArgumentException("PolNeAR test is held out by its authors' protocol and ours: not read");
    }
    Path dir = root.resolve("data").resolve(part);
    Map<String, Path> firstAnnotation = new LinkedHashMap<>();
    try (Stream<Path> s = Files.list(dir.resolve("attributions"))) {
      for (Path p : s.sorted().toList()) {
        Matcher m = ANN.matcher(p.getFileName().toString());
        if (m.matches()) {
          firstAnnotation.putIfAbsent(m.group(1), p);
        }
      }
    }
    List<Document> out = new ArrayList<>();
    for (Map.Entry<String, Path> e : firstAnnotation.entrySet()) {
      Path text = dir.resolve("text").resolve(e.getKey() + ".txt");
      if (!Files.isRegularFile(text)) {
        continue;
      }
      String body = Files.readString(text, StandardCharsets.UTF_8);
      out.add(new Document(article(e.getKey(), body), e.getValue(), parse(e.getValue(), body.length())));
    }
    return out;
  }

  private static Article article(String name, String text) {
    Matcher m = DATE.matcher(name);
    var published = m.find() ? LocalDate.parse(m.group(1)).atStartOfDay(ZoneOffset.UTC).toInstant() : null;
    String title = text.lines().findFirst().orElse(name).strip();
    return new Article("polnear-" + name, title, name.substring(0, name.indexOf('_')), null, published, null, "en", text, name + ".txt");
  }

  /** The attribution relations of one brat file: E lines whose roles point at T lines. */
  static List<Attribution> parse(Path ann, int textLength) throws IOException {
    Map<String, List<Span>> spans = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (cols.length < 2) {
        continue;
      }
      if (cols[0].startsWith("T")) {
        String[] typeAndOffsets = cols[1].split(" ", 2);
        if (typeAndOffsets.length < 2) {
          continue;
        }
        List<Span> fragments = new ArrayList<>();
        for (String frag : typeAndOffsets[1].split(";")) {
          String[] be = frag.trim().split(" ");
          int b = Integer.parseInt(be[0]);
          int end = Integer.parseInt(be[1]);
          if (b < end && end <= textLength) {
            fragments.add(new Span(b, end));
          }
        }
        spans.put(cols[0], fragments);
      } else if (cols[0].startsWith("E")) {
        events.add(cols[1].split(" "));
      }
    }
    List<Attribution> out = new ArrayList<>();
    for (String[] roles : events) {
      List<Span> source = new ArrayList<>();
      List<Span> cue = new ArrayList<>();
      List<Span> content = new ArrayList<>();
      for (String role : roles) {
        int colon = role.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String name = role.substring(0, colon);
        List<Span> s = spans.getOrDefault(role.substring(colon + 1), List.of());
        if (name.startsWith("Source")) {
          source.addAll(s);
        } else if (name.startsWith("Cue")) {
          cue.addAll(s);
        } else if (name.startsWith("Content")) {
          content.addAll(s);
        }
      }
      if (!content.isEmpty()) {
        out.add(new Attribution(source, cue, content));
      }
    }
    return out;
  }
}
