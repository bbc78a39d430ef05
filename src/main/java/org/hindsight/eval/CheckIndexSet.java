package org.hindsight.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The stories a check evaluation indexes from a large JSON Lines corpus (Reuters-21578): the gold
 * outcomes' prediction stories, their evidence stories, and distractors (every {@code stride}th
 * line of the corpus, from the first), so that the settling story must be found among many
 * unrelated ones. The selection is written once to a cache folder named by a key of the story ids
 * and the version of the code that ingests them ({@link #extractionVersion()}): a rerun with the
 * same gold stories and the same extraction reuses the ingested index, a change to either builds
 * a new one. Immutable.
 */
public record CheckIndexSet(Path corpus, Set<String> ids, int stride, int lines) {

  public CheckIndexSet {
    ids = Set.copyOf(new TreeSet<>(ids));
  }

  /** The code the ingested index depends on: reading, NLP, extraction, indexing, and their models. */
  static final List<String> EXTRACTION_CODE =
      List.of("org/hindsight/article/", "org/hindsight/nlp/", "org/hindsight/extract/", "org/hindsight/index/",
          "models/gazetteer.json", "models/hedge-lexicon.json", "models/prediction-filter.", "models/attribution-",
          "models/actor-antecedent.");

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Selects the stories: {@code required} ids (prediction and evidence stories) and every {@code
   * stride}th line of {@code corpus} (0 for none). Fails naming the ids the corpus lacks.
   */
  public static CheckIndexSet select(Path corpus, Collection<String> required, int stride) throws IOException {
    Set<String> want = new TreeSet<>(required);
    Set<String> ids = new TreeSet<>();
    int line = 0;
    try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      for (String s = r.readLine(); s != null; s = r.readLine()) {
        if (s.isBlank()) {
          continue;
        }
        String id = id(s, corpus, line + 1);
        if (want.remove(id) || stride > 0 && line % stride == 0) {
          ids.add(id);
        }
        line++;
      }
    }
    if (!want.isEmpty()) {
      throw new IOException(corpus + ": no stories " + want);
    }
    return new CheckIndexSet(corpus, ids, stride, line);
  }

  private static String id(String line, Path corpus, int number) throws IOException {
    JsonNode id;
    try {
      id = JSON.readTree(line).get("id");
    } catch (IOException e) {
      throw new IOException(corpus + ":" + number + ": not JSON: " + e.getMessage().lines().findFirst().orElse(""), e);
    }
    if (id == null || !id.isTextual()) {
      throw new IOException(corpus + ":" + number + ": no id");
    }
    return id.asText();
  }

  /** The cache key: the story ids and the extraction code's version. */
  public String key() {
    return key(ids, extractionVersion());
  }

  /** The key of these story ids (in any order) and this code version. */
  static String key(Collection<String> ids, String version) {
    return sha(String.join("\n", new TreeSet<>(ids)) + "\n" + version).substring(0, 16);
  }

  /** Writes the selected stories, in corpus order, to {@code file}. */
  public void write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8);
        BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String s = r.readLine(); s != null; s = r.readLine()) {
        number++;
        if (!s.isBlank() && ids.contains(id(s, corpus, number))) {
          w.write(s);
          w.write('\n');
        }
      }
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  private static volatile String version;

  /**
   * A hash of the classes and models the ingest depends on ({@link #EXTRACTION_CODE}), read from
   * the jar or the classes folder this class was loaded from.
   */
  public static String extractionVersion() {
    String v = version;
    if (v == null) {
      try {
        v = version = hashCode(Path.of(CheckIndexSet.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
      } catch (IOException | URISyntaxException e) {
        throw new IllegalStateException("cannot read the code to version it: " + e.getMessage(), e);
      }
    }
    return v;
  }

  private static String hashCode(Path root) throws IOException {
    TreeMap<String, byte[]> entries = new TreeMap<>();
    if (Files.isDirectory(root)) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
          String name = root.relativize(p).toString().replace('\\', '/');
          if (wanted(name)) {
            entries.put(name, Files.readAllBytes(p));
          }
        }
      }
    } else {
      try (JarFile jar = new JarFile(root.toFile())) {
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
          JarEntry entry = e.nextElement();
          if (!entry.isDirectory() && wanted(entry.getName())) {
            try (InputStream in = jar.getInputStream(entry)) {
              entries.put(entry.getName(), in.readAllBytes());
            }
          }
        }
      }
    }
    MessageDigest d = digest();
    entries.forEach((name, bytes) -> {
      d.update(name.getBytes(StandardCharsets.UTF_8));
      d.update((byte) 0);
      d.update(bytes);
    });
    return HexFormat.of().formatHex(d.digest()).substring(0, 16);
  }

  static boolean wanted(String name) {
    return EXTRACTION_CODE.stream().anyMatch(name::startsWith);
  }

  private static String sha(String s) {
    return HexFormat.of().formatHex(digest().digest(s.getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this JVM", e);
    }
  }

  /** The ids as a list, sorted. */
  public List<String> sorted() {
    return new ArrayList<>(new TreeSet<>(ids));
  }
}
