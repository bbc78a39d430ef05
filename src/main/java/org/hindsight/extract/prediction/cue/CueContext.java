package org.hindsight.extract.prediction.cue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.Dependency;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.TimeExpression;
import org.hindsight.nlp.Token;

/**
 * What around a cue decides whether it opens a prediction: questions and embedded questions,
 * counterfactual past, negation before it, time expressions dated before or after publication; and
 * the sentence's words with contractions spelt out. Stateless.
 */
public final class CueContext {

  public static final Set<String> WH_EMBEDDING = Set.of("how", "what", "whether");
  public static final Set<String> WH_RELATIVE = Set.of("which", "who", "when", "where");
  public static final Set<String> NEGATORS = Set.of("not", "no", "none", "nothing", "never", "neither", "nobody");
  public static final Set<String> EMBEDDING = Set.of("ask", "wonder", "know", "unclear", "question", "see", "decide", "doubt", "uncertain", "clear");
  public static final Set<String> BE = org.hindsight.nlp.Be.FORMS;

  private CueContext() {}

  public static boolean isQuestion(AnnotatedDocument doc, Sentence s) {
    List<Token> t = s.tokens();
    String last = t.get(t.size() - 1).text();
    return last.equals("?") || (t.size() > 1 && last.matches("[\"”']+") && t.get(t.size() - 2).text().equals("?"));
  }

  /** Lower-cased words, one per token, with contractions spelt out. */
  public static String[] words(Sentence s) {
    List<Token> tokens = s.tokens();
    String[] w = new String[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      String x = tokens.get(i).lower().replace('\u2019', '\'');
      boolean nextNot = i + 1 < tokens.size() && tokens.get(i + 1).lower().replace('\u2019', '\'').equals("n't");
      if (x.equals("wo") && nextNot) {
        x = "will";
      } else if (x.equals("ca") && nextNot) {
        x = "can";
      } else if (x.equals("n't")) {
        x = "not";
      } else if (x.equals("'ll")) {
        x = "will";
      }
      w[i] = x;
    }
    return w;
  }

  public static boolean counterfactual(String[] w, List<Token> tokens, int after) {
    for (int k = after; k < Math.min(w.length, after + 3); k++) {
      if (w[k].equals("have") && k + 1 < w.length && tokens.get(k + 1).pos().equals("VBN")) {
        return true;
      }
      if (!(tokens.get(k).pos().startsWith("RB") || w[k].equals("not"))) {
        break;
      }
    }
    return false;
  }

  /** Verbs of telling or finding out that a negated modal refuses or cannot do: "would not comment". */
  private static final Set<String> REFUSED =
      Set.of("comment", "confirm", "disclose", "elaborate", "identify", "specify", "say", "find", "reveal", "discuss",
          "name", "reached");

  /**
   * A refusal or inability reported, not a forecast: a negated modal before a verb of telling or
   * finding out ("would not comment further", "could not say exactly what", "would not disclose the
   * recommendation", "could not be reached"). {@code to} is the word after the modal.
   */
  public static boolean refusal(String[] w, int to) {
    int k = to;
    boolean negated = false;
    while (k < w.length && k < to + 3 && (w[k].equals("not") || w[k].equals("n't") || w[k].endsWith("ly") || w[k].equals("be"))) {
      negated |= w[k].equals("not") || w[k].equals("n't");
      k++;
    }
    return negated && k < w.length && REFUSED.contains(w[k]);
  }

  public static boolean embeddedQuestion(Sentence s, String[] w, int at) {
    // "how aid would be distributed", "what a blockade would require": no verb in between
    for (int k = at - 1; k >= Math.max(0, at - 6); k--) {
      if (s.tokens().get(k).isVerb() || w[k].equals(",")) {
        break;
      }
      if (WH_EMBEDDING.contains(w[k]) || (WH_RELATIVE.contains(w[k]) && w[at].equals("would"))) {
        return true;
      }
    }
    for (int k = at - 1; k >= 0; k--) {
      if (w[k].equals(";") || w[k].equals(":")) {
        return false;
      }
      if (w[k].equals("whether")) {
        return true;
      }
      if (w[k].equals("if") && k > 0) {
        Token prev = s.tokens().get(k - 1);
        String lemma = prev.lowerLemma();
        if (EMBEDDING.contains(lemma)) {
          return true;
        }
      }
    }
    return false;
  }

  public static boolean negatedBefore(String[] w, int at) {
    for (int k = at - 1; k >= Math.max(0, at - 8); k--) {
      if (NEGATORS.contains(w[k])) {
        return true;
      }
      if (w[k].equals(",") || w[k].equals(";")) {
        return false;
      }
    }
    return false;
  }

