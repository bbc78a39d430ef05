package org.hindsight.extract;

import java.time.LocalDate;

/**
 * When a prediction is meant to come true: the time expression and the inclusive date interval it
 * was normalised to against the publication date. {@code end} is the deadline the checker uses.
 * Immutable.
 */
public record Horizon(String text, LocalDate start, LocalDate end) {
  public Horizon {
    if (start != null && end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("horizon ends before it starts: " + start + " > " + end);
    }
  }
}
