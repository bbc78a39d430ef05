package org.hindsight.extract.prediction.cue;

import static org.hindsight.extract.prediction.cue.CueContext.BE;
import static org.hindsight.extract.prediction.cue.CueContext.counterfactual;
import static org.hindsight.extract.prediction.cue.CueContext.embeddedQuestion;
import static org.hindsight.extract.prediction.cue.CueContext.futureDated;
import static org.hindsight.extract.prediction.cue.CueContext.negatedBefore;
import static org.hindsight.extract.prediction.cue.CueContext.pastDated;
import static org.hindsight.extract.prediction.cue.CueContext.refusal;
import static org.hindsight.extract.prediction.cue.CueContext.words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hindsight.extract.prediction.HedgeLexicon;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * Finds the cues of one sentence. Lexicon cues are matched longest first on normalised words
 * ("won't" → "will not", "are set to" → "is set to", "planned to" → "plans to") and classified by
 * their context: a cue either opens a prediction (modals and future forms, verb frames, "there is a
 * risk that", "no guarantee that", "none … guarantees", an adjective on an event noun: "the
 * possible introduction of", explicit odds, a present-tense verb with a future date) or only hedges
 * one (adverbs, attributive adjectives, intensifiers). Figures and odds are read by {@link
 * FigureCues}, a scheduled event's date by {@link ScheduledCues}. Stateless after construction;
 * thread-safe.
 */
public final class CueFinder {

  private static final Set<String> PREDICATIVE = Set.of("as", "more", "less", "most", "least", "very", "highly", "seem", "seems");
  /** Verbs that open a prediction in their complement, and the lexicon frame whose value they take. */
  private static final java.util.Map<String, String> PREDICTION_VERBS =
      java.util.Map.of(
          "expect", "expected to", "predict", "expected to", "forecast", "expected to", "anticipate", "expected to",
          "project", "expected to", "estimate", "expected to", "hope", "hopes to");
  /** Nouns naming a plan, deal or undertaking whose infinitive is a future act ("a contract to supply"). */
  private static final Set<String> PLAN_NOUNS =
      Set.of("plan", "contract", "agreement", "deal", "option", "offer", "bid", "proposal", "decision", "commitment",
          "move", "effort", "pledge", "promise", "intention", "attempt", "goal", "target", "order", "bill");

  private final HedgeLexicon lexicon;
  private final FigureCues figures;
  private final ScheduledCues scheduled;

  public CueFinder(HedgeLexicon lexicon) {
    this.lexicon = lexicon;
    this.figures = new FigureCues(lexicon);
    this.scheduled = new ScheduledCues(lexicon);
  }

  public List<Hit> findCues(AnnotatedDocument doc, Sentence s) {
    String[] w = words(s);
    List<Token> tokens = s.tokens();
    List<Hit> hits = new ArrayList<>();
    int i = 0;
    while (i < w.length) {
      int matched = 0;
      for (int n = Math.min(lexicon.maxWords(), w.length - i); n >= 1 && matched == 0; n--) {
        HedgeLexicon.Entry e = lookup(w, tokens, i, n);
        if (e == null) {
          continue;
        }
        Hit h = classify(doc, s, w, i, i + n, e);
        if (h != null) {
          hits.add(h);
          matched = n;
        }
      }
      if (matched == 0) {
        Hit h = predictionVerb(s, w, i);
        if (h != null) {
          hits.add(h);
        }
      }
      i += Math.max(1, matched);
    }
    for (Hit figure : figures.forecastFigures(s, w)) {
      if (hits.stream().noneMatch(h -> h.from() <= figure.from() && figure.from() < h.to())) {
        hits.add(figure);
      }
    }
    Hit odds = figures.explicitOdds(doc, s);
    if (odds != null) {
      hits.add(odds);
    }
    if (hits.stream().noneMatch(h -> h.role() == Role.OPEN)) {
      Hit dated = scheduled.presentWithFutureDate(doc, s, w);
      if (dated != null) {
        hits.add(dated);
      }
    }
    // "none of the X guarantees": a negation scoping over a certainty verb
    for (int k = 0; k < w.length; k++) {
      if (w[k].equals("none") || w[k].equals("nothing")) {
        for (int j = k + 1; j < Math.min(w.length, k + 10); j++) {
          if (w[j].startsWith("guarantee") && tokens.get(j).isVerb()) {
            HedgeLexicon.Entry e = lexicon.get("guarantees");
            if (e != null) {
              final int verb = j;
              hits.removeIf(h -> h.from() <= verb && verb < h.to());
              hits.add(new Hit(k, k + 1, j, e, Role.OPEN, e.probability()));
              hits.add(new Hit(j, j + 1, j, e, Role.HEDGE, e.probability()));
            }
            break;
          }
        }
      }
    }
    hits.sort(Comparator.comparingInt(Hit::from));
    return hits;
  }

  private HedgeLexicon.Entry lookup(String[] w, List<Token> tokens, int i, int n) {
    String phrase = String.join(" ", java.util.Arrays.copyOfRange(w, i, i + n));
    HedgeLexicon.Entry e = lexicon.get(phrase);
    if (e != null) {
      return e;
    }
    if (BE.contains(w[i]) && n > 1) {
      e = lexicon.get("is " + phrase.substring(w[i].length() + 1));
      if (e != null) {
        return e;
      }
    }
    Token first = tokens.get(i);
    if (n > 1 && first.pos().startsWith("VB") && first.lemma() != null) {
      String rest = phrase.substring(w[i].length());
      String lemma = first.lemma().toLowerCase(Locale.ROOT);
      for (String form : List.of(lemma + "s", lemma + "ed", lemma + "d")) {
        e = lexicon.get(form + rest);
        if (e != null) {
          return e;
        }
      }
    }
    return null;
  }

  private Hit classify(AnnotatedDocument doc, Sentence s, String[] w, int from, int to, HedgeLexicon.Entry e) {
    List<Token> tokens = s.tokens();
    Token first = tokens.get(from);
    String kind = e.kind();
    int next = to < w.length ? to : -1;
    if (e.isOperator()) {
      return new Hit(from, to, from, e, Role.OPERATOR, null);
    }
    if (embeddedQuestion(s, w, from)) {
      return null;
    }
    switch (kind) {
      case "FUTURE", "MODAL" -> {
        if (to - from == 1 && !first.pos().equals("MD")) {
          return null;
        }
        if (counterfactual(w, tokens, to) || pastDated(doc, s, from) || refusal(w, from + 1)) {
          return null;
        }
        if (w[from].equals("should") && !futureDated(doc, s)) {
          return null; // deontic "should" ("the government should set policy"); with a date it forecasts
        }
        if (w[from].equals("would") && next >= 0 && (w[next].equals("like") || w[next].equals("rather"))) {
          return null;
        }
        return new Hit(from, to, from, e, Role.OPEN, e.probability());
      }
      case "VERB_FRAME" -> {
        // "… to" frames take a verb: "is due to meet", not "due to the strike"
        if (w[to - 1].equals("to") && (next < 0 || !tokens.get(next).pos().equals("VB"))) {
          return null;
        }
        int anchor = from;
        for (int k = from; k < to; k++) {
          if (!BE.contains(w[k]) && (tokens.get(k).pos().startsWith("VB") || tokens.get(k).pos().startsWith("JJ"))) {
            anchor = k;
            break;
          }
        }
        if (w[from].equals("there")) {
          anchor = from + 1;
        }
        return new Hit(from, to, anchor, e, Role.OPEN, e.probability());
      }
      case "NEGATION" -> {
        if (w[from].equals("guarantees") || w[from].startsWith("guarantee")) {
          if (!negatedBefore(w, from)) {
            return null;
          }
        }
        if (w[from].equals("no") && w.length > from + 1 && w[from + 1].equals("doubt")) {
          return new Hit(from, to, from, e, Role.HEDGE, e.probability());
        }
        int anchor = to - 1;
        for (int k = from; k < to; k++) {
          if (tokens.get(k).isVerb() || tokens.get(k).isNoun() || tokens.get(k).pos().startsWith("JJ")) {
            anchor = k;
          }
        }
        if (tokens.get(from).pos().equals("MD")) {
          if (refusal(w, from + 1)) {
            return null; // "would not comment": a refusal reported
          }
          anchor = from;
        }
        return new Hit(from, to, anchor, e, Role.OPEN, e.probability());
      }
      case "ADJECTIVE" -> {
        // "they expected them to come into force": an active past verb, not the adjective
        boolean activeVerb = to - from == 1 && first.pos().matches("VB[DPZ]?") && first.lemma() != null
            && PREDICTION_VERBS.containsKey(first.lemma().toLowerCase(Locale.ROOT)) && (from == 0 || !BE.contains(w[from - 1]));
        if (activeVerb) {
          return null;
        }
        if (next >= 0 && (w[next].equals("to") || w[next].equals("that"))) {
          return new Hit(from, to, to - 1, e, Role.OPEN, e.probability());
        }
        // predicative: "remains unlikely", "looks likely", "is expected shortly", "as less likely"
        boolean predicative =
            from > 0
                && (tokens.get(from - 1).pos().startsWith("VB") || PREDICATIVE.contains(w[from - 1]))
                && (next < 0 || !tokens.get(next).isNoun());
        if (predicative && !w[from].equals("certain")) {
          return new Hit(from, to, to - 1, e, Role.OPEN, e.probability());
        }
        if (w[from].equals("certain") && to - from == 1) {
          return null;
        }
        if (next >= 0 && tokens.get(next).isNoun()) {
          int noun = next;
          while (noun + 1 < w.length && tokens.get(noun + 1).isNoun()) {
            noun++;
          }
          boolean eventArgument = noun + 1 < w.length && (w[noun + 1].equals("of") || w[noun + 1].equals("to"));
          if (eventArgument && !w[from].equals("expected") || eventArgument && from > 0 && w[from - 1].equals("the")) {
            return new Hit(from, to, to - 1, e, Role.OPEN, e.probability());
          }
        }
        return new Hit(from, to, to - 1, e, Role.HEDGE, e.probability());
      }
      case "NOUN" -> {
        Token last = tokens.get(to - 1);
        if (!last.isNoun() && !w[to - 1].equals("of")) {
          return null;
        }
        boolean framed =
            (next >= 0 && Set.of("that", "of", "to", "for").contains(w[next]))
                || w[to - 1].equals("of")
                || (from >= 2 && w[from - 1].matches("an?|the|some|little|no") && BE.contains(w[from - 2]))
                || (from >= 3 && BE.contains(w[from - 3]) && w[from - 4 < 0 ? 0 : from - 4].equals("there"));
        return new Hit(from, to, to - 1, e, framed ? Role.OPEN : Role.HEDGE, e.probability());
      }
      default -> {
        // "is very unlikely to arrive", "it is highly likely that": a degree and its adjective open
        // a clause as the adjective alone does ("is unlikely to")
        boolean opens = tokens.get(to - 1).pos().startsWith("JJ") && next >= 0
            && (w[next].equals("that") || w[next].equals("to") && next + 1 < w.length && tokens.get(next + 1).pos().equals("VB"));
        return new Hit(from, to, to - 1, e, opens ? Role.OPEN : Role.HEDGE, e.probability());
      }
    }
  }

  /** "X expects the Fed to cut", "analysts predict that …": the verb opens a prediction. */
  private Hit predictionVerb(Sentence s, String[] w, int i) {
    Token t = s.tokens().get(i);
    String frame = t.lemma() == null || !t.pos().startsWith("VB") ? null : PREDICTION_VERBS.get(t.lemma().toLowerCase(Locale.ROOT));
    if (frame == null) {
      return nounFrame(s, w, i);
    }
    if (i > 0 && BE.contains(w[i - 1])) {
      return null; // passive "is expected" is a lexicon frame
    }
    HedgeLexicon.Entry e = lexicon.get(frame);
    if (e == null || embeddedQuestion(s, w, i)) {
      return null;
    }
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    if ((lemma.equals("estimate") || lemma.equals("hope")) && !clauseFollows(s, w, i)) {
      return null; // "an estimated 2.4 pct", "hopes of": no clause, no prediction of its own
    }
    return new Hit(i, i + 1, i, e, Role.OPEN, e.probability());
  }

  /**
   * A forecast clause follows the verb within a few words: a modal, or "to" and a verb ("estimated
   * costs would total", "hoped an accord could be reached"); not "that" alone, which as often
   * reports a past estimate ("estimated that Iran held").
   */
  private static boolean clauseFollows(Sentence s, String[] w, int i) {
    List<Token> t = s.tokens();
    for (int k = i + 1; k < Math.min(w.length, i + 12); k++) {
      if (w[k].equals(";")) {
        return false;
      }
      boolean modal = t.get(k).pos().equals("MD");
      boolean infinitive = w[k].equals("to") && k + 1 < w.length && t.get(k + 1).pos().equals("VB");
      if (modal || infinitive) {
        return true;
      }
    }
    return false;
  }

  /** "a contract to supply", "the plan to assemble": a plan noun with an infinitive opens a prediction. */
  private Hit nounFrame(Sentence s, String[] w, int i) {
    List<Token> t = s.tokens();
    Token noun = t.get(i);
    if (!noun.isNoun() || noun.lemma() == null || i + 2 >= w.length || !w[i + 1].equals("to")
        || !t.get(i + 2).pos().equals("VB") || !PLAN_NOUNS.contains(noun.lemma().toLowerCase(Locale.ROOT))) {
      return null;
    }
    HedgeLexicon.Entry plan = lexicon.get("plan to");
    if (plan == null || embeddedQuestion(s, w, i)) {
      return null;
    }
    // each noun its own phrase ("decision to", "contract to"), so the model can weigh it; the plan's value
    HedgeLexicon.Entry e = new HedgeLexicon.Entry(noun.lemma().toLowerCase(Locale.ROOT) + " to", "NOUN_FRAME", plan.probability(), null);
    return new Hit(i, i + 2, i + 2, e, Role.OPEN, e.probability());
  }
}
