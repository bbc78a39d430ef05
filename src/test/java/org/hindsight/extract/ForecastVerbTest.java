package org.hindsight.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.hindsight.article.Article;
import org.hindsight.nlp.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Wire copy forecasts with a bare verb and its object: "sees inflation rising", "forecast a deficit
 * of 12 billion dlrs", "sees an average price of 425 dlrs" (Reuters dev stories had these with no
 * candidate at all). "See" forecasts any course its object takes ("sees unemployment holding", "are
 * seen persisting"), the others a movement. The forecasting verb is the prediction's cue; a verb of
 * seeing with no figure or course is none.
 */
class ForecastVerbTest {

  private static final Instant PUBLISHED = Instant.parse("1987-03-25T12:00:00Z");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Analysts at the bank see inflation rising to five pct by the end of the year, a research note said.|inflation rising to five pct|see",
        "Economists polled by the paper forecast a deficit of 12 billion dlrs for the coming fiscal year.|a deficit of 12 billion dlrs|forecast",
        "The broker sees an average copper price of 1,400 dlrs a tonne in the second half.|an average copper price of 1,400 dlrs|sees",
        "The brokerage sees unemployment holding near six pct through the summer, its monthly letter said.|unemployment holding near six pct|sees",
        "Premiums on nearby zinc are seen persisting into the third quarter, traders said.|Premiums on nearby zinc are seen persisting|seen"
      })
  void aForecastingVerbWithAFigureOrAMovementIsAPrediction(String text, String key, String cue) {
    Prediction p = WrittenPredictions.holding(PUBLISHED, text, key);
    assertTrue(p.cues().stream().anyMatch(c -> c.text().equals(cue)), () -> "cues of '" + p.text() + "': " + p.cues());
  }

  @Test
  void seeingIsNoForecast() {
    Article a = new Article("written-saw", "Written", "Test Wire", null, PUBLISHED, null, "en",
        "The minister saw the report of the commission on Tuesday. He saw prices of 300 dlrs last year.", "test/written.txt");
    Extraction x = SharedPipeline.extractor().extract(SharedPipeline.pipeline().annotate(a));
    assertFalse(x.predictions().stream().anyMatch(p -> p.text().contains("saw the report")), () -> x.predictions().toString());
  }
}
