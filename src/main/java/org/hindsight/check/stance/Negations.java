package org.hindsight.check.stance;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.hindsight.check.evidence.Lexicon;
import org.hindsight.check.evidence.Token;

/**
 * Whether a later sentence says the event did not happen: negation cues and phrases, negating
 * verbs ("called off", "confounding"), "did not" after a subject; and whether its report is only
 * provisional ("for now", "so far", "yet"). Thread-safe (the lexicon is).
 */
final class Negations {

  /** How far back (in tokens) a negation reaches across commas ("no agreement to halt air strikes …, the air truce"). */
  static final int NEGATION_REACH = 14;
  static final Set<String> AUXILIARIES =
      Set.of("did", "does", "do", "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "can", "may", "might");
  /** How far after a subject its verb's negation is looked for (no comma or clause boundary between). */
  static final int SUBJECT_REACH = 8;

  static final Set<String> PROVISIONAL = Set.of("yet", "now", "so far", "for now", "for the time being", "so far this year");

  private final Lexicon lex;

  Negations(Lexicon lex) {
    this.lex = lex;
  }

  /**
   * Whether the word at {@code at} is negated: a negation cue ("no", "not", "never", "without",
   * "failed to", "no longer"…) or a negating verb ("called off", "confounding") before it in
   * reach, not beyond a clause boundary such as "but"; or, for a subject, "did not", "never",
   * "failed" right after it ("the predicted peak did not come").
   */
  boolean negated(List<Token> toks, int at) {
    if (before(toks, at, i -> negationCue(toks, i) || phraseEndsAt(toks, i, "negation_phrases") || negatorVerb(toks, i, at)) >= 0) {
      return true;
    }
    // after a subject: "… peak did not come", "the truce … did not lapse", "the previously
    // announced float of part of its Delhi interest will not now proceed"
    for (int i = at + 1, steps = 0; i < toks.size() && steps < SUBJECT_REACH; i++, steps++) {
      String w = toks.get(i).norm();
      if (!toks.get(i).word() || Clauses.STRONG_BOUNDARY.contains(w)) {
        break;
      }
      if (w.equals("never") || w.equals("failed")) {
        return true;
      }
      if (AUXILIARIES.contains(w) && i + 1 < toks.size() && toks.get(i + 1).norm().equals("not")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a negating verb before the word at {@code at} stands ("dropped plans to float", "had
   * postponed plans to reform"), within the reach of {@link #negated}; -1 when none does.
   */
  int negatorBefore(List<Token> toks, int at) {
    return before(toks, at, i -> negatorVerb(toks, i, at));
  }

  /**
   * The nearest word before {@code at}, within {@link #NEGATION_REACH} and not beyond a clause
   * boundary ("but", ", and"), for which {@code hit} holds; -1 when none does.
   */
  private static int before(List<Token> toks, int at, IntPredicate hit) {
    for (int i = at - 1, steps = 0; i >= 0 && steps < NEGATION_REACH; i--, steps++) {
      String w = toks.get(i).norm();
      if (Clauses.STRONG_BOUNDARY.contains(w) || w.equals("and") && i > 0 && toks.get(i - 1).norm().equals(",")) {
        return -1;
      }
      if (hit.test(i)) {
        return i;
      }
    }
    return -1;
  }

  /** A negation cue at {@code i}, unless it negates nothing that follows ("not only", "no sooner"). */
  private boolean negationCue(List<Token> toks, int i) {
    return lex.in("negations", toks.get(i).norm())
        && !(i + 1 < toks.size() && Set.of("only", "sooner", "less", "doubt").contains(toks.get(i + 1).norm()));
  }

  /** A negating verb at {@code i} ("called off", "dropped"), not right before the word at {@code at}. */
  private boolean negatorVerb(List<Token> toks, int i, int at) {
    return i < at - 1 && lex.in("negator_verbs", lemmaOf(toks.get(i).norm()));
  }

  /** The word's lemma other than itself ("kept" → "keep"), else the word. */
  static String lemmaOf(Lexicon lex, String w) {
    for (String l : lex.lemmas(w)) {
      if (!l.equals(w)) {
        return l;
      }
    }
    return w;
  }

  private String lemmaOf(String w) {
    return lemmaOf(lex, w);
  }

  private boolean phraseEndsAt(List<Token> toks, int i, String list) {
    // two- and three-word phrases ending at token i
    for (int len = 2; len <= 3; len++) {
      if (i - len + 1 < 0) {
        continue;
      }
      StringBuilder b = new StringBuilder();
      for (int k = i - len + 1; k <= i; k++) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(toks.get(k).norm());
      }
      if (lex.in(list, b.toString())) {
        return true;
      }
    }
    return false;
  }

  /** "for now", "so far", "yet" near the event: a state that may still change before the deadline. */
  static boolean provisional(List<Token> toks, int at) {
    int from = Math.max(0, at - 8);
    int to = Math.min(toks.size(), at + 12);
    for (int i = from; i < to; i++) {
      String w = toks.get(i).norm();
      String two = i + 1 < toks.size() ? w + " " + toks.get(i + 1).norm() : w;
      if (PROVISIONAL.contains(two) && two.contains(" ")) {
        return true;
      }
      if (w.equals("yet") && i > at) {
        return true;
      }
    }
    return false;
  }
}
