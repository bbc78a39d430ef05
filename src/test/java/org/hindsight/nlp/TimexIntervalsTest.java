package org.hindsight.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimexIntervalsTest {

  private static final LocalDate PUB = LocalDate.of(2025, 8, 6);

  private static void is(String value, String text, String begin, String end) {
    assertArrayEquals(
        new LocalDate[] {LocalDate.parse(begin), LocalDate.parse(end)},
        TimexIntervals.interval(value, text, PUB),
        value + " / " + text);
  }

  @Test
  void datesMonthsYears() {
    is("2025-09-15", "September 15", "2025-09-15", "2025-09-15");
    is("2025-09", "next month", "2025-09-01", "2025-09-30");
    is("2025-10", "mid-October", "2025-10-10", "2025-10-20");
    is("2026", "next year", "2026-01-01", "2026-12-31");
    is("2025-Q4", "the fourth quarter", "2025-10-01", "2025-12-31");
    is("2025-W33", "next week", "2025-08-11", "2025-08-17");
  }

  @Test
  void vagueForwardReferences() {
    is("2025-08-07", "the coming days", "2025-08-07", "2025-08-20");
    is("FUTURE_REF", "the coming weeks", "2025-08-13", "2025-09-17");
    is("P2W", "within the next two weeks", "2025-08-06", "2025-08-20");
  }

  @Test
  void pastAndUnanchoredHaveNoInterval() {
    assertNull(TimexIntervals.interval("PAST_REF", "recently", PUB));
    assertNull(TimexIntervals.interval("P3D", "three days", PUB));
  }
}
