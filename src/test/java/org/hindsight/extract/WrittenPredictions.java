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

  /**
   * The prediction candidate holding {@code key} (the rules' candidates, before the trained filter):
   * for what the rules decide of a candidate (its horizon, its span), whatever the filter keeps.
   */
  static Prediction candidateHolding(Instant published, String text, String key) {
    Extraction x = WrittenStory.candidates("written-" + (text + key).hashCode(), "Written", "Test Wire", published, text);
    return WrittenStory.predictionHolding(x, key);
  }

  /**
   * The tightest prediction candidate holding {@code cue} in {@code text} starts with {@code start};
   * fails naming its span. Candidates, not the filtered predictions: a span is the rules' work,
   * whether the trained filter keeps it is the model's.
   */
  static void assertSpanStarts(Instant published, String text, String cue, String start) {
    Extraction x = WrittenStory.candidates("written-" + (text + cue).hashCode(), "Written", "Test Wire", published, text);
    Prediction p = x.predictions().stream()
        .filter(c -> c.text().contains(cue))
        .min(java.util.Comparator.comparingInt(c -> c.text().length()))
        .orElseThrow(() -> new AssertionError(
            "no candidate holds '" + cue + "': " + x.predictions().stream().map(Prediction::text).toList()));
    org.junit.jupiter.api.Assertions.assertTrue(
        p.text().startsWith(start), () -> "span '" + p.text() + "' should start with '" + start + "'");
  }
}
