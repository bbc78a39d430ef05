package org.hindsight.extract.actor.candidate;

import java.util.List;
import java.util.Set;
import org.hindsight.nlp.Token;

/**
 * Where a name NER marked really ends: after its legal forms ("Corp", "A / S", "(Norway) Ltd"), an
 * organisation NER cut at "for the" or "of the", a number between two parts of a firm's name ("Pier
 * 1 Imports Inc"), "and" and a word after "of" ("Office of Management and Budget"). Stateless.
 */
final class NameEnds {

  private NameEnds() {}

  /** "… Court of Appeals for the Seventh Circuit": an organisation NER cut at "for the". */
  static int ofTheOrganisation(List<Token> tokens, int to, boolean[] covered) {
    if (to + 2 >= tokens.size() || !Set.of("for", "of").contains(tokens.get(to).lower())
        || !tokens.get(to + 1).lower().equals("the") || !tokens.get(to + 2).ner().equals("ORGANIZATION")) {
      return to;
    }
    int end = to + 2;
    while (end < tokens.size() && tokens.get(end).ner().equals("ORGANIZATION")) {
      covered[end] = true;
      end++;
    }
    return end;
  }

  /**
   * "Pier 1 Imports Inc", which NER tags as two organisations either side of the number: a number
   * of one or two digits between two organisations' tokens is part of one name.
   */
  static int numberedName(List<Token> tokens, int to, boolean[] covered) {
    if (to + 1 >= tokens.size() || !tokens.get(to).pos().equals("CD") || !tokens.get(to).text().matches("\\d{1,2}")
        || !tokens.get(to + 1).ner().equals("ORGANIZATION") || covered[to + 1]) {
      return to;
    }
    int end = to + 1;
    while (end < tokens.size() && tokens.get(end).ner().equals("ORGANIZATION") && !covered[end]) {
      end++;
    }
    return end;
  }

  /**
   * "Office of Management and Budget", where NER stopped at "Management": after "of" and one word,
   * "and" and a capitalised noun NER left untagged go on the name (not one that starts another
   * organisation's: "the Bank of Japan and Finance Ministry").
   */
  static int ofAndName(List<Token> tokens, int from, int to) {
    if (to - from < 3 || to + 1 >= tokens.size() || !tokens.get(to - 2).lower().equals("of") || !tokens.get(to).lower().equals("and")) {
      return to;
    }
    Token next = tokens.get(to + 1);
    boolean nameGoesOn = to + 2 < tokens.size() && tokens.get(to + 2).ner().equals("ORGANIZATION");
    return Names.capitalised(next.text()) && next.isNoun() && next.ner().equals("O") && !nameGoesOn ? to + 2 : to;
  }

  /** The end of the name after its legal forms: "Corp", "A / S", "(Norway) Ltd", "& Co". */
  static int legalFormEnd(List<Token> tokens, int to) {
    while (to < tokens.size()) {
      String w = tokens.get(to).text();
      int slashed = Names.slashedSuffixAt(tokens, to);
      if (Names.isCorporateSuffix(w) && !(w.equals("AS") && to + 1 < tokens.size() && tokens.get(to + 1).isNoun())) {
        to++;
      } else if (slashed > 0) {
        to += slashed;
      } else if ((w.equals("&") || w.equals(",")) && to + 1 < tokens.size()
          && Names.isCorporateSuffix(tokens.get(to + 1).text()) && !tokens.get(to + 1).text().equals("AS")) {
        to += 2; // "& Co", "Cam USA, Inc"
      } else if (w.equals(",") && to + 2 < tokens.size() && tokens.get(to + 1).text().equals("Inc.")) {
        to += 2;
      } else if (w.equals("(")) {
        int close = to + 1;
        while (close < tokens.size() && close < to + 4 && Names.capitalised(tokens.get(close).text())) {
          close++;
        }
        boolean suffixAfter = close > to + 1 && close + 1 < tokens.size() && tokens.get(close).text().equals(")")
            && (Names.isCorporateSuffix(tokens.get(close + 1).text()) || Names.slashedSuffixAt(tokens, close + 1) > 0);
        if (!suffixAfter) {
          break;
        }
        to = close + 1;
      } else {
        break;
      }
    }
    return to;
  }

  static boolean hasLegalForm(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (i > from && Names.isCorporateSuffix(tokens.get(i).text())) {
        return true;
      }
    }
    return false;
  }
}
