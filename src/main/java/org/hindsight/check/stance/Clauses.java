package org.hindsight.check.stance;

import java.util.LinkedHashSet;
import java.util.Set;
import org.hindsight.check.evidence.LaterSentence;

/**
 * Where a clause ends for the stance reader, and the actors named in it before or after a word
 * (who did it: "the European Union and the United States agreed"). Stateless.
 */
final class Clauses {

  private Clauses() {}

  /** Words that end a clause for every signal: a negation or hedge never reaches across them. */
  static final Set<String> STRONG_BOUNDARY = Set.of(";", ":", "(", ")", "?", "!", "but", "although", "though", "whereas", "while", "because", "unless");
  /** Words that end a clause for hedges (a hedge does not reach across a comma or relative pronoun). */
  static final Set<String> CLAUSE_BOUNDARY = Set.of(",", "—", "–", "which", "who", "whose", "and", "\"");

  /** The nearest actor named in the clause before {@code at}. */
  static String actorBefore(LaterSentence s, int at) {
    return actorsBefore(s, at).stream().findFirst().orElse(null);
  }

  /** Every actor named in the clause before {@code at} ("the European Union and the United States agreed"). */
  static Set<String> actorsBefore(LaterSentence s, int at) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = at - 1, steps = 0; i >= 0 && steps < 20; i--, steps++) {
      String w = s.tokens().get(i).norm();
      if (STRONG_BOUNDARY.contains(w) || w.equals("that")) {
        break;
      }
      String a = s.tokenActors().get(i);
      if (a != null) {
        out.add(a);
      }
    }
    return out;
  }

  static String actorAfter(LaterSentence s, int at) {
    for (int i = at + 1, steps = 0; i < s.tokens().size() && steps < 6; i++, steps++) {
      String a = s.tokenActors().get(i);
      if (a != null) {
        return a;
      }
      if (STRONG_BOUNDARY.contains(s.tokens().get(i).norm())) {
        break;
      }
    }
    return null;
  }
}
