package org.hindsight.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Reported speech that runs on past the clause the speech verb governs, as in Reuters dev stories
 * whose holders fell back to the author: a clause coordinated after the reported one ("X said the
 * conference has no set agenda but one session will be devoted to …") is still the speaker's, and
 * "he said" after an unnamed spokesman is the spokesman's organisation's. The story is written for
 * this test in the style of 1987 wire copy. The first test failed before (the author held it); the
 * second passes either way on this sentence (its Reuters counterpart did not) and keeps it so.
 */
class ReportedSpeechTest {

  private static final Extraction X =
      WrittenStory.extract(
          "reported-speech",
          "Growers say rain needed for cane crop",
          "Reuters",
          Instant.parse("1987-03-27T09:00:00Z"),
          "Dry weather has slowed the cane crop in the southern districts, a Queensland Cane Growers Council spokesman said.\n\n"
              + "Growers are less worried than they were two weeks ago, he said from Brisbane.\n\n"
              + "But rainfall in the next three weeks will be crucial to the size of the crop, he said.\n\n"
              + "Primary Industries Minister Neville Harper said the government has no relief plan but a review of water charges will be completed in May.");

  @Test
  void heAfterAnUnnamedSpokesmanIsTheOrganisation() {
    assertEquals("Queensland Cane Growers Council", WrittenStory.holderOf(X, "will be crucial"));
  }

  @Test
  void aClauseCoordinatedAfterTheReportIsTheSpeakers() {
    assertEquals("Neville Harper", WrittenStory.holderOf(X, "will be completed in May"));
  }
}
