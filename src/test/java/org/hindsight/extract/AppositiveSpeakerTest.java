package org.hindsight.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The speaker of a report read without a parse when an apposition or a relative clause stands
 * between the name and the verb ("Greg Raiff, chief executive of …, said …"), or when the report is
 * inverted ("…, said Geert Wilders, founder of …"). The name nearest the verb was taken instead —
 * the organisation inside the apposition, the last name of the statement — or none within reach,
 * and the statement fell to the author; on PolNeAR train these were among the named sources we
 * missed. The story is written for this test.
 */
class AppositiveSpeakerTest {

  private static final Extraction X =
      WrittenStory.extract(
          "appositive-speaker",
          "Charter brokers see a quiet season",
          "Wire",
          Instant.parse("2016-03-14T09:00:00Z"),
          "Greg Raiff, chief executive officer of Private Jet Services, an aviation consulting firm, said the Boeing was an unusual aircraft for a private owner.\n\n"
              + "Oliver Hedge, who appraises golf properties for Cushman & Wakefield, said the industry had shed its weakest courses.\n\n"
              + "The rejection of the treaty was a blow to the European Union, said Geert Wilders, founder of the Party for Freedom.\n\n"
              + "Sen. Lindsey Graham, R-S.C., a long-shot presidential candidate, said Obama is overselling the successes of the coalition.");

  private static String claimHolder(String key) {
    return WrittenStory.claimHolder(X, key);
  }

  @Test
  void theNameBeforeTheAppositionSpeaks() {
    assertEquals("Greg Raiff", claimHolder("the Boeing was an unusual aircraft"));
    assertEquals("Oliver Hedge", claimHolder("the industry had shed its weakest courses"));
  }

  @Test
  void theNameAfterAnInvertedVerbSpeaks() {
    assertEquals("Geert Wilders", claimHolder("The rejection of the treaty was a blow"));
  }

  @Test
  void aNameThatOpensTheStatementDoesNotSpeakIt() {
    String holder = claimHolder("Obama is overselling the successes");
    assertFalse(holder.contains("Obama"), holder);
  }
}
