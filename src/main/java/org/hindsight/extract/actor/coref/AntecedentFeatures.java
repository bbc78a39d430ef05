package org.hindsight.extract.actor.coref;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hindsight.extract.actor.candidate.Candidate;
import org.hindsight.extract.actor.candidate.Candidate.Role;
import org.hindsight.extract.actor.candidate.Draft;
import org.hindsight.extract.actor.candidate.Names;
import org.hindsight.extract.actor.title.Titles;
import org.hindsight.learn.Example;

/**
 * The named features of one (description, actor it fits) pair, shared by training and prediction
 * of {@link AntecedentModel}: whether the actor's own names or titles use the description's noun
 * or only its kind fits ({@code fit}), the noun's class against the actor's kind ({@code
 * noun-kind}: "company>institution" fits badly), how recently and how often the actor was named
 * before, relative to the other fits ({@code recency}, {@code mentions}),
 * how many sentences back ({@code sentences-back}), and whether a modifier of the description is a
 * word of its name ("the oil ministry": {@code modifier-in-name}). They read only names, never
 * earlier descriptions or pronouns, so no feature depends on another choice of the model; and only
 * what tells the fits of one description apart, since a feature they all share cannot rank them.
 * Stateless.
 */
public final class AntecedentFeatures {

  private AntecedentFeatures() {}

  /** The example for {@code fit} among {@code fits}; {@code label} is null when predicting. */
  public static Example example(Description d, Antecedents.Fit fit, List<Antecedents.Fit> fits,
      List<Candidate> linked, String label, String group, String source) {
    return new Example(label, of(d, fit, fits, linked), group, source);
  }

  static List<String> of(Description d, Antecedents.Fit fit, List<Antecedents.Fit> fits, List<Candidate> linked) {
    int before = d.sentence().tokens().get(d.from()).span().begin();
    Stats mine = Stats.of(fit.draft(), linked, before);
    int moreRecent = 0;
    int moreMentioned = 0;
    for (Antecedents.Fit f : fits) {
      if (f == fit) {
        continue;
      }
      Stats other = Stats.of(f.draft(), linked, before);
      moreRecent += other.last > mine.last ? 1 : 0;
      moreMentioned += other.count > mine.count ? 1 : 0;
    }
    // only what tells the fits of one description apart: a feature all of them share cannot rank
    List<String> out = new ArrayList<>();
    out.add(fit.strong() ? "fit=own-noun" : "fit=kind");
    // ranks as values (1 the most recent or most mentioned, capped at 3): with 546 examples a rank
    // read as a number beat ranks as six binary features (choice accuracy 0.904 against 0.863)
    out.add(Example.real("recency", Math.min(moreRecent + 1, 3)));
    out.add(Example.real("mentions", Math.min(moreMentioned + 1, 3)));
    int distance = d.sentence().index() - mine.lastSentence;
    out.add("sentences-back=" + (distance <= 0 ? "0" : distance == 1 ? "1" : distance <= 3 ? "2-3" : "4+"));
    Draft x = fit.draft();
    String kind = x.type().equals("COUNTRY") ? "state" : x.isPerson() ? "person"
        : Antecedents.institution(x) ? "institution" : x.company() ? "company" : "organisation";
    out.add("noun-kind=" + nounClass(d) + ">" + kind);
    if (modifierNamesIt(d, x)) {
      out.add("modifier-in-name");
    }
    return out;
  }

  private static String nounClass(Description d) {
    String n = d.lastWord();
    if (Description.STATE_NOUNS.contains(n)) {
      return "state";
    }
    if (Antecedents.GENERIC_NOUNS.contains(n)) {
      return "generic";
    }
    if (Antecedents.INSTITUTION_NOUNS.contains(n)) {
      return "institution";
    }
    if (Titles.ROLE_NOUNS.contains(n) && !Names.ORGANISATION_NOUNS.contains(n)) {
      return "role";
    }
    return Names.ORGANISATION_NOUNS.contains(n) ? "company" : "other";
  }

  /** "the oil ministry" and Oil and Energy Ministry: a modifier that is a word of the actor's names. */
  private static boolean modifierNamesIt(Description d, Draft x) {
    Set<String> words = new HashSet<>(Names.core(Names.words(x.name())));
    for (Candidate m : x.names()) {
      words.addAll(m.core());
    }
    for (String w : d.modifiers()) {
      if (words.contains(Names.fold(w))) {
        return true;
      }
    }
    return false;
  }

  /** Where an actor's names (not references) were written before the description. */
  private record Stats(int count, int last, int lastSentence) {
    static Stats of(Draft x, List<Candidate> linked, int before) {
      int count = 0;
      int last = -1;
      int lastSentence = -1;
      for (Candidate c : linked) {
        if (c.draft() != x || c.begin() >= before || !naming(c.role())) {
          continue;
        }
        count++;
        if (c.begin() > last) {
          last = c.begin();
          lastSentence = c.sentence().index();
        }
      }
      return new Stats(count, last, lastSentence);
    }

    private static boolean naming(Role r) {
      return r == Role.NAME || r == Role.METONYM || r == Role.GOVERNMENT || r == Role.PART || r == Role.DEMONYM;
    }
  }
}
