package org.hindsight.extract;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A prediction's span names what it is about even when the parser leaves the clause without a
 * subject: the fast parser hangs such clauses on the sentence as {@code dep} (or a participle after
 * a comma as a conjunct) and makes their subject another verb's object or conjunct. Reuters dev
 * stories showed it ("the awards will likely be announced", "the deal, expected to close"); these
 * sentences, written for the test, are parsed the same way.
 */
class StrandedSubjectTest {

  private static final Instant PUBLISHED = Instant.parse("1987-03-25T12:00:00Z");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The agency is taking bids for the northern fields until mid-May and the licences will probably be granted this autumn, officials said.|will probably be granted|the licences will probably be granted",
        "A lawyer close to the talks said that creditors are reacting well and said all the permits necessary could be obtained within three months.|could be obtained|all the permits necessary could be obtained",
        "They told analysts the sale, expected to close in May, and cash from other units will cut debt by a third this year.|expected to close|the sale, expected to close in May"
      })
  void spanStartsAtTheStrandedSubject(String text, String cue, String start) {
    WrittenPredictions.assertSpanStarts(PUBLISHED, text, cue, start);
  }
}
