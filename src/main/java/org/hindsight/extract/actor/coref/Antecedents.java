package org.hindsight.extract.actor.coref;

import java.util.List;
import java.util.Set;
import org.hindsight.extract.actor.candidate.Candidate;
import org.hindsight.extract.actor.candidate.Draft;
import org.hindsight.extract.actor.candidate.Names;
import org.hindsight.nlp.Sentence;

/**
 * The actors a description may refer back to, and who chooses among them: the trained {@link
 * AntecedentModel} in use, a recorder while training it. Stateless.
 */
public final class Antecedents {

  /** Nouns for public institutions ("the ministry"), which no company is called. */
  static final Set<String> INSTITUTION_NOUNS =
      Set.of("ministry", "department", "agency", "committee", "council", "commission", "court", "board",
          "union", "party", "bureau", "office", "authority", "government", "administration", "federation",
          "association", "tribunal", "senate", "congress", "parliament", "assembly", "institute", "fund",
          "regulator", "watchdog", "bloc", "alliance", "cartel", "exchange", "bourse", "coalition");

  /** Nouns for any organisation: "the group", "the organisation". */
  static final Set<String> GENERIC_NOUNS = Set.of("group", "organisation", "organization", "body", "grouping");

  private Antecedents() {}

  /** An actor a description fits; {@code strong} when the actor's own names or titles use its noun. */
  public record Fit(Draft draft, boolean strong) {}

  /** Chooses the actor a description refers to among those it fits (at least one), or none. */
  public interface Chooser {
    Draft choose(Description d, List<Fit> fits, List<Candidate> linked);
  }

  /** A public body rather than a company: named with an institution's head ("Labor Department"). */
  static boolean institution(Draft x) {
    if (x.company()) {
      return false;
    }
    List<String> core = Names.core(Names.words(x.name()));
    String head = core.isEmpty() ? "" : core.get(core.size() - 1);
    return INSTITUTION_NOUNS.contains(head) || GENERIC_NOUNS.contains(head)
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
