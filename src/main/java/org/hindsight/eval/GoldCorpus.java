package org.hindsight.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hindsight.article.Article;
import org.hindsight.article.CorpusReader;
import org.hindsight.article.ReadOptions;
import org.hindsight.article.ReadOutcome;

/** Finds gold files and the articles they describe. Stateless. */
public final class GoldCorpus {

  private GoldCorpus() {}

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

  /**
   * The article a gold file names, searched below {@code root}: "x.txt", or "x.jsonl#3" for
   * line 3 of a JSON Lines file. Null when it is not there or cannot be read.
   */
  public static Article findArticle(Path root, String file) throws IOException {
    String name = file.contains("#") ? file.substring(0, file.indexOf('#')) : file;
    int line = file.contains("#") ? Integer.parseInt(file.substring(file.indexOf('#') + 1)) : 0;
    Path path;
    try (Stream<Path> s = Files.walk(root)) {
      path = s.filter(p -> p.getFileName().toString().equals(name)).sorted().findFirst().orElse(null);
    }
    if (path == null) {
      return null;
    }
    List<Article> read = new ArrayList<>();
    for (ReadOutcome o : new CorpusReader(ReadOptions.defaults()).read(List.of(path))) {
      if (o instanceof ReadOutcome.Read r) {
        read.add(r.article());
      }
    }
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
}
