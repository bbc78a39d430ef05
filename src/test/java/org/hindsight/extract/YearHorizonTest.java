package org.hindsight.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A prediction that names its year as a number ("1987 sales will again be below") is settled by
 * the end of that year, even when SUTime tags no date inside it and the sentence holds another
 * time word; a fiscal period that says when it ends ends then; figures are no time of day; "next
 * July" said in March is the coming July. Texts
 * written for this test, in the style of 1987 wire copy. A horizon is the rules' work: the
 * candidates are read, before the trained filter decides which to keep.
 */
class YearHorizonTest {

  private static Prediction prediction(String text, String key) {
    return WrittenPredictions.candidateHolding(Instant.parse("1987-03-26T10:00:00Z"), text, key);
  }

  /** The prediction holding {@code key} in {@code text} has a horizon that ends on {@code end}. */
  private static void endsOn(String text, String key, LocalDate end) {
    Prediction p = prediction(text, key);
    assertNotNull(p.horizon(), p.text());
    assertEquals(end, p.horizon().end(), p.horizon().toString());
  }

  @Test
  void aYearNamedInThePredictionEndsItsHorizon() {
    endsOn(
        "Brandt Chemie AG said its 1987 sales will probably again be below the previous year because of the"
            + " weak dollar, as the present order intake shows.",
        "sales will probably again be below",
        LocalDate.of(1987, 12, 31));
  }

  @Test
  void aPastYearIsNoHorizon() {
    Prediction p =
        prediction(
            "The group said profits would probably rise in the coming months after the 1985 reorganisation.",
            "profits would probably rise");
    assertTrue(p.horizon() == null || p.horizon().end().getYear() != 1985, String.valueOf(p.horizon()));
  }

  @Test
  void aYearInThePredictionBeatsTodayOutsideIt() {
    endsOn(
        "Harlow Gas Co said today a new accounting rule could reduce its 1987 earnings by about 90 cts a share.",
        "could reduce its 1987 earnings",
        LocalDate.of(1987, 12, 31));
  }

  @Test
  void aFiscalPeriodEndsWhenItSays() {
    endsOn(
        "The retailer said sales are likely to stay weak in the first quarter ending April 30.",
        "likely to stay weak",
        LocalDate.of(1987, 4, 30));
  }

  @Test
  void figuresAreNoTimeOfDay() {
    endsOn(
        "An analyst said the delay would cut the drug's sales this year to about five to six mln dlrs.",
        "would cut the drug's sales",
        LocalDate.of(1987, 12, 31));
  }

  @Test
  void nextMonthIsTheComingOne() {
    // said in March 1987: "next July 1" is 1 July 1987, not July 1988 (SUTime's reading)
    endsOn(
        "The government said a new capital gains tax will be introduced next July 1, Treasury sources said.",
        "will be introduced",
        LocalDate.of(1987, 7, 1));
    endsOn(
        "The union said its members would hold a ballot on the offer next September.",
        "would hold a ballot",
        LocalDate.of(1987, 9, 30));
  }

  @Test
  void aSecurityFallingDueIsNoHorizon() {
    // the maturity of the paper sold, not when the plan happens
    Prediction p =
        prediction(
            "Halsey Plastics Corp said it plans a one for four reverse stock split to precede a planned 30 mln dlr"
                + " offering of convertible subordinated debentures due 2004.",
            "it plans a one for four reverse stock split");
    assertTrue(p.horizon() == null || p.horizon().end().getYear() < 2004, String.valueOf(p.horizon()));
    endsOn(
        "The company said the new notes due 1995 will be offered by June 30.",
        "will be offered",
        LocalDate.of(1987, 6, 30));
    // the day the first coupon is paid is the paper's, not the pricing's
    Prediction coupon = prediction(
        "The bonds will be priced at 99.50 pct for a yield on the first coupon, payable May 15, 1988, of 8.1 pct.",
        "will be priced at 99.50 pct");
    assertTrue(coupon.horizon() == null || coupon.horizon().end().getYear() < 1988, String.valueOf(coupon.horizon()));
    // a central bank's repurchase agreement or bills falling due are the paper's dates: the sale is today
    endsOn(
        "The central bank will sell today 400 billion yen of financing bills in a 24-day repurchase agreement due"
            + " April 20 to soak up a projected surplus, money traders said.",
        "will sell today 400 billion yen",
        LocalDate.of(1987, 3, 26));
    endsOn(
        "The central bank will offer tomorrow 600 billion yen of 39-day bills maturing May 6, dealers said.",
        "will offer tomorrow 600 billion yen",
        LocalDate.of(1987, 3, 27));
  }

