package org.hindsight.extract.actor.coref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hindsight.extract.actor.candidate.Candidate;
import org.hindsight.extract.actor.candidate.Candidate.Role;
import org.hindsight.extract.actor.candidate.Draft;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * Personal pronouns to the actor last mentioned that they can stand for: "he", "she" to a person
 * of that gender ({@link Genders}; unknown fits both) mentioned in the last two sentences; "it", "its", "they" to an organisation or state in this or
 * the last sentence (not one named only as a place or a demonym). "It is likely that …" refers to
 * nothing. Stateless.
 */
public final class Pronouns {

  private static final Set<String> PERSONAL = Set.of("he", "him", "his", "she", "her", "hers");
  /** "it", "its", "they": organisations and states (people are "he" and "she" here). */
  private static final Set<String> NEUTER = Set.of("it", "its", "they", "them", "their");
  private static final Set<String> BE = Set.of("is", "was", "'s", "seems", "appears", "remains", "looks", "would", "will");

  private Pronouns() {}

  /** Adds the pronouns it resolves to their drafts and to {@code linked}. */
  public static void resolve(List<Sentence> sentences, List<Candidate> linked) {
    Map<Draft, Genders.Gender> genders = new HashMap<>();
    for (Sentence s : sentences) {
      List<Token> tokens = s.tokens();
      List<Candidate> added = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (!t.pos().startsWith("PRP")) {
          continue;
        }
        int begin = t.span().begin();
        Draft d = null;
        if (NEUTER.contains(t.lower()) && !expletive(tokens, i)) {
          d = last(linked, begin, s.index(), 1, false, Genders.Gender.UNKNOWN, genders);
        } else if (PERSONAL.contains(t.lower())) {
          d = last(linked, begin, s.index(), 2, true, Genders.ofPronoun(t.lower()), genders);
        }
        if (d != null) {
          Candidate c = new Candidate(s, i, i + 1, null, List.of(), Role.PRONOUN);
          d.add(c);
          added.add(c);
        }
      }
      linked.addAll(added);
    }
  }

  /** "it is likely that …", "it was unclear whether …": no referent. */
  private static boolean expletive(List<Token> tokens, int i) {
    if (!tokens.get(i).lower().equals("it") || i + 2 >= tokens.size() || !BE.contains(tokens.get(i + 1).lower())) {
      return false;
    }
    for (int k = i + 2; k < Math.min(tokens.size(), i + 6); k++) {
      String w = tokens.get(k).lower();
      if (w.equals("that") || w.equals("to") || w.equals("whether") || w.equals("if")) {
        return true;
      }
    }
    return false;
  }

  private static Draft last(List<Candidate> linked, int before, int sentence, int window, boolean person,
      Genders.Gender gender, Map<Draft, Genders.Gender> genders) {
    Candidate best = null;
    for (Candidate r : linked) {
      if (r.begin() >= before || sentence - r.sentence().index() > window) {
        continue;
      }
      boolean kind = person ? r.draft().isPerson() && Genders.agree(gender, genders.computeIfAbsent(r.draft(), Genders::of))
          : !r.draft().isPerson() && r.role() != Role.PLACE && r.role() != Role.DEMONYM;
      if (r.begin() < before && kind && r.role() != Role.PRONOUN
          && sentence - r.sentence().index() <= window
          && (best == null || r.begin() > best.begin())) {
        best = r;
      }
    }
    return best == null ? null : best.draft();
  }
}
