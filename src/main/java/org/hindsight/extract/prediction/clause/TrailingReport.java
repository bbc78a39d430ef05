package org.hindsight.extract.prediction.clause;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hindsight.extract.attribution.Reports;
import org.hindsight.nlp.Token;

/**
 * The report written after a prediction: "…, Chiles said", "…," Cardenas told journalists", "…,
 * according to meteorologists at Accu-Weather Inc". It names who predicts (the holder, read from
 * the whole clause), not what is predicted, so the prediction's text ends before it. Stateless.
 */
public final class TrailingReport {

  /**
   * Verbs of saying a report after its statement is made with: those attribution reads after a
   * statement ({@link Reports#TRAILING}), and verbs of reporting a forecast ("…, the bank predicted").
   */
  private static final Set<String> SAYING =
      Stream.concat(Reports.TRAILING.stream(), Stream.of("report", "predict", "forecast", "estimate", "warn", "caution", "conclude"))
          .collect(Collectors.toUnmodifiableSet());

  /** Words of a speaker's phrase: names, nouns, their determiners and modifiers, and the words that join them. */
  private static final Set<String> JOINERS = Set.of("of", "at", "and", "for", "in", "with", "from", "by", "'s", "-");

  private TrailingReport() {}

  /**
   * The end of the prediction in tokens [from, to) before a report written after it: the comma (or
   * closing quotation mark) that opens ", SPEAKER said [a few words]" or ", according to SOURCE", or
   * {@code to} when there is none. At least three tokens stay.
   */
  public static int end(List<Token> t, int from, int to) {
    int last = to;
    while (last > from && (t.get(last - 1).text().equals(".") || t.get(last - 1).isQuoteMark())) {
      last--;
    }
    for (int c = last - 2; c >= from + 3; c--) {
      Token x = t.get(c);
      if (!x.text().equals(",")) {
        continue;
      }
      if (report(t, c + 1, last)) {
        int end = c;
        while (end > from + 3 && (t.get(end - 1).isQuoteMark() || t.get(end - 1).text().equals(","))) {
          end--;
        }
        return end;
      }
      return to; // the last comma opens no report: what follows it is the prediction's
    }
    return to;
  }

  /** Whether tokens [from, to) are "SPEAKER said [up to five words]" or "according to SOURCE", with no other verb. */
  private static boolean report(List<Token> t, int from, int to) {
    int k = from;
    while (k < to && t.get(k).isQuoteMark()) {
      k++;
    }
    if (k + 1 < to && t.get(k).lower().equals("according") && t.get(k + 1).lower().equals("to")) {
      return noVerb(t, k + 2, to) && to - k <= 12;
    }
    int verb = -1;
    for (int i = k; i < to; i++) {
      if (t.get(i).isVerb()) {
        verb = i;
        break;
      }
    }
    if (verb <= k || verb - k > 10 || !SAYING.contains(t.get(verb).lowerLemma()) || to - verb - 1 > 5) {
      return false;
    }
    for (int i = k; i < verb; i++) {
      Token x = t.get(i);
      boolean word = x.pos().startsWith("NN") || x.pos().startsWith("JJ") || x.pos().equals("DT") || x.pos().equals("PRP")
          || x.pos().equals("POS") || x.pos().equals("CD") || JOINERS.contains(x.lower()) || x.text().equals(",");
      if (!word) {
        return false;
      }
    }
    return noVerb(t, verb + 1, to);
  }

  private static boolean noVerb(List<Token> t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (t.get(i).isVerb() && !t.get(i).pos().equals("VBN")) {
        return false;
      }
    }
    return true;
  }
}
