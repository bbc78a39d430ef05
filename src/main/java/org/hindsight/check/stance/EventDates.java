package org.hindsight.check.stance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.hindsight.check.evidence.EventQuery;
import org.hindsight.check.evidence.LaterSentence;
import org.hindsight.check.evidence.Token;

/**
 * The date a later sentence gives its event ("September 18", "on Sunday"), and whether it dates it
 * to another month than the prediction names. Stateless.
 */
final class EventDates {

  private EventDates() {}

  /** How far (in tokens) from the event word a month dates it. */
  static final int MONTH_REACH = 16;

  /**
   * The date the sentence gives its event near {@code at}: "September 18", "18 September", "on
   * Sunday" (the last such day on or before publication); a day without its year is the last one
   * on or before publication, "April 1, 1988" is that day; null when it names none. A date that
   * dates something else ("payable April 1", "the quarter ended February 28") is passed over.
   */
  static LocalDate eventDate(LaterSentence s, int at) {
    LocalDate published = s.article().day();
    if (published == null) {
      return null;
    }
    List<Token> toks = s.tokens();
    LocalDate best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < toks.size(); i++) {
      String w = toks.get(i).norm();
      LocalDate d = null;
      Month m = EventQuery.month(w);
      if (m != null) {
        Integer day = dayNumber(toks, i + 1);
        if (day == null) {
          day = dayNumber(toks, i - 1);
        }
        if (day != null) {
          Integer year = yearAfter(toks, i);
          try {
            d = LocalDate.of(year != null ? year : published.getYear(), m, day);
            if (year == null && d.isAfter(published)) {
              d = d.minusYears(1);
            }
          } catch (java.time.DateTimeException e) {
            d = null;
          }
        }
      } else {
        DayOfWeek dow = dayOfWeek(w);
        if (dow != null && i > 0 && Set.of("on", "late", "early", "last").contains(toks.get(i - 1).norm())) {
          d = published.with(TemporalAdjusters.previousOrSame(dow));
        }
      }
      if (d != null && !anotherEvents(toks, i)) {
        int distance = Math.abs(i - at);
        if (distance < bestDistance) {
          bestDistance = distance;
          best = d;
        }
      }
    }
    return best;
  }

  /**
   * Words that give the date after them to something other than the sentence's event: a payment or
   * maturity ("payable April 1, 1988", "due June 30", "maturing"), a record or expiry date, the bound
   * of a state ("until", "since"); the end of an accounting period is {@link #PERIOD_END} after one of
   * {@link #PERIODS} ("the quarter ended February 28"), while "the strike ended on March 30" dates
   * the strike's end.
   */
  private static final Set<String> OTHER_DATE = Set.of(
      "payable", "due", "maturing", "matures", "mature", "maturity", "expiring", "expires", "expire", "record",
      "until", "till", "through", "since");

  /** Words that end an accounting period only after a period ("the quarter ended", "six months ending"). */
  private static final Set<String> PERIOD_END = Set.of("ended", "ending");

  /** The periods whose end "ended" or "ending" dates. */
  private static final Set<String> PERIODS = Set.of(
      "quarter", "year", "period", "half", "months", "weeks", "month", "week", "fiscal", "term");

  /**
   * Whether the date whose month or weekday is token {@code i} belongs to another event: one of
   * {@link #OTHER_DATE}, or a period's end, within two words before it.
   */
  private static boolean anotherEvents(List<Token> toks, int i) {
    int from = i;
    if (i > 0 && dayNumber(toks, i - 1) != null) {
      from = i - 1; // "payable 1 April"
    }
    for (int k = from - 1; k >= Math.max(0, from - 2); k--) {
      String w = toks.get(k).norm();
      if (OTHER_DATE.contains(w)) {
        return true;
      }
      if (PERIOD_END.contains(w) && k > 0 && PERIODS.contains(toks.get(k - 1).norm())) {
        return true;
      }
      if (w.equals(",")) {
        break;
      }
    }
    return false;
  }

  /** The year written after "April 1" ("April 1 1988", "April 1, 1988"): it stands as written; null when none. */
  private static Integer yearAfter(List<Token> toks, int month) {
    int k = month + 2;
    if (k < toks.size() && toks.get(k).norm().equals(",")) {
      k++;
    }
    if (k >= toks.size() || !toks.get(k).norm().matches("(19|20)\\d\\d")) {
      return null;
    }
    return Integer.parseInt(toks.get(k).norm());
  }

  private static Integer dayNumber(List<Token> toks, int i) {
    if (i < 0 || i >= toks.size()) {
      return null;
    }
    String w = toks.get(i).norm();
    if (w.length() > 2 || w.isEmpty()) {
      return null;
    }
    for (int k = 0; k < w.length(); k++) {
      if (!Character.isDigit(w.charAt(k))) {
        return null;
      }
    }
    int d = Integer.parseInt(w);
    return d >= 1 && d <= 31 ? d : null;
  }

  private static DayOfWeek dayOfWeek(String w) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().equalsIgnoreCase(w)) {
        return d;
      }
    }
    return null;
  }

  /** The prediction names months and the sentence dates its event to none of them. */
  static boolean monthClash(EventQuery q, LaterSentence s, int focus) {
    if (q.months().isEmpty() || focus < 0) {
      return false;
    }
    List<Token> toks = s.tokens();
    boolean any = false;
    for (int i = Math.max(0, focus - MONTH_REACH); i < Math.min(toks.size(), focus + MONTH_REACH); i++) {
      Month m = EventQuery.month(toks.get(i).norm());
      // "its first reduction since December": a reference point, not the event's month
      if (m != null && !(i > 0 && Set.of("since", "from", "than").contains(toks.get(i - 1).norm()))) {
        any = true;
        if (q.months().contains(m)) {
          return false;
        }
      }
    }
    return any;
  }

}
