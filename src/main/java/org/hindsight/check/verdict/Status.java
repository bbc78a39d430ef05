package org.hindsight.check.verdict;

import java.util.Locale;

/**
 * The status of a prediction as of a date: what the text predicted came true ({@code CONFIRMED}),
 * did not ({@code REFUTED}), the deadline passed with no evidence either way ({@code EXPIRED}), or
 * the deadline has not come yet ({@code OPEN}).
 */
public enum Status {
  CONFIRMED,
  REFUTED,
  EXPIRED,
  OPEN;

  /** Whether later reporting settled the prediction. */
  public boolean resolved() {
    return this == CONFIRMED || this == REFUTED;
  }

  /** Parses a status name case-insensitively; fails with the accepted names. */
  public static Status parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("unknown status '" + s + "' (expected CONFIRMED, REFUTED, EXPIRED or OPEN)");
    }
  }
}
