package org.hindsight.extract.prediction.cue;

import static org.hindsight.extract.prediction.cue.CueContext.BE;
import static org.hindsight.extract.prediction.cue.CueContext.counterfactual;
import static org.hindsight.extract.prediction.cue.CueContext.embeddedQuestion;
import static org.hindsight.extract.prediction.cue.CueContext.futureDated;
import static org.hindsight.extract.prediction.cue.CueContext.governingVerb;
import static org.hindsight.extract.prediction.cue.CueContext.negatedBefore;
import static org.hindsight.extract.prediction.cue.CueContext.pastDated;
import static org.hindsight.extract.prediction.cue.CueContext.published;
import static org.hindsight.extract.prediction.cue.CueContext.words;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hindsight.extract.prediction.HedgeLexicon;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.TimeExpression;
import org.hindsight.nlp.Token;

/**
 * Finds the cues of one sentence. Lexicon cues are matched longest first on normalised words
 * ("won't" → "will not", "are set to" → "is set to", "planned to" → "plans to") and classified by
 * their context: a cue either opens a prediction (modals and future forms, verb frames, "there is a
 * risk that", "no guarantee that", "none … guarantees", an adjective on an event noun: "the
 * possible introduction of", explicit odds, a present-tense verb with a future date) or only hedges
 * one (adverbs, attributive adjectives, intensifiers). Stateless after construction; thread-safe.
 */
public final class CueFinder {

  private static final Set<String> PREDICATIVE = Set.of("as", "more", "less", "most", "least", "very", "highly", "seem", "seems");
  private static final Set<String> PREDICTION_VERBS = Set.of("expect", "predict", "forecast", "anticipate", "project");
  private static final Pattern PERCENT =
      Pattern.compile("(?i)(\\d{1,3}(?:\\.\\d+)?)\\s*(%|percent|per cent|percentage points?)");
  /** An odds noun within a few words before the number, or right after it ("a 70 percent chance"). */
  private static final Pattern ODDS_BEFORE =
      Pattern.compile("(?i)\\b(odds|chances?|probability|likelihood|bets?|priced in|pricing)\\b[^.;]{0,60}$");
  private static final Pattern ODDS_AFTER =
      Pattern.compile("(?i)^\\s*(chance|probability|likelihood|odds)\\b");

  private final HedgeLexicon lexicon;
  private final HedgeLexicon.Entry futureEntry;

  public CueFinder(HedgeLexicon lexicon) {
    this.lexicon = lexicon;
    this.futureEntry = lexicon.get("will");
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
    Hit odds = explicitOdds(doc, s);
    if (odds != null) {
      hits.add(odds);
    }
    if (hits.stream().noneMatch(h -> h.role() == Role.OPEN)) {
      Hit scheduled = presentWithFutureDate(doc, s, w);
      if (scheduled != null) {
        hits.add(scheduled);
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
        if (counterfactual(w, tokens, to) || pastDated(doc, s, from)) {
          return null;
        }
        if (w[from].equals("should") && !futureDated(doc, s)) {
          return null;
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
          anchor = from;
        }
        return new Hit(from, to, anchor, e, Role.OPEN, e.probability());
      }
      case "ADJECTIVE" -> {
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
        return new Hit(from, to, to - 1, e, Role.HEDGE, e.probability());
      }
    }
  }

  /** "X expects the Fed to cut", "analysts predict that …": the verb opens a prediction. */
  private Hit predictionVerb(Sentence s, String[] w, int i) {
    Token t = s.tokens().get(i);
    if (!t.pos().startsWith("VB") || t.lemma() == null || !PREDICTION_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
      return null;
    }
    if (i > 0 && BE.contains(w[i - 1])) {
      return null; // passive "is expected" is a lexicon frame
    }
    HedgeLexicon.Entry e = lexicon.get("expected to");
    if (e == null || embeddedQuestion(s, w, i)) {
      return null;
    }
    return new Hit(i, i + 1, i, e, Role.OPEN, e.probability());
  }

  private Hit explicitOdds(AnnotatedDocument doc, Sentence s) {
    String text = s.span().of(doc.article().text());
    Matcher m = PERCENT.matcher(text);
    boolean found = false;
    while (!found && m.find()) {
      found = ODDS_BEFORE.matcher(text.substring(0, m.start())).find()
          || ODDS_AFTER.matcher(text.substring(m.end())).find();
    }
    if (!found) {
      return null;
    }
    double value = Double.parseDouble(m.group(1)) / 100.0;
    if (value > 1 || m.group(2).startsWith("percentage")) {
      return null;
    }
    int begin = s.span().begin() + m.start();
    int end = s.span().begin() + m.end();
    int from = -1;
    int to = -1;
    for (Token t : s.tokens()) {
      if (t.span().end() > begin && t.span().begin() < end) {
        if (from < 0) {
          from = t.index();
        }
        to = t.index() + 1;
      }
    }
    if (from < 0) {
      return null;
    }
    HedgeLexicon.Entry number = new HedgeLexicon.Entry(m.group(), "NUMBER", value, null);
    return new Hit(from, to, from, number, Role.OPEN, value);
  }

  /**
   * "Leaders gather in The Hague next week", "I think it gets done in the next week or so": a
   * present-tense verb with a date after publication states a future event.
   */
  private Hit presentWithFutureDate(AnnotatedDocument doc, Sentence s, String[] w) {
    LocalDate pub = published(doc);
    if (pub == null || futureEntry == null || !s.parsed()) {
      return null;
    }
    for (TimeExpression t : doc.times()) {
      if (t.sentence() != s.index() || !t.resolved() || !t.begin().isAfter(pub)) {
        continue;
      }
      int tok = -1;
      for (Token k : s.tokens()) {
        if (t.span().contains(k.span())) {
          tok = k.index();
          break;
        }
      }
      if (tok < 0) {
        continue;
      }
      int verb = governingVerb(s, tok);
      Token v = s.tokens().get(verb);
      if (!(v.pos().equals("VBZ") || v.pos().equals("VBP")) || embeddedQuestion(s, w, verb)) {
        continue;
      }
      boolean hasAux = s.children(verb).stream().anyMatch(d -> d.relation().startsWith("aux"));
      if (hasAux) {
        continue;
      }
      HedgeLexicon.Entry e = new HedgeLexicon.Entry(t.text(), "FUTURE", futureEntry.probability(), null);
      int end = tok;
      while (end + 1 < s.tokens().size() && t.span().contains(s.tokens().get(end + 1).span())) {
        end++;
      }
      return new Hit(tok, end + 1, verb, e, Role.OPEN, futureEntry.probability());
    }
    return null;
  }
}
