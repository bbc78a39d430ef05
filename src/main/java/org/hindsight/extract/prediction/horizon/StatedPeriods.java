package org.hindsight.extract.prediction.horizon;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hindsight.extract.Horizon;

/**
 * Periods a story bounds by saying when they end or begin: "the quarter ending April 30", "the
 * financial year ending June", "the 1987/88 crop year ending August" (in its second year), "the
 * year beginning April 1" (a year from that day). SUTime reads the month alone. Stateless.
 */
final class StatedPeriods {

  private StatedPeriods() {}

  /**
   * The horizon of the period {@code text} bounds, or null: "the quarter ending April 30", "the
   * financial year ending June this year": the stated end, the next one from publication; "the
   * 1987/88 crop year ending August" ends in the split year's second year; "in the year beginning
   * April 1" a year after that day.
   */
  static Horizon of(String text, LocalDate pub) {
    Horizon beginning = beginningOn(text, pub);
    if (beginning != null) {
      return beginning;
    }
    Matcher m = ENDING.matcher(text);
    while (m.find()) {
      int month = java.time.Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)).getValue();
      Matcher split = SPLIT_YEAR_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start()));
      int year = m.group(3) != null ? Integer.parseInt(m.group(3))
          : split.find() ? secondYear(Integer.parseInt(split.group(1)), Integer.parseInt(split.group(2))) : pub.getYear();
      LocalDate first = LocalDate.of(year, month, 1);
      LocalDate end = m.group(2) != null
          ? first.withDayOfMonth(Math.min(Integer.parseInt(m.group(2)), first.lengthOfMonth()))
          : first.with(TemporalAdjusters.lastDayOfMonth());
      if (end.isBefore(pub) && m.group(3) == null) {
        end = end.plusYears(1);
      }
      if (!end.isBefore(pub)) {
        return new Horizon(m.group(), pub, end);
      }
    }
    return null;
  }

  /** A split year right before the period it names: "the 1987/88 crop year", "1986/87 season". */
  private static final Pattern SPLIT_YEAR_BEFORE = Pattern.compile("\\b((?:19|20)\\d\\d)/(\\d\\d)\\s+(?:[a-z]+\\s+)?$");

  /** The second year of a split year: 1987/88 is 1988, 1999/00 is 2000. */
  private static int secondYear(int first, int twoDigits) {
    int year = first - first % 100 + twoDigits;
    return year <= first ? year + 100 : year;
  }

  /** "in the year beginning April 1", "during the 12 months starting July one": a year from that day. */
  private static Horizon beginningOn(String text, LocalDate pub) {
    Matcher m = BEGINNING.matcher(text);
    if (!m.find() || !WITHIN_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
      return null; // "sales from the new business year starting April 1" start then, they need not last it
    }
    int month = java.time.Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)).getValue();
    String d = m.group(2).toLowerCase(Locale.ROOT);
    int day = d.chars().allMatch(Character::isDigit) ? Integer.parseInt(d) : TimeReadings.DAY_WORDS.indexOf(d) + 1;
    LocalDate first = LocalDate.of(pub.getYear(), month, 1);
    if (day < 1 || day > first.lengthOfMonth()) {
      return null;
    }
    LocalDate start = first.withDayOfMonth(day);
    if (start.isBefore(pub.minusMonths(6))) {
      start = start.plusYears(1);
    }
    return new Horizon(m.group(), start, start.plusYears(1).minusDays(1));
  }

  /** "in", "during", "within" the period, not "from" it: the event lies inside the year. */
  private static final Pattern WITHIN_BEFORE =
      Pattern.compile("(?i)\\b(?:in|during|within|over|through)\\s+(?:the\\s+)?(?:[a-z-]+\\s+){0,2}$");

  private static final Pattern BEGINNING =
      Pattern.compile("(?i)\\b(?:year|12 months|twelve months)\\s+(?:beginning|starting|that begins|which begins)\\s+(?:on\\s+)?"
          + "(" + TimeReadings.MONTH_NAMES + ")\\s+(\\d{1,2}|" + String.join("|", TimeReadings.DAY_WORDS) + ")\\b");

  private static final Pattern ENDING =
      Pattern.compile("(?i)\\b(?:quarter|year|half|period|months)\\s+(?:ending|that ends|which ends|to end)\\s+(?:on\\s+|in\\s+)?"
          + "(" + TimeReadings.MONTH_NAMES + ")(?:\\s+(\\d{1,2})\\b)?(?:,?\\s+((?:19|20)\\d\\d))?");
}
