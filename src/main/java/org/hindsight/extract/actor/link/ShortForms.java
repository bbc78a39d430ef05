package org.hindsight.extract.actor.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hindsight.extract.actor.candidate.Abbreviation;
import org.hindsight.extract.actor.candidate.Candidate;
import org.hindsight.extract.actor.candidate.Names;
import org.hindsight.nlp.Token;

/**
 * Short forms an article defines for a name: in brackets right after it, past a ticker ("Den Norske
 * Stats Oljeselskap A/S &lt;STAT.OL&gt; (Statoil)", "The International Cocoa Organization (ICCO)"),
 * or as an acronym between commas ("the General Agreement on Tariffs and Trade, GATT,"). Stateless.
 */
final class ShortForms {

  private ShortForms() {}

  /** Each short form's candidate, mapped to the candidate of the name it abbreviates. */
  static Map<Candidate, Candidate> definitions(List<Candidate> candidates, String text) {
    Map<Candidate, Candidate> out = new HashMap<>();
    for (int i = 0; i + 1 < candidates.size(); i++) {
      Candidate full = candidates.get(i);
      if (full.nerType() == null && full.hits().isEmpty() || "PERSON".equals(full.nerType())) {
        continue; // "Sen. Ted Cruz (R-Texas)": a person's brackets hold no short name
      }
      List<Token> tokens = full.sentence().tokens();
      int at = full.to();
      while (at < tokens.size() && (Names.isTicker(tokens.get(at).text()) || tokens.get(at).text().equals(">"))) {
        at++;
      }
      if (at >= tokens.size()) {
        continue;
      }
      String open = tokens.get(at).text();
      String close = open.equals("(") ? ")" : open.equals(",") ? "," : null;
      if (close == null) {
        continue;
      }
      for (int k = i + 1; k < candidates.size(); k++) {
        Candidate brief = candidates.get(k);
        if (brief.sentence() != full.sentence() || brief.from() > at + 1) {
          break;
        }
        if (brief.from() != at + 1 || brief.to() >= tokens.size() || !tokens.get(brief.to()).text().equals(close)) {
          continue;
        }
        boolean acronym = brief.nameTokens().size() == 1
            && Abbreviation.looksLikeAcronym(brief.nameTokens().get(0))
            && Abbreviation.abbreviates(brief.nameTokens().get(0), full.nameTokens());
        if (open.equals("(") || acronym) {
          out.put(brief, full);
        }
      }
    }
    return out;
  }
}
