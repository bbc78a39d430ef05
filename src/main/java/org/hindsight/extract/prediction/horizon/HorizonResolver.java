package org.hindsight.extract.prediction.horizon;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hindsight.article.Span;
import org.hindsight.extract.Horizon;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.TimeExpression;

/**
 * Gives a prediction its horizon: the time expressions of its sentence (normalised by the NLP
 * stage against the publication date) read together with the preposition before them, plus rules
 * for vague phrases SUTime leaves open. Rules for vague horizons:
 *
 * <ul>
 *   <li>"by X", "until X", "no later than X": from publication to the end of X.
 *   <li>"before X": from publication to the day before X begins.
 *   <li>"in/within the (coming|next|following) hours", "the hours following": two days.
 *   <li>"as soon as X", "in X", "next X": X itself.
 *   <li>an expression that ends before publication is not a horizon (a past event).
 *   <li>calendar periods SUTime widens or misses — quarters, halves, year-end, the end of the
 *       decade, the rest of the year — and spans counted from publication ("within N days", "for
 *       up to five months", "the next two or three weeks"): {@link CalendarPhrases}; a period in
 *       the prediction's own span wins over SUTime's reading.
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class HorizonResolver {

  /** "earlier this week", "last month", "two days ago": the past, though the period may run on. */
  private static final Pattern PAST_WORDS = Pattern.compile("(?i)\\b(earlier|last|previous|past|ago|recent|recently)\\b");
  /** "the present order intake", "now", "currently": the state at publication, never a horizon. */
  private static final Pattern PRESENT_WORDS = Pattern.compile("(?i)(the )?(present|now|currently|current|nowadays|at present)");
  private static final Pattern HOURS =
      Pattern.compile("(?i)\\b(in|within|over) the (coming |next |following )?(few )?hours\\b|\\bhours (following|after)\\b");

  private static final Pattern ANAPHORIC =
      Pattern.compile(
          "(?i)\\b(before|by|until) (then|that time|that date|(?:the|that|this|his|her|its|their)(?: own)? deadline)\\b");
  private static final Pattern WEEKDAY =
      Pattern.compile("(?i)^(on |this |next |coming )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
          + "( morning| afternoon| evening| night)?$");
  /** A span counted from publication that opens with "in" or "within" ("in about 10 days", "within the next 30 days"). */
  private static final Pattern COUNTED_FROM_NOW = Pattern.compile(
      "(?i)^(in|within|inside)\\b.*\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s");

  private static final List<String> MONTHS =
      List.of("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december");
  private static final Pattern MONTH_NAME =
      Pattern.compile("\\b(early|mid|late)?[- ]?(January|February|March|April|May|June|July|August|September"
          + "|October|November|December)\\b");

  private HorizonResolver() {}

  /**
   * A month SUTime left untagged ("in mid-October"): its next occurrence from publication (this
   * year if not yet over, else next year); "early"/"mid"/"late" take the first, middle or last third.
   */
  static Horizon namedMonth(String spanText, LocalDate pub) {
    Matcher m = MONTH_NAME.matcher(spanText);
    while (m.find()) {
      if (m.group(2).equals("May") && m.group(1) == null) {
        continue; // the modal, as often as the month
      }
      int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
      LocalDate first = LocalDate.of(pub.getYear(), month, 1);
      if (first.plusMonths(1).isBefore(pub) || first.plusMonths(1).isEqual(pub)) {
        first = first.plusYears(1);
      }
      LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
      LocalDate start = first;
      LocalDate end = last;
      if (m.group(1) != null) {
        switch (m.group(1)) {
          case "early" -> end = first.withDayOfMonth(10);
          case "mid" -> {
            start = first.withDayOfMonth(10);
            end = first.withDayOfMonth(20);
          }
          default -> start = first.withDayOfMonth(20);
        }
      }
      if (start.isBefore(pub)) {
        start = pub;
      }
      return new Horizon(m.group().strip(), start, end.isBefore(start) ? start : end);
    }
    return null;
  }

  /**
   * "before then", "by that date": the last date after publication named in the sentences before
   * (up to six back); "by the deadline", "before his own deadline": {@link #namedDeadline}.
   */
  private static Horizon anaphoric(AnnotatedDocument doc, Sentence s, Span span, LocalDate pub) {
    Matcher a = ANAPHORIC.matcher(s.span().of(doc.article().text()));
    if (!a.find()) {
      return null;
    }
    TimeExpression best =
        a.group(2).toLowerCase(Locale.ROOT).endsWith("deadline") ? namedDeadline(doc, s, pub) : null;
    for (int k = s.index() - 1; k >= Math.max(0, s.index() - 6) && best == null; k--) {
      for (TimeExpression t : doc.times()) {
        if (t.sentence() == k && t.resolved() && t.end().isAfter(pub)) {
          best = t;
        }
      }
    }
    if (best == null) {
      return null;
    }
    boolean before = a.group(1).equalsIgnoreCase("before") && !best.text().toLowerCase(Locale.ROOT).contains("end");
    LocalDate end = before ? best.begin().minusDays(1) : best.end();
    return new Horizon(a.group() + " (" + best.text() + ")", pub, end.isBefore(pub) ? pub : end);
  }

  /**
   * What "the deadline" (or "his own deadline") refers to: the nearest earlier sentence that says
   * "deadline" next to a date after publication ("Trump's August 1 deadline"), else the latest
   * date after publication named anywhere before. A deadline is the date an article counts down
   * to, and is often set out paragraphs earlier ("sanctions return at the end of September").
   */
  private static TimeExpression namedDeadline(AnnotatedDocument doc, Sentence s, LocalDate pub) {
    String text = doc.article().text();
    for (int k = s.index() - 1; k >= 0; k--) {
      if (!doc.sentences().get(k).span().of(text).toLowerCase(Locale.ROOT).contains("deadline")) {
        continue;
      }
      TimeExpression last = null;
      for (TimeExpression t : doc.times()) {
        if (t.sentence() == k && t.resolved() && t.end().isAfter(pub)) {
          last = t;
        }
      }
      if (last != null) {
        return last;
      }
    }
    TimeExpression latest = null;
    for (TimeExpression t : doc.times()) {
      if (t.sentence() < s.index() && t.resolved() && t.end().isAfter(pub)
          && (latest == null || t.end().isAfter(latest.end()))) {
        latest = t;
      }
    }
    return latest;
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
    int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
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
    return new TimeExpression(t.text(), t.span(), t.sentence(), t.type(), t.value(), begin, end);
  }

  private static final Pattern COMING_MONTH = Pattern.compile(
      "(?i)(next|this coming|coming)\\s+(january|february|march|april|may|june|july|august|september|october|november|december)");
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
    return new TimeExpression(t.text(), t.span(), t.sentence(), t.type(), t.value(), on, on);
  }

  private static final Pattern MONTH_ONLY = Pattern.compile(
      "(?i)(january|february|march|april|may|june|july|august|september|october|november|december)(,?\\s+(19|20)\\d\\d)?");
  private static final List<String> DAY_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
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
    return new TimeExpression(t.text(), t.span(), t.sentence(), t.type(), t.value(), end.minusYears(1).plusDays(1), end);
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
    return new TimeExpression(t.text(), t.span(), t.sentence(), t.type(), t.value(), pub, end);
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
        ? new TimeExpression(t.text(), t.span(), t.sentence(), t.type(), t.value(), t.begin(), t.begin().plusDays(third - 1))
        : new TimeExpression(t.text(), t.span(), t.sentence(), t.type(), t.value(), t.end().minusDays(third - 1), t.end());
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
      return new TimeExpression(t.text(), t.span(), t.sentence(), t.type(), t.value(),
          t.begin().plusDays(7), t.end().plusDays(7));
    }
    return t;
  }

  /** A clock time read off bare numbers ("about five to six" mln dlrs): no time of day is written as words alone here. */
  private static boolean bareClock(TimeExpression t) {
    return "TIME".equals(t.type()) && !CLOCK.matcher(t.text()).find();
  }

  private static final Pattern CLOCK =
      Pattern.compile("(?i)\\d:\\d\\d|\\b(a\\.?m|p\\.?m|o'clock|noon|midnight|morning|afternoon|evening|night|tonight|hours?|gmt|edt|est|bst)\\b");

  /** Inside the span beats outside; after publication beats the publication day; narrower wins. */
  private static boolean better(TimeExpression t, TimeExpression best, Span span, LocalDate pub) {
    boolean in = span.contains(t.span());
    boolean bestIn = span.contains(best.span());
    if (in != bestIn) {
      return in;
    }
    boolean after = t.end().isAfter(pub);
    boolean bestAfter = best.end().isAfter(pub);
    if (after != bestAfter) {
      return after;
    }
    long width = t.end().toEpochDay() - t.begin().toEpochDay();
    long bestWidth = best.end().toEpochDay() - best.begin().toEpochDay();
    return width < bestWidth;
  }

  public static Horizon resolve(AnnotatedDocument doc, Sentence s, Span span) {
    if (doc.article().published() == null) {
      return null;
    }
    LocalDate pub = doc.article().publishedDate();
    String text = doc.article().text();
    Horizon anaphoric = anaphoric(doc, s, span, pub);
    if (anaphoric != null) {
      return anaphoric;
    }
    int fiscalEnd = FiscalYear.endMonth(text);
    Horizon period = CalendarPhrases.period(span.of(text), pub, fiscalEnd, true);
    if (period != null) {
      return period;
    }
    // a period that names what is measured ("first quarter results") is left to the last resort
    Horizon measured = CalendarPhrases.period(span.of(text), pub, fiscalEnd);
    String measuredText = measured == null ? null : measured.text().toLowerCase(Locale.ROOT);
    // "final figures for March will be released in about 10 days": the span counted from
    // publication bounds the event; a month in the clause may name what is measured
    Horizon counted = CalendarPhrases.countedSpan(span.of(text), pub);
    if (counted != null && COUNTED_FROM_NOW.matcher(counted.text()).find()) {
      return counted;
    }
    TimeExpression best = null;
    for (TimeExpression raw : doc.times()) {
      if (raw.sentence() != s.index() || !raw.resolved()) {
        continue;
      }
      TimeExpression t = fiscal(partOf(few(namedDay(comingMonth(forwardWeekday(raw, pub, text), pub, text), text), pub)),
          text, fiscalEnd);
      if (CalendarPhrases.maturity(text, t.span().begin())
          || measuredText != null && measuredText.contains(t.text().toLowerCase(Locale.ROOT).strip())) {
        continue;
      }
      if (t.end().isBefore(pub) || PAST_WORDS.matcher(t.text()).find() || PRESENT_WORDS.matcher(t.text()).matches()
          || bareClock(t)) {
        continue;
      }
      if (best == null || better(t, best, span, pub)) {
        best = t;
      }
    }
    if (best == null || !span.contains(best.span()) || !best.end().isAfter(pub)) {
      // a year the prediction names ("its 1987 earnings") beats a date outside it and "today"
      Horizon year = CalendarPhrases.namedYear(span.of(text), pub);
      if (year != null) {
        return year;
      }
    }
    if (best != null) {
      String before = text.substring(Math.max(s.span().begin(), best.span().begin() - 25), best.span().begin())
          .toLowerCase(Locale.ROOT);
      LocalDate start = best.begin();
      LocalDate end = best.end();
      String label = best.text();
      Matcher prep = Pattern.compile("(by|until|till|before|no later than|as soon as|as early as|after)\\s*(the\\s+)?(end of\\s+)?$").matcher(before);
      if (prep.find()) {
        String p = prep.group(1);
        label = text.substring(best.span().begin() - (before.length() - prep.start()), best.span().end());
        switch (p) {
          case "before" -> {
            // "before the end of the year" ends with the year; "before December" the day before it
            if (!best.text().toLowerCase(Locale.ROOT).contains("end of") && prep.group(3) == null) {
              end = start.minusDays(1);
            }
            start = pub;
          }
          case "after" -> {
            // "after the September meeting": within the named period itself
          }
          default -> {
            if (prep.group(3) != null) {
              start = end.withDayOfMonth(1).isBefore(pub) ? pub : end.minusMonths(1);
            } else if (!p.startsWith("as")) {
              start = pub;
            }
          }
        }
      }
      if (start.isBefore(pub)) {
        start = pub;
      }
      if (end == null) {
        end = start.plusYears(1);
      }
      if (end.isBefore(start)) {
        end = start;
      }
      return new Horizon(label, start, end);
    }
    String sentenceText = s.span().of(text);
    Horizon month = namedMonth(span.of(text), pub);
    if (month != null) {
      return month;
    }
    Matcher m = HOURS.matcher(sentenceText);
    if (m.find()) {
      return new Horizon(m.group(), pub, pub.plusDays(2));
    }
    Horizon calendar = CalendarPhrases.find(span.of(text), pub, fiscalEnd);
    return calendar != null ? calendar : CalendarPhrases.find(sentenceText, pub, fiscalEnd);
  }
}
