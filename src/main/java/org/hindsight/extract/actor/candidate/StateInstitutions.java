package org.hindsight.extract.actor.candidate;

import java.util.List;
import java.util.Set;
import org.hindsight.extract.actor.candidate.Candidate.Role;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * A state's institutions that NER does not tag because the wire writes them in lower case or as
 * one common word: "the Dutch central bank", "a Belgian finance ministry spokesman", "Frankfurt
 * stock exchange president Michael Hauck", "Venezuela's ministry of energy and mines", "the
 * Japanese Diet". A lower-case institution is a name only with its state before it (a nationality,
 * a place, a place's possessive); without one ("the ministry", "a Japanese bank") it is a
 * description, which coreference reads. The kind of institution must be one a state has: a
 * ministry or department of a field, a central bank, a stock exchange, a parliament. A bare
 * "Parliament" is proposed too, but {@link org.hindsight.extract.actor.filter.NonActors} drops it
 * as a bare institution head unless its nationality stands in the name ("British Parliament").
 * Stateless.
 */
final class StateInstitutions {

  /** Words that say what a lower-case ministry or department does ("finance ministry"). */
  private static final Set<String> FIELDS = Set.of(
      "foreign", "finance", "trade", "economy", "economic", "economics", "agriculture", "agricultural", "defence", "defense",
      "interior", "justice", "energy", "industry", "labour", "labor", "health", "transport", "commerce", "budget",
      "planning", "communications", "telecommunications", "education", "mines", "mining", "oil", "petroleum",
      "treasury", "state", "fisheries", "environment", "housing", "information", "culture", "tourism");

  /** Heads that name an institution of a state only after a given word ("central bank", "stock exchange"). */
  private static final Set<String> QUALIFIED = Set.of("central bank", "stock exchange", "securities exchange",
      "futures exchange", "commodity exchange");

  /** One-word bodies every parliamentary state has, capitalised as names. */
  private static final Set<String> PARLIAMENTS = Set.of("Parliament", "Diet", "Bundestag", "Knesset", "Duma");

  private StateInstitutions() {}

  /** Adds each such institution not {@code covered} by another name to {@code out}, and covers it. */
  static void find(Sentence s, boolean[] covered, List<Candidate> out) {
    List<Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (covered[i]) {
        continue;
      }
      boolean parliament = parliament(tokens, i);
      int end = parliament ? i + 1 : lowerInstitutionEnd(tokens, i, covered);
      if (end <= i) {
        continue;
      }
      int from = parliament ? nationalityBefore(tokens, i) : stateBefore(tokens, i);
      if (from < 0) {
        continue;
      }
      Candidate c = new Candidate(s, from, end, "ORGANIZATION", List.of(), Role.NAME);
      c.setExtFrom(from > 0 && tokens.get(from - 1).lower().equals("the") ? from - 1 : from);
      out.add(c);
      for (int k = from; k < end; k++) {
        covered[k] = true;
      }
      i = end - 1;
    }
  }

  /**
   * "Parliament" written as a name mid-sentence ("told Parliament", "passes the Parliament"); "Diet"
   * only after "the" or a nationality and before no other name ("Diet Coke").
   */
  static boolean parliament(List<Token> tokens, int i) {
    String w = tokens.get(i).text();
    if (i == 0 || !PARLIAMENTS.contains(w)) {
      return false;
    }
    boolean nextName = i + 1 < tokens.size() && Names.capitalised(tokens.get(i + 1).text()) && tokens.get(i + 1).isProperNoun();
    if (nextName) {
      return false;
    }
    if (w.equals("Diet")) {
      Token before = tokens.get(i - 1);
      return before.lower().equals("the") || before.ner().equals("MISC") || Names.isPossessive(before);
    }
    return true;
  }

  /**
   * The end (exclusive) of a lower-case institution starting at {@code i} ("finance ministry",
   * "ministry of energy and mines", "central bank"), or {@code i} when none starts there.
   */
  private static int lowerInstitutionEnd(List<Token> tokens, int i, boolean[] covered) {
    if (i + 1 < tokens.size() && !covered[i + 1]
        && QUALIFIED.contains(tokens.get(i).text() + " " + tokens.get(i + 1).text())) {
      return i + 2;
    }
    int k = i;
    while (k < tokens.size() && !covered[k] && FIELDS.contains(tokens.get(k).text()) && k - i < 2) {
      k++;
    }
    if (k >= tokens.size() || covered[k]) {
      return i;
    }
    String head = tokens.get(k).text();
    if (k > i && (head.equals("ministry") || head.equals("department"))) {
      return k + 1; // "finance ministry", "foreign trade department"
    }
    if (k == i && head.equals("ministry") && k + 2 < tokens.size() && tokens.get(k + 1).text().equals("of")
        && FIELDS.contains(tokens.get(k + 2).text())) {
      int e = k + 3; // "ministry of energy and mines"
      while (e + 1 < tokens.size() && tokens.get(e).text().equals("and") && FIELDS.contains(tokens.get(e + 1).text())) {
        e += 2;
      }
      return e;
    }
    return i;
  }

  /**
   * Where the state before a lower-case institution starts: what {@link NerCandidates#stateBefore}
   * takes before a capitalised one (a nationality, "Dutch"; a place's possessive, "Venezuela's"),
   * or a place ("Frankfurt"); -1 when none is there.
   */
  private static int stateBefore(List<Token> tokens, int i) {
    int state = NerCandidates.stateBefore(tokens, i);
    if (state < i) {
      return state;
    }
    return i >= 1 && Names.capitalised(tokens.get(i - 1).text()) && tokens.get(i - 1).ner().equals("LOCATION") ? i - 1 : -1;
  }

  /** A parliament's nationality before it ("Japanese Parliament"), else the word itself. */
  private static int nationalityBefore(List<Token> tokens, int i) {
    Token before = tokens.get(i - 1);
    return before.ner().equals("MISC") && before.pos().equals("JJ") ? i - 1 : i;
  }
}
