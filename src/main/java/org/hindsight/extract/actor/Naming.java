package org.hindsight.extract.actor;

import java.util.ArrayList;
import java.util.List;
import org.hindsight.extract.actor.candidate.Candidate;
import org.hindsight.extract.actor.candidate.Candidate.Role;
import org.hindsight.extract.actor.candidate.Draft;
import org.hindsight.extract.actor.candidate.Names;

/**
 * An actor's canonical name: the longest form of its name the article writes ("Norsk Hydro A/S",
 * not "Norsk Hydro"), and for a gazetteer actor the gazetteer's name when the article writes it,
 * else the article's own full form ("Charles Schumer" rather than the gazetteer's "Chuck
 * Schumer", "Senate" rather than "US Senate"). States keep the gazetteer's name. Stateless.
 */
final class Naming {

  private Naming() {}

  static String canonical(Draft d, String text) {
    if (d.curated() && (d.type().equals("COUNTRY") || text.contains(d.entry().name()) || writtenAsIs(d, text))) {
      return d.entry().name();
    }
    String best = longest(d, text, false);
    if (best == null && d.curated()) {
      best = longest(d, text, true);
    }
    return best != null ? best : d.name();
  }

  /** "Viktor Orban" is the gazetteer's "Viktor Orbán" without its accents: the same name. */
  private static boolean writtenAsIs(Draft d, String text) {
    String name = Names.fold(d.entry().name());
    return d.names().stream().anyMatch(c -> Names.fold(c.nameText(text)).equals(name));
  }

  /**
   * Whether a gazetteer actor may be called by this form of the article: a form of one of its
   * names ("Senate" of "US Senate", "Charles Schumer"), not a misspelling the fuzzy match forgave
   * ("Steve Withoff" stays Steve Witkoff).
   */
  private static boolean formOfItsNames(Draft d, Candidate c) {
    List<String> form = c.core();
    List<List<String>> names = new ArrayList<>();
    names.add(Names.core(Names.words(d.entry().name())));
    d.entry().aliases().forEach(a -> names.add(Names.core(Names.words(a))));
    for (List<String> n : names) {
      for (int i = 0; i + form.size() <= n.size(); i++) {
        if (n.subList(i, i + form.size()).equals(form)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The longest form of the name the article writes (by identifying words). A gazetteer actor's
   * name is taken from a modifier use ("the House trade bill") only when the article has no other,
   * and never from an adjective ("Democratic candidates").
   */
  private static String longest(Draft d, String text, boolean modifiers) {
    String best = null;
    int words = d.curated() && d.isPerson() ? 1 : 0;
    for (Candidate c : d.names()) {
      boolean modifier = d.curated() && modifier(c);
      if (c.role() != Role.NAME || modifier && (!modifiers || c.token(c.from()).pos().startsWith("JJ"))
          || d.curated() && !formOfItsNames(d, c)) {
        continue;
      }
      int n = c.core().size();
      if (n > words) {
        best = c.nameText(text);
        words = n;
      }
    }
    return best;
  }

  /** "Democratic candidates": a name used as a modifier is no form of the name to call it by. */
  private static boolean modifier(Candidate c) {
    if (c.to() >= c.sentence().tokens().size() || c.extTo() != c.to() || Names.isPossessive(c.token(c.to() - 1))) {
      return false;
    }
    String pos = c.token(c.to()).pos();
    return pos.equals("NN") || pos.equals("NNS");
  }
}
