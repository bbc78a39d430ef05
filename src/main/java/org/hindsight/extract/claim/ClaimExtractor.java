package org.hindsight.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hindsight.article.Span;
import org.hindsight.extract.Claim;
import org.hindsight.extract.Cue;
import org.hindsight.extract.Polarity;
import org.hindsight.extract.Prediction;
import org.hindsight.extract.actor.Actor;
import org.hindsight.extract.actor.ActorMention;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * Claims: the statements about the present or past in each sentence — what is left of a sentence
 * once its predictions are taken out, when that still holds a verb. Each gets its holder ({@link
 * Attribution}), the actors mentioned in it, its evidential hedges ("seems", "reportedly") with a
 * certainty, and its polarity. Questions are not claims. Stateless; thread-safe.
 */
public final class ClaimExtractor {

  /**
   * Evidential cues of claims with the certainty they leave. Values follow the hedge lexicon's
   * survey data: "seems"/"appears"/"apparently" read like "Probable"/"Likely" (0.75 in CAPphrase);
   * hearsay markers ("reportedly", "allegedly", "said to") like "Possible"… "Likely"; we take the
   * lexicon's "plausible" value (0.6) for them.
   */
  static final Map<String, Double> EVIDENTIALS =
      Map.ofEntries(
          Map.entry("seems", 0.75), Map.entry("seem", 0.75), Map.entry("seemed", 0.75),
          Map.entry("appears", 0.75), Map.entry("appear", 0.75), Map.entry("appeared", 0.75),
          Map.entry("apparently", 0.75), Map.entry("reportedly", 0.6), Map.entry("allegedly", 0.6),
          Map.entry("purportedly", 0.6), Map.entry("supposedly", 0.6), Map.entry("probably", 0.75),
          Map.entry("possibly", 0.4), Map.entry("perhaps", 0.4), Map.entry("likely", 0.75),
          Map.entry("suggests", 0.6), Map.entry("indicates", 0.75));

  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "none", "nobody", "nothing");

  public List<Claim> extract(
      AnnotatedDocument doc, List<Actor> actors, List<Prediction> predictions, Attribution attribution) {
    String text = doc.article().text();
    List<Claim> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Token> t = s.tokens();
      if (t.get(t.size() - 1).text().equals("?")) {
        continue;
      }
      boolean[] taken = new boolean[t.size()];
      for (Prediction p : predictions) {
        if (s.span().overlaps(p.span())) {
          for (Token tok : t) {
            if (p.span().contains(tok.span())) {
              taken[tok.index()] = true;
            }
          }
        }
      }
      // the longest run of free tokens that holds a finite verb
      int bestFrom = -1;
      int bestTo = -1;
      int k = 0;
      while (k < t.size()) {
        if (taken[k]) {
          k++;
          continue;
        }
        int from = k;
        while (k < t.size() && !taken[k]) {
          k++;
        }
        int[] r = trimmed(t, from, k);
        if (r != null && hasFiniteVerb(t, r[0], r[1]) && (bestFrom < 0 || r[1] - r[0] > bestTo - bestFrom)) {
          bestFrom = r[0];
          bestTo = r[1];
        }
      }
      if (bestFrom < 0 || bestTo - bestFrom < 3) {
        continue;
      }
      Span span = s.span(bestFrom, bestTo);
      List<Cue> cues = new ArrayList<>();
      Double certainty = null;
      Polarity polarity = Polarity.POSITIVE;
      for (int i = bestFrom; i < bestTo; i++) {
        Token tok = t.get(i);
        Double v = EVIDENTIALS.get(tok.lower());
        if (v != null) {
          cues.add(new Cue(tok.text(), tok.span()));
          certainty = certainty == null ? v : Math.min(certainty, v);
        }
        if (NEGATORS.contains(tok.lower()) && (tok.pos().startsWith("RB") || tok.pos().equals("DT"))) {
          polarity = Polarity.NEGATIVE;
        }
      }
      List<String> ids = new ArrayList<>();
      for (Actor a : actors) {
        for (ActorMention m : a.mentions()) {
          if (span.contains(m.span()) && !ids.contains(a.id())) {
            ids.add(a.id());
          }
        }
      }
      out.add(
          new Claim(
              doc.article().id() + ":c" + out.size(),
              span.of(text),
              span,
              attribution.holder(s, span),
              ids,
              cues,
              certainty,
              polarity));
    }
    return out;
  }

  private static int[] trimmed(List<Token> t, int from, int to) {
    while (from < to && (isPunct(t.get(from)) || t.get(from).pos().equals("CC"))) {
      from++;
    }
    while (to > from && (isPunct(t.get(to - 1)) || t.get(to - 1).pos().equals("CC"))) {
      to--;
    }
    return from < to ? new int[] {from, to} : null;
  }

  private static boolean hasFiniteVerb(List<Token> t, int from, int to) {
    for (int i = from; i < to; i++) {
      String pos = t.get(i).pos();
      if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPunct(Token t) {
    return t.text().matches("\\p{Punct}+|[—–“”‘’]");
  }
}
