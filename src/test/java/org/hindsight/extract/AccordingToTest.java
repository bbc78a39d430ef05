package org.hindsight.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * "according to X" names its source in the phrase that follows it: an actor named there, or the
 * phrase's own words when it names none ("according to trade sources in Bonn": the sources, not
 * the capital), never a name further on in the statement. The story is written for this test in
 * the style of 1987 wire copy; the first case gave West Germany before, the second the first name
 * of the sentence after "according to", wherever it stood.
 */
class AccordingToTest {

  private static final Extraction X =
      WrittenStory.extract(
          "according-to",
          "Bonn exports seen lower",
          "Reuters",
          Instant.parse("1987-03-27T09:00:00Z"),
          "West German exports will fall next month, according to trade sources in Bonn.\n\n"
              + "According to customs figures, shipments to France and Italy fell in February.");

  @Test
  void thePhraseAfterAccordingToHoldsThePrediction() {
    assertEquals("trade sources", WrittenStory.holderOf(X, "will fall next month"));
  }

  @Test
  void aNameOfTheStatementDoesNotHoldIt() {
    assertEquals("customs figures", WrittenStory.claimHolder(X, "shipments to France and Italy fell"));
  }
}
