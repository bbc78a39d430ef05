package org.hindsight.extract.actor.filter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hindsight.extract.actor.candidate.Abbreviation;
import org.hindsight.extract.actor.candidate.Names;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * Short forms the article defines for things, not actors: "London Interbank Offered Rate (Libor)",
 * "Consumer Price Index for all urban consumers (CPI-U)", "private sector credit, PSC, grew".
 * NER tags them as organisations; their expansion says otherwise. Stateless.
 */
final class Acronyms {

  private Acronyms() {}

  static Set<String> ofThings(AnnotatedDocument doc) {
    String text = doc.article().text();
    Set<String> out = new HashSet<>();
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 1; i < tokens.size(); i++) {
        String open = tokens.get(i).text();
        if (!open.equals("(") && !open.equals(",")) {
          continue;
        }
        String close = open.equals("(") ? ")" : ",";
        int end = i + 1;
        while (end < tokens.size() && end < i + 5 && !tokens.get(end).text().equals(close)) {
          end++;
        }
        if (end == i + 1 || end >= tokens.size() || !tokens.get(end).text().equals(close)) {
          continue;
        }
        String shortForm = s.span(i + 1, end).of(text);
        if (shortForm.contains(" ") || !Names.capitalised(shortForm)
            || (open.equals(",") && !Abbreviation.looksLikeAcronym(shortForm))) {
          continue;
        }
        if (definesThing(shortForm, tokens, i)) {
          out.add(shortForm);
        }
      }
    }
    return out;
  }

  private static boolean definesThing(String shortForm, List<Token> tokens, int at) {
    List<String> before = new ArrayList<>();
    for (int k = Math.max(0, at - 10); k < at; k++) {
      before.add(tokens.get(k).text());
    }
    int n = Abbreviation.expansion(shortForm, before);
    if (n > 0 && before.subList(before.size() - n, before.size()).stream().allMatch(w -> !Names.capitalised(w))) {
      return true; // "private sector credit, PSC"
    }
    // the capitalised name nearest before it: "Consumer Price Index for all urban consumers (CPI-U)"
    for (int end = at; end > Math.max(0, at - 8); end--) {
      Token last = tokens.get(end - 1);
      if (Names.capitalised(last.text())) {
        int start = end - 1;
        while (start > 0 && Names.capitalised(tokens.get(start - 1).text())) {
          start--;
        }
        return NonActors.NON_ACTOR_HEADS.contains(last.lower())
            && Character.toUpperCase(tokens.get(start).text().charAt(0)) == Character.toUpperCase(shortForm.charAt(0));
      }
    }
    return false;
  }
}
