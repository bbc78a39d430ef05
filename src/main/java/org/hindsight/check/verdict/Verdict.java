package org.hindsight.check.verdict;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The status of one prediction as of a date, with the checker's confidence in it (0–1) and the
 * evidence behind it (most convincing first; empty for EXPIRED and OPEN). {@code judged} marks a
 * human verdict ({@code hindsight judge}), which overrides the machine's; {@code note} is the
 * judge's note or the checker's one-line reason. Immutable.
 */
public record Verdict(
    String predictionId,
    Status status,
    double confidence,
    List<Evidence> evidence,
    LocalDate asOf,
    boolean judged,
    String note) {

  public Verdict {
    Objects.requireNonNull(predictionId, "predictionId");
    Objects.requireNonNull(status, "status");
    evidence = List.copyOf(evidence);
    if (Double.isNaN(confidence) || confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
    }
  }
}
