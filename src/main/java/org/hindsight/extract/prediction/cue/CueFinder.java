package org.hindsight.extract.prediction.cue;

import static org.hindsight.extract.prediction.cue.CueContext.BE;
import static org.hindsight.extract.prediction.cue.CueContext.counterfactual;
import static org.hindsight.extract.prediction.cue.CueContext.embeddedQuestion;
import static org.hindsight.extract.prediction.cue.CueContext.futureDated;
import static org.hindsight.extract.prediction.cue.CueContext.governingVerb;
import static org.hindsight.extract.prediction.cue.CueContext.negatedBefore;
import static org.hindsight.extract.prediction.cue.CueContext.pastDated;
import static org.hindsight.extract.prediction.cue.CueContext.published;
import static org.hindsight.extract.prediction.cue.CueContext.refusal;
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
  /** Verbs that open a prediction in their complement, and the lexicon frame whose value they take. */
  private static final java.util.Map<String, String> PREDICTION_VERBS =
      java.util.Map.of(
          "expect", "expected to", "predict", "expected to", "forecast", "expected to", "anticipate", "expected to",
          "project", "expected to", "estimate", "expected to", "hope", "hopes to");
  /** Verbs that state a forecast figure with "at": "estimated the crop at 6.4 mln bags", "put spending at". */
  private static final Set<String> FIGURE_VERBS =
      Set.of("estimate", "project", "forecast", "budget", "put", "see", "peg", "target", "expect", "predict", "set");
  /** Figure verbs that forecast by themselves, so that a figure "of" their object or a movement is a forecast. */
  private static final Set<String> FORECAST_VERBS = Set.of("see", "forecast", "predict", "project", "expect");
  /** Movements a forecasting verb's object is seen making: "sees inflation rising". */
  private static final Set<String> CHANGE_VERBS =
      Set.of("rise", "fall", "climb", "drop", "increase", "decline", "ease", "firm", "grow", "slow", "reach", "hit", "top",
          "recover", "weaken", "strengthen", "improve", "deteriorate", "slip", "surge", "plunge", "rebound", "edge");
  /** Nouns that state a forecast figure with "of" or "at": "a forecast of 12 billion dlrs". */
  private static final Set<String> FIGURE_NOUNS =
      Set.of("forecast", "estimate", "projection", "prediction", "target", "outlook");
  /** Nouns naming a plan, deal or undertaking whose infinitive is a future act ("a contract to supply"). */
  private static final Set<String> PLAN_NOUNS =
      Set.of("plan", "contract", "agreement", "deal", "option", "offer", "bid", "proposal", "decision", "commitment",
          "move", "effort", "pledge", "promise", "intention", "attempt", "goal", "target", "order", "bill");
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
    for (Hit figure : forecastFigures(doc, s, w)) {
      if (hits.stream().noneMatch(h -> h.from() <= figure.from() && figure.from() < h.to())) {
        hits.add(figure);
      }
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
        return new Hit(from, to, to - 1, e, Role.HEDGE, e.probability());
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

  /**
   * Forecast figures: a forecasting verb or noun followed within a few words by "at" or "of" and a
   * number ("imports are projected at 8.0 mln tonnes", "put 1987 capital spending at 1.6 billion
   * dlrs", "a forecast of 12 billion dlrs"). Whether the figure is still to come is the model's to
   * decide (from the tense and the dates around it).
   */
  private List<Hit> forecastFigures(AnnotatedDocument doc, Sentence s, String[] w) {
    List<Hit> out = new ArrayList<>();
    List<Token> t = s.tokens();
    HedgeLexicon.Entry expected = lexicon.get("expected to");
    HedgeLexicon.Entry planned = lexicon.get("plans to");
    if (expected == null || planned == null) {
      return out;
    }
    for (int i = 0; i < t.size(); i++) {
      Token k = t.get(i);
      String lemma = lemmaOf(k, w[i]);
      boolean verb = k.pos().startsWith("VB") && FIGURE_VERBS.contains(lemma);
      boolean noun = k.isNoun() && FIGURE_NOUNS.contains(lemma);
      if (!verb && !noun) {
        continue;
      }
      boolean forecasting = verb && FORECAST_VERBS.contains(lemma);
      // "sees inflation holding", "are (now) seen continuing": what "see" forecasts is any course, not only a movement
      boolean seeing = forecasting && lemma.equals("see");
      boolean passive = seeing && (i > 0 && BE.contains(w[i - 1]) || i > 1 && BE.contains(w[i - 2]) && t.get(i - 1).pos().equals("RB"));
      for (int j = i + 1; j < Math.min(t.size() - 1, i + 9); j++) {
        boolean course = t.get(j).pos().equals("VBG") && (seeing || CHANGE_VERBS.contains(lemmaOf(t.get(j), w[j])));
        if (forecasting && (j > i + 1 || passive) && course) {
          // "sees inflation rising to four pct", "forecast exports falling": a forecast movement
          out.add(new Hit(i, i + 1, i, new HedgeLexicon.Entry(lemma + " moving", "VERB_FRAME", expected.probability(), null), Role.OPEN, expected.probability()));
          break;
        }
        if (w[j].equals(",") || w[j].equals(";") || (verb && t.get(j).isVerb())) {
          break;
        }
        // "at" a figure after any figure verb; "of" after a forecast noun, or after the object of a
        // forecasting verb ("sees an average price of 425 dlrs", "forecast a deficit of 12 billion")
        boolean link = w[j].equals("at") || ((noun || forecasting && j > i + 2) && w[j].equals("of"));
        if (link && isNumber(t, j + 1)) {
          boolean plan = lemma.equals("budget") || lemma.equals("set") || lemma.equals("target");
          HedgeLexicon.Entry e = plan ? planned : expected;
          HedgeLexicon.Entry figure = new HedgeLexicon.Entry(lemma + " " + w[j], "VERB_FRAME", e.probability(), null);
          out.add(new Hit(i, i + 1, i, figure, Role.OPEN, e.probability()));
          break;
        }
      }
    }
    return out;
  }

  /** The token's lemma in lower case, or its normalised word ({@link CueContext#words}) when it has none. */
  private static String lemmaOf(Token k, String word) {
    return k.lemma() == null ? word : k.lemma().toLowerCase(Locale.ROOT);
  }

  /** A number starts at token {@code j}: "1.6 billion", "about 250 mln", "900 mln to 920 mln". */
  private static boolean isNumber(List<Token> t, int j) {
    for (int k = j; k < Math.min(t.size(), j + 3); k++) {
      if (t.get(k).pos().equals("CD")) {
        return true;
      }
      if (!(t.get(k).pos().equals("RB") || t.get(k).pos().equals("IN") || t.get(k).pos().equals("$") || t.get(k).pos().equals("JJ"))) {
        return false;
      }
    }
    return false;
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
   * A verb form that states a scheduled event when a future date hangs on it: the bare present
   * ("Leaders gather next week"), the progressive ("is accepting applications until early April"),
   * the infinitive ("an event to be held on October 12", "to meet next week"). Not a modal or perfect
   * form: those are cues of their own or past.
   */
  private static boolean scheduledForm(Sentence s, int verb) {
    Token v = s.tokens().get(verb);
    List<String> aux = new ArrayList<>();
    boolean to = false;
    for (var d : s.children(verb)) {
      if (d.relation().startsWith("aux")) {
        aux.add(s.tokens().get(d.dependent()).lower());
      }
      to |= d.relation().equals("mark") && s.tokens().get(d.dependent()).lower().equals("to");
    }
    if (aux.isEmpty()) {
      return v.pos().equals("VBZ") || v.pos().equals("VBP");
    }
    if (aux.contains("to") || to) {
      return v.pos().equals("VB") || v.pos().equals("VBN");
    }
    return v.pos().equals("VBG") && aux.stream().allMatch(a -> a.equals("is") || a.equals("are") || a.equals("'s") || a.equals("'re"));
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
      if (!scheduledForm(s, verb) || embeddedQuestion(s, w, verb)) {
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
