package org.hindsight.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A hedged event noun in an anticipation frame ("ahead of", "pending", "in advance of") is still to
 * come: a prediction, whatever the model makes of so rare a frame (the seed's "ahead of President
 * Donald Trump's possible introduction of new sanctions").
 */
class AnticipationTest {

  private static final Instant PUBLISHED = Instant.parse("2025-08-07T12:00:00Z");

  @ParameterizedTest
  @ValueSource(strings = {
    "Copper prices fell on Thursday ahead of the government's possible introduction of export quotas for the metal.",
    "The board delayed its vote pending a possible revision of the merger terms by the two banks."
  })
  void aHedgedEventNounAfterAnAnticipationFrameIsAPrediction(String text) {
    String key = text.contains("introduction") ? "possible introduction of export quotas" : "possible revision of the merger terms";
    Prediction p = WrittenPredictions.holding(PUBLISHED, text, key);
    assertTrue(p.text().contains(key), p.text());
  }
}
