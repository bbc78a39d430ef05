package org.hindsight.extract.actor.coref;

import java.util.List;
import java.util.Set;
import org.hindsight.extract.actor.candidate.Candidate;
import org.hindsight.extract.actor.candidate.Draft;
import org.hindsight.extract.actor.candidate.Names;
import org.hindsight.nlp.Sentence;

/**
 * Chooses among the actors a reference fits: those its own nouns name before those of its kind,
 * then the most recently mentioned. Stateless.
 */
final class Antecedents {

  /** Nouns for public institutions ("the ministry"), which no company is called. */
  static final Set<String> INSTITUTION_NOUNS =
      Set.of("ministry", "department", "agency", "committee", "council", "commission", "court", "board",
          "union", "party", "bureau", "office", "authority", "government", "administration", "federation", "association", "tribunal", "senate", "congress",
          "parliament", "assembly", "institute", "fund", "regulator", "watchdog", "bloc", "alliance",
          "cartel", "exchange", "coalition");

  /** Nouns for any organisation: "the group", "the organisation". */
  static final Set<String> GENERIC_NOUNS = Set.of("group", "organisation", "organization", "body", "grouping");

  private Antecedents() {}

  /** An actor a reference fits; {@code strong} when the actor's own names or titles use its noun. */
  record Fit(Draft draft, boolean strong) {}

  static Draft choose(Description d, List<Fit> fits) {
    Draft best = null;
    boolean bestStrong = false;
    int bestCount = -1;
    int bestAt = -1;
    int bestFirst = Integer.MAX_VALUE;
    int before = d.sentence().tokens().get(d.from()).span().begin();
    for (Fit f : fits) {
      int at = -1;
      int first = Integer.MAX_VALUE;
      int count = 0;
      for (Candidate c : f.draft().mentions()) {
        if (c.begin() < before && c.role() != Candidate.Role.PLACE) {
          at = Math.max(at, c.begin());
          first = Math.min(first, c.begin());
          count++;
        }
      }
      boolean better = f.strong() != bestStrong ? f.strong()
          : MODE.equals("recent") ? at > bestAt
          : count != bestCount ? count > bestCount
          : MODE.equals("count") ? first < bestFirst : at > bestAt;
      if (best == null || better) {
        best = f.draft();
        bestStrong = f.strong();
        bestCount = count;
        bestAt = at;
        bestFirst = first;
      }
    }
    return best;
  }

  static final String MODE = System.getProperty("hindsight.salience", "countrecent");

  /** A public body rather than a company: named with an institution's head ("Labor Department"). */
  static boolean institution(Draft x) {
    if (x.company()) {
      return false;
    }
    List<String> core = Names.core(Names.words(x.name()));
    return !core.isEmpty() && (INSTITUTION_NOUNS.contains(core.get(core.size() - 1)) || GENERIC_NOUNS.contains(core.get(core.size() - 1)))
        || x.roleNouns().stream().anyMatch(INSTITUTION_NOUNS::contains);
  }

  /** Whether token {@code token} of {@code s} lies in a mention already linked. */
  static boolean covered(List<Candidate> linked, Sentence s, int token) {
    for (Candidate r : linked) {
      if (r.sentence() == s && r.extFrom() <= token && token < r.extTo()) {
        return true;
      }
    }
    return false;
  }
}
