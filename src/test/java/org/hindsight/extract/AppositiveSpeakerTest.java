package org.hindsight.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The speaker of a report read without a parse when an apposition or a relative clause stands
 * between the name and the verb ("Martin Keller, chief executive of …, said …"), or when the
 * report is inverted ("…, said Pieter Vos, founder of …"). The name nearest the verb was taken
 * instead — the organisation inside the apposition, the last name of the statement — or none
 * within reach, and the statement fell to the author; on PolNeAR train these were among the named
 * sources we missed. The story, its people and its firms are written for this test.
 */
class AppositiveSpeakerTest {

  private static final Extraction X =
      WrittenStory.extract(
          "appositive-speaker",
          "Charter brokers see a quiet season",
          "Wire",
          Instant.parse("2016-03-14T09:00:00Z"),
          "Martin Keller, chief executive officer of Northwind Air Charter, an aviation advisory firm, said the jet was an odd choice for a private buyer.\n\n"
              + "Susan Whitfield, who values hotel properties for Harrow & Lane, said the trade had lost its weakest operators.\n\n"
              + "The vote against the pact was a setback for the government, said Pieter Vos, founder of the Farmers League.\n\n"
              + "Sen. Ellen Marsh, D-Vt., a long-shot candidate for the nomination, said Dalton is overstating the gains of the alliance.");

  private static String claimHolder(String key) {
    return WrittenStory.claimHolder(X, key);
  }

  @Test
  void theNameBeforeTheAppositionSpeaks() {
    assertEquals("Martin Keller", claimHolder("the jet was an odd choice"));
    assertEquals("Susan Whitfield", claimHolder("the trade had lost its weakest operators"));
  }

  @Test
  void theNameAfterAnInvertedVerbSpeaks() {
    assertEquals("Pieter Vos", claimHolder("The vote against the pact was a setback"));
  }

  @Test
  void aNameThatOpensTheStatementDoesNotSpeakIt() {
    String holder = claimHolder("Dalton is overstating the gains");
    assertFalse(holder.contains("Dalton"), holder);
  }
}
