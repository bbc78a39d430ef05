package org.hindsight.extract.prediction.horizon;

import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The month a company's fiscal year ends, read from the periods its own story reports: "the full
 * year ended May 31 1986", "the first nine months ended February 28", "the first half ended
 * November 30", "the third quarter ending April 30". Wire copy about company results names
 * quarters of the fiscal year ("a sharp rise in fourth quarter net"), which for a company whose
 * year ends in May is March to May, not October to December. The first period found decides;
 * December when none is (the calendar year). Stateless.
 */
public final class FiscalYear {

  /** The calendar year. */
  public static final int DECEMBER = 12;

  private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December)";
  private static final String ENDED = "\\s+(?:ended|ending|that ended|which ended|to)\\s+(?:on\\s+|in\\s+)?" + MONTH + "\\b";
  /** The whole year: "year ended May 31", "fiscal 1986 ended January 31", "1985/86 ended May 31". */
  private static final Pattern YEAR = Pattern.compile(
      "(?i)\\b(?:(?:fiscal|financial|full|business)\\s+year|fiscal\\s+(?:19|20)\\d\\d|(?:19|20)\\d\\d/\\d\\d)" + ENDED);
  /** Part of the year from its start: "first nine months ended", "first three quarters ended", "first half ended". */
  private static final Pattern PART = Pattern.compile(
      "(?i)\\b(?:first\\s+)?(three|six|nine|two|1st|first|second|third|fourth|2nd|3rd|4th)\\s+(months|quarters|quarter|half)" + ENDED);

  private FiscalYear() {}

  /** The month (1–12) the fiscal year of the story's company ends; December when the story does not say. */
  public static int endMonth(String story) {
    int at = Integer.MAX_VALUE;
    int month = DECEMBER;
    Matcher m = YEAR.matcher(story);
    if (m.find()) {
      at = m.start();
      month = month(m.group(1));
    }
    m = PART.matcher(story);
    while (m.find() && m.start() < at) {
      int months = monthsFromStart(m.group(1).toLowerCase(Locale.ROOT), m.group(2).toLowerCase(Locale.ROOT));
      if (months > 0) {
        return (month(m.group(3)) + 12 - months - 1) % 12 + 1;
      }
    }
    return month;
  }

  /**
   * How many months of the fiscal year a period covers from its start: "nine months" 9, "three
   * quarters" 9, "second quarter" 6, "first half" 6; 0 when it does not say ("two months").
   */
  private static int monthsFromStart(String count, String unit) {
    int n = switch (count) {
      case "first", "1st" -> 1;
      case "second", "2nd", "two" -> 2;
      case "third", "3rd", "three" -> 3;
      case "fourth", "4th" -> 4;
      case "six" -> 6;
      case "nine" -> 9;
      default -> 0;
    };
    return switch (unit) {
      case "months" -> n == 3 || n == 6 || n == 9 ? n : 0;
      case "quarter", "quarters" -> n <= 4 ? 3 * n : 0;
      case "half" -> n <= 2 ? 6 * n : 0;
      default -> 0;
    };
  }

  private static int month(String name) {
    return Month.valueOf(name.toUpperCase(Locale.ROOT)).getValue();
  }
}
