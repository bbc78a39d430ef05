package org.hindsight.extract.actor.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hindsight.extract.actor.candidate.Candidate;
import org.hindsight.extract.actor.candidate.Candidate.Role;
import org.hindsight.extract.actor.candidate.Draft;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * NER tags a name in one sentence and misses it in the next ("first bid for BWA"): an
 * organisation's name the article has linked is its name wherever else it is written, as a proper
 * noun that no other candidate covers. Stateless.
 */
final class Propagation {

  private Propagation() {}

  /** The new mentions, linked to their drafts and added to {@code candidates} in text order. */
  static void spread(List<Sentence> sentences, List<Candidate> candidates) {
    Map<List<String>, Draft> names = new HashMap<>();
    for (Candidate c : candidates) {
      Draft d = c.draft();
      if (d == null || d.isPerson() || c.role() != Role.NAME || c.nerType() == null || c.isInner()) {
        continue;
      }
      List<String> words = c.nameTokens();
      if (words.size() > 1 || words.get(0).length() > 1 && words.get(0).chars().allMatch(Character::isUpperCase)) {
        names.putIfAbsent(words, d);
      }
    }
    if (names.isEmpty()) {
      return;
    }
    List<Candidate> added = new ArrayList<>();
    for (Sentence s : sentences) {
      boolean[] covered = new boolean[s.tokens().size()];
      for (Candidate c : candidates) {
        if (c.sentence() == s) {
          for (int i = c.extFrom(); i < c.extTo(); i++) {
            covered[i] = true;
          }
        }
      }
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        if (covered[i] || !tokens.get(i).isProperNoun()) {
          continue;
        }
        for (Map.Entry<List<String>, Draft> e : names.entrySet()) {
          List<String> w = e.getKey();
          if (i + w.size() <= tokens.size() && matches(tokens, i, w, covered)) {
            Candidate c = new Candidate(s, i, i + w.size(), "ORGANIZATION", List.of(), Role.NAME);
            if (i > 0 && tokens.get(i - 1).lower().equals("the")) {
              c.setExtFrom(i - 1);
            }
            e.getValue().add(c);
            added.add(c);
            for (int k = i; k < i + w.size(); k++) {
              covered[k] = true;
            }
            break;
          }
        }
      }
    }
    candidates.addAll(added);
    candidates.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
  }

  private static boolean matches(List<Token> tokens, int at, List<String> words, boolean[] covered) {
    for (int k = 0; k < words.size(); k++) {
      if (covered[at + k] || !tokens.get(at + k).text().equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }
}
