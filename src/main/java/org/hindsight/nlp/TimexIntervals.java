package org.hindsight.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a TIMEX3 value (as SUTime writes it) plus the expression's words into an inclusive date
 * interval, relative to the document date. Vague references get documented windows:
 *
 * <table>
 *   <caption>vague future references</caption>
 *   <tr><td>"(the) coming/next few days", FUTURE_REF with "day"</td><td>+1 .. +14 days</td></tr>
 *   <tr><td>"coming weeks"</td><td>+7 .. +42 days</td></tr>
 *   <tr><td>"coming months"</td><td>+30 .. +182 days</td></tr>
 *   <tr><td>"coming years"</td><td>+365 .. +1095 days</td></tr>
 *   <tr><td>"soon", other FUTURE_REF</td><td>+0 .. +30 days / +1 .. +365 days</td></tr>
 *   <tr><td>"hours" (e.g. "the hours following")</td><td>+0 .. +2 days</td></tr>
 * </table>
 *
 * Stateless and thread-safe.
 */
public final class TimexIntervals {

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
  private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
  private static final Pattern DURATION = Pattern.compile("P(\\d+|X)(D|W|M|Y|H)");

  private static final Pattern VAGUE =
      Pattern.compile("\\b(coming|next few|following|upcoming|few)\\s+(hours|days|weeks|months|years)\\b");

  private TimexIntervals() {}

