package org.hindsight.extract.prediction.horizon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.hindsight.extract.Horizon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Horizons SUTime leaves open or gets wrong, read from the phrase itself: calendar quarters and
 * halves (the coming one unless a year is named), year-end, the end of the decade, the rest of the
 * year, and spans counted from publication ("for up to five months", "the next two or three
 * weeks", "in a month"). Publication: Wednesday 25 March 1987.
 */
class CalendarPhrasesTest {

  private static final LocalDate PUB = LocalDate.of(1987, 3, 25);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "earnings should rise in the second quarter | 1987-04-01 | 1987-06-30",
        "a loss in the first quarter | 1987-01-01 | 1987-03-31",
        "rates may fall in the fourth quarter | 1987-10-01 | 1987-12-31",
        "profits in the third quarter of 1988 | 1988-07-01 | 1988-09-30",
        "a recovery in the 1st qtr of 1988 | 1988-01-01 | 1988-03-31",
        "the deficit will narrow in the first half of 1988 | 1988-01-01 | 1988-06-30",
        "completed in the second half | 1987-07-01 | 1987-12-31",
        "growth in the second half of the year | 1987-07-01 | 1987-12-31",
        "the bank will review it by year-end | 1987-03-25 | 1987-12-31",
        "by the end of the year | 1987-03-25 | 1987-12-31",
        "by the end of 1988 | 1987-03-25 | 1988-12-31",
        "by the end of the decade | 1987-03-25 | 1989-12-31",
        "weak for the rest of the year | 1987-03-25 | 1987-12-31",
        "through the remainder of the year | 1987-03-25 | 1987-12-31",
        "the plant will close for up to five months | 1987-03-25 | 1987-08-25",
        "rainfall in the next two or three weeks | 1987-03-25 | 1987-04-15",
        "it might be in a month | 1987-03-25 | 1987-04-25",
        "over the next four years | 1987-03-25 | 1991-03-25",
        "within 10 days | 1987-03-25 | 1987-04-04",
        "talks before the fourth quarter | 1987-03-25 | 1987-09-30",
        "likely to be ousted in three to four years | 1987-03-25 | 1991-03-25",
        "a major exporter by the early 1990s | 1990-01-01 | 1994-12-31",
        "demand will grow in the 1990s | 1990-01-01 | 1999-12-31",
        "prices should firm during the current year | 1987-03-25 | 1987-12-31",
        "production should begin late in the year | 1987-03-25 | 1987-12-31",
        "rates could ease later in the week | 1987-03-25 | 1987-03-29",
        "the first-quarter profit could be the strongest on Wall Street | 1987-01-01 | 1987-03-31",
        "a third-quarter recovery | 1987-07-01 | 1987-09-30",
        "first-half earnings should rise | 1987-01-01 | 1987-06-30",
        "a second-half upturn is expected | 1987-07-01 | 1987-12-31",
      })
  void readsThePhrase(String text, String start, String end) {
    assertSpan(CalendarPhrases.find(text, PUB), start, end, text);
  }

  private static void assertSpan(Horizon h, String start, String end, String text) {
    assertEquals(LocalDate.parse(start), h.start(), text);
    assertEquals(LocalDate.parse(end), h.end(), text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "profits rose in the last quarter",
        "sales fell in the past three months",
        "over the last two years",
        "a quarter of the shares",
        "earnings for the fourth quarter of 1986",
        "the company's fiscal year",
        "exports grew in the 1970s",
      })
  void leavesPastAndOtherPhrasesAlone(String text) {
    assertNull(CalendarPhrases.find(text, PUB), text);
  }

  /** A year written as a number ends the horizon at its last day; past years, ranges and longer numbers do not count. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1987 sales will again be below the previous year | 1987-12-31",
        "would lower its 1987 and 1988 revenues | 1988-12-31",
        "fiscal 1988 deficit reduction target | 1988-12-31",
        "after the 1985 reorganisation | ",
        "the 1987-88 crop | ",
        "about 1,987 tonnes | ",
      })
  void aYearNamedAsANumber(String text, String end) {
    Horizon h = CalendarPhrases.namedYear(text, PUB);
    if (end == null) {
      assertNull(h, String.valueOf(h));
    } else {
      assertEquals(PUB, h.start());
      assertEquals(LocalDate.parse(end), h.end());
    }
  }

  /** Quarters and halves of a company's fiscal year, named without a year: the coming fiscal one. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a year ending in May: the fourth quarter is March to May, in progress
        "5 | a sharp rise in fourth quarter net | 1987-03-01 | 1987-05-31",
        "5 | a tax break in the fourth quarter | 1987-03-01 | 1987-05-31",
        "5 | sales should improve in the first quarter | 1987-06-01 | 1987-08-31",
        "5 | results for the second half | 1986-12-01 | 1987-05-31",
        // a year ending in January: the first quarter is February to April
        "1 | pressure in the first quarter | 1987-02-01 | 1987-04-30",
        "1 | a profit in the third quarter | 1987-08-01 | 1987-10-31",
        // a quarter that just ended is the one being reported: its results within a quarter of its end
        "5 | would report a third quarter net of about 200 mln dlrs | 1987-03-25 | 1987-05-29",
        "1 | expects to report a loss for the fourth quarter | 1987-03-25 | 1987-05-01",
        // a named year keeps the calendar
        "5 | the fourth quarter of 1987 | 1987-10-01 | 1987-12-31",
        // the calendar year
        "12 | rates may fall in the fourth quarter | 1987-10-01 | 1987-12-31",
      })
  void fiscalQuarters(int fiscalEnd, String text, String start, String end) {
    assertSpan(CalendarPhrases.period(text, PUB, fiscalEnd), start, end, text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "it earned 988 mln dlrs in the full year ended May 31 1986 | 5",
        "a profit for the first nine months ended February 28 | 5",
        "earnings in the first half ended November 30 | 5",
        "net in the second quarter ended November 30 | 5",
        "a loss for fiscal 1986 ended January 31 | 1",
        "results in the first quarter ending April 30 | 1",
        "the first three quarters ended September 30 | 12",
        "net profit for the financial year to June 30 | 6",
        // a twelve-month statistic is no fiscal year
        "consumer prices rose 3.2 pct in the year to February | 12",
        "profits rose in the fourth quarter | 12",
        "a loss in the two months ended February 28 | 12",
      })
  void fiscalYearEnd(String story, int month) {
    assertEquals(month, FiscalYear.endMonth(story), story);
  }

  @Test
  void aFiscalQuarterThatSaysWhenItEnds() {
    Horizon h = CalendarPhrases.period("the gain in the fourth fiscal quarter ending in May", PUB);
    assertEquals(LocalDate.of(1987, 5, 31), h.end());
  }
}
