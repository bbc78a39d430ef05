package org.hindsight.check.stance;

import java.util.List;
import java.util.Set;
import org.hindsight.check.evidence.Lexicon;
import org.hindsight.check.evidence.Token;

/**
 * Whether a word of a later sentence stands in a forecast rather than a report: modals, "X to"
 * frames, forecasting verbs, hedging adverbs, adjectives and nouns, conditions; and a forecast
 * reported as failed ("confounding the forecast that"). A later forecast is no outcome.
 * Thread-safe (the lexicon is).
 */
final class Hedges {

  /** How far back a hedge reaches within its clause. */
  static final int HEDGE_REACH = 12;
  /** Forms of "be" and the linking verbs before a forecast frame: "negotiations are expected to", "remains set to". */
  private static final Set<String> BE = org.hindsight.nlp.Be.and("remains", "remain", "seems", "seem");
  static final Set<String> HEDGE_ADJECTIVES = Set.of("possible", "potential", "planned", "proposed", "expected", "likely", "probable", "mooted", "hoped-for");

  private final Lexicon lex;

  Hedges(Lexicon lex) {
    this.lex = lex;
  }

  /**
   * Whether the word at {@code at} stands in a forecast rather than a report: a modal, an "X to"
   * frame, a forecasting or believing verb, a hedging adverb, adjective or noun, or a condition
   * earlier in its clause. "had expected", "as expected", "than expected" and "the predicted"
   * mention a past forecast and do not hedge.
   */
  boolean hedged(List<Token> toks, int at, Boolean[] memo) {
    if (memo[at] != null) {
      return memo[at];
    }
    boolean h = false;
    for (int i = at - 1, steps = 0; i >= 0 && steps < HEDGE_REACH; i--, steps++) {
      Token t = toks.get(i);
      String w = t.norm();
      if (Clauses.STRONG_BOUNDARY.contains(w)) {
        break;
      }
      if (lex.in("modals", w) || w.equals("will") || w.equals("going") && i + 1 < toks.size() && toks.get(i + 1).norm().equals("to")) {
        h = true;
        break;
      }
      if (w.equals("to") && i > 0 && lex.in("hedge_frames", toks.get(i - 1).norm()) && !pastMention(toks, i - 1)) {
        h = true;
        break;
      }
      if (w.equals("to") && i > 1 && lex.in("hedge_frames", toks.get(i - 2).norm()) && !pastMention(toks, i - 2)) {
        h = true;
        break;
      }
      if ((lex.in("hedge_verbs", w) || lex.in("hedge_adverbs", w) || HEDGE_ADJECTIVES.contains(w)) && !pastMention(toks, i)
          && !(lex.in("hedge_verbs", w) && nounUse(toks, i))) {
        h = true;
        break;
      }
      if (lex.in("conditionals", w) && !w.equals("should")) {
        h = true;
        break;
      }
      if (w.equals("still") && i + 1 < toks.size() && toks.get(i + 1).norm().endsWith("ing")) {
        // "are still negotiating a joint statement": under way, not done
        h = true;
        break;
      }
      if (lex.in("hedge_nouns", w) && i + 1 < toks.size() && Set.of("of", "that", "to", "on", "for").contains(toks.get(i + 1).norm())) {
        h = true;
        break;
      }
      if (w.equals("that") && thatFrameHedges(toks, i)) {
        h = true;
        break;
      }
      if (Clauses.CLAUSE_BOUNDARY.contains(w) && !w.equals("and")) {
        break;
      }
    }
    memo[at] = h;
    return h;
  }

