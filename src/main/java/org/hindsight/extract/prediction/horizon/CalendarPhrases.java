package org.hindsight.extract.prediction.horizon;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hindsight.extract.Horizon;

/**
 * Horizons read from calendar phrases that SUTime leaves open or widens: quarters and halves ("in
 * the fourth quarter", "the first half of 1988", "first-quarter profit": the coming one when no year
 * is named), year-end and the end of a named year or of the decade, the rest of the year, and
 * spans counted from publication ("for up to five months", "the next two or three weeks": the
 * longer, "in a month", "within 10 days"). "before" ends the day before the period; "by" and the
 * spans start at publication. A period that ended before publication is no horizon ("earnings for
 * the fourth quarter of 1986"), nor is a past span ("the past three months"); a quarter or half
 * named without a year that ended in the two months before publication is the one whose results
 * are awaited, due within a quarter of its end. Stateless.
 */
public final class CalendarPhrases {

  private static final String ORDINAL = "(first|second|third|fourth|1st|2nd|3rd|4th)";
  private static final String YEAR = "(?:\\s+of\\s+(?:fiscal\\s+)?|\\s+)(?:the\\s+year|(1[89]\\d\\d|20\\d\\d))";
  private static final Pattern QUARTER =
      Pattern.compile("(?i)\\b(before\\s+|by\\s+)?(?:the\\s+)?" + ORDINAL + "(?:\\s+|-)(?:fiscal\\s+)?(?:quarter|qtr)(?:" + YEAR + ")?\\b");
  private static final Pattern RELEASE =
      Pattern.compile("(?i)\\b(release|releases|report|reports|announce|announces|publish|publishes|post|posts)\\b(?:\\s+\\w+)?\\s*$");

  /** What a period measures, right after it: "first quarter results", "first half net profit". */
  private static final Pattern MEASURED = Pattern.compile(
      "(?i)\\s+(?:net\\s+)?(?:results|earnings|net|profits?|loss(?:es)?|sales|revenues?|figures|dividends?|output|production)\\b");
  /** The year as a whole, unnamed: "full year earnings", "we expect an excellent year" (not "the full year ended …"). */
  private static final Pattern WHOLE_YEAR = Pattern.compile(
      "(?i)\\b(?:full[- ]year|(?:an?|this) (?:excellent|good|very good|strong|record|better|difficult|tough|poor|bad|weak) year)\\b"
          + "(?!\\s+(?:ended|ending|to)\\b)");
  private static final Pattern HALF =
      Pattern.compile("(?i)\\b(before\\s+|by\\s+)?(?:the\\s+)?(first|second|1st|2nd)(?:\\s+|-)half(?:" + YEAR + ")?\\b");
  private static final Pattern YEAR_END =
      Pattern.compile("(?i)\\b(?:year[- ]end|end of (?:the|this) year|end of (1[89]\\d\\d|20\\d\\d)|end-(1[89]\\d\\d|20\\d\\d))\\b");
  private static final Pattern DECADE = Pattern.compile("(?i)\\bend of (?:the|this) decade\\b");
  /** "the 1990s", "the early 1990s", "the mid-1990s", "the late 1990s". */
  private static final Pattern DECADE_NAMED = Pattern.compile("(?i)\\b(early|mid|late)?[- ]?(1[89]\\d0|20\\d0)'?s\\b");
  private static final Pattern REST_OF_YEAR =
      Pattern.compile("(?i)\\b(?:(?:rest|remainder|balance) of (?:the|this) year|(?:the )?current (?:calendar )?year|late (?:in )?(?:the|this) year|later (?:in )?(?:the|this) year)\\b");
  /** "later in the week", "later this week": to the end of the publication week (Sunday). */
  private static final Pattern LATER_WEEK = Pattern.compile("(?i)\\blater (?:in |this )(?:the )?week\\b");
  private static final Pattern SPAN =
      Pattern.compile(
          "(?i)\\b(for|over|in|within|during|inside)\\s+(?:up to\\s+|about\\s+|at least\\s+|the\\s+)?(?:(next|coming|following)\\s+)?"
              + "(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})(?:\\s+(?:or|to)\\s+(two|three|four|five|six|seven|eight|nine|ten|twelve|\\d{1,3}))?\\s+)?"
              + "(day|week|month|year)s?\\b");
  private static final List<String> NUMBERS =
      List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");

