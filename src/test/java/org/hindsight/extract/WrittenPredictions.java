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
}
