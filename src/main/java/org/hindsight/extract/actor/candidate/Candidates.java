package org.hindsight.extract.actor.candidate;

import java.util.ArrayList;
import java.util.List;
import org.hindsight.extract.actor.candidate.Candidate.Role;

/**
 * Puts the gazetteer's and NER's candidates together: a longer name beats a gazetteer phrase inside
 * it ("Federal Reserve Bank of Kansas City"), unless it only adds a legal form ("Exxon Corp" is
 * still the gazetteer's Exxon); otherwise a gazetteer phrase beats the NER name it overlaps.
 * Stateless.
 */
public final class Candidates {

  private Candidates() {}

  /** All candidates in text order. */
  public static List<Candidate> merge(List<Candidate> gazetteer, List<Candidate> ner) {
    List<Candidate> gaz = new ArrayList<>(gazetteer);
    List<Candidate> out = new ArrayList<>();
    for (Candidate n : ner) {
      Candidate c = n;
      for (Candidate g : List.copyOf(gaz)) {
        if (g.sentence() != c.sentence() || g.role() == Role.TITLE || g.role() == Role.PART
            || g.from() < c.from() || c.to() < g.to() || c.isInner()) {
          continue;
        }
        if (Names.core(g.nameTokens()).equals(c.core())) {
          Candidate merged = c.withHits(g.hits(), c.nerType());
          merged.setExtFrom(Math.min(c.extFrom(), g.extFrom()));
          merged.setTo(Math.max(c.to(), g.to()));
          merged.setRole(g.role());
          c = merged;
          gaz.remove(g);
        } else if (c.to() - c.from() > g.to() - g.from()) {
          gaz.remove(g);
        }
      }
      if (c.hits().isEmpty() && overlaps(gaz, c)) {
        continue;
      }
      out.add(c);
    }
    out.addAll(gaz);
    out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
    return out;
  }

  private static boolean overlaps(List<Candidate> gaz, Candidate c) {
    for (Candidate g : gaz) {
      if (g.sentence() == c.sentence() && g.from() < c.to() && c.from() < g.to()) {
        // the gazetteer span wins when it covers the NER span; a longer NER name wins otherwise
        if (g.from() <= c.from() && c.to() <= g.to()) {
          return true;
        }
        if (g.role() != Role.TITLE) {
          return true;
        }
      }
    }
    return false;
  }
}
