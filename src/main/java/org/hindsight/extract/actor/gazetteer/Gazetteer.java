package org.hindsight.extract.actor.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The curated actor gazetteer ({@code models/gazetteer.json}): canonical actors with aliases,
 * metonyms ("Kremlin"), demonyms ("Russian") and roles ("US President's special envoy"). Phrases
 * are indexed by their token sequence so they can be matched against CoreNLP tokens.
 *
 * <p>The gazetteer is written as of one date, so what it says about offices holds for a period
 * only: "Senate Republican Leader" in 1987 copy is not today's holder. {@link #applies} says whether
 * a phrase may resolve to its entry in an article of a given date: a person's full name always
 * may; a person's roles and bare surname only within the entry's {@code valid_from} … {@code
 * valid_until} (by default from the file's {@code roles_valid_from}); any other entry (an
 * institution founded in 1993, a renamed state) only within its own period, when it has one.
 * Immutable after loading; thread-safe.
 */
public final class Gazetteer {

  /** How a phrase refers to its actor. */
  public enum Kind {
    NAME,
    ALIAS,
    METONYM,
    DEMONYM,
    ROLE
  }

  /** One curated actor. */
  public record Entry(
      String id,
      String name,
      String type,
      List<String> aliases,
      List<String> metonyms,
      List<String> demonyms,
      List<String> roles,
      String affiliation,
      LocalDate validFrom,
      LocalDate validUntil) {}

  /** A phrase of the gazetteer pointing at an entry. */
  public record Hit(Entry entry, Kind kind) {}

  public static final String RESOURCE = "/models/gazetteer.json";

  private final String version;
  private final LocalDate rolesValidFrom;
  private final Map<String, Entry> byId = new LinkedHashMap<>();
  /** Case-sensitive phrases (names, aliases, metonyms, demonyms), tokens joined by one space. */
  private final Map<String, List<Hit>> exact = new HashMap<>();
  /** Lower-cased role phrases. */
  private final Map<String, List<Hit>> roles = new HashMap<>();
  private final Set<String> ambiguous = new HashSet<>();
  /** First words of every phrase (roles lower-cased), so that most tokens are passed over at once. */
  private final Set<String> firstWords = new HashSet<>();
  private final Set<String> nonActors = new HashSet<>();
  private int maxTokens = 1;

  private Gazetteer(JsonNode root) {
    this.version = root.path("version").asText("unversioned");
    this.rolesValidFrom = date(root.path("roles_valid_from"));
    for (JsonNode a : root.path("ambiguous")) {
      ambiguous.add(a.isTextual() ? a.asText() : a.path("phrase").asText());
    }
    for (JsonNode n : root.path("non_actors").path("names")) {
      nonActors.add(n.asText());
    }
    for (JsonNode n : root.path("actors")) {
      Entry e =
          new Entry(
              n.path("id").asText(),
              n.path("name").asText(),
              n.path("type").asText("ORGANIZATION"),
              strings(n.path("aliases")),
              strings(n.path("metonyms")),
              strings(n.path("demonyms")),
              strings(n.path("roles")),
              n.path("affiliation").isMissingNode() || n.path("affiliation").isNull()
                  ? null
                  : n.path("affiliation").asText(),
              date(n.path("valid_from")),
              date(n.path("valid_until")));
      if (e.id().isEmpty() || e.name().isEmpty()) {
        throw new IllegalArgumentException("gazetteer entry without id or name: " + n);
      }
      if (byId.put(e.id(), e) != null) {
        throw new IllegalArgumentException("gazetteer id used twice: " + e.id());
      }
      add(exact, e.name(), e, Kind.NAME, false);
      e.aliases().forEach(p -> add(exact, p, e, Kind.ALIAS, false));
      e.metonyms().forEach(p -> add(exact, p, e, Kind.METONYM, false));
      e.demonyms().forEach(p -> add(exact, p, e, Kind.DEMONYM, false));
      e.roles().forEach(p -> add(roles, p, e, Kind.ROLE, true));
    }
  }

