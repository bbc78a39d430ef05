package org.hindsight.extract.actor;

import org.hindsight.extract.actor.candidate.Candidate;
import org.hindsight.extract.actor.candidate.Candidate.Role;
import org.hindsight.extract.actor.candidate.Draft;

/**
 * An actor's canonical name: the longest form of its name the article writes ("Norsk Hydro A/S",
 * not "Norsk Hydro"), and for a gazetteer actor the gazetteer's name when the article writes it,
 * else the article's own full form ("Charles Schumer" rather than the gazetteer's "Chuck
 * Schumer", "Senate" rather than "US Senate"). States keep the gazetteer's name. Stateless.
 */
final class Naming {

  private Naming() {}

  static String canonical(Draft d, String text) {
    if (d.curated() && (d.type().equals("COUNTRY") || text.contains(d.entry().name()))) {
      return d.entry().name();
    }
    String best = null;
    int words = d.curated() && d.isPerson() ? 1 : 0;
    for (Candidate c : d.names()) {
      if (c.role() != Role.NAME) {
        continue;
      }
      int n = c.nameTokens().size();
      if (n > words) {
        best = c.nameText(text);
        words = n;
      }
    }
    return best != null ? best : d.name();
  }
}
