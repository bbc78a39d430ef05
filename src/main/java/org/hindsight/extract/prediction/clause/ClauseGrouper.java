package org.hindsight.extract.prediction.clause;

import static org.hindsight.extract.prediction.cue.CueContext.governingVerb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hindsight.extract.claim.Attribution;
import org.hindsight.extract.prediction.HedgeLexicon;
import org.hindsight.extract.prediction.cue.Hit;
import org.hindsight.extract.prediction.cue.Role;
import org.hindsight.nlp.Dependency;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * Turns a sentence's cues into predictions' clauses: the span is the clause the cue governs (the
 * dependency subtree of its predicate, climbing auxiliaries and modifiers), a frame and the modal
 * clause it introduces are one prediction, hedges and operators join the smallest clause around
 * them, and reported speech keeps its reporting clause in front. Without a parse, the stretch
 * between clause boundaries. Stateless after construction; thread-safe.
 */
public final class ClauseGrouper {

  private static final Set<String> CLIMB =
      Set.of("aux", "aux:pass", "cop", "advmod", "amod", "det", "nummod", "compound", "case", "mark", "neg");
  private static final Set<String> COMPLEMENT =
      Set.of("ccomp", "acl", "xcomp", "csubj", "nsubj", "obj", "nmod", "obl", "nsubj:pass", "expl", "appos", "dep");
  /** Belief verbs that hedge the clause they govern ("I think they will …" reads as "likely"). */
  public static final Set<String> BELIEF_VERBS = Set.of("think", "believe", "expect", "suspect", "guess", "reckon", "suppose", "feel", "see");

  /** Adjectives whose subject holds the clause they govern: "he is confident this threshold will be reached". */
  private static final Set<String> BELIEF_ADJECTIVES =
      Set.of("confident", "sure", "certain", "hopeful", "optimistic", "pessimistic", "doubtful", "convinced", "adamant");

  /** "I think …" hedges like "likely" (CAPphrase 'Likely'/'Probable' median, via the lexicon). */
  private final HedgeLexicon.Entry beliefHedge;

  public ClauseGrouper(HedgeLexicon lexicon) {
    HedgeLexicon.Entry likely = lexicon.get("likely");
    this.beliefHedge = likely == null ? null : new HedgeLexicon.Entry("think", "ADJECTIVE", likely.probability(), null);
  }

  public List<Group> group(Sentence s, List<Hit> hits) {
    List<Group> groups = new ArrayList<>();
    for (Hit h : hits) {
      if (h.role() != Role.OPEN) {
        continue;
      }
      int head = s.parsed() ? climb(s, h.anchor()) : h.anchor();
      if (s.parsed() && h.entry().kind().equals("NUMBER")) {
        head = governingVerb(s, head);
      }
      Group same = null;
      for (Group g : groups) {
        if (g.head == head) {
          same = g;
        }
      }
      if (same != null) {
        same.hits.add(h);
        continue;
      }
      int[] range = s.parsed() ? Attribution.subtree(s, head) : clause(s, h.from());
      Group g = new Group(head, range[0], range[1] + 1);
      g.hits.add(h);
      groups.add(g);
    }
    // a frame ("there is a risk that", "no guarantee that") and the modal clause it embeds are one
    groups.sort(Comparator.comparingInt(Group::size).reversed());
    List<Group> kept = new ArrayList<>();
    for (Group g : groups) {
      Group outer = null;
      for (Group k : kept) {
        if (k.covers(g.head) && (!s.parsed() || complementPath(s, g.head, k.head))) {
          outer = k;
          break;
        }
      }
      if (outer != null) {
        outer.hits.addAll(g.hits);
      } else {
        kept.add(g);
      }
    }
    // hedges and operators join the smallest prediction around them
    for (Hit h : hits) {
      if (h.role() == Role.OPEN) {
        continue;
      }
      Group best = null;
      for (Group g : kept) {
        if (g.covers(h.from()) && (best == null || g.size() < best.size())) {
          best = g;
        }
      }
      if (best != null) {
        best.hits.add(h);
      }
    }
    for (Group g : kept) {
      coverFrame(s, g);
      trim(s, g);
      Subjects.include(s, g);
      CutSubjects.include(s, g);
      includeReportingClause(s, g, includeNominalFrame(s, g));
      Denials.include(s, g, hits);
      g.hits.sort(Comparator.comparingInt(Hit::from));
    }
    // two cues that ended on one clause are one prediction
    List<Group> unique = new ArrayList<>();
    for (Group g : kept) {
      Group twin = unique.stream().filter(u -> u.from == g.from && u.to == g.to).findFirst().orElse(null);
      if (twin == null) {
        unique.add(g);
      } else {
        twin.hits.addAll(g.hits);
        twin.hits.sort(Comparator.comparingInt(Hit::from));
      }
    }
    kept = unique;
    // a bare "I expect" whose complement the parser did not attach is no prediction of its own
    kept.removeIf(g -> g.size() < 3 && g.hits.stream().allMatch(h -> h.entry().phrase().equals("expected to")));
    kept.sort(Comparator.comparingInt(g -> g.from));
    return kept;
  }

