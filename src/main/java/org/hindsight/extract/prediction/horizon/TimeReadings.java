package org.hindsight.extract.prediction.horizon;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hindsight.article.Span;
import org.hindsight.nlp.TimeExpression;

/**
 * SUTime's readings of a prediction's time words, corrected where wire copy and forecasts read
 * otherwise: a weekday in a forecast is the coming one, "next July" said in March is the coming
 * July, a day written as a word after a month ("April one"), "a few" weeks or months is three,
 * "early"/"late" take a third of a period given whole, and a fiscal year is its owner's. Each
 * correction returns the expression unchanged when it does not apply. Stateless.
 */
final class TimeReadings {

  private static final Pattern WEEKDAY =
      Pattern.compile("(?i)^(on |this |next |coming )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
          + "( morning| afternoon| evening| night)?$");

  /** The month names as a regex alternation (the patterns that use it ignore case). */
  static final String MONTH_NAMES = String.join("|", HorizonResolver.MONTHS);

  private TimeReadings() {}

  /** Every correction in turn: {@code raw} as the prediction's horizon should read it. */
  static TimeExpression read(TimeExpression raw, LocalDate pub, String text, int fiscalEnd) {
    TimeExpression t = beforeBaseline(raw);
    return dayRange(fiscal(partOf(few(namedDay(comingMonth(forwardWeekday(t, pub, text), pub, text), text), pub)), text, fiscalEnd),
        text);
  }

  /** A joint after which a past period is the baseline a forecast compares with: "following last year's". */
  private static final Pattern BASELINE_JOINT = Pattern.compile(
      "(?i)\\s+(following|after|over|compared with|compared to|against|versus|from|than)\\s+"
          + "(?=(last|the previous|the past|a year earlier|a year ago)\\b)");

  /**
   * "this year following last year's 22 pct rise", "this year over last year": SUTime reads the two
   * periods as one expression dated by the first; the words from the joint on are the baseline, and
   * their "last" does not make the period past.
   */
  static TimeExpression beforeBaseline(TimeExpression t) {
    Matcher m = BASELINE_JOINT.matcher(t.text());
    if (!m.find() || m.start() == 0) {
      return t;
    }
    Span head = new Span(t.span().begin(), t.span().begin() + m.start());
    return new TimeExpression(t.text().substring(0, m.start()), head, t.sentence(), t.type(), t.value(), t.begin(), t.end());
  }

  private static final Pattern RANGE_END = Pattern.compile("^[-\u2013](\\d{1,2})\\b(?![.,]\\d)");

