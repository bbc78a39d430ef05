package org.hindsight.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A report written after its prediction ("…, Chiles said", "…," Cardenas told journalists", "…,
 * according to meteorologists at Accu-Weather Inc": 52 Reuters dev predictions) names the holder,
 * not the event: the prediction's text ends before it, its holder is still the speaker, and a
 * comma that opens more of the statement stays. Sentences written for this test.
 */
class TrailingReportTest {

  private static final Extraction X =
      WrittenStory.extract(
          "trailing-report",
          "Harbour toll to rise",
          "Reuters",
          Instant.parse("1987-03-26T12:00:00Z"),
          "The harbour toll will rise to four dlrs next year, the port authority said on Tuesday.\n\n"
              + "\"Ferry fares are likely to double by the summer,\" Mayor Okonjo told reporters.\n\n"
              + "Temperatures could fall below freezing tonight, according to forecasters at the harbour weather office.\n\n"
              + "The new quay will open in May, two months later than planned.");

  @Test
  void theReportAfterAPredictionIsNotItsText() {
    Prediction toll = WrittenStory.predictionHolding(X, "The harbour toll will rise to four dlrs next year");
    assertEquals("The harbour toll will rise to four dlrs next year", toll.text());
    assertEquals("port authority", toll.holder().name());
    Prediction fares = WrittenStory.predictionHolding(X, "Ferry fares are likely to double by the summer");
    assertEquals("Ferry fares are likely to double by the summer", fares.text());
    assertEquals("Okonjo", fares.holder().name());
    assertEquals("Temperatures could fall below freezing tonight",
        WrittenStory.predictionHolding(X, "Temperatures could fall below freezing tonight").text());
  }

  @Test
  void aCommaThatOpensMoreOfTheStatementStays() {
    assertEquals("The new quay will open in May, two months later than planned",
        WrittenStory.predictionHolding(X, "The new quay will open in May").text());
  }
}