  /** A span must reach past its cue: when the parse cut it short, take the rest of the clause. */
  private static void coverFrame(Sentence s, Group g) {
    for (Hit h : g.hits) {
      if (h.role() == Role.OPEN && g.to <= h.to()) {
        int[] c = clause(s, h.from());
        g.from = Math.min(g.from, c[0]);
        g.to = Math.max(g.to, c[1] + 1);
      }
    }
  }

  /**
   * A prediction carried by a noun ("a good chance of damage", "the possibility of a recovery") that
   * is the object of a clause before it keeps that clause: "we have a good chance of …", "all signs
   * point to the possibility of …", "we are giving some consideration to the possibility of …" —
   * the clause says who weighs the chance and how. Returns the clause's verb (where a reporting
   * clause hangs), else the group's head.
   */
  private static int includeNominalFrame(Sentence s, Group g) {
    if (!s.parsed() || !s.tokens().get(g.head).pos().startsWith("NN")) {
      return g.head;
    }
    Dependency d = s.head(g.head);
    if (d == null || d.governor() < 0 || d.governor() >= g.from
        || !(d.relation().equals("obj") || d.relation().equals("obl") || d.relation().startsWith("obl:"))) {
      return g.head;
    }
    int verb = d.governor();
    if (!s.tokens().get(verb).isVerb() || d.relation().startsWith("obl") && !caseIs(s, g.head, "to")) {
      // an oblique only as the goal of the verb ("point to", "give thought to"): not a frame of
      // time or circumstance ("delayed its vote pending a possible revision")
      return g.head;
    }
    int from = clauseStart(s, verb, true);
    if (g.from - from > 8) {
      return g.head;
    }
    g.from = from;
    return verb;
  }

  /**
   * Where the clause of {@code verb} starts: at its subject before it (and its auxiliaries, when
   * {@code auxiliaries}), else at the verb.
   */
  static int clauseStart(Sentence s, int verb, boolean auxiliaries) {
    int from = verb;
    for (Dependency c : s.children(verb)) {
      String rel = c.relation();
      if ((rel.startsWith("nsubj") || auxiliaries && rel.startsWith("aux")) && c.dependent() < verb) {
        from = Math.min(from, Attribution.subtree(s, c.dependent())[0]);
      }
    }
    return from;
  }

