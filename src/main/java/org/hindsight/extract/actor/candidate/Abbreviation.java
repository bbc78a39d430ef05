package org.hindsight.extract.actor.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether an acronym abbreviates a phrase, in the manner of Schwartz and Hearst (2003): the
 * acronym's letters appear in the phrase in order, the first letter of every content word is used,
 * small words ("of", "and", "the") and legal forms ("Corp") may be skipped, and a word may give
 * more than its first letter ("ICCO" = International COcoa Organization, "USDA" = U.S. Department
 * of Agriculture, "BWA" = Borg-Warner (Australia) Ltd). Stateless.
 */
public final class Abbreviation {

  private static final Set<String> SMALL_WORDS =
      Set.of("of", "and", "the", "for", "on", "in", "de", "des", "du", "la", "le", "&", "to", "at", "a");

  private Abbreviation() {}

  /** Whether {@code token} looks like an acronym: 2–8 capitals, maybe with dots, hyphens or digits. */
  public static boolean looksLikeAcronym(String token) {
    String letters = letters(token);
    return letters.length() >= 2 && letters.length() <= 8 && token.equals(token.toUpperCase(Locale.ROOT))
        && Character.isUpperCase(token.charAt(0));
  }

  /**
   * The number of words at the end of {@code words} that {@code acronym} abbreviates, or 0 when
   * it abbreviates no ending of them. The whole phrase is tried last, so the shortest expansion wins.
   */
  public static int expansion(String acronym, List<String> words) {
    String letters = letters(acronym);
    if (letters.length() < 2) {
      return 0;
    }
    for (int start = words.size() - 1; start >= 0; start--) {
      List<String> parts = parts(words.subList(start, words.size()));
      if (!parts.isEmpty() && !SMALL_WORDS.contains(parts.get(0).toLowerCase(Locale.ROOT))
          && matches(letters, 0, parts, 0)) {
        return words.size() - start;
      }
    }
    return 0;
  }

  /** Whether {@code acronym} abbreviates all of {@code words}. */
  public static boolean abbreviates(String acronym, List<String> words) {
    return abbreviates(acronym, words, false);
  }

  /**
   * Whether {@code acronym} abbreviates all of {@code words}; {@code initialsOnly} allows no letter
   * from inside a word ("BWA" is Borg-Warner Australia's initials, only loosely Borg-WArner's).
   */
  public static boolean abbreviates(String acronym, List<String> words, boolean initialsOnly) {
    String letters = letters(acronym);
    List<String> parts = parts(words);
    return letters.length() >= 2 && !parts.isEmpty() && matches(letters, 0, parts, 0, initialsOnly);
  }

  private static boolean matches(String letters, int i, List<String> parts, int w) {
    return matches(letters, i, parts, w, false);
  }

  private static boolean matches(String letters, int i, List<String> parts, int w, boolean initialsOnly) {
    if (w == parts.size()) {
      return i == letters.length();
    }
    if (initialsOnly) {
      String word = parts.get(w);
      boolean optional = SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT)) || Names.isCorporateSuffix(word);
      if (optional && matches(letters, i, parts, w + 1, true)) {
        return true;
      }
      return i < letters.length() && Character.toUpperCase(word.charAt(0)) == letters.charAt(i)
          && matches(letters, i + 1, parts, w + 1, true);
    }
    String word = parts.get(w);
    boolean optional = SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT)) || Names.isCorporateSuffix(word);
    if (optional && matches(letters, i, parts, w + 1)) {
      return true;
    }
    if (i == letters.length() || Character.toUpperCase(word.charAt(0)) != letters.charAt(i)) {
      return false;
    }
    return inner(letters, i + 1, word.toUpperCase(Locale.ROOT), 1, parts, w);
  }

  /** After a word's first letter: more letters of the same word, then the next word. */
  private static boolean inner(String letters, int i, String word, int from, List<String> parts, int w) {
    if (matches(letters, i, parts, w + 1)) {
      return true;
    }
    if (i == letters.length()) {
      return false;
    }
    for (int k = from; k < word.length(); k++) {
      if (word.charAt(k) == letters.charAt(i) && inner(letters, i + 1, word, k + 1, parts, w)) {
        return true;
      }
    }
    return false;
  }

  /** Words split at hyphens, slashes and the dots of initials ("U.S." gives "U", "S"); brackets dropped. */
  private static List<String> parts(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      for (String p : w.split("[-/.()]+")) {
        if (!p.isEmpty() && Character.isLetterOrDigit(p.charAt(0))) {
          out.add(p);
        }
      }
    }
    return out;
  }

  private static String letters(String acronym) {
    StringBuilder sb = new StringBuilder();
    for (char ch : acronym.toCharArray()) {
      if (Character.isLetterOrDigit(ch)) {
        sb.append(Character.toUpperCase(ch));
      }
    }
    return sb.toString();
  }
}