  /**
   * Whether the forecast governing {@code at} is reported as failed: a negating verb ("confounding",
   * "defying") or "contrary to" before the forecast's noun ("the forecast that", "expectations
   * that"), in reach.
   */
  boolean forecastConfounded(List<Token> toks, int at) {
    for (int i = at - 1, steps = 0; i >= 0 && steps < HEDGE_REACH + 6; i--, steps++) {
      String w = toks.get(i).norm();
      if (Clauses.STRONG_BOUNDARY.contains(w)) {
        return false;
      }
      if ((w.startsWith("forecast") || w.startsWith("expectation") || w.startsWith("prediction") || w.startsWith("projection"))
          && i + 1 < toks.size() && (toks.get(i + 1).norm().equals("that") || toks.get(i + 1).norm().equals("of"))) {
        for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
          String v = toks.get(k).norm();
          if (lex.in("negator_verbs", lemmaOf(v)) || v.equals("contrary") || v.equals("despite")) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a noun or adjective at {@code at} is the subject of a modal that follows ("the pace of
   * further increases would depend", "the talks could drag on"), or of a forecast frame ("negotiations
   * are expected to be concluded", "the meeting is set to open"). A past verb form at {@code at}
   * is a report of its own ("Nawrocki won the runoff and will be sworn in").
   */
  boolean modalAfter(List<Token> toks, int at) {
    String w = toks.get(at).norm();
    if (w.endsWith("ed") || w.endsWith("ing") || lex.canBeVerb(w) && !lex.canBeNoun(w) && !lex.lemmas(w).stream().allMatch(w::equals)) {
      return false;
    }
    for (int i = at + 1; i < Math.min(toks.size(), at + 5); i++) {
      String x = toks.get(i).norm();
      if (!toks.get(i).word() || Set.of("and", "but", "that", "which", "who", "as").contains(x)) {
        return false;
      }
      if (lex.in("modals", x) || x.equals("will")) {
        // "the float … will not now proceed": a plan reported called off, no forecast
        return !(i + 2 < toks.size() && toks.get(i + 1).norm().equals("not") && toks.get(i + 2).norm().equals("now"));
      }
      // "negotiations are expected to be concluded", "the meeting is set to open": a frame after its subject
      if (BE.contains(x) && i + 2 < toks.size() && lex.in("hedge_frames", toks.get(i + 1).norm())
          && toks.get(i + 2).norm().equals("to") && !pastMention(toks, i + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words before a "that" make its clause a forecast: "the most probable outcome is
   * that", "the risk that", "bets that", "forecast that" (commas crossed, a few words back).
   */
  private boolean thatFrameHedges(List<Token> toks, int that) {
    for (int i = that - 1, steps = 0; i >= 0 && steps < 6; i--, steps++) {
      String w = toks.get(i).norm();
      if (Clauses.STRONG_BOUNDARY.contains(w)) {
        return false;
      }
      if ((lex.in("hedge_verbs", w) || lex.in("hedge_nouns", w) || lex.in("hedge_adverbs", w) || HEDGE_ADJECTIVES.contains(w)) && !pastMention(toks, i)) {
        return true;
      }
    }
    return false;
  }

  /** "had expected", "as expected", "than expected", "the predicted (peak)": a past forecast named, not made. */
  private boolean pastMention(List<Token> toks, int i) {
    if (i == 0) {
      return false;
    }
    return lex.in("past_expectation_markers", toks.get(i - 1).norm());
  }

  /** "the forecasts, published …", "its forecast for growth": the noun, which hedges nothing after it. */
  private static boolean nounUse(List<Token> toks, int i) {
    String w = toks.get(i).norm();
    if (!(w.startsWith("forecast") || w.startsWith("estimate") || w.startsWith("project") || w.startsWith("bet") || w.startsWith("price"))) {
      return false;
    }
    if (i + 1 >= toks.size()) {
      return true;
    }
    String next = toks.get(i + 1).norm();
    if (next.equals("that") || next.equals("to")) {
      return false;
    }
    String prev = i > 0 ? toks.get(i - 1).norm() : "";
    return next.equals(",") || next.equals("for") || next.equals("of") || prev.equals("its") || prev.equals("their") || prev.equals("the") || prev.equals("'s");
  }

  private String lemmaOf(String w) {
    return Negations.lemmaOf(lex, w);
  }

}
