package org.hindsight.check.verdict;

import java.util.Objects;
import org.hindsight.check.evidence.IndexedPrediction;

/** A prediction from the index with its verdict. Immutable. */
public record CheckedPrediction(IndexedPrediction indexed, Verdict verdict) {
  public CheckedPrediction {
    Objects.requireNonNull(indexed, "indexed");
    Objects.requireNonNull(verdict, "verdict");
    if (!indexed.id().equals(verdict.predictionId())) {
      throw new IllegalArgumentException("verdict of " + verdict.predictionId() + " given to " + indexed.id());
    }
  }
}
