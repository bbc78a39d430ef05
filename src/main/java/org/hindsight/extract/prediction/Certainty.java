package org.hindsight.extract.prediction;

import static org.hindsight.extract.prediction.cue.CueContext.NEGATORS;
import static org.hindsight.extract.prediction.cue.CueContext.words;

import java.util.ArrayList;
import java.util.List;
import org.hindsight.extract.Polarity;
import org.hindsight.extract.claim.Attribution;
import org.hindsight.extract.prediction.clause.ClauseGrouper;
import org.hindsight.extract.prediction.clause.Group;
import org.hindsight.extract.prediction.cue.Hit;
import org.hindsight.extract.prediction.cue.Role;
import org.hindsight.nlp.Dependency;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * How certain a prediction is and of what: the lexicon's combination rule over its cues (explicit
 * numbers win; certainty denials set the value; intensifiers move the next cue; FUTURE cues drop
 * out when a hedge is present; the rest pool by the mean of log-odds; "said it would" reads as
 * "will") and its polarity (a negated modal or a denied belief makes it NEGATIVE). Stateless after
 * construction; thread-safe.
 */
final class Certainty {

  private final HedgeLexicon lexicon;
  private final HedgeLexicon.Entry futureEntry;
  /** What a denied or doubted forecast is worth ('We doubt'). */
  private final HedgeLexicon.Entry doubted;

  Certainty(HedgeLexicon lexicon) {
    this.lexicon = lexicon;
    this.futureEntry = lexicon.get("will");
    this.doubted = lexicon.get("doubtful");
  }

  /**
   * The lexicon's combination rule: explicit numbers win; certainty denials ("no guarantee")
   * set the value; intensifiers move the next cue; FUTURE cues drop out when a hedge is present;
   * the rest pool by the mean of log-odds. Negations of the estimative word complement it.
   */
  double probability(Sentence s, Group g) {
    for (Hit h : g.hits) {
      if (h.entry().kind().equals("NUMBER")) {
        return h.value();
      }
    }
    if (g.denied && doubted != null) {
      // "no sign that a date will be set", "denied that it would devalue": the source doubts the
      // event whatever its modal says: the event at "We doubt" (polarity NEGATIVE complements this)
      return 1 - doubted.probability();
    }
    boolean reported = reportedSpeech(s, g);
    for (Hit h : g.hits) {
      if (h.entry().op().equals("denyCertainty") && h.value() != null) {
        return h.value();
      }
    }
    List<Double> hedges = new ArrayList<>();
    List<Double> future = new ArrayList<>();
    HedgeLexicon.Entry pendingIntensifier = null;
    for (Hit h : g.hits) {
      if (h.role() == Role.OPERATOR) {
        if (h.entry().kind().equals("INTENSIFIER")) {
          pendingIntensifier = h.entry();
        }
        continue;
      }
      double v = h.value();
      boolean isFuture = h.entry().kind().equals("FUTURE");
      if (reported && h.entry().phrase().equals("would") && futureEntry != null) {
        v = futureEntry.probability(); // "said it would appeal" reports "will appeal"
        isFuture = true;
      }
      if (pendingIntensifier != null) {
        v = lexicon.intensify(pendingIntensifier, v);
        pendingIntensifier = null;
      }
      if (isFuture) {
        future.add(v);
      } else {
        hedges.add(v);
      }
    }
    List<Double> pool = hedges.isEmpty() ? future : hedges;
    if (pool.isEmpty()) {
      return 0.5;
    }
    return lexicon.combine(pool);
  }

  /** The clause is the complement of a past speech verb ("Google said it would appeal"). */
  private static boolean reportedSpeech(Sentence s, Group g) {
    if (!s.parsed()) {
      return false;
    }
    Dependency d = s.head(g.head);
    if (d == null || d.governor() < 0 || !d.relation().equals("ccomp")) {
      return false;
    }
    Token v = s.tokens().get(d.governor());
    String lemma = v.lowerLemma();
    return v.pos().equals("VBD") && Attribution.SPEECH_VERBS.contains(lemma) && !ClauseGrouper.BELIEF_VERBS.contains(lemma);
  }

  static Polarity polarity(Sentence s, Group g) {
    if (g.denied) {
      return Polarity.NEGATIVE; // "he doubted it would pass", "no sign that a date will be set"
    }
    for (Hit h : g.hits) {
      if (h.entry().op().equals("negateEvent")) {
        return Polarity.NEGATIVE;
      }
    }
    String[] w = words(s);
    for (Hit h : g.hits) {
      if (h.entry().kind().equals("MODAL") || h.entry().kind().equals("FUTURE")) {
        int k = h.to();
        while (k < w.length && s.tokens().get(k).pos().startsWith("RB") && !NEGATORS.contains(w[k])) {
          k++;
        }
        if (k < w.length && (w[k].equals("not") || w[k].equals("never"))) {
          return Polarity.NEGATIVE;
        }
      }
      // "I do not expect / think / see …": the belief is denied
      if (h.entry().phrase().equals("think") || h.entry().phrase().equals("expected to")) {
        for (int k = Math.max(0, h.from() - 3); k < h.from(); k++) {
          if (w[k].equals("not") || w[k].equals("never")) {
            return Polarity.NEGATIVE;
          }
        }
      }
    }
    return Polarity.POSITIVE;
  }

  static boolean hasScoredAfter(Group g, Hit op) {
    for (Hit h : g.hits) {
      if (h.from() >= op.to() && h.value() != null) {
        return true;
      }
    }
    return false;
  }
}