  @Test
  void byTheMiddleOfAYearIsItsMiddle() {
    // a fresh dev11 story (10969): SUTime reads "the middle of 1987" as May to August
    endsOn(
        "The company said by the middle of 1987 it expects to establish proven ore reserves of 500,000 ounces.",
        "it expects to establish proven ore reserves",
        LocalDate.of(1987, 6, 30));
    endsOn("Output should recover by mid-1988, the ministry said.", "Output should recover", LocalDate.of(1988, 6, 30));
  }

  @Test
  void aDayWrittenAsAWordNarrowsItsMonth() {
    endsOn(
        "The state gaming board will rule April one on the company's request for a licence.",
        "will rule April one",
        LocalDate.of(1987, 4, 1));
    endsOn(
        "The merger is expected to be completed by June three, the companies said.",
        "expected to be completed by June three",
        LocalDate.of(1987, 6, 3));
    endsOn(
        "Shipments are expected to resume in April, one trader said.",
        "expected to resume in April",
        LocalDate.of(1987, 4, 30));
  }

  @Test
  void aWeekdayWithItsPartOfTheDayInAForecastIsTheComingOne() {
    // said on Thursday 26 March 1987: "as late as Monday morning" is 30 March, not the 23rd
    endsOn("The cold front could hit Kansas and Missouri as late as Monday morning, the National Weather Service"
        + " said.", "could hit Kansas",
        LocalDate.of(1987, 3, 30));
  }

  @Test
  void aWeekdayThatDatesWhatWasDoneIsNoHorizon() {
    Prediction p = prediction("The minister, who met bankers on Monday evening, said rates would fall soon.",
        "rates would fall");
    assertTrue(p.horizon() == null || !p.horizon().end().equals(LocalDate.of(1987, 3, 30)), String.valueOf(p.horizon()));
  }

  @Test
  void aWeekdayThatDatesAPastActIsNoHorizonButAComingMeetingsIs() {
    // said on Thursday 26 March 1987: "On Friday, Washington announced plans" is last Friday's act
    // (read forward it made the horizon 27 March); "will meet on Friday, it said" is the coming one
    Prediction p = prediction("On Friday, Washington announced plans for as much as 300 mln dlrs in tariffs on Japanese"
        + " electronic goods.", "announced plans for as much as 300 mln dlrs");
    assertTrue(p.horizon() == null || !p.horizon().end().equals(LocalDate.of(1987, 3, 27)), String.valueOf(p.horizon()));
    endsOn("The board will meet on Friday to consider the offer, the company said.", "will meet", LocalDate.of(1987, 3, 27));
    endsOn("If banks were short of liquidity until the bills matured on Friday, rates could soar, dealers said.",
        "rates could soar", LocalDate.of(1987, 3, 27));
  }

  @Test
  void aSpanCountedFromPublicationBeatsTheMonthMeasured() {
    endsOn("The office said final figures for March will be released in about 10 days.", "will be released",
        LocalDate.of(1987, 4, 5));
  }

  @Test
  void aReleaseOfAQuartersResultsIsBoundedByTheReleaseDate() {
    Prediction p = prediction("Datapoint Corp said it expects to release first quarter results in the third week in"
        + " April.", "expects to release first quarter results");
    assertNotNull(p.horizon(), p.text());
    assertTrue(!p.horizon().end().isBefore(LocalDate.of(1987, 4, 13)) && !p.horizon().end().isAfter(LocalDate.of(1987, 4, 24)),
        p.horizon().toString());
    // the quarter's figures themselves are bounded by the quarter
    endsOn("Datapoint Corp said it expects first quarter earnings to be 20 to 25 pct below the year before.",
        "expects first quarter earnings", LocalDate.of(1987, 3, 31));
  }

  @Test
  void aFewIsThreeAndEarlyIsTheFirstThird() {
    endsOn("Dealers said the rand could rise to 35 cents in the next few weeks.", "could rise to 35 cents",
        LocalDate.of(1987, 4, 16));
    endsOn("Officials said the next few months will be critical for the talks.", "will be critical",
        LocalDate.of(1987, 6, 26));
    endsOn("Analysts expect the party would call an election early this summer.", "would call an election",
        LocalDate.of(1987, 6, 30));
  }

  @Test
  void aFiscalYearEndsWhenItsOwnerSays() {
    // the US federal government's fiscal 1988 ends on 30 September 1988
    endsOn("Congressional aides said the federal deficit would probably fall to 108 billion dlrs in fiscal 1988.",
        "would probably fall to 108 billion dlrs", LocalDate.of(1988, 9, 30));
    // a company whose year ended May 31: its full year is to 31 May 1987
    endsOn("Brandt Chemie AG, whose financial year ended May 31 1986 with record profits, said it expects full year"
        + " earnings to rise about 10 pct.", "expects full year earnings", LocalDate.of(1987, 5, 31));
  }

