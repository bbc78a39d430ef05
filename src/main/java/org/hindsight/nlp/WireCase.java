package org.hindsight.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text CoreNLP reads, with one wire-copy artefact undone. Old wire copy capitalises the word
 * after "U.S." or "U.K." as if a sentence began there (516 times in Reuters-21578): "the U.S.
 * And Japan", "the U.S. Has signaled", "the U.S. From erupting". The sentence splitter then ends a
 * sentence after "U.S.", and the tagger takes "And" and "Has" for names, so the forecast loses its
 * subject or half its clause. A function word of that kind is lower-cased in the copy the pipeline
 * reads — a word that cannot begin a sentence of news (a conjunction, an auxiliary, a
 * preposition that needs what came before), never a content word ("U.S. Treasury") and never one
 * that may begin a sentence ("The", "In", "But"). Same length, so every offset holds, and the
 * article's own text (what spans, keys and the index show) is untouched. Stateless.
 */
public final class WireCase {

  private WireCase() {}

  private static final Pattern AFTER_ABBREVIATION = Pattern.compile(
      "\\b(?:U\\.S\\.|U\\.K\\.) (And|Or|Nor|Has|Had|Have|Is|Are|Was|Were|Will|Would|Could|Should|To|For|With|Of|From|Which|Than)\\b");

  /** The text with the capitalised function word after "U.S."/"U.K." lower-cased; the same string when there is none. */
  public static String restore(String text) {
    Matcher m = AFTER_ABBREVIATION.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text);
    do {
      int at = m.start(1);
      b.setCharAt(at, Character.toLowerCase(text.charAt(at)));
    } while (m.find());
    return b.toString();
  }
}