  /** The interval, or null when the value denotes none. */
  public static LocalDate[] interval(String value, String text, LocalDate docDate) {
    LocalDate[] named = relativeNamed(text, docDate);
    if (named != null) {
      return named;
    }
    if (value == null || VAGUE.matcher(lower(text)).find()) {
      // SUTime anchors "the coming days" to the next day only; our windows are wider on purpose
      LocalDate[] v = vague(text, docDate);
      if (v != null || value == null) {
        return v;
      }
    }
    Matcher m;
    if ((m = DAY.matcher(value)).matches()) {
      LocalDate d = LocalDate.of(i(m, 1), i(m, 2), i(m, 3));
      return new LocalDate[] {d, d};
    }
    if ((m = MONTH.matcher(value)).matches()) {
      LocalDate first = LocalDate.of(i(m, 1), i(m, 2), 1);
      String t = lower(text);
      if (t.contains("mid")) {
        return new LocalDate[] {first.withDayOfMonth(10), first.withDayOfMonth(20)};
      }
      if (t.contains("early")) {
        return new LocalDate[] {first, first.withDayOfMonth(10)};
      }
      if (t.contains("late") || t.contains("end of")) {
        return new LocalDate[] {first.withDayOfMonth(20), first.with(TemporalAdjusters.lastDayOfMonth())};
      }
      return new LocalDate[] {first, first.with(TemporalAdjusters.lastDayOfMonth())};
    }
    if ((m = WEEK.matcher(value)).matches()) {
      LocalDate monday =
          LocalDate.of(i(m, 1), 1, 4)
              .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, i(m, 2))
              .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      if (m.group(3) != null) {
        return new LocalDate[] {monday.plusDays(5), monday.plusDays(6)};
      }
      return new LocalDate[] {monday, monday.plusDays(6)};
    }
    if ((m = QUARTER.matcher(value)).matches()) {
      LocalDate first = LocalDate.of(i(m, 1), (i(m, 2) - 1) * 3 + 1, 1);
      return new LocalDate[] {first, first.plusMonths(3).minusDays(1)};
    }
    if ((m = HALF.matcher(value)).matches()) {
      LocalDate first = LocalDate.of(i(m, 1), i(m, 2) == 1 ? 1 : 7, 1);
      return new LocalDate[] {first, first.plusMonths(6).minusDays(1)};
    }
    if ((m = SEASON.matcher(value)).matches()) {
      int y = i(m, 1);
      return switch (m.group(2)) {
        case "SP" -> new LocalDate[] {LocalDate.of(y, 3, 1), LocalDate.of(y, 5, 31)};
        case "SU" -> new LocalDate[] {LocalDate.of(y, 6, 1), LocalDate.of(y, 8, 31)};
        case "FA" -> new LocalDate[] {LocalDate.of(y, 9, 1), LocalDate.of(y, 11, 30)};
        default -> new LocalDate[] {LocalDate.of(y, 12, 1), LocalDate.of(y + 1, 2, 28)};
      };
    }
    if ((m = YEAR.matcher(value)).matches()) {
      int y = i(m, 1);
      String t = lower(text);
      if (t.contains("end of") || t.contains("late")) {
        return new LocalDate[] {LocalDate.of(y, 10, 1), LocalDate.of(y, 12, 31)};
      }
      if (t.contains("early")) {
        return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 4, 30)};
      }
      if (t.contains("mid")) {
        return new LocalDate[] {LocalDate.of(y, 5, 1), LocalDate.of(y, 8, 31)};
      }
      return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
    }
    if (docDate == null) {
      return null;
    }
    if (value.equals("PRESENT_REF")) {
      return new LocalDate[] {docDate, docDate};
    }
    if ((m = DURATION.matcher(value)).matches() && isForward(text)) {
      if (m.group(1).equals("X")) {
        return vague(text, docDate);
      }
      int n = Integer.parseInt(m.group(1));
      LocalDate end =
          switch (m.group(2)) {
            case "H" -> docDate.plusDays(Math.max(1, (n + 23) / 24));
            case "D" -> docDate.plusDays(n);
            case "W" -> docDate.plusWeeks(n);
            case "M" -> docDate.plusMonths(n);
            default -> docDate.plusYears(n);
          };
      return new LocalDate[] {docDate, end};
    }
    if (value.equals("FUTURE_REF") || value.startsWith("P")) {
      return vague(text, docDate);
    }
    return null;
  }

  private static final Pattern RELATIVE =
      Pattern.compile("\\b(next|this|last) (year|month|week)\\b");

  /**
   * "next year", "this month", "last week" when SUTime folded them into a longer expression ("a
   * day next year"): the named calendar period relative to the document date.
   */
  static LocalDate[] relativeNamed(String text, LocalDate d) {
    if (d == null) {
      return null;
    }
    String t = lower(text);
    Matcher m = RELATIVE.matcher(t);
    if (!m.find() || t.contains("end of") || t.contains("early") || t.contains("late") || t.contains("mid")) {
      return null;
    }
    int shift = m.group(1).equals("next") ? 1 : m.group(1).equals("last") ? -1 : 0;
    return switch (m.group(2)) {
      case "year" -> {
        int y = d.getYear() + shift;
        yield new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
      }
      case "month" -> {
        LocalDate first = d.withDayOfMonth(1).plusMonths(shift);
        yield new LocalDate[] {first, first.with(TemporalAdjusters.lastDayOfMonth())};
      }
      default -> {
        LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
        yield new LocalDate[] {monday, monday.plusDays(6)};
      }
    };
  }

  /** Windows for vague forward references ("the coming days", "soon"); null when not forward. */
  static LocalDate[] vague(String text, LocalDate d) {
    String t = lower(text);
    if (d == null || !isForward(t)) {
      return null;
    }
    if (t.contains("hour")) {
      return new LocalDate[] {d, d.plusDays(2)};
    }
    if (t.contains("day")) {
      return new LocalDate[] {d.plusDays(1), d.plusDays(14)};
    }
    if (t.contains("week")) {
      return new LocalDate[] {d.plusDays(7), d.plusDays(42)};
    }
    if (t.contains("month")) {
      return new LocalDate[] {d.plusDays(30), d.plusDays(182)};
    }
    if (t.contains("year")) {
      return new LocalDate[] {d.plusDays(365), d.plusDays(1095)};
    }
    if (t.contains("soon")) {
      return new LocalDate[] {d, d.plusDays(30)};
    }
    return new LocalDate[] {d.plusDays(1), d.plusDays(365)};
  }

  private static boolean isForward(String text) {
    String t = lower(text);
    return t.matches(".*\\b(coming|next|following|within|soon|upcoming|future|ahead|in the|over the)\\b.*");
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }

  private static int i(Matcher m, int g) {
    return Integer.parseInt(m.group(g));
  }
}
