package org.hindsight.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A prediction over a range of time is settled by the range's far end, not its first ("between June
 * and September", "from April to June", "1987-90", "from July 1988 to July 1989"), and one counted
 * from a date by the counted day ("ninety days after the April 29 hearing"); of two dates joined by
 * "or" the event may fall on either, so the later settles it; two dates joined by "and" without
 * "between" are not a range. Texts written for this test, in the style of 1987 wire
 * copy, published 26 March 1987. A horizon is the rules' work: the candidates are read, before the
 * trained filter decides which to keep.
 */
class RangeHorizonTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The company said output at the mill will rise between June and September.|output at the mill will rise|1987-09-30",
        "The company said output at the mill will rise from April to June.|output at the mill will rise|1987-06-30",
        "Fazenda said the bank can expect new loans of about 25 billion dlrs for the period 1987-90.|can expect new loans|1990-12-31",
        "The refinery could suffer an interruption from July 1988 to July 1989, the company said.|could suffer an interruption|1989-07-31",
        "Harlow said it expects to emerge from Chapter 11 as early as ninety days after the April 29 hearing.|expects to emerge from Chapter 11|1987-07-28",
        "He said the plant will be closed on June 5 and July 10.|the plant will be closed|1987-06-05",
        "Shareholders are expected to vote on the merger at a meeting in June or July.|are expected to vote on the merger|1987-07-31"
      })
  void aRangeEndsAtItsFarEnd(String text, String key, String end) {
    Prediction p = WrittenPredictions.candidateHolding(Instant.parse("1987-03-26T10:00:00Z"), text, key);
    assertNotNull(p.horizon(), p.text());
    assertEquals(LocalDate.parse(end), p.horizon().end(), p.horizon().toString());
  }
}