  private static boolean caseIs(Sentence s, int noun, String word) {
    for (Dependency c : s.children(noun)) {
      if (c.relation().equals("case") && s.tokens().get(c.dependent()).lower().equals(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reported speech keeps its reporting clause in front: "Google said it would appeal", "I think
   * they will deliver a cut" — the span starts at the speaker, so the holder is in view. {@code
   * head} is the clause's verb (the group's head, or the verb of its nominal frame).
   */
  private void includeReportingClause(Sentence s, Group g, int head) {
    if (!s.parsed()) {
      return;
    }
    for (Dependency c : s.children(head)) {
      Token v = s.tokens().get(c.dependent());
      String l = v.lowerLemma();
      if (c.relation().startsWith("parataxis") && BELIEF_VERBS.contains(l) && beliefHedge != null) {
        g.hits.add(new Hit(c.dependent(), c.dependent() + 1, c.dependent(), beliefHedge, Role.HEDGE, beliefHedge.probability()));
        return;
      }
    }
    Dependency d = s.head(head);
    if (d == null || d.governor() < 0 || !(d.relation().equals("ccomp") || d.relation().startsWith("parataxis"))) {
      return;
    }
    int verb = d.governor();
    Token v = s.tokens().get(verb);
    String lemma = v.lowerLemma();
    if (BELIEF_VERBS.contains(lemma) && beliefHedge != null) {
      g.hits.add(new Hit(verb, verb + 1, verb, beliefHedge, Role.HEDGE, beliefHedge.probability()));
    }
    if (verb >= g.from || !(Attribution.SPEECH_VERBS.contains(lemma) || BELIEF_ADJECTIVES.contains(lemma))) {
      return;
    }
    int from = clauseStart(s, verb, false);
    if (g.from - from <= 8) {
      g.from = from;
    }
  }

  /** The clause head a cue at {@code anchor} climbs to (auxiliaries, modifiers, an existential). */
  static int climb(Sentence s, int anchor) {
    int node = anchor;
    for (int steps = 0; steps < 6; steps++) {
      Dependency d = s.head(node);
      if (d == null || d.governor() < 0) {
        break;
      }
      String rel = d.relation();
      String base = rel.contains(":") && !rel.equals("aux:pass") ? rel.substring(0, rel.indexOf(':')) : rel;
      boolean none = s.tokens().get(node).lower().equals("none") && base.equals("nsubj");
      if (CLIMB.contains(rel) || CLIMB.contains(base) || none) {
        node = d.governor();
        continue;
      }
      break;
    }
    // "there is a risk that …", "there are no guarantees that …": the existential clause
    Dependency d = s.head(node);
    if (d != null && d.governor() >= 0 && d.relation().startsWith("nsubj")) {
      for (Dependency c : s.children(d.governor())) {
        if (c.relation().equals("expl")) {
          return d.governor();
        }
      }
    }
    return node;
  }

  private static boolean complementPath(Sentence s, int inner, int outer) {
    int node = inner;
    for (int steps = 0; steps < 8; steps++) {
      if (node == outer) {
        return true;
      }
      Dependency d = s.head(node);
      if (d == null || d.governor() < 0) {
        return false;
      }
      String rel = d.relation();
      String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
      if (rel.equals("acl:relcl") || !(COMPLEMENT.contains(rel) || COMPLEMENT.contains(base) || CLIMB.contains(base))) {
        return false; // a relative clause is a statement of its own
      }
      node = d.governor();
    }
    return node == outer;
  }

  /** Without a parse: the stretch between clause boundaries around the token. */
  public static int[] clause(Sentence s, int at) {
    List<Token> t = s.tokens();
    int from = at;
    while (from > 0 && !boundary(t, from - 1)) {
      from--;
    }
    int to = at;
    while (to + 1 < t.size() && !boundary(t, to + 1)) {
      to++;
    }
    return new int[] {from, to};
  }

  private static boolean boundary(List<Token> t, int k) {
    String x = t.get(k).text();
    return x.equals(";") || x.equals(":") || x.equals("—") || x.equals("--")
        || (x.equals(",") && k + 1 < t.size() && Set.of("and", "but", "while", "whereas").contains(t.get(k + 1).lower()));
  }

  public static void trim(Sentence s, Group g) {
    List<Token> t = s.tokens();
    while (g.from < g.to - 1) {
      Token first = t.get(g.from);
      boolean adverbial = first.pos().startsWith("RB") && g.from + 1 < g.to && t.get(g.from + 1).text().equals(",");
      boolean preposition = (first.pos().equals("IN") || first.pos().equals("TO")) && !first.lower().equals("if");
      if (preposition) {
        // a fronted phrase ("For Trump, this would …") goes up to its comma; a bare "of" alone
        int firstCue = g.to;
        for (Hit h : g.hits) {
          firstCue = Math.min(firstCue, h.from());
        }
        int comma = -1;
        for (int k = g.from + 1; k < Math.min(firstCue, g.from + 7); k++) {
          if (t.get(k).isVerb()) {
            break; // a clause ("that the exercise will end, as …"), not a fronted phrase
          }
          if (t.get(k).text().equals(",")) {
            comma = k;
            break;
          }
        }
        g.from = comma > 0 ? comma + 1 : g.from + 1;
      } else if (first.pos().equals("CC") || first.isPunctuation() || adverbial) {
        g.from++;
      } else {
        break;
      }
    }
    while (g.to - 1 > g.from && t.get(g.to - 1).isPunctuation() && !t.get(g.to - 1).text().matches("[\"”]")) {
      g.to--;
    }
  }
}