  /**
   * A time expression dated before publication close after the modal: "could not … last week"; not
   * one that names the baseline the event is measured against ("will be maintained at last year's
   * level", "may be below last year's 3.6 pct", "higher than in 1986").
   */
  public static boolean pastDated(AnnotatedDocument doc, Sentence s, int cue) {
    LocalDate pub = published(doc);
    if (pub == null) {
      return false;
    }
    boolean past = false;
    int from = s.tokens().get(cue).span().begin();
    int to = s.tokens().get(Math.min(s.tokens().size() - 1, cue + 7)).span().end();
    for (TimeExpression t : doc.times()) {
      if (t.sentence() == s.index() && t.resolved() && t.span().begin() >= from && t.span().end() <= to) {
        if (!t.end().isBefore(pub)) {
          return false;
        }
        if (baseline(doc.article().text(), t.span().begin(), t.span().end())) {
          continue;
        }
        past = true;
      }
    }
    return past;
  }

  private static final Pattern BASELINE_BEFORE = Pattern.compile("(?i)\\b(than|from|with|over|versus|vs\\.?|against|above|below)\\s+(the\\s+)?$");

  /**
   * Whether the time words at {@code [begin, end)} name a baseline the event is measured against,
   * not when it happens: "at last year's level", "up from last year", "higher than in 1986".
   */
  static boolean baseline(String text, int begin, int end) {
    String after = text.substring(end, Math.min(text.length(), end + 4));
    if (after.startsWith("'s") || after.startsWith("\u2019s")) {
      return true;
    }
    String before = text.substring(Math.max(0, begin - 16), begin);
    return BASELINE_BEFORE.matcher(before.replaceAll("\\bin\\s+$", "")).find();
  }

  private static final Pattern COMPARISON_JOINT =
      Pattern.compile("(?i)\\b(against|compared (?:with|to)|versus|vs\\.)\\s");
  private static final Pattern SENTENCE_BREAK = Pattern.compile("[;:]|\\.\\s+[A-Z]");
  private static final Pattern FIGURE = Pattern.compile("(?i)\\d|\\b(mln|million|billion|pct|percent|dlrs?)\\b");

  /**
   * Whether the time words starting at {@code begin} date a figure the forecast is compared with:
   * they come after "against", "compared with" or "versus" and a figure, in the same sentence ("a
   * third quarter net of 200 mln to 220 mln dlrs, against 238.6 mln a year earlier and 220.3 mln in
   * the second quarter"): the earlier results, not when the forecast event happens.
   */
  public static boolean comparisonTail(String text, int begin) {
    String before = text.substring(Math.max(0, begin - 90), begin);
    return comparisonJoint(before) >= 0;
  }

  /**
   * Where the comparison tail of {@code text} starts (its "against", "compared with", "versus",
   * followed by a figure and no sentence break to the end), or -1: "…, against 238.6 mln a year
   * earlier and 220.3 mln in the second quarter".
   */
  public static int comparisonJoint(String text) {
    Matcher joint = COMPARISON_JOINT.matcher(text);
    int at = -1;
    int start = -1;
    while (joint.find()) {
      at = joint.end();
      start = joint.start();
    }
    if (at < 0) {
      return -1;
    }
    String tail = text.substring(at);
    return !SENTENCE_BREAK.matcher(tail).find() && FIGURE.matcher(tail).find() ? start : -1;
  }

  public static boolean futureDated(AnnotatedDocument doc, Sentence s) {
    LocalDate pub = published(doc);
    for (TimeExpression t : doc.times()) {
      if (t.sentence() == s.index() && t.resolved() && pub != null && t.end().isAfter(pub)) {
        return true;
      }
    }
    return false;
  }

  public static LocalDate published(AnnotatedDocument doc) {
    return doc.article().publishedDate();
  }

  /** Verbs that fix when an event happens ("called a meeting for April 22", "postponed the vote until May"). */
  public static final Set<String> SCHEDULING_VERBS = Set.of("arrange", "schedule", "set", "call", "fix", "slate", "convene",
      "postpone", "delay", "defer", "adjourn", "reschedule", "move", "summon", "book", "extend");

  private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)\\bsince\\s+$");

  /**
   * Whether a time expression follows "since" ("has been trying to take it over since December"):
   * a period reaching back to it, however SUTime dates the month, never a date ahead.
   */
  public static boolean reachesBack(String text, TimeExpression t) {
    return reachesBack(text, t.span().begin(), t.span().end());
  }

  /**
   * Whether the time words at {@code [begin, end)} follow "since" and end a phrase: "since December",
   * "since December, when …"; not the causal "since June shipments were halted", where the month
   * qualifies a noun.
   */
  public static boolean reachesBack(String text, int begin, int end) {
    if (!SINCE_BEFORE.matcher(text.substring(Math.max(0, begin - 7), begin)).find()) {
      return false;
    }
    int k = end;
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    return k >= text.length() || !Character.isLowerCase(text.charAt(k));
  }

  /** The nearest verb above {@code node} ("put the odds … at about 90 percent" → put). */
  public static int governingVerb(Sentence s, int node) {
    int n = node;
    for (int steps = 0; steps < 6; steps++) {
      if (s.tokens().get(n).isVerb()) {
        return n;
      }
      Dependency d = s.head(n);
      if (d == null || d.governor() < 0) {
        return n;
      }
      n = d.governor();
    }
    return node;
  }
}
