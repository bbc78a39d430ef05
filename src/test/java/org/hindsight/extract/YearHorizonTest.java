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
 * time word; a fiscal period that says when it ends ends then; figures are no time of day. Texts
 * written for this test, in the style of 1987 wire copy.
 */
class YearHorizonTest {

  private static Prediction prediction(String text, String key) {
    return WrittenPredictions.holding(Instant.parse("1987-03-26T10:00:00Z"), text, key);
  }

  @Test
  void aYearNamedInThePredictionEndsItsHorizon() {
    Prediction p =
        prediction(
            "Brandt Chemie AG said its 1987 sales will probably again be below the previous year because of the"
                + " weak dollar, as the present order intake shows.",
            "sales will probably again be below");
    assertNotNull(p.horizon(), p.text());
    assertEquals(LocalDate.of(1987, 12, 31), p.horizon().end(), p.horizon().toString());
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
    Prediction p =
        prediction(
            "Harlow Gas Co said today a new accounting rule could reduce its 1987 earnings by about 90 cts a share.",
            "could reduce its 1987 earnings");
    assertNotNull(p.horizon(), p.text());
    assertEquals(LocalDate.of(1987, 12, 31), p.horizon().end(), p.horizon().toString());
  }

  @Test
  void aFiscalPeriodEndsWhenItSays() {
    Prediction p =
        prediction(
            "The retailer said sales are likely to stay weak in the first quarter ending April 30.",
            "likely to stay weak");
    assertNotNull(p.horizon(), p.text());
    assertEquals(LocalDate.of(1987, 4, 30), p.horizon().end(), p.horizon().toString());
  }

  @Test
  void figuresAreNoTimeOfDay() {
    Prediction p =
        prediction(
            "An analyst said the delay would cut the drug's sales this year to about five to six mln dlrs.",
            "would cut the drug's sales");
    assertNotNull(p.horizon(), p.text());
    assertEquals(LocalDate.of(1987, 12, 31), p.horizon().end(), p.horizon().toString());
  }
}
