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
 * nothing. A pronoun that speaks ("…, it said", "He told reporters") is the last speaker of its
 * kind in the last three sentences ("The trade paper said … . The cut could lead to layoffs at GM,
 * it said": the paper, not GM), the first of several that spoke together, unless an actor of its
 * kind is the subject of a sentence in between ("Powell did not address the attacks. He said …").
 * Stateless.
 */
public final class Pronouns {

  private static final Set<String> PERSONAL = Set.of("he", "him", "his", "she", "her", "hers");
  /** "it", "its", "they": organisations and states (people are "he" and "she" here). */
  private static final Set<String> NEUTER = Set.of("it", "its", "they", "them", "their");
  /** Pronouns that can be the subject of a report. */
  private static final Set<String> SPEAKING = Set.of("he", "she", "it", "they");
  /** Words allowed between a speaker and its verb: "it also said", "he has told". */
  private static final Set<String> BETWEEN = Set.of("also", "has", "had", "have", "later", "earlier", "further", "then");
  /** How many sentences back a speaking pronoun looks for the last speaker. */
  static final int SPEAKER_WINDOW = 3;
  /** How many tokens an apposition between a speaker and its verb may hold. */
  private static final int APPOSITION = 24;
  /** The verbs after an expletive "it" ("it is likely that", "it would be unwise to"): third person singular only. */
  private static final Set<String> IT_VERBS = Set.of("is", "was", "'s", "seems", "appears", "remains", "looks", "would", "will");

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
        boolean speaks = SPEAKING.contains(t.lower()) && speechAfter(tokens, i);
        if (NEUTER.contains(t.lower()) && !expletive(tokens, i)) {
          d = resolve(linked, begin, s.index(), 1, false, Genders.Gender.UNKNOWN, genders, speaks);
        } else if (PERSONAL.contains(t.lower())) {
          d = resolve(linked, begin, s.index(), 2, true, Genders.ofPronoun(t.lower()), genders, speaks);
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
    if (!tokens.get(i).lower().equals("it") || i + 2 >= tokens.size() || !IT_VERBS.contains(tokens.get(i + 1).lower())) {
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

  /**
   * The actor a pronoun stands for: the last mentioned of its kind within {@code window}
   * sentences; for a pronoun that speaks ("…, it said"), the last speaker of its kind, unless an
   * actor of that kind is the subject of a sentence between the speaker's and the pronoun's
   * ({@link #laterSubject}: "Powell did not address the attacks. He said …").
   */
  private static Draft resolve(List<Candidate> linked, int before, int sentence, int window, boolean person,
      Genders.Gender gender, Map<Draft, Genders.Gender> genders, boolean speaks) {
    Candidate last = last(linked, before, sentence, window, person, gender, genders);
    Candidate speaker = speaks ? lastSpeaker(linked, before, sentence, person, gender, genders) : null;
    if (speaker == null) {
      return last == null ? null : last.draft();
    }
    Candidate subject = laterSubject(linked, speaker.sentence().index(), sentence, person, gender, genders);
    return subject != null ? subject.draft() : speaker.draft();
  }

  /**
   * An actor of the pronoun's kind written before the first verb of a sentence after the speaker's
   * and before the pronoun's (its subject, as far as words tell): the latest such sentence's.
   */
  private static Candidate laterSubject(List<Candidate> linked, int after, int sentence, boolean person,
      Genders.Gender gender, Map<Draft, Genders.Gender> genders) {
    Candidate best = null;
    for (Candidate r : linked) {
      int k = r.sentence().index();
      if (k <= after || k >= sentence || r.role() == Role.PRONOUN || !fits(r, person, gender, genders)) {
        continue;
      }
      if (beforeFirstVerb(r) && (best == null || k > best.sentence().index()
          || k == best.sentence().index() && r.begin() < best.begin())) {
        best = r;
      }
    }
    return best;
  }

  private static boolean beforeFirstVerb(Candidate r) {
    List<Token> t = r.sentence().tokens();
    for (int k = 0; k < r.extFrom(); k++) {
      if (t.get(k).isVerb()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The actor that last spoke ("X said", "said X", "according to X", or a pronoun that spoke) in
   * this or the last {@link #SPEAKER_WINDOW} sentences, of the pronoun's kind; null when none did.
   */
  private static Candidate lastSpeaker(List<Candidate> linked, int before, int sentence, boolean person,
      Genders.Gender gender, Map<Draft, Genders.Gender> genders) {
    Candidate best = null;
    List<Candidate> first = new ArrayList<>();
    for (Candidate r : linked) {
      if (r.begin() >= before || sentence - r.sentence().index() > SPEAKER_WINDOW || !fits(r, person, gender, genders)) {
        continue;
      }
      Spoke how = spoke(r);
      if (how == Spoke.FIRST_OF_SEVERAL) {
        first.add(r);
      }
      if ((best == null || r.begin() > best.begin()) && how != Spoke.NO) {
        best = r;
      }
    }
    // of names that spoke together, the first: "A and B said … . They said …" is A's as well
    for (Candidate r : first) {
      if (best != null && r != best && r.sentence() == best.sentence() && r.begin() < best.begin()) {
        best = r;
      }
    }
    return best;
  }

  /** How a mention spoke: not at all, itself, or first of names that spoke together ("A and B said"). */
  private enum Spoke { NO, ITSELF, FIRST_OF_SEVERAL }

  /**
   * Whether a mention is the speaker of a report: a verb of speech after it (past an apposition, or
   * past the other names it is coordinated with) or before it, or "according to" before it.
   */
  private static Spoke spoke(Candidate r) {
    List<Token> t = r.sentence().tokens();
    int from = r.extFrom();
    int to = r.extTo();
    boolean ends = to >= t.size() || t.get(to).isPunctuation() || t.get(to).text().equals(">");
    if (from > 0 && Surnames.speech(t.get(from - 1)) && ends
        || from > 1 && t.get(from - 2).lower().equals("according") && t.get(from - 1).lower().equals("to")) {
      return Spoke.ITSELF; // "…, said Ron Glantz, analyst with …", not "They said they would …"
    }
    if (from > 0 && t.get(from - 1).pos().equals("IN")) {
      return Spoke.NO; // "Peter Stone of Dean Witter said": Stone speaks, not his firm
    }
    while (to < t.size() && (t.get(to).text().equals(">") || t.get(to).text().equals(")"))) {
      to++; // "<Canamax Resources Inc> said"
    }
    if (to < t.size() && t.get(to).text().equals(",")) {
      // "Hermann Strohmeyer, vice president of Commerzbank AG's …, said": past the apposition
      for (int k = to + 1; k < Math.min(t.size() - 1, to + APPOSITION); k++) {
        if (t.get(k).text().equals(",")) {
          to = k + 1;
          break;
        }
      }
    } else if (to < t.size() && t.get(to).pos().equals("IN") && !t.get(to).lower().equals("that")) {
      // "Analyst Peter Stone of Dean Witter said": past the firm
      for (int k = to + 1; k < Math.min(t.size(), to + 8) && !t.get(k).text().equals(","); k++) {
        if (t.get(k).isVerb()) {
          return Surnames.speech(t.get(k)) ? Spoke.ITSELF : Spoke.NO;
        }
      }
    } else if (to < t.size() && t.get(to).lower().equals("and")) {
      // "<Canamax Resources Inc> and <Pacific Trans-Ocean Resources Ltd> said": the first speaks too
      for (int k = to + 1; k < Math.min(t.size(), to + 10) && !t.get(k).text().equals(","); k++) {
        if (t.get(k).isVerb()) {
          return Surnames.speech(t.get(k)) ? Spoke.FIRST_OF_SEVERAL : Spoke.NO;
        }
      }
    }
    return speechAfter(t, to - 1) ? Spoke.ITSELF : Spoke.NO;
  }

  /** A verb of speech right after token {@code i}, or after one adverb or auxiliary ("it also said", "he has told"). */
  private static boolean speechAfter(List<Token> t, int i) {
    if (i + 1 < t.size() && Surnames.speech(t.get(i + 1))) {
      return true;
    }
    return i + 2 < t.size() && BETWEEN.contains(t.get(i + 1).lower()) && Surnames.speech(t.get(i + 2));
  }

  private static boolean fits(Candidate r, boolean person, Genders.Gender gender, Map<Draft, Genders.Gender> genders) {
    return person ? r.draft().isPerson() && Genders.agree(gender, genders.computeIfAbsent(r.draft(), Genders::of))
        : !r.draft().isPerson() && r.role() != Role.PLACE && r.role() != Role.DEMONYM;
  }

  private static Candidate last(List<Candidate> linked, int before, int sentence, int window, boolean person,
      Genders.Gender gender, Map<Draft, Genders.Gender> genders) {
    Candidate best = null;
    for (Candidate r : linked) {
      if (r.begin() >= before || sentence - r.sentence().index() > window) {
        continue;
      }
      boolean kind = fits(r, person, gender, genders);
      if (r.begin() < before && kind && r.role() != Role.PRONOUN
          && sentence - r.sentence().index() <= window
          && (best == null || r.begin() > best.begin())) {
        best = r;
      }
    }
    return best;
  }
}