  /** "the panel's May 28-29 meeting": SUTime reads May 28; the event runs to the 29th. */
  static TimeExpression dayRange(TimeExpression t, String text) {
    if (t.begin() == null || !t.begin().equals(t.end())) {
      return t;
    }
    Matcher m = RANGE_END.matcher(text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 4)));
    if (!m.find()) {
      return t;
    }
    int day = Integer.parseInt(m.group(1));
    if (day <= t.begin().getDayOfMonth() || day > t.begin().lengthOfMonth()) {
      return t;
    }
    return t.dated(t.begin(), t.begin().withDayOfMonth(day));
  }

  /**
   * "next July" said in March is the coming July, not the one after (SUTime reads "next" as the
   * following year's); a day number right after it ("next July 1") narrows it to that day.
   */
  static TimeExpression comingMonth(TimeExpression t, LocalDate pub, String text) {
    Matcher m = COMING_MONTH.matcher(t.text().strip());
    if (!m.matches() || t.begin() == null) {
      return t;
    }
    int month = HorizonResolver.MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
    LocalDate first = LocalDate.of(pub.getYear(), month, 1);
    if (month <= pub.getMonthValue()) {
      first = first.plusYears(1);
    }
    LocalDate begin = first;
    LocalDate end = first.with(TemporalAdjusters.lastDayOfMonth());
    Matcher day = DAY_AFTER.matcher(text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 20)));
    if (day.lookingAt()) {
      int d = Integer.parseInt(day.group(1));
      if (d >= 1 && d <= end.getDayOfMonth()) {
        begin = first.withDayOfMonth(d);
        end = begin;
      }
    }
    if (begin.equals(t.begin()) && end.equals(t.end())) {
      return t;
    }
    return t.dated(begin, end);
  }

  private static final Pattern COMING_MONTH = Pattern.compile(
      "(?i)(next|this coming|coming)\\s+(" + MONTH_NAMES + ")");
  /** A day of the month right after a month name: " 1", " 15," — not a figure ("1.5", "15 pct"). */
  private static final Pattern DAY_AFTER = Pattern.compile("\\s+(\\d{1,2})(?![\\d.,]\\d)(?!\\s*(?:pct|%|mln|billion|dlrs|per))\\b");

  /**
   * A month SUTime read as the whole month though a day written as a word follows it, in the wire's
   * style ("the vote is now due April one", "completed by June three", "record July one"): that
   * day. A day after "next July" is {@link #comingMonth}'s.
   */
  static TimeExpression namedDay(TimeExpression t, String text) {
    if (t.begin() == null || t.end() == null || !MONTH_ONLY.matcher(t.text().strip()).matches()
        || t.begin().getDayOfMonth() != 1 || !t.end().equals(t.begin().with(TemporalAdjusters.lastDayOfMonth()))) {
      return t;
    }
    Matcher day = DAY_WORD_AFTER.matcher(text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 24)));
    if (!day.lookingAt()) {
      return t;
    }
    int d = DAY_WORDS.indexOf(day.group(1).toLowerCase(Locale.ROOT)) + 1;
    LocalDate on = t.begin().withDayOfMonth(d);
    return t.dated(on, on);
  }

  private static final Pattern MONTH_ONLY = Pattern.compile(
      "(?i)(" + MONTH_NAMES + ")(,?\\s+(19|20)\\d\\d)?");
  /** The days of a month the wire writes as words ("April one"), in order. */
  static final List<String> DAY_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
  /** A day written as a word after a month, followed by what ends a date ("April one to holders", "June four."), not by a noun ("in April one analyst said"). */
  private static final Pattern DAY_WORD_AFTER = Pattern.compile(
      "(?i)\\s+(one|two|three|four|five|six|seven|eight|nine|ten)(?=\\s*(?:[.,;:)]|$)|\\s+(?:to|and|or|at|through|for|when|in|from|with|but|after|before|on|until|is|was|will)\\b)");

  /** A story about the US federal budget, whose fiscal year ends on 30 September. */
  private static final Pattern FEDERAL = Pattern.compile(
      "(?i)\\b(Congress|federal (?:budget|deficit|government|spending)|Gramm-Rudman|House Budget|Senate Budget|Office of Management and Budget)\\b");
  private static final Pattern FISCAL_BEFORE = Pattern.compile("(?i)\\bfiscal\\s+$");
  private static final Pattern YEAR_VALUE = Pattern.compile("^((?:19|20)\\d\\d)$");

  /**
   * "fiscal year 1988", "fiscal 1988": a fiscal year, not the calendar year — of the US federal
   * government (ending 30 September) in a story about its budget, else of the story's company when
   * the story says when its year ends ({@link FiscalYear}).
   */
  static TimeExpression fiscal(TimeExpression t, String text, int fiscalEnd) {
    String before = text.substring(Math.max(0, t.span().begin() - 12), t.span().begin());
    Matcher y = YEAR_VALUE.matcher(t.value() == null ? "" : t.value());
    if (!y.matches() || !(FISCAL_BEFORE.matcher(before).find() || t.text().toLowerCase(Locale.ROOT).startsWith("fiscal"))) {
      return t;
    }
    int year = Integer.parseInt(y.group(1));
    int endMonth = FEDERAL.matcher(text).find() && fiscalEnd == FiscalYear.DECEMBER ? 9 : fiscalEnd;
    if (endMonth == FiscalYear.DECEMBER) {
      return t;
    }
    LocalDate end = LocalDate.of(year, endMonth, 1).with(TemporalAdjusters.lastDayOfMonth());
    return t.dated(end.minusYears(1).plusDays(1), end);
  }

  private static final Pattern FEW =
      Pattern.compile("(?i)^(?:in |within |over )?(?:the )?(?:(?:next|coming|following) )?(?:a )?few (day|week|month|year)s$");
  private static final Pattern PART_OF = Pattern.compile("(?i)^(early|late)\\b");

  /**
   * "the next few weeks" is about three of them from publication (SUTime spans up to six, from a
   * week on): a few is read as three.
   */
  static TimeExpression few(TimeExpression t, LocalDate pub) {
    Matcher m = FEW.matcher(t.text().strip());
    if (!m.matches()) {
      return t;
    }
    LocalDate end = switch (m.group(1).toLowerCase(Locale.ROOT)) {
      case "day" -> pub.plusDays(3);
      case "week" -> pub.plusWeeks(3);
      case "month" -> pub.plusMonths(3);
      default -> pub.plusYears(3);
    };
    return t.dated(pub, end);
  }

  /**
   * "early this summer", "late this year": the first or last third of a month, season or year
   * SUTime gives whole.
   */
  static TimeExpression partOf(TimeExpression t) {
    Matcher m = PART_OF.matcher(t.text().strip());
    if (!m.find() || t.begin() == null || t.end() == null) {
      return t;
    }
    long days = t.end().toEpochDay() - t.begin().toEpochDay() + 1;
    long months = ChronoUnit.MONTHS.between(t.begin(), t.end().plusDays(1));
    boolean whole = t.begin().getDayOfMonth() == 1 && t.end().plusDays(1).getDayOfMonth() == 1
        && (months == 1 || months == 3 || months == 12);
    if (!whole) {
      return t; // SUTime narrowed it already ("early 1987" as January to April)
    }
    long third = days / 3;
    return m.group(1).equalsIgnoreCase("early")
        ? t.dated(t.begin(), t.begin().plusDays(third - 1))
        : t.dated(t.end().minusDays(third - 1), t.end());
  }

  /**
   * A bare weekday in a prediction is the next one, not the last (SUTime may pick either); with a
   * part of the day ("as late as Monday morning") too, unless "on" dates something done then ("who
   * met Trump on Monday evening, said …", "a communique broadcast on Saturday evening said …").
   */
  private static TimeExpression forwardWeekday(TimeExpression t, LocalDate pub, String text) {
    Matcher w = WEEKDAY.matcher(t.text().strip());
    boolean weekday = w.matches()
        && (w.group(3) == null || !text.substring(Math.max(0, t.span().begin() - 3), t.span().begin()).equalsIgnoreCase("on "));
    if (t.end().isBefore(pub) && t.end().isAfter(pub.minusDays(7)) && weekday) {
      return t.dated(t.begin().plusDays(7), t.end().plusDays(7));
    }
    return t;
  }

}