  /** A year written as a number, not part of a longer number or a range: "1987 sales", "in 1988", "fiscal 1988". */
  private static final Pattern YEAR_NUMBER = Pattern.compile("(?<![\\d.,/-])((?:19|20)\\d\\d)(?![\\d.,/-]\\d)");

  /** A period named without a year that ended at most this many days before publication is the one being reported. */
  static final int JUST_ENDED_DAYS = 62;
  /** Days after a period's end by which its results are out. */
  static final int REPORTING_DAYS = 90;

  private CalendarPhrases() {}

  /**
   * A year a prediction names as a number, for when no time expression inside it was found
   * ("1987 sales will again be below the previous year", "the delay would lower Genentech's 1987
   * revenues"): the outcome is known by the end of that year. A year before publication is no
   * horizon; with several, the latest.
   */
  public static Horizon namedYear(String text, LocalDate pub) {
    Matcher m = YEAR_NUMBER.matcher(text);
    int latest = -1;
    String label = null;
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      if (maturity(text, m.start())) {
        continue;
      }
      if (y >= pub.getYear() && y <= pub.getYear() + 30 && y > latest) {
        latest = y;
        label = m.group(1);
      }
    }
    return latest < 0 ? null : new Horizon(label, pub, LocalDate.of(latest, 12, 31));
  }

  /**
   * Whether the date starting at {@code at} is when a security falls due ("convertible subordinated
   * debentures due 1999", "notes due September 15, 1990", "a 24-day repurchase agreement due April
   * 20", "bills maturing May 6"): the paper's maturity, not when anything predicted happens; so is
   * the day a coupon or interest is payable ("for a yield on the first coupon, payable April 1,
   * 1988"). "The report is due in June" is a horizon: only "due" right after the paper counts.
   */
  public static boolean maturity(String text, int at) {
    String before = text.substring(Math.max(0, at - 60), at);
    return MATURITY.matcher(before).find();
  }

  /** A month and its day before the date's year ("September 15, "), or nothing. */
  private static final String MONTH_DAY =
      "(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\\s+(?:\\d{1,2},?\\s+)?)?$";

  private static final Pattern MATURITY = Pattern.compile(
      "(?i)\\b(?:notes?|debentures?|bonds?|eurobonds?|loans?|securities|issues?|paper|certificates|obligations|debt|warrants"
          + "|preferred|stock|shares|gilts?|treasuries|bills|tranche|agreements?|repurchases?|repos?|deposits?|facility)\\s+due\\s+"
          + MONTH_DAY
          // "39-day bills maturing May 6": paper falls due on that day, whatever is sold before it
          + "|\\bmaturing\\s+(?:on\\s+)?" + MONTH_DAY
          // "a yield on the first coupon, payable April 1, 1988": when the paper pays, not when it is sold
          + "|\\b(?:coupons?|interest),?\\s+payable\\s+(?:on\\s+)?" + MONTH_DAY);

  /** The horizon a calendar phrase in {@code text} names, read against publication; null when none does. */
  public static Horizon find(String text, LocalDate pub) {
    return find(text, pub, FiscalYear.DECEMBER);
  }

  /** {@link #find(String, LocalDate)} for a story whose company's fiscal year ends in month {@code fiscalEnd}. */
  public static Horizon find(String text, LocalDate pub, int fiscalEnd) {
    Horizon h = period(text, pub, fiscalEnd);
    return h != null ? h : countedSpan(text, pub);
  }

  /**
   * Quarters, halves, year-end, the decade's end, the rest of the year: what SUTime gets wrong
   * outright. A fiscal period that says when it ends ("the first quarter ending April 30", "the
   * financial year ending June") ends then.
   */
  public static Horizon period(String text, LocalDate pub) {
    return period(text, pub, FiscalYear.DECEMBER);
  }

  /**
   * {@link #period(String, LocalDate)} for a story whose company's fiscal year ends in month {@code
   * fiscalEnd} ({@link FiscalYear}): a quarter or half named without a year is the fiscal one ("the
   * fourth quarter" of a year ending in May is March to May).
   */
  public static Horizon period(String text, LocalDate pub, int fiscalEnd) {
    return period(text, pub, fiscalEnd, false);
  }

  /** A period that names what a clause releases: "to release first quarter results". */
  private static boolean released(String text, Matcher m) {
    return MEASURED.matcher(text.substring(m.end())).lookingAt()
        && RELEASE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find();
  }

  /**
   * {@link #period(String, LocalDate, int)}, leaving out, when {@code eventOnly}, a quarter or half
   * that names what a clause releases ("will release first quarter results in the third week in
   * April", "would report a third quarter net"): the release is bounded by the clause's other time
   * words, if it has any.
   */
  public static Horizon period(String text, LocalDate pub, int fiscalEnd, boolean eventOnly) {
    Horizon ending = StatedPeriods.of(text, pub);
    if (ending != null) {
      return ending;
    }
    Matcher m = QUARTER.matcher(text);
    while (m.find()) {
      if (eventOnly && released(text, m)) {
        continue;
      }
      int q = ordinal(m.group(2));
      Horizon h = m.group(3) == null && fiscalEnd != FiscalYear.DECEMBER
          ? fiscal(m.group(), m.group(1), pub, fiscalEnd % 12 + 3 * (q - 1) + 1, 3)
          : period(m.group(), m.group(1), m.group(3), pub, 3 * q - 2, 3);
      if (h != null) {
        return h;
      }
    }
    m = HALF.matcher(text);
    while (m.find()) {
      if (eventOnly && released(text, m)) {
        continue;
      }
      int first = ordinal(m.group(2)) == 1 ? 1 : 7;
      Horizon h = m.group(3) == null && fiscalEnd != FiscalYear.DECEMBER
          ? fiscal(m.group(), m.group(1), pub, fiscalEnd % 12 + first, 6)
          : period(m.group(), m.group(1), m.group(3), pub, first, 6);
      if (h != null) {
        return h;
      }
    }
    m = WHOLE_YEAR.matcher(text);
    if (m.find()) {
      LocalDate end = LocalDate.of(pub.getYear(), fiscalEnd, 1).with(TemporalAdjusters.lastDayOfMonth());
      if (end.isBefore(pub)) {
        if (justEnded(end, pub)) {
          return reported(m.group(), end, pub);
        }
        end = end.plusYears(1).with(TemporalAdjusters.lastDayOfMonth());
      }
      return new Horizon(m.group(), pub, end);
    }
    m = DECADE.matcher(text);
    if (m.find()) {
      return new Horizon(m.group(), pub, LocalDate.of(pub.getYear() / 10 * 10 + 9, 12, 31));
    }
    m = DECADE_NAMED.matcher(text);
    while (m.find()) {
      int decade = Integer.parseInt(m.group(2));
      String part = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
      int first = decade + (part.equals("mid") ? 3 : part.equals("late") ? 6 : 0);
      int last = decade + (part.equals("early") ? 4 : part.equals("mid") ? 6 : 9);
      if (last >= pub.getYear()) {
        return new Horizon(m.group(), LocalDate.of(Math.max(first, pub.getYear()), 1, 1).isBefore(pub) ? pub : LocalDate.of(first, 1, 1),
            LocalDate.of(last, 12, 31));
      }
    }
    m = LATER_WEEK.matcher(text);
    if (m.find()) {
      return new Horizon(m.group(), pub, pub.with(TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY)));
    }
    m = YEAR_END.matcher(text);
    if (m.find()) {
      String y = m.group(1) != null ? m.group(1) : m.group(2);
      LocalDate end = LocalDate.of(y != null ? Integer.parseInt(y) : pub.getYear(), 12, 31);
      return end.isBefore(pub) ? null : new Horizon(m.group(), pub, end);
    }
    m = REST_OF_YEAR.matcher(text);
    if (m.find()) {
      return new Horizon(m.group(), pub, pub.with(TemporalAdjusters.lastDayOfYear()));
    }
    return null;
  }

  /** A span counted from publication ("for up to five months", "the next two or three weeks"). */
  public static Horizon countedSpan(String text, LocalDate pub) {
    return countedSpan(text, pub, false);
  }

  /**
   * {@link #countedSpan}'s span when it opens with "in", "within" or "inside" and counts with a
   * number ("in about 10 days", "within the next 30 days"; not "in a week", "for two years"): it
   * bounds the event from publication. Null otherwise.
   */
  public static Horizon countedFromNow(String text, LocalDate pub) {
    return countedSpan(text, pub, true);
  }

  private static final Set<String> FROM_NOW = Set.of("in", "within", "inside");

  private static Horizon countedSpan(String text, LocalDate pub, boolean fromNow) {
    Matcher m = SPAN.matcher(text);
    while (m.find()) {
      boolean counted = m.group(3) != null || m.group(2) != null;
      if (!counted) {
        continue; // "in the week", "for years": no count, no horizon
      }
      int n = m.group(4) != null ? number(m.group(4)) : m.group(3) != null ? number(m.group(3)) : 1;
      if (n <= 0) {
        continue;
      }
      boolean numbered = m.group(4) != null || m.group(3) != null && !m.group(3).equalsIgnoreCase("a")
          && !m.group(3).equalsIgnoreCase("an");
      if (fromNow && !(FROM_NOW.contains(m.group(1).toLowerCase(Locale.ROOT)) && numbered)) {
        return null;
      }
      return new Horizon(m.group(), pub, plus(pub, n, m.group(5)));
    }
    return null;
  }

  /**
   * A quarter or half starting in month {@code first}, {@code months} long, of the named year or
   * else the coming one (this year's if it has not ended, next year's otherwise); null when the
   * named one ended before publication.
   */
  private static Horizon period(String label, String prep, String year, LocalDate pub, int first, int months) {
    int y = year != null ? Integer.parseInt(year) : pub.getYear();
    LocalDate start = LocalDate.of(y, first, 1);
    LocalDate end = start.plusMonths(months).minusDays(1);
    if (end.isBefore(pub)) {
      if (year != null) {
        return null;
      }
      if (prep == null && justEnded(end, pub)) {
        return reported(label, end, pub);
      }
      start = start.plusYears(1);
      end = start.plusMonths(months).minusDays(1);
    }
    if (prep != null && prep.strip().equalsIgnoreCase("before")) {
      return new Horizon(label, pub, start.minusDays(1).isBefore(pub) ? pub : start.minusDays(1));
    }
    if (prep != null) {
      return new Horizon(label, pub, end);
    }
    return new Horizon(label, start, end);
  }

  /**
   * The coming fiscal quarter or half that starts in month {@code first} (13 and over: of the next
   * calendar year), {@code months} long: the one in progress at publication or the next.
   */
  private static Horizon fiscal(String label, String prep, LocalDate pub, int first, int months) {
    LocalDate start = LocalDate.of(pub.getYear() - 1, 1, 1).plusMonths(first - 1L);
    while (start.plusMonths(months).minusDays(1).isBefore(pub)) {
      start = start.plusYears(1);
    }
    LocalDate lastEnd = start.minusYears(1).plusMonths(months).minusDays(1);
    if (prep == null && justEnded(lastEnd, pub)) {
      return reported(label, lastEnd, pub);
    }
    return period(label, prep, String.valueOf(start.getYear()), pub, start.getMonthValue(), months);
  }

  /**
   * Whether a period named without a year ended so shortly before publication that it is the one
   * whose results are awaited ("expects to report a fourth quarter loss" in February), not next
   * year's.
   */
  private static boolean justEnded(LocalDate end, LocalDate pub) {
    return !end.isBefore(pub.minusDays(JUST_ENDED_DAYS));
  }

  /** The results of a period that just ended are reported within about a quarter of its end. */
  private static Horizon reported(String label, LocalDate end, LocalDate pub) {
    return new Horizon(label, pub, end.plusDays(REPORTING_DAYS));
  }

  private static int ordinal(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "first", "1st" -> 1;
      case "second", "2nd" -> 2;
      case "third", "3rd" -> 3;
      default -> 4;
    };
  }

  /** {@code n} days, weeks, months or years ({@code unit}, any case; anything else is years) after {@code from}. */
  static LocalDate plus(LocalDate from, int n, String unit) {
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "day" -> from.plusDays(n);
      case "week" -> from.plusWeeks(n);
      case "month" -> from.plusMonths(n);
      default -> from.plusYears(n);
    };
  }

  /** A count written as digits or words: "a", "three", "twelve", "ninety", "30". */
  static int number(String s) {
    String x = s.toLowerCase(Locale.ROOT);
    if (x.equals("a") || x.equals("an")) {
      return 1;
    }
    int k = NUMBERS.indexOf(x);
    if (k >= 0) {
      return k;
    }
    return switch (x) {
      case "fifteen" -> 15;
      case "twenty" -> 20;
      case "thirty" -> 30;
      case "forty" -> 40;
      case "forty-five" -> 45;
      case "sixty" -> 60;
      case "ninety" -> 90;
      default -> Integer.parseInt(x);
    };
  }
}
