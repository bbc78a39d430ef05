package org.hindsight.extract.prediction.clause;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hindsight.extract.claim.Attribution;
import org.hindsight.nlp.Dependency;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * Where a prediction's subject starts, for {@link ClauseGrouper}: the clause's subject before the
 * span, the noun a participle hangs on, or the noun phrase the fast parser stranded before a modal
 * clause; and where a noun's pre-modifiers start (shared with {@link CutSubjects}). Stateless.
 */
final class Subjects {

  private Subjects() {}

  /**
   * A prediction names what it is about: when the clause's subject lies before the span (a
   * participle on a noun — "the deal, expected to close in September" — or a subject the parse left
   * outside — "the awards will likely be announced"), the span starts at that noun phrase, if it is
   * near. A relative clause's antecedent comes in through {@link CutSubjects}.
   */
  static void include(Sentence s, Group g) {
    if (!s.parsed()) {
      return;
    }
    int subject = -1;
    for (Dependency c : s.children(g.head)) {
      if (c.relation().startsWith("nsubj") && c.dependent() < g.from) {
        subject = c.dependent();
      }
    }
    Dependency up = s.head(g.head);
    if (subject < 0 && up != null && up.governor() >= 0 && up.governor() < g.from
        && up.relation().equals("acl")) {
      subject = up.governor();
    }
    if (subject < 0) {
      int np = strandedSubject(s, g);
      if (np >= 0) {
        g.from = np;
      }
      return;
    }
    int from = subjectStart(s, subject);
    if (g.from - from <= 10) {
      g.from = Math.min(g.from, from);
    }
  }

  /**
   * The noun phrase right before a clause that has no subject in the parse: the fast parser often
   * hangs a modal clause on the sentence as {@code dep} and makes its subject the object or a
   * conjunct of the clause before ("accepting applications until early April and the awards will
   * likely be announced"; "said all the legal waivers necessary could be obtained"), or a participle
   * after a comma a conjunct ("the deal, expected to close in September"). Where the clause starts
   * with a modal (or is a participle after a comma) and the words before it are a noun phrase that
   * follows a verb, a conjunction, a complementiser or punctuation, that phrase is its subject.
   * Returns where it starts, or -1.
   */
  private static int strandedSubject(Sentence s, Group g) {
    for (Dependency c : s.children(g.head)) {
      String rel = c.relation();
      if (rel.startsWith("nsubj") || rel.startsWith("csubj") || rel.equals("expl")) {
        return -1;
      }
    }
    List<Token> t = s.tokens();
    Token head = t.get(g.head);
    boolean modal = false;
    boolean auxiliary = false;
    for (Dependency c : s.children(g.head)) {
      if (c.relation().startsWith("aux") && c.dependent() < g.head) {
        auxiliary = true;
        modal |= t.get(c.dependent()).pos().equals("MD") && c.dependent() == g.from;
      }
    }
    int k = g.from - 1;
    if (!modal) {
      boolean participle = (head.pos().equals("VBN") || head.pos().equals("VBG")) && !auxiliary && head.index() == g.from;
      if (!participle || k < 1 || !t.get(k).text().equals(",")) {
        return -1;
      }
      k--;
    }
    int end = k;
    boolean noun = false;
    boolean determiner = false; // a phrase starts at its determiner ("told analysts the deal")
    while (k >= 0 && end - k < 6 && NOUN_PHRASE.contains(t.get(k).pos()) && !(determiner && !t.get(k).pos().equals("PDT"))) {
      String pos = t.get(k).pos();
      noun |= pos.startsWith("NN") || pos.equals("PRP");
      determiner |= pos.equals("DT") || pos.equals("PDT") || pos.equals("PRP$");
      k--;
    }
    if (!noun || k == end) {
      return -1;
    }
    if (k >= 0 && !(determiner && NOUN_PHRASE.contains(t.get(k).pos()))) {
      Token stop = t.get(k);
      boolean opens = stop.isVerb() || stop.pos().equals("CC") || stop.isPunctuation()
          || stop.pos().equals("IN") && COMPLEMENTISERS.contains(stop.lower());
      if (!opens) {
        return -1; // "on rates could …": the object of a preposition is nobody's subject
      }
    }
    return k + 1;
  }

  /** The tags of a noun phrase's words before its head and the head (a pronoun is no antecedent: {@link Antecedents}). */
  static final Set<String> NOUN_WORDS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP$", "HYPH");
  /** The same, and a pronoun: a stranded subject may be one. */
  private static final Set<String> NOUN_PHRASE =
      Stream.concat(NOUN_WORDS.stream(), Stream.of("PRP")).collect(Collectors.toUnmodifiableSet());
  private static final Set<String> COMPLEMENTISERS = Set.of("that", "whether", "if", "because", "although", "while");

  /** Where the noun phrase of {@code noun} starts: its leftmost pre-modifier, not its clauses. */
  private static int subjectStart(Sentence s, int noun) {
    int from = modifiersStart(s, noun);
    Dependency up = s.head(noun);
    // "one of the few banks": the quantity the noun hangs from
    if (up != null && up.governor() >= 0 && up.governor() < noun && up.relation().startsWith("nmod")
        && s.tokens().get(up.governor()).pos().equals("CD")) {
      from = Math.min(from, up.governor());
    }
    return from;
  }

  /**
   * Where the words before {@code noun} that modify it start (determiners, adjectives, compounds,
   * possessors), not counting its clauses, punctuation or a conjunction before it.
   */
  static int modifiersStart(Sentence s, int noun) {
    int from = noun;
    for (Dependency c : s.children(noun)) {
      String rel = c.relation();
      if (c.dependent() < noun && !rel.startsWith("acl") && !rel.equals("punct") && !rel.equals("cc")) {
        from = Math.min(from, Attribution.subtree(s, c.dependent())[0]);
      }
    }
    return from;
  }
}
