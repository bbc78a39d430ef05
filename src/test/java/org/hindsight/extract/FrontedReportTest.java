package org.hindsight.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A report whose speaker follows a fronted phrase ("Making the rounds on the Sunday shows, Carson
 * said he was facing …"): the statement is what follows the verb, not the phrase before the
 * speaker. Read without a parse, the phrase was taken for the statement ("Y, X said …") and the
 * statement stayed inside the author's account of the report; on PolNeAR train such reports were
 * a large share of the named sources we left to the author. The story is written for this test;
 * the inverted and closing reports ("…, said Smith, who …", "…, the company said on Tuesday") keep
 * their statement before the speaker.
 */
class FrontedReportTest {

  private static final Extraction X =
      WrittenStory.extract(
          "fronted-report",
          "Carson says scrutiny is unique",
          "Wire",
          Instant.parse("2016-02-08T09:00:00Z"),
          "Making the rounds on the Sunday morning shows, Carson said he was facing a unique level of scrutiny.\n\n"
              + "Asked whether she expected a long fight, Clinton said the primary was far from settled.\n\n"
              + "Like other owners who foresee an upside, Mr. Schmidt said he was building a new clubhouse.\n\n"
              + "Turnout was lower than in 2008, said Ann Selzer, who runs the Iowa poll.\n\n"
              + "The audit covered every county, the Iowa Democratic Party said on Tuesday.");

  private static String claimHolder(String key) {
    return WrittenStory.claimHolder(X, key);
  }

  @Test
  void theStatementFollowsTheVerbAfterAFrontedPhrase() {
    assertEquals("Carson", claimHolder("he was facing a unique level of scrutiny"));
    assertEquals("Clinton", claimHolder("the primary was far from settled"));
    assertEquals("Schmidt", claimHolder("he was building a new clubhouse"));
  }

  @Test
  void aStatementBeforeTheSpeakerStaysBeforeIt() {
    assertEquals("Ann Selzer", claimHolder("Turnout was lower than in 2008"));
    assertTrue(X.claims().stream().anyMatch(c -> c.text().startsWith("The audit covered every county")
        && !c.holder().isAuthor()), "the audit statement is someone's");
  }
}
