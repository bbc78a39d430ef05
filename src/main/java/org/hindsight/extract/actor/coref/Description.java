package org.hindsight.extract.actor.coref;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hindsight.extract.actor.candidate.Names;
import org.hindsight.extract.actor.title.Titles;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * A definite description that may refer back to an actor: "the company", "the Houston-based
 * company", "the oil ministry", "the buffer stock manager", "The large diversified conglomerate":
 * "the", up to six modifiers, and a head noun that names a kind of actor (or a noun some actor of
 * the article is named or titled with). {@code from} is the "the", {@code head} the head noun;
 * {@code modifiers} are the words between, lower-cased. Immutable.
 */
public record Description(Sentence sentence, int from, int head, String noun, List<String> modifiers) {

  /** Nouns for states: "the country", "the territory". */
  static final Set<String> STATE_NOUNS = Set.of("country", "nation", "territory", "colony", "kingdom", "republic");

  /** The description that starts at token {@code i} ("the"), or null. */
  static Description at(Sentence s, int i, Set<String> articleNouns) {
    List<Token> tokens = s.tokens();
    if (!tokens.get(i).lower().equals("the")) {
      return null;
    }
    List<String> modifiers = new ArrayList<>();
    for (int h = i + 1; h < tokens.size() && h <= i + 7; h++) {
      Token t = tokens.get(h);
      String w = t.lower();
      boolean nounHere = t.pos().equals("NN") || (t.pos().equals("NNP") && h == i + 1);
      String two = modifiers.isEmpty() ? null : modifiers.get(modifiers.size() - 1) + " " + w;
      String noun = two != null && (Titles.ROLE_NOUNS.contains(two) || articleNouns.contains(two)) ? two : w;
      if (nounHere && ends(tokens, h, noun) && kindOfActor(noun, articleNouns)) {
        return new Description(s, i, h, noun, List.copyOf(modifiers));
      }
      boolean modifier = t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().equals("VBN")
          || t.pos().equals("RB") || t.pos().equals("HYPH") || w.equals("-") || w.equals("and")
          || t.pos().equals("CD");
      if (!modifier || Names.isPossessive(t)) {
        return null;
      }
      modifiers.add(w);
    }
    return null;
  }

  /**
   * The head ends the reference: no name follows ("the trade paper Automotive News" is the paper's
   * name with a title), and a person's role is no modifier ("the manager"); an organisation's noun
   * may be one ("the company spokesman" still refers to the company).
   */
  private static boolean ends(List<Token> tokens, int h, String noun) {
    if (h + 1 >= tokens.size()) {
      return true;
    }
    Token next = tokens.get(h + 1);
    if (Names.isPossessive(next)) {
      return true;
    }
    if (next.isProperNoun() || next.text().equals("-")) {
      return false;
    }
    return !next.isNoun() || !(Titles.ROLE_NOUNS.contains(noun) && !Titles.ORGANISATION_NOUNS.contains(noun));
  }

  static boolean kindOfActor(String noun, Set<String> articleNouns) {
    return Titles.ORGANISATION_NOUNS.contains(noun) || STATE_NOUNS.contains(noun)
        || Titles.ROLE_NOUNS.contains(noun) || articleNouns.contains(noun);
  }

  /** The characters of the description, from "the" to the head and its possessive. */
  public org.hindsight.article.Span span() {
    return sentence.span(from, end());
  }

  /** The end of the mention: the head and its possessive ("the bank's"). */
  int end() {
    int e = head + 1;
    return e < sentence.tokens().size() && Names.isPossessive(sentence.tokens().get(e)) ? e + 1 : e;
  }

  /** Whether the head names a person's role ("the manager") rather than an organisation or state. */
  boolean personal() {
    return Titles.ROLE_NOUNS.contains(noun) && !Titles.ORGANISATION_NOUNS.contains(noun);
  }

  /** Capitalised modifiers ("the Texas appellate court"), lower-cased. */
  List<String> names() {
    List<String> out = new ArrayList<>();
    for (int k = from + 1; k < head; k++) {
      Token t = sentence.tokens().get(k);
      boolean hyphenated = k + 1 < head && sentence.tokens().get(k + 1).text().equals("-");
      if (Names.capitalised(t.text()) && !hyphenated) {
        out.add(Names.fold(t.text())); // "the Texas appellate court", but not "the Houston-based company"
      }
    }
    return out;
  }

  String lastWord() {
    String[] w = noun.split(" ");
    return w[w.length - 1].toLowerCase(Locale.ROOT);
  }
}
