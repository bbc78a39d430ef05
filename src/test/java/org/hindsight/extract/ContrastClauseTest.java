package org.hindsight.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two forecasts joined by "while", "whereas", "though" or "although" are two predictions, each
 * with its own span, and a forecast measured against a past period ("at last year's level") is
 * still a forecast. Reuters dev stories showed both: a dividend forecast "…, while the A share
 * dividend will be maintained at last year's level" was one span holding both forecasts, and the
 * second was not read as a prediction at all, since "last year" after its modal read as the date of
 * its event. These sentences are written for the test; the rules' candidates are read (the spans
 * are the rules' work, whether the trained filter keeps each is the model's).
 */
class ContrastClauseTest {

  private static final Instant PUBLISHED = Instant.parse("1987-03-26T12:00:00Z");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The brewer said it expects to pay a final dividend of six pence a share, while the preference dividend will be held at last year's level.|expects to pay|The brewer said it expects to pay a final dividend of six pence a share|the preference dividend will be held at last year's level",
        "Exports of tin are expected to rise this year, although domestic sales will probably fall.|expected to rise|Exports of tin are expected to rise this year|domestic sales will probably fall",
        "The mill will add a second shift in May, whereas the smelter could close for repairs.|will add|The mill will add a second shift in May|the smelter could close for repairs"
      })
  void contrastedClausesAreTwoPredictions(String text, String firstCue, String first, String second) {
    Extraction x = WrittenStory.candidates("written-" + text.hashCode(), "Written", "Test Wire", PUBLISHED, text);
    Prediction a = WrittenStory.predictionHolding(x, firstCue);
    assertEquals(first, a.text());
    assertTrue(x.predictions().stream().anyMatch(p -> p.text().equals(second)),
        () -> "no candidate '" + second + "' among " + x.predictions().stream().map(Prediction::text).toList());
  }
}
