package org.hindsight.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Front matter of a text or Markdown file: {@code key: value} lines between a first line {@code
 * ---} and the next {@code ---} line. Not YAML: one flat level of strings, which is all an
 * article's metadata needs and keeps the format obvious to hand-edit. Immutable.
 *
 * @param values the recognised keys (lower case) and their values, quotes removed
 * @param warnings one-line remarks on lines that were ignored (unknown keys, malformed lines)
 * @param bodyStart the index of the first line after the closing {@code ---}
 */
record FrontMatter(Map<String, String> values, List<String> warnings, int bodyStart) {

  static final Set<String> KEYS =
      Set.of("title", "source", "author", "published", "url", "language", "id");

  /** Common spellings from static-site generators, read as the key they mean. */
  private static final Map<String, String> ALIASES =
      Map.of("date", "published", "lang", "language");

  private static final String FENCE = "---";

  FrontMatter {
    values = Map.copyOf(values);
    warnings = List.copyOf(warnings);
  }

  /** No front matter: the body starts at the first line. */
  static FrontMatter none() {
    return new FrontMatter(Map.of(), List.of(), 0);
  }

  /**
   * Parses the front matter at the top of {@code lines}, if the first line is {@code ---}.
   *
   * @throws BadInputException when the opening {@code ---} is never closed
   */
  static FrontMatter parse(List<String> lines) throws BadInputException {
    if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
      return none();
    }
    Map<String, String> values = new HashMap<>();
    List<String> warnings = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.strip().equals(FENCE)) {
        return new FrontMatter(values, warnings, i + 1);
      }
      int lineNumber = i + 1;
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        warnings.add("front matter line " + lineNumber + ": expected 'key: value', ignored");
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      key = ALIASES.getOrDefault(key, key);
      if (!KEYS.contains(key)) {
        warnings.add(
            "front matter line "
                + lineNumber
                + ": unknown key '"
                + ArticleFields.quote(line.substring(0, colon).strip())
                + "' ignored");
        continue;
      }
      if (values.containsKey(key)) {
        warnings.add(
            "front matter line "
                + lineNumber
                + ": '"
                + key
                + "' given again, the later value wins");
      }
      values.put(key, unquote(line.substring(colon + 1).strip()));
    }
    throw new BadInputException("front matter opened on line 1 is not closed by a '---' line");
  }

  String get(String key) {
    return values.get(key);
  }

  private static String unquote(String v) {
    if (v.length() >= 2) {
      char first = v.charAt(0);
      char last = v.charAt(v.length() - 1);
      if ((first == '"' || first == '\'') && last == first) {
        return v.substring(1, v.length() - 1);
      }
    }
    return v;
  }
}
