package org.hindsight.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hindsight.article.Span;

/**
 * Dates written without what fixes them — a weekday, a month, a day and month without a year — read
 * by the tense of their own clause. SUTime reads them by the tense of the sentence, and wire copy
 * reports the future in the past tense: "Ron Trotter will step aside as chief executive in October
 * …, FCL said" (published March 1987) came out October 1986, "he said he hoped an accord could be
 * reached by Monday" the Monday before publication; a forecast then looked past-dated, lost its cue
 * and its horizon. Stateless.
 */
final class BareDates {

  private BareDates() {}

  /** A weekday with nothing that fixes its week ("Sunday", "on Sunday"; not "next Sunday"). */
  static final Pattern BARE_WEEKDAY =
      Pattern.compile("(?i)(?:on\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)");

  private static final Set<String> FUTURE_MARKS = Set.of("will", "would", "could", "should", "'ll", "\u2019ll", "going");
  /** How far back a clause's future mark may stand from the date ("will step aside as chief executive in October"). */
  static final int CLAUSE_REACH = 8;
  private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "--", "\"", "``", "''", "(", ")");
  /** A month's name, whole or cut short ("Sept", "Dec."), as a regex alternation without groups of its own. */
  private static final String MONTH =
      "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?"
          + "|nov(?:ember)?|dec(?:ember)?";
  /** A month alone ("October", "in October", "early October"): nothing names its year. */
  private static final Pattern BARE_MONTH = Pattern.compile(
      "(?i)(?:(?:in|by|until|before|after|since|from|early|mid|mid-|late|the end of|end-)\\s*)*(" + MONTH + ")\\.?");
  private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}-\\d{2}");

  /**
   * Whether the words around a date put it ahead (1), behind (-1) or neither (0). SUTime's rule,
   * applied to this sentence only: "will", "would", "could", "should", "'ll" or "going (to)" within
   * three tokens means ahead, else a past-tense verb or "have" within three tokens means behind;
   * failing both, the nearest such mark earlier in the same clause (up to {@value #CLAUSE_REACH}
   * tokens back, not past a comma or quote) decides.
   */
  static int direction(List<CoreLabel> tokens, Span span) {
    int first = -1;
    int last = -1;
    for (int k = 0; k < tokens.size(); k++) {
      CoreLabel t = tokens.get(k);
      if (t.beginPosition() >= span.begin() && t.endPosition() <= span.end()) {
        first = first < 0 ? k : first;
        last = k;
      }
    }
    if (first < 0) {
      return 0;
    }
    int direction = 0;
    for (int k = Math.max(0, first - 3); k <= Math.min(tokens.size() - 1, last + 3); k++) {
      if (k >= first && k <= last) {
        continue;
      }
      int mark = mark(tokens.get(k));
      if (mark > 0) {
        return 1;
      }
      if (direction == 0 && mark < 0) {
        direction = -1;
      }
    }
    if (direction != 0) {
      return direction;
    }
    for (int k = first - 4; k >= Math.max(0, first - CLAUSE_REACH); k--) {
      if (CLAUSE_ENDS.contains(tokens.get(k).word())) {
        return 0;
      }
      int mark = mark(tokens.get(k));
      if (mark != 0) {
        return mark;
      }
    }
    return 0;
  }

  private static int mark(CoreLabel t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    String tag = t.tag() == null ? "" : t.tag();
    return FUTURE_MARKS.contains(w) ? 1 : tag.equals("VBD") || w.equals("have") ? -1 : 0;
  }

  /**
   * The date of a bare weekday, decided here and not by SUTime. SUTime records the tense that fixes
   * a weekday's week on the weekday's shared rule value, where it stays for every later sentence
   * (CoreNLP issue 1061), so its reading of "Sunday" depended on which articles came before, and on
   * thread timing. Ahead ({@link #direction}) it is the first such day on or after the publication
   * date, behind the latest on or before it, otherwise the day in the publication date's week
   * (Monday to Sunday).
   */
  static LocalDate weekday(List<CoreLabel> tokens, Span span, DayOfWeek day, LocalDate docDate) {
    int direction = direction(tokens, span);
    if (direction > 0) {
      return docDate.with(TemporalAdjusters.nextOrSame(day));
    }
    if (direction < 0) {
      return docDate.with(TemporalAdjusters.previousOrSame(day));
    }
    return docDate.with(ChronoField.DAY_OF_WEEK, day.getValue());
  }

  /**
   * A month without a year ({@code value} yyyy-MM, nothing in {@code surface} naming the year) read
   * by its clause: ahead, the first such month that has not ended at publication; behind, the
   * latest that has begun. Anything else stays as SUTime read it.
   */
  static String month(String value, String surface, int direction, LocalDate docDate) {
    if (value == null || direction == 0 || !MONTH_VALUE.matcher(value).matches()
        || !BARE_MONTH.matcher(surface.strip()).matches()) {
      return value;
    }
    LocalDate first = LocalDate.parse(value + "-01");
    LocalDate moved = first;
    if (direction > 0) {
      while (moved.with(TemporalAdjusters.lastDayOfMonth()).isBefore(docDate)) {
        moved = moved.plusYears(1);
      }
    } else {
      while (moved.isAfter(docDate)) {
        moved = moved.minusYears(1);
      }
    }
    return moved.equals(first) ? value : String.format(Locale.ROOT, "%04d-%02d", moved.getYear(), moved.getMonthValue());
  }

  private static final Pattern LEADING_DAY =
      Pattern.compile("(?i)^(" + MONTH + ")\\.? (\\d{1,2})\\b(?:,? ((?:19|20)\\d\\d)\\b)?");
  private static final List<String> MONTH_PREFIXES =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  /**
   * The day an expression SUTime left without a value starts with: "March 31, the day trading in
   * the trust's units ends" came out as one expression with none, and the forecast around it
   * looked undated. Its year is the one named, else the publication's, moved a year by {@link
   * #direction} when the day would otherwise lie on the wrong side of publication. Null when the
   * words do not start with a month and a day.
   */
  static String leadingDay(String surface, int direction, LocalDate docDate) {
    Matcher m = LEADING_DAY.matcher(surface.strip());
    if (!m.lookingAt()) {
      return null;
    }
    int month = MONTH_PREFIXES.indexOf(m.group(1).substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    int day = Integer.parseInt(m.group(2));
    int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : docDate.getYear();
    if (day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    LocalDate d = LocalDate.of(year, month, day);
    if (m.group(3) == null && direction > 0 && d.isBefore(docDate)) {
      d = d.plusYears(1);
    } else if (m.group(3) == null && direction < 0 && d.isAfter(docDate)) {
      d = d.minusYears(1);
    }
    return d.toString();
  }

  /**
   * A day and month without a year that SUTime put more than half a year before publication, when
   * the same day a year later is less than half a year ahead: the later one.
   * SUTime dates "an August 1 deadline" after a past-tense verb ("set an August 1 deadline",
   * published 14 July 2025) to 2024-08-01; news names a day a year back with its year or "last".
   */
  static String comingDate(String value, String surface, LocalDate docDate) {
    if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}") || surface.matches("(?s).*\\b\\d{4}\\b.*")) {
      return value;
    }
    LocalDate d;
    try {
      d = LocalDate.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      return value;
    }
    LocalDate next = d.plusYears(1);
    if (d.isBefore(docDate.minusDays(183))
        && next.isAfter(docDate)
        && !next.isAfter(docDate.plusDays(183))) {
      return next.toString();
    }
    return value;
  }
}
