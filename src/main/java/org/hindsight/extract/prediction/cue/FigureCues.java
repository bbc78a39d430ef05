package org.hindsight.extract.prediction.cue;

import static org.hindsight.extract.prediction.cue.CueContext.BE;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hindsight.extract.prediction.HedgeLexicon;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * The cues {@link CueFinder} reads off numbers: forecast figures ("imports are projected at 8.0 mln
 * tonnes", "a forecast of 12 billion dlrs", "sees inflation rising") and explicit odds ("a 70 percent
 * chance"). Stateless after construction; thread-safe.
 */
final class FigureCues {

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
  private static final Pattern PERCENT =
      Pattern.compile("(?i)(\\d{1,3}(?:\\.\\d+)?)\\s*(%|percent|per cent|percentage points?)");
  /** An odds noun within a few words before the number, or right after it ("a 70 percent chance"). */
  private static final Pattern ODDS_BEFORE =
      Pattern.compile("(?i)\\b(odds|chances?|probability|likelihood|bets?|priced in|pricing)\\b[^.;]{0,60}$");
  private static final Pattern ODDS_AFTER =
      Pattern.compile("(?i)^\\s*(chance|probability|likelihood|odds)\\b");

  private final HedgeLexicon lexicon;

  FigureCues(HedgeLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Forecast figures: a forecasting verb or noun followed within a few words by "at" or "of" and a
   * number ("imports are projected at 8.0 mln tonnes", "put 1987 capital spending at 1.6 billion
   * dlrs", "a forecast of 12 billion dlrs"). Whether the figure is still to come is the model's to
   * decide (from the tense and the dates around it).
   */
  List<Hit> forecastFigures(Sentence s, String[] w) {
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

  /** Explicit odds: a percentage with an odds noun just before or after it ("a 70 percent chance", "odds of 60 pct"). */
  Hit explicitOdds(AnnotatedDocument doc, Sentence s) {
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
}
