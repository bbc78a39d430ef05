package org.hindsight.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year after the year of publication, written as a token: "by 2018", "in mid-2011", "the 1988/89
 * season", "fiscal 1989". Such a year dates a future event whatever the verb says ("options to
 * exercise by 2018", "shed 20 pct of capacity by March 31, 1988"), so the fast pipeline runs SUTime
 * on its sentence, and may parse it, without a hedge word: the time triggers alone miss every clause
 * dated this way but not hedged. (SUTime itself reads no date in "mid-2011".) Stateless.
 */
final class FutureYears {

  /** A year, alone, after "mid-", or first of a split year ("1988/89", "1988-89"). */
  private static final Pattern YEAR = Pattern.compile("(?i)(?:mid-)?((?:19|20)\\d\\d)(?:[/-]\\d\\d(?:\\d\\d)?)?");

  /** How far ahead a number may lie and still be read as a year (not "2500 tonnes"). */
  static final int REACH = 30;

  private FutureYears() {}

  /** Whether one of {@code tokens} is a year after {@code published}'s year, at most {@link #REACH} years on. */
  static boolean holdsOne(List<CoreLabel> tokens, LocalDate published) {
    if (published == null) {
      return false;
    }
    for (CoreLabel t : tokens) {
      if (isAfter(t.word(), published.getYear())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code word} is a year after {@code year}, at most {@link #REACH} years on. */
  static boolean isAfter(String word, int year) {
    Matcher m = YEAR.matcher(word);
    if (!m.matches()) {
      return false;
    }
    int y = Integer.parseInt(m.group(1));
    return y > year && y <= year + REACH;
  }
}
