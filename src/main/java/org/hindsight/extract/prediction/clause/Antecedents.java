package org.hindsight.extract.prediction.clause;

import java.util.List;
import java.util.Set;
import org.hindsight.nlp.Token;

/**
 * The antecedent of a prediction that starts as a relative clause, read from the words when the
 * parse hangs the clause elsewhere: "heavy exposure to the coffee growers, that will continue to
 * weigh …" (the span starts at "that"), "delays, which make loading costly, would not vanish …"
 * (the span starts at the modal, after a relative clause set off by commas). The prediction is
 * about the noun phrase before the relative clause: the span starts there, through the nouns it
 * hangs from by "of", "to", "in", "for", "on" or "at". Stateless.
 */
final class Antecedents {

  private static final Set<String> RELATIVES = Set.of("which", "who", "that");
  private static final Set<String> LINKS = Set.of("of", "to", "in", "for", "on", "at");
  /** Words a relative clause set off by commas may span before the modal. */
  static final int CLAUSE_REACH = 10;

  private Antecedents() {}

  /**
   * Where the antecedent noun phrase of a prediction starting at token {@code from} begins, or -1
   * when the span does not start a relative clause (or a modal after one) right after a noun.
   */
  static int before(List<Token> t, int from, int reach) {
    if (from <= 0 || from >= t.size()) {
      return -1;
    }
    Token first = t.get(from);
    int end;
    if (relativeSubject(t, from)) {
      end = from - 1;
      if (t.get(end).text().equals(",")) {
        end--;
      }
    } else if (first.pos().equals("MD")) {
      end = beforeRelativeClause(t, from);
    } else {
      return -1;
    }
    if (end < 0 || !t.get(end).isNoun()) {
      return -1;
    }
    int a = end;
    while (a > 0 && from - (a - 1) <= reach) {
      Token prev = t.get(a - 1);
      boolean link = LINKS.contains(prev.lower()) && a - 2 >= 0 && t.get(a - 2).isNoun();
      if (!(Subjects.NOUN_WORDS.contains(prev.pos()) || link)) {
        break;
      }
      a--;
    }
    return a;
  }

  /** "which …", "who …", or "that" before a modal or verb (a relative "that", not a complementizer). */
  private static boolean relativeSubject(List<Token> t, int k) {
    Token w = t.get(k);
    if (!RELATIVES.contains(w.lower())) {
      return false;
    }
    if (!w.lower().equals("that")) {
      return w.pos().startsWith("W");
    }
    return k + 1 < t.size() && (t.get(k + 1).pos().equals("MD") || t.get(k + 1).isVerb());
  }

  /** The last word before ", which/who/that …," closing right before the modal at {@code k}, or -1. */
  private static int beforeRelativeClause(List<Token> t, int k) {
    int close = k - 1;
    if (close < 2 || !t.get(close).text().equals(",")) {
      return -1;
    }
    int open = close - 1;
    while (open > 0 && close - open <= CLAUSE_REACH && !t.get(open).text().equals(",")) {
      open--;
    }
    if (!t.get(open).text().equals(",") || open + 1 >= close || !RELATIVES.contains(t.get(open + 1).lower())) {
      return -1;
    }
    return open - 1;
  }
}
