package org.hindsight.extract;

import java.time.Instant;

/** Extraction of a short text written for a test, through the shared pipeline. */
final class WrittenPredictions {

  private WrittenPredictions() {}

  /** The prediction holding {@code key} in {@code text} published at {@code published}; fails naming what was found. */
  static Prediction holding(Instant published, String text, String key) {
    Extraction x = WrittenStory.extract("written-" + (text + key).hashCode(), "Written", "Test Wire", published, text);
    return WrittenStory.predictionHolding(x, key);
  }

  /** The prediction holding {@code cue} in {@code text} starts with {@code start}; fails naming its span. */
  static void assertSpanStarts(Instant published, String text, String cue, String start) {
    Prediction p = holding(published, text, cue);
    org.junit.jupiter.api.Assertions.assertTrue(
        p.text().startsWith(start), () -> "span '" + p.text() + "' should start with '" + start + "'");
  }
}
