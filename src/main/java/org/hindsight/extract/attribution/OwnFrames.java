package org.hindsight.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import org.hindsight.article.Span;
import org.hindsight.extract.Holder;
import org.hindsight.extract.Prediction;
import org.hindsight.extract.actor.Actor;
import org.hindsight.extract.actor.ActorMention;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * A forecast whose own words open with a named actor and a report verb ("Phillips indicated the
 * CFTC would not move …", "Reuber told reporters the bank was still pondering …") is that actor's
 * when the attribution rules, misled by the parse of a long sentence, left it to the author: the
 * speaker is the first thing the statement says. The verb is one the attribution cues know ({@link
 * Cues#verb}: the speech verbs and PolNeAR's learned cues), right after the mention or after one
 * adverb ("also said"); the mention names a person, a firm, an institution, a party or a state.
 * Reuters dev prediction holders 0.845 → 0.848 (two right, none lost), PolNeAR dev named holders
 * 0.560 → 0.564 (precision unchanged), our corpus unchanged. Likewise a forecast whose span ends
 * with its speaker, set off by a comma, right before the report verb it was cut from ("… in West
 * Germany, a Swiss Bank Corp spokesman | said"; "…, vice-president of Asahi Chemical, R. Yumikura
 * | said"): Reuters dev 0.848 → 0.849 (two right; one lost, the next sentence of the speaker's
 * paragraph, which {@link CarriedReports} then gives him too). Stateless.
 */
public final class OwnFrames {

  /** How far into the forecast its speaker's mention may begin (a leading quote mark or "The"). */
  private static final int LEAD = 4;

  /** How far before the forecast's end its trailing speaker's mention may end ("… spokesman"). */
  private static final int TRAIL = 14;

  private OwnFrames() {}

  /** The predictions, each author-held one that opens (or ends) with its own speaker given to that speaker. */
  public static List<Prediction> apply(AnnotatedDocument doc, List<Actor> actors, List<Prediction> predictions, Cues cues) {
    List<Prediction> out = new ArrayList<>(predictions.size());
    for (Prediction p : predictions) {
      Actor speaker = p.holder().isAuthor() ? speaker(doc, actors, p.span(), cues) : null;
      out.add(speaker == null ? p : p.withHolder(Holder.actor(speaker.name(), speaker.id())));
    }
    return out;
  }

  private static Actor speaker(AnnotatedDocument doc, List<Actor> actors, Span span, Cues cues) {
    Sentence s = doc.sentenceAt(span.begin());
    if (s == null) {
      return null;
    }
    String text = doc.article().text();
    int comma = text.lastIndexOf(", ", span.end() - 1);
    boolean reportAfter = reportVerbAfter(s.tokens(), span.end(), cues);
    for (Actor a : actors) {
      if (a.id() == null || !(a.id().startsWith("person/") || a.id().startsWith("org/") || a.id().startsWith("party/")
          || a.id().startsWith("country/"))) {
        continue;
      }
      for (ActorMention m : a.mentions()) {
        Span ms = m.span();
        if (ms.begin() >= span.begin() && ms.begin() <= span.begin() + LEAD && ms.end() < span.end()
            && reportVerbAfter(s.tokens(), ms.end(), cues)) {
          return a;
        }
        // the inverted report cut before its verb: "…, a Swiss Bank Corp spokesman | said"
        if (reportAfter && comma > span.begin() && ms.begin() > comma && ms.end() <= span.end() && span.end() - ms.end() <= TRAIL) {
          return a;
        }
      }
    }
    return null;
  }

  /**
   * A finite report verb right after {@code end}, or after one adverb, that reports a clause: not
   * one with an infinitive ("Bolivia intends to pay …", "The European Union plans to ask …" are
   * their subjects' own plans, which the forecast is about).
   */
  private static boolean reportVerbAfter(List<Token> tokens, int end, Cues cues) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).span().begin() >= end) {
        int v = tokens.get(i).pos().equals("RB") && i + 1 < tokens.size() ? i + 1 : i;
        Token t = tokens.get(v);
        boolean infinitive = v + 1 < tokens.size() && tokens.get(v + 1).lower().equals("to");
        return (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP")) && cues.verb(t) && !infinitive;
      }
    }
    return false;
  }
}
