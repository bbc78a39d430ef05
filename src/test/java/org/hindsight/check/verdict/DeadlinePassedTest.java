package org.hindsight.check.verdict;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * As of a date means after everything published that day: a prediction due "by the end of 1987"
 * has expired as of 1987-12-31 (the Reuters outcome gold reads it so; the checker called nine such
 * dev predictions OPEN).
 */
class DeadlinePassedTest {

  private static final LocalDate AS_OF = LocalDate.of(1987, 12, 31);

  @Test
  void aDeadlineOnTheAsOfDayHasPassed() {
    assertTrue(Checker.deadlinePassed(LocalDate.of(1987, 12, 31), AS_OF));
    assertTrue(Checker.deadlinePassed(LocalDate.of(1987, 4, 30), AS_OF));
  }

  @Test
  void aLaterOrMissingDeadlineHasNot() {
    assertFalse(Checker.deadlinePassed(LocalDate.of(1988, 1, 1), AS_OF));
    assertFalse(Checker.deadlinePassed(null, AS_OF));
  }
}
