package org.hindsight.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * "Before the deadline" and "before his own deadline" take the date the article counts down to,
 * even when it was named paragraphs earlier and other dates came in between. Texts written for
 * this test.
 */
class DeadlineAnaphoraTest {

  private static Prediction prediction(String published, String text, String key) {
    return WrittenPredictions.holding(Instant.parse(published + "T08:00:00Z"), text, key);
  }

  @Test
  void theDeadlineIsTheDateCountedDownToNotTheLastDateNamed() {
    Prediction p =
        prediction(
            "2025-09-10",
            "The process started last month will restore the old sanctions at the end of September unless the council"
                + " votes to delay them.\n\n"
                + "Inspectors visited two sites in August, the agency said.\n\n"
                + "The agency's board is expected to discuss the report in Vienna this week.\n\n"
                + "Few diplomats expect the envoys to hold another round of talks before the deadline.",
            "another round of talks");
    assertNotNull(p.horizon(), p.toString());
    assertEquals(LocalDate.of(2025, 9, 30), p.horizon().end(), p.horizon().toString());
  }

  @Test
  void hisOwnDeadlineIsTheDeadlineNamedBefore() {
    Prediction p =
        prediction(
            "2025-07-14",
            "The president set an August 1 deadline for a trade deal with the bloc.\n\n"
                + "Officials in Brussels met on Monday to prepare a list of counter-tariffs.\n\n"
                + "Investors are betting that he will back down before his own deadline.",
            "back down");
    assertNotNull(p.horizon(), p.toString());
    assertEquals(LocalDate.of(2025, 7, 31), p.horizon().end(), p.horizon().toString());
  }
}
