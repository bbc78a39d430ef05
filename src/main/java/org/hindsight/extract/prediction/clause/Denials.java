package org.hindsight.extract.prediction.clause;

import java.util.List;
import java.util.Set;
import org.hindsight.extract.prediction.cue.Hit;
import org.hindsight.nlp.Dependency;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * A forecast its source denies or doubts: "Miller said he doubted this proposal would pass",
 * "officials denied that the government would devalue", "they have seen no sign that a date will
 * be set", "analysts ruled out the possibility that the bank would cut rates", "he expressed
 * skepticism that this will lead to …". The clause under such a predicate is the event the source
 * expects not to happen, so the prediction is NEGATIVE (its probability the complement of its
 * modal's), and its span keeps the predicate, as a reporting verb is kept. A question under it
 * ("no hint of when the bank might cut") is none. Stateless.
 */
final class Denials {

  private Denials() {}

  /** Verbs whose complement their subject expects not to happen. */
  static final Set<String> VERBS = Set.of("doubt", "deny", "dismiss", "discount", "dispute", "question");
  /** Nouns and adjectives that do it with "that": "skepticism that", "doubts that", "doubtful that". */
  static final Set<String> NOUNS = Set.of("doubt", "skepticism", "scepticism", "skeptical", "sceptical", "doubtful");
  /** Nouns that deny with "no": "no sign that", "no indication that", "no evidence that". */
  static final Set<String> NO_NOUNS = Set.of("sign", "indication", "evidence", "hint", "suggestion");
  /** Nouns a denying verb takes the clause through: "ruled out the possibility that", "dismissed talk that". */
  static final Set<String> CARRIERS = Set.of("possibility", "idea", "suggestion", "suggestions", "talk", "report", "speculation", "prospect", "notion");

  /**
   * "he doubted [this proposal would pass]", "no sign that [a date will be set]": a modal or future
   * clause is denied ({@link #matrix}) unless a cue of the lexicon already reads the denying word
   * ("I doubt", "doubtful"), and its span takes the denying clause in front, as a reporting clause.
   */
  static void include(Sentence s, Group g, List<Hit> hits) {
    boolean modal = g.hits.stream().anyMatch(h -> h.entry().kind().equals("MODAL") || h.entry().kind().equals("FUTURE"));
    int m = modal ? matrix(s, g.head) : -1;
    if (m < 0 || hits.stream().anyMatch(h -> h.from() <= m && m < h.to())) {
      return; // only a forecast is denied: "no evidence that Xi has decided to invade" denies a fact
    }
    g.denied = true;
    Token t = s.tokens().get(m);
    Dependency up = s.head(m);
    int verb = !t.isVerb() && up != null && up.governor() >= 0 && up.governor() < m && s.tokens().get(up.governor()).isVerb()
        ? up.governor() : m;
    int from = ClauseGrouper.clauseStart(s, verb, true);
    if (g.from - from <= 12) {
      g.from = Math.min(g.from, from);
    }
  }

  /**
   * The word that denies the clause headed by {@code head}, or -1: a verb of denial or doubt whose
   * complement it is ("doubted [it] would pass"), "ruled out" or a denying verb over a noun that
   * carries it ("ruled out the possibility that …"), a noun or adjective of doubt ("skepticism
   * that …"), or a noun under "no" ("no sign that …").
   */
  static int matrix(Sentence s, int head) {
    if (!s.parsed()) {
      return -1;
    }
    int carried = denyingVerb(s, head);
    if (carried >= 0) {
      return carried; // the clause's head is the carrier itself: "ruled out [the possibility that …]"
    }
    Dependency d = s.head(head);
    if (d == null || d.governor() < 0 || !clausal(d.relation()) || asks(s, head)) {
      return -1;
    }
    int up = d.governor();
    Token t = s.tokens().get(up);
    String lemma = t.lowerLemma();
    if (t.isVerb() && (VERBS.contains(lemma) || ruledOut(s, up))) {
      return up;
    }
    if (NOUNS.contains(lemma) || NO_NOUNS.contains(lemma) && hasNo(s, up)) {
      return up;
    }
    return denyingVerb(s, up);
  }

  /** The denying verb whose object {@code noun} carries a clause ("ruled out the possibility"), or -1. */
  private static int denyingVerb(Sentence s, int noun) {
    if (!CARRIERS.contains(s.tokens().get(noun).lowerLemma())) {
      return -1;
    }
    Dependency v = s.head(noun);
    if (v == null || v.governor() < 0 || !v.relation().equals("obj")) {
      return -1;
    }
    Token verb = s.tokens().get(v.governor());
    return verb.isVerb() && (VERBS.contains(verb.lowerLemma()) || ruledOut(s, v.governor())) ? v.governor() : -1;
  }

  /** An embedded question ("no hint of when the bank might cut", "doubted whether") is not denied. */
  private static boolean asks(Sentence s, int head) {
    return s.children(head).stream().anyMatch(c -> s.tokens().get(c.dependent()).pos().startsWith("W")
        || s.tokens().get(c.dependent()).lower().equals("whether") || s.tokens().get(c.dependent()).lower().equals("if"));
  }

  private static boolean clausal(String rel) {
    return rel.equals("ccomp") || rel.equals("acl") || rel.equals("dep");
  }

  private static boolean ruledOut(Sentence s, int verb) {
    if (!s.tokens().get(verb).lowerLemma().equals("rule")) {
      return false;
    }
    return s.children(verb).stream().anyMatch(c -> c.relation().equals("compound:prt") && s.tokens().get(c.dependent()).lower().equals("out"));
  }

  private static boolean hasNo(Sentence s, int noun) {
    return s.children(noun).stream().anyMatch(c -> c.relation().equals("det") && s.tokens().get(c.dependent()).lower().equals("no"));
  }
}