  @Test
  void aYearUnnamedIsThisOne() {
    endsOn("The chairman declined to forecast results but said the company expects an excellent year.",
        "expects an excellent year", LocalDate.of(1987, 12, 31));
  }

  @Test
  void theDayOfTheReportIsNoHorizon() {
    // "said on Monday that …" dates the speech (SUTime reads Monday 23 March; a forecast's weekday
    // would be the 30th); the forecast names its own year
    endsOn("Finance Minister Wang Bingqian said in the budget speech on Monday that foreign borrowings in 1987 would"
        + " be almost double the 1986 level.", "foreign borrowings in 1987 would", LocalDate.of(1987, 12, 31));
  }

  @Test
  void aRangeOfDaysEndsOnItsLastAndLaterTodayIsAhead() {
    endsOn("The drug will be reviewed by the agency's advisory committee during the panel's May 28-29 meeting, sources"
        + " said.", "will be reviewed", LocalDate.of(1987, 5, 29));
    endsOn("The directors are expected to end their meetings later today and the governors will start a two-day"
        + " meeting on Saturday.", "are expected to end their meetings", LocalDate.of(1987, 3, 26));
  }

  @Test
  void theTimeOnThePredictedVerbBeatsANarrowerOneBeside() {
    // "next week" dates the request; "April 17" dates the tariffs the talks are to head off (the
    // narrower of the two won before)
    endsOn("Officials said Tokyo would make a formal request next week for emergency talks with Washington before"
        + " the April 17 start of the tariffs.", "would make a formal request", LocalDate.of(1987, 4, 5));
    // "from September" dates the yards' act, "April 1" the ministry's
    endsOn("The ministry will start drawing up its guidelines from April 1 and the yards will implement the"
        + " guidelines from September.", "the yards will implement the guidelines", LocalDate.of(1987, 9, 30));
  }

  @Test
  void mayAfterAPrepositionIsTheMonth() {
    // SUTime left "May" untagged before a comma and the fallback took every bare "May" for the modal
    endsOn("Relevant measures are likely to be announced at the next committee meeting in May, they said.",
        "are likely to be announced", LocalDate.of(1987, 5, 31));
  }

  @Test
  void thePeriodBeforeAPastBaselineIsTheHorizon() {
    // SUTime reads "this year following last year" as one expression dated this year; its "last" is the baseline's
    endsOn("The ministry said the currency is expected to rise eight pct against the dollar this year following last"
        + " year's 15 pct gain.", "is expected to rise eight pct", LocalDate.of(1987, 12, 31));
    endsOn("Brandt said margins on its dyes would improve this year over last year.", "margins on its dyes would improve",
        LocalDate.of(1987, 12, 31));
  }

  @Test
  void aClockTimeIsNoYear() {
    // wire copy writes times of day as four digits and a zone: "2330 GMT" is no year 2330, "2100 hrs" no 2100
    Prediction late = prediction("The interview will air at 1930 EDT (2330 GMT) on the public network, the station said.",
        "The interview will air");
    assertTrue(late.horizon() == null || late.horizon().end().getYear() < 1990, String.valueOf(late.horizon()));
    Prediction talks = prediction("Officials said the talks would resume at 2100 hrs local time in Geneva.",
        "the talks would resume");
    assertTrue(talks.horizon() == null || talks.horizon().end().getYear() < 1990, String.valueOf(talks.horizon()));
  }

  @Test
  void aSplitYearEndsInItsSecondYear() {
    // "the 1987/88 crop year ending August" said in March 1987 ends in August 1988, not August 1987
    endsOn("The board said sugar output in the 1987/88 crop year ending August is expected to reach 1.6 mln tonnes.",
        "is expected to reach 1.6 mln tonnes", LocalDate.of(1988, 8, 31));
  }

  @Test
  void aYearBeginningOnADayEndsAYearLater() {
    endsOn("The government said it would sell the holding sometime in the year beginning April 1.",
        "would sell the holding", LocalDate.of(1988, 3, 31));
    endsOn("The government said it would sell the holding sometime in the year beginning April one.",
        "would sell the holding", LocalDate.of(1988, 3, 31));
    // from that day on, the event need not last the year
    Prediction from = prediction("Dealers are anticipating heavy dollar sales by insurers from the new business year starting"
        + " April 1.", "are anticipating heavy dollar sales");
    assertTrue(from.horizon() == null || from.horizon().end().isBefore(LocalDate.of(1988, 1, 1)), String.valueOf(from.horizon()));
  }
}
