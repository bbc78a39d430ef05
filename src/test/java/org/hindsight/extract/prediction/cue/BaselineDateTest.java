package org.hindsight.extract.prediction.cue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A past period after a modal vetoes the forecast ("could not … last week": a past event), unless
 * it names the baseline the forecast is measured against ("will be held at last year's level").
 * {@code ContrastClauseTest} reads the same through the whole pipeline; these sentences are written
 * for the test. A period after "against" and a figure dates the figure compared with, not the event.
 */
class BaselineDateTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "the dividend will be held at last year's level|last year|true",
        "the dividend will be held at last year\u2019s level|last year|true",
        "growth may be below 1986's 3.6 pct|1986|true",
        "output would stay unchanged from last year|last year|true",
        "prices would be higher than in 1986|1986|true",
        "sales may be up on the year, compared with the first quarter of 1986|the first quarter of 1986|true",
        "the board could not meet last week|last week|false",
        "the strike would have ended in February|February|false",
        "the talks might have broken down on Monday|Monday|false"
      })
  void baselineOrEventDate(String text, String time, boolean baseline) {
    int begin = text.indexOf(time);
    assertEquals(baseline, CueContext.baseline(text, begin, begin + time.length()), text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a third quarter net of 200 mln, against 238.6 mln a year earlier and 220.3 mln in the second quarter|the second quarter|true",
        "expects a profit of three mln dlrs, compared with a loss of two mln in the first half|the first half|true",
        "sales should reach five mln dlrs in the third quarter, against four mln|the third quarter|false",
        "the rate will be set against the dollar in April|April|false",
        "profit of 12 mln, against 10 mln. Sales will rise in the second half|the second half|false"
      })
  void aPeriodOfTheFiguresAForecastIsComparedWithIsNoHorizon(String text, String time, boolean tail) {
    assertEquals(tail, CueContext.comparisonTail(text, text.indexOf(time)), text);
  }
}
