package org.hindsight.check.stance;

import java.util.List;
import java.util.Set;
import org.hindsight.check.evidence.EventQuery;
import org.hindsight.check.evidence.LaterSentence;
import org.hindsight.check.evidence.Lexicon;
import org.hindsight.check.evidence.Token;

/**
 * Who won, for a prediction that someone wins: the sentence reports that actor winning (or its
 * rival losing), another actor winning, or that actor losing. Thread-safe (the lexicon is).
 */
final class Contests {

  private final Lexicon lex;
  private final Hedges hedges;
  private final Negations negations;

  Contests(Lexicon lex, Hedges hedges, Negations negations) {
    this.lex = lex;
    this.hedges = hedges;
    this.negations = negations;
  }

  /**
   * For "X will win": SUPPORTS when the sentence reports X winning (or X's rival losing), REFUTES
   * when another actor won or X lost or was defeated, UNRELATED when it says nothing of who won.
   */
  Stance contest(EventQuery q, LaterSentence s, Boolean[] hedgeMemo) {
    List<Token> toks = s.tokens();
    String subject = q.subjectActor();
    Stance out = Stance.UNRELATED;
    for (int i = 0; i < toks.size(); i++) {
      String w = toks.get(i).norm();
      boolean winWord = lex.in("contest_words", w) && !lex.in("contest_losing", w) && !lex.in("contest_beating", w);
      boolean beatWord = lex.in("contest_beating", w);
      boolean loseWord = lex.in("contest_losing", w);
      if (!winWord && !beatWord && !loseWord) {
        continue;
      }
      if (hedges.hedged(toks, i, hedgeMemo) || negations.negated(toks, i)) {
        continue;
      }
      String before = Clauses.actorBefore(s, i);
      String after = Clauses.actorAfter(s, i);
      String winner = null;
      String loser = null;
      if (winWord) {
        winner = before;
      } else if (beatWord) {
        if (w.equals("defeated") || w.equals("beaten")) {
          // "X defeated Y" or "Y was defeated by X": read the active form
          if (i > 0 && Set.of("was", "were", "been", "is").contains(toks.get(i - 1).norm())) {
            loser = before;
            winner = after;
          } else {
            winner = before;
            loser = after;
          }
        } else {
          winner = before;
          loser = after;
        }
      } else {
        loser = before;
      }
      if (subject.equals(winner) || (loser != null && !subject.equals(loser) && q.actors().contains(loser))) {
        return Stance.SUPPORTS;
      }
      if (subject.equals(loser) || (winner != null && !subject.equals(winner) && isContender(winner, q))) {
        out = Stance.REFUTES;
      }
    }
    return out;
  }

  /** Whether an actor can be a rival: any actor other than the place the contest is held in. */
  private static boolean isContender(String actorId, EventQuery q) {
    return !actorId.startsWith("country/") || q.subjectActor().startsWith("country/");
  }
}
