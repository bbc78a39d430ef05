package org.hindsight.extract.prediction.clause;

import java.util.List;
import java.util.Set;
import org.hindsight.extract.prediction.cue.Role;
import org.hindsight.nlp.Dependency;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * Several predictions in one sentence, each with its own span. Real wire copy coordinates whole
 * forecasts: "U.S. maize area is expected lower but oat sowings could rise". The parse hangs the
 * second clause inside the first one's subtree, so the first span held both and, by the scorer's
 * one-to-one matching, stood for only one of them. {@link #carve}, run after {@link ClauseGrouper},
 * ends a span before a coordinated clause of its own (a conjunct with its own subject, after
 * "but", "while", "whereas", "yet" or a comma and a conjunction: not "the mine and mill would
 * total"; or an adverbial clause with its own subject that "while", "whereas", "though" or
 * "although" opens: "expects to pay four cents a share, while the A share dividend will be
 * maintained") that is another prediction, and before the words that join them. Needs a parse;
 * unparsed sentences pass unchanged. Stateless.
 */
public final class Conjuncts {

  /** Words that join two clauses and mark a boundary between them by themselves. */
  private static final Set<String> CONTRAST = Set.of("but", "while", "whilst", "whereas", "yet", "though", "although");

  private Conjuncts() {}

  /** Shortens every group that ends with another group of the list, coordinated; returns the list. */
  public static List<Group> carve(Sentence s, List<Group> groups) {
    if (!s.parsed()) {
      return groups;
    }
    List<Token> t = s.tokens();
    for (Group outer : groups) {
      for (Group inner : groups) {
        if (inner == outer || inner.from <= outer.from || inner.from >= outer.to || inner.to > outer.to) {
          continue;
        }
        boolean atEnd = true;
        for (int k = inner.to; k < outer.to; k++) {
          atEnd &= t.get(k).isPunctuation();
        }
        int cut = inner.from;
        while (cut > outer.from && joins(t.get(cut - 1))) {
          cut--;
        }
        if (!contrast(t, cut, inner.from)) {
          continue;
        }
        final int end = cut;
        boolean ownCues = outer.hits.stream().filter(h -> h.role() == Role.OPEN).allMatch(h -> h.to() <= end);
        if (atEnd && ownCues && end - outer.from >= 3 && outer.head < end && coordinated(s, inner)) {
          outer.to = end;
          outer.hits.removeIf(h -> h.from() >= end);
        }
      }
    }
    return groups;
  }

  /**
   * Whether a group is a clause of its own coordinated with what comes before: its predicate is a
   * conjunct or a parenthetical ({@code conj}, {@code parataxis}), or an adverbial clause a
   * contrasting word opens ({@code advcl} marked "while", "though"), and holds its own subject. A
   * relative clause, a complement, a clause of time or condition ("when", "if"), or a conjunct that
   * shares the subject before it ("the mine and mill would total") is no boundary.
   */
  private static boolean coordinated(Sentence s, Group g) {
    Dependency up = s.head(g.head);
    if (up == null || up.governor() < 0) {
      return false;
    }
    boolean contrasted = up.relation().equals("advcl") && s.children(g.head).stream()
        .anyMatch(d -> d.relation().equals("mark") && CONTRAST.contains(s.tokens().get(d.dependent()).lower()));
    if (!(up.relation().equals("conj") || up.relation().startsWith("parataxis") || contrasted)) {
      return false;
    }
    return s.children(g.head).stream().anyMatch(d -> d.relation().startsWith("nsubj") && g.covers(d.dependent()));
  }

  /** Whether the words that join two clauses mark a clause boundary: "but", "while", "whereas", "yet", or a comma and a conjunction. */
  private static boolean contrast(List<Token> t, int from, int to) {
    boolean comma = false;
    for (int k = from; k < to; k++) {
      String w = t.get(k).lower();
      if (CONTRAST.contains(w) || comma && t.get(k).pos().equals("CC")) {
        return true;
      }
      comma |= w.equals(",") || w.equals(";");
    }
    return false;
  }

  /** Punctuation, a conjunction, or a contrasting word that opens the clause after it ("while"). */
  private static boolean joins(Token t) {
    return t.isPunctuation() || t.pos().equals("CC") || CONTRAST.contains(t.lower());
  }
}
