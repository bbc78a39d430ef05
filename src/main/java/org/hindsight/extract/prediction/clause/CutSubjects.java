package org.hindsight.extract.prediction.clause;

import org.hindsight.extract.claim.Attribution;
import org.hindsight.nlp.Dependency;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * What a prediction is about, when the parse cut it off the clause. The span of a clause is its
 * predicate's subtree, and three shapes of real wire copy leave the thing predicted outside it:
 *
 * <ul>
 *   <li>a relative clause: "a tentative provision in the new debt agreement <i>that could
 *       favourably affect the currency</i>", "one of the few banks <i>that would have an improved
 *       position</i>": the span starts at the noun phrase it describes (up through the nouns it
 *       hangs from);
 *   <li>a garden path on a noun: "said the faster rise in exports than imports would prove partly
 *       aberrational" parses "rise" as the object of "said" and hangs "would prove" on it as {@code
 *       dep}: the span starts at that noun phrase;
 *   <li>a garden path on a verb: "said a forced cut in foreign exchange positions would worsen …"
 *       (the subject parsed as the object of "said", the clause hung on it as {@code dep}, or as
 *       {@code xcomp}: "said the company's new mainframe products will not be available for at
 *       least a year"), "but an action being considered by the FASB
 *       could result in …" (the subject inside a participle clause): the span starts at the object
 *       that ends right before the clause, or at the subject of the participle clause that does.
 * </ul>
 *
 * Where the parse hangs a relative clause elsewhere (on the main verb as {@code parataxis} or
 * {@code conj}), {@link Antecedents} reads the antecedent from the words. Only near starts count
 * (at most {@value #MAX_REACH} words before the span). Stateless.
 */
final class CutSubjects {

  static final int MAX_REACH = 12;

  private CutSubjects() {}

  /** Moves the group's start back to what the parse cut off, if anything. */
  static void include(Sentence s, Group g) {
    if (!s.parsed()) {
      return;
    }
    int from = hasSubject(s, g.head) ? -1 : byParse(s, g);
    if (!near(from, g)) {
      from = Antecedents.before(s.tokens(), g.from, MAX_REACH);
    }
    if (near(from, g)) {
      g.from = from;
    }
  }

  private static boolean near(int from, Group g) {
    return from >= 0 && from < g.from && g.from - from <= MAX_REACH;
  }

  /** The start of what the parse hangs the clause on: a noun (relative clause, garden path) or a verb's object. */
  private static int byParse(Sentence s, Group g) {
    Dependency up = s.head(g.head);
    if (up == null || up.governor() < 0 || up.governor() >= g.from) {
      return -1;
    }
    int p = up.governor();
    Token gov = s.tokens().get(p);
    if (up.relation().equals("acl:relcl") && gov.isNoun() || up.relation().equals("dep") && gov.isNoun()) {
      return phraseStart(s, p, g);
    }
    if ((up.relation().equals("dep") || up.relation().equals("xcomp")) && gov.isVerb()) {
      return verbGardenPath(s, p, g);
    }
    return -1;
  }

  /** The start of the noun phrase of {@code noun}, climbing the nouns it modifies ("one of the few banks", "a provision in the agreement"). */
  private static int phraseStart(Sentence s, int noun, Group g) {
    int n = noun;
    for (int steps = 0; steps < 2; steps++) {
      Dependency d = s.head(n);
      if (d == null || d.governor() < 0 || d.governor() > n || !d.relation().startsWith("nmod")) {
        break;
      }
      Token up = s.tokens().get(d.governor());
      if (!(up.isNoun() || up.pos().equals("CD"))) {
        break;
      }
      n = d.governor();
    }
    int from = Subjects.modifiersStart(s, n);
    return contiguous(s, from, g.from) ? from : -1;
  }

  /**
   * "said [a forced cut …] would worsen": the verb's object that ends right before the clause; "but
   * [an action being considered by the FASB] could result": the subject of the participle clause
   * that ends right before it. The phrase is the largest one under the verb (or the verb's own
   * words) ending on the word before the clause.
   */
  private static int verbGardenPath(Sentence s, int verb, Group g) {
    int a = g.from - 1;
    while (a != verb) {
      Dependency d = s.head(a);
      if (d == null || d.governor() < 0 || end(s, d.governor(), g.head) != g.from - 1) {
        break;
      }
      a = d.governor();
    }
    Dependency d = s.head(a);
    if (a != verb && d != null && d.governor() == verb && d.relation().equals("obj")) {
      return Attribution.subtree(s, a)[0];
    }
    Token t = s.tokens().get(a);
    if (!(t.pos().equals("VBN") || t.pos().equals("VBG"))) {
      return -1;
    }
    for (Dependency c : s.children(a)) {
      if (c.relation().startsWith("nsubj") && c.dependent() < a) {
        return Attribution.subtree(s, c.dependent())[0];
      }
    }
    return -1;
  }

  /** The last word of the node's subtree, leaving out the clause headed by {@code skip}. */
  private static int end(Sentence s, int node, int skip) {
    int last = node;
    for (Dependency c : s.children(node)) {
      if (c.dependent() != skip) {
        last = Math.max(last, end(s, c.dependent(), skip));
      }
    }
    return last;
  }

  /** A subject of its own: a relative pronoun ("that could …", "which would …") is none. */
  private static boolean hasSubject(Sentence s, int head) {
    return s.children(head).stream().anyMatch(d -> (d.relation().startsWith("nsubj") || d.relation().startsWith("csubj"))
        && !s.tokens().get(d.dependent()).pos().startsWith("W"));
  }

  /** No sentence boundary mark between the phrase and the clause (a quote, a semicolon). */
  private static boolean contiguous(Sentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = s.tokens().get(k).text();
      if (w.equals(";") || w.equals(":") || w.matches("[\"“”]")) {
        return false;
      }
    }
    return true;
  }
}
