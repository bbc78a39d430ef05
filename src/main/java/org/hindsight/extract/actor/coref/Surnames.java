package org.hindsight.extract.actor.coref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hindsight.extract.actor.candidate.Candidate;
import org.hindsight.extract.actor.candidate.Candidate.Role;
import org.hindsight.extract.actor.candidate.Draft;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * A person's bare surname where NER saw a common word ("..., said Lucky", "Pope said", "Long said in
 * a statement"): a capitalised word that is the last word of a person the article has already
 * named in full is that person when a verb of speech stands right before or after it. Elsewhere
 * such a word stays what it is ("a long wait", "the page"). A surname two of the article's people
 * share refers to neither. Stateless.
 */
public final class Surnames {

  /** Lemmas of the verbs a wire story's speaker goes with, before ("said Lucky") or after ("Ing predicts"). */
  static final Set<String> SPEECH =
      Set.of("say", "tell", "add", "estimate", "predict", "expect", "forecast", "see", "believe", "think", "note", "warn", "argue");

  private Surnames() {}

  /** Adds the bare surnames it finds to their people's drafts and to {@code linked}. */
  public static void resolve(List<Sentence> sentences, List<Candidate> linked) {
    Map<String, Draft> bySurname = new HashMap<>();
    Map<Draft, Integer> namedAt = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (Candidate c : linked) {
      Draft d = c.draft();
      List<String> name = c.nameTokens();
      if (d == null || !d.isPerson() || c.role() != Role.NAME || name.size() < 2) {
        continue;
      }
      String last = name.get(name.size() - 1);
      Draft before = bySurname.putIfAbsent(last, d);
      if (before != null && before != d) {
        shared.add(last);
      }
      namedAt.merge(d, c.span().end(), Math::min);
    }
    shared.forEach(bySurname::remove);
    if (bySurname.isEmpty()) {
      return;
    }
    List<Candidate> added = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        Draft d = bySurname.get(t.get(i).text());
        if (d == null || t.get(i).span().begin() < namedAt.get(d) || covered(linked, t.get(i)) || !bySpeech(t, i)) {
          continue;
        }
        Candidate c = new Candidate(s, i, i + 1, "PERSON", List.of(), Role.NAME);
        d.add(c);
        added.add(c);
      }
    }
    linked.addAll(added);
  }

  /** A verb of speech right before the word ("said Lucky") or right after it ("Pope said", "Ing predicts"). */
  private static boolean bySpeech(List<Token> t, int i) {
    return i > 0 && speech(t.get(i - 1)) || i + 1 < t.size() && speech(t.get(i + 1));
  }

  /** A verb of speech ({@link #SPEECH}); {@link Pronouns} reads speakers with it too. */
  static boolean speech(Token t) {
    return t.isVerb() && SPEECH.contains(t.lowerLemma());
  }

  private static boolean covered(List<Candidate> linked, Token token) {
    for (Candidate c : linked) {
      if (c.span().contains(token.span())) {
        return true;
      }
    }
    return false;
  }
}