  /** Loads the gazetteer bundled in the jar (built from {@code models/gazetteer.json}). */
  public static Gazetteer bundled() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " missing from the classpath");
      }
      return new Gazetteer(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  public static Gazetteer load(Path file) {
    try {
      return new Gazetteer(new ObjectMapper().readTree(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + file, e);
    }
  }

  public String version() {
    return version;
  }

  public Entry get(String id) {
    return byId.get(id);
  }

  public List<Entry> entries() {
    return List.copyOf(byId.values());
  }

  public int maxTokens() {
    return maxTokens;
  }

  /** Whether some phrase (a role: lower-cased) starts with this word. */
  public boolean mayStart(String word) {
    return firstWords.contains(word) || firstWords.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Entries whose name/alias/metonym/demonym is exactly these tokens (joined by a space). */
  public List<Hit> exact(String tokens) {
    return exact.getOrDefault(tokens, List.of());
  }

  /** Entries with this role phrase (case-insensitive, without a leading "the"). */
  public List<Hit> role(String tokens) {
    return roles.getOrDefault(tokens.toLowerCase(Locale.ROOT), List.of());
  }

  /** Names that look like actors to NER but do not act (commodities, pipelines, weapons). */
  public boolean isNonActor(String name) {
    return nonActors.contains(name);
  }

  public boolean isAmbiguous(String phrase) {
    return ambiguous.contains(phrase);
  }

  /**
   * Whether {@code hit} may resolve to its entry in an article published on {@code date} (null:
   * undated, read as current). A person's full name holds at any date; the person's roles and bare
   * surname ("Powell", "Fed chair") hold only while the gazetteer's knowledge of the office does.
   */
  public boolean applies(Hit hit, String phrase, LocalDate date) {
    if (date == null) {
      return true;
    }
    Entry e = hit.entry();
    boolean person = e.type().equals("PERSON");
    if (person && hit.kind() != Kind.ROLE && phrase.trim().contains(" ")) {
      return true;
    }
    LocalDate from = e.validFrom() != null ? e.validFrom() : person ? rolesValidFrom : null;
    return (from == null || !date.isBefore(from)) && (e.validUntil() == null || !date.isAfter(e.validUntil()));
  }

  /** Splits a phrase the way CoreNLP tokenises it, closely enough for lookups. */
  public static String tokenKey(String phrase) {
    String p = phrase.trim().replace('\u2019', '\'');
    StringBuilder out = new StringBuilder();
    for (String w : p.split("\\s+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      if (w.endsWith("'s") && w.length() > 2) {
        out.append(w, 0, w.length() - 2).append(" 's");
      } else if (w.endsWith(",")) {
        out.append(w, 0, w.length() - 1).append(" ,");
      } else {
        out.append(w);
      }
    }
    return out.toString();
  }

  private void add(Map<String, List<Hit>> map, String phrase, Entry e, Kind kind, boolean lower) {
    String p = phrase.trim();
    if (lower) {
      p = p.toLowerCase(Locale.ROOT);
      if (p.startsWith("the ")) {
        p = p.substring(4);
      }
    }
    if (p.isEmpty()) {
      return;
    }
    String key = tokenKey(p);
    String[] words = key.split(" ");
    maxTokens = Math.max(maxTokens, words.length);
    firstWords.add(words[0]);
    List<Hit> hits = map.computeIfAbsent(key, k -> new ArrayList<>());
    for (Hit h : hits) {
      if (h.entry().id().equals(e.id())) {
        return;
      }
    }
    hits.add(new Hit(e, kind));
  }

  private static LocalDate date(JsonNode n) {
    return n.isTextual() ? LocalDate.parse(n.asText()) : null;
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.forEach(x -> out.add(x.asText()));
    return out;
  }
}
