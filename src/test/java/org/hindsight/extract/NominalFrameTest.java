package org.hindsight.extract;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A prediction carried by a noun ("a good chance of …", "the possibility of …") keeps the clause
 * that holds the noun as its object: who weighs the chance and how. Reuters dev gold keys start
 * there ("we are giving some consideration to the possibility of extension"), and the spans
 * started at the noun, missing the key. These sentences were written for the test.
 */
class NominalFrameTest {

  private static final Instant PUBLISHED = Instant.parse("1987-03-25T12:00:00Z");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Growers said they have a fair chance of a record harvest in the south this summer.|chance|Growers said they have a fair chance of a record harvest",
        "The board is giving serious thought to the possibility of a sale of the chemicals unit, the company said.|possibility|The board is giving serious thought to the possibility",
        "Most indicators point to the possibility of slower growth in the second half, economists said.|possibility|Most indicators point to the possibility"
      })
  void spanStartsAtTheClauseHoldingTheNoun(String text, String cue, String start) {
    WrittenPredictions.assertSpanStarts(PUBLISHED, text, cue, start);
  }
}
