package org.hindsight.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.hindsight.article.Article;
import org.hindsight.article.CorpusReader;
import org.hindsight.article.JsonArticleReader;
import org.hindsight.article.ReadOptions;
import org.hindsight.article.ReadOutcome;

/**
 * Finds gold files and the articles they describe. A gold file's {@code file} is {@code x.txt},
 * {@code x.jsonl#3} (line 3 of a JSON Lines file) or {@code x.jsonl#reuters21578-9222} (the line
 * whose {@code id} is that: how gold on a large shared corpus names a story without copying it).
 * The id index of a JSON Lines file is built once per instance and file; thread-safe.
 */
public final class GoldCorpus {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path root;
  private final Map<Path, Map<String, String>> linesById = new ConcurrentHashMap<>();

  /** Looks articles up below {@code root}. */
  public GoldCorpus(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /** The gold files named, with folders expanded to their {@code *.gold.json}, sorted. */
  public static List<Path> goldFiles(List<Path> inputs) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          s.filter(f -> f.getFileName().toString().endsWith(".gold.json")).sorted().forEach(out::add);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /** {@link #find} on a one-off instance. */
  public static Article findArticle(Path root, String file) throws IOException {
    return new GoldCorpus(root).find(file);
  }

  /**
   * The article a gold file names, searched below the root. Null when it is not there or cannot
   * be read.
   */
  public Article find(String file) throws IOException {
    int hash = file.indexOf('#');
    String name = hash >= 0 ? file.substring(0, hash) : file;
    String fragment = hash >= 0 ? file.substring(hash + 1) : "";
    Path path = locate(name);
    if (path == null) {
      return null;
    }
    if (!fragment.isEmpty() && !fragment.chars().allMatch(Character::isDigit)) {
      String line = idIndex(path).get(fragment);
      if (line == null) {
        return null;
      }
      return first(new JsonArticleReader().read(path, line.getBytes(StandardCharsets.UTF_8), ReadOptions.defaults()));
    }
    List<Article> read = new ArrayList<>();
    for (ReadOutcome o : new CorpusReader(ReadOptions.defaults()).read(List.of(path))) {
      if (o instanceof ReadOutcome.Read r) {
        read.add(r.article());
      }
    }
    int line = fragment.isEmpty() ? 0 : Integer.parseInt(fragment);
    if (line > 0) {
      for (Article a : read) {
        if (a.path() != null && a.path().endsWith("#" + line)) {
          return a;
        }
      }
      return read.size() >= line ? read.get(line - 1) : null;
    }
    return read.isEmpty() ? null : read.get(0);
  }

  private Path locate(String name) throws IOException {
    Path direct = root.resolve(name);
    if (Files.isRegularFile(direct)) {
      return direct;
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.getFileName().toString().equals(name)).sorted().findFirst().orElse(null);
    }
  }

  /** Each line of a JSON Lines file by its {@code id}; read once. */
  private Map<String, String> idIndex(Path jsonl) throws IOException {
    Map<String, String> known = linesById.get(jsonl);
    if (known != null) {
      return known;
    }
    Map<String, String> byId = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode id = MAPPER.readTree(line).get("id");
        if (id != null && id.isTextual()) {
          byId.put(id.asText(), line);
        }
      }
    }
    linesById.put(jsonl, byId);
    return byId;
  }

  private static Article first(List<ReadOutcome> outcomes) {
    for (ReadOutcome o : outcomes) {
      if (o instanceof ReadOutcome.Read r) {
        return r.article();
      }
    }
    return null;
  }
}
