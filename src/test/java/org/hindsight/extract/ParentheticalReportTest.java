package org.hindsight.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report set inside its statement between commas ("The museum, Mr. Bush said, celebrated …"):
 * the statement is the whole sentence, held by the speaker, and the frame alone ("Mr. Bush said")
 * is no claim. Before, the claim was the fragment before the frame ("The museum, Mr. Bush said")
 * and the whole sentence went to the author. Sentences written for this test.
 */
class ParentheticalReportTest {

  private static final Extraction X =
      WrittenStory.extract(
          "parenthetical-report",
          "Coal town weighs its future",
          "Reuters",
          Instant.parse("2016-10-01T12:00:00Z"),
          "The museum, Mr. Bush said, celebrated several of his heroes, including a musician from St. Louis.\n\n"
              + "Too often, Mr. Clarke said, the debate over the future of coal is reduced to a fight between two camps.\n\n"
              + "Climate change, Mr. Obama often says, is the greatest long-term threat facing the world.\n\n"
              + "The dollar, Mr. Smith said, will probably fall further next week.");

  private static List<String> claimTexts() {
    return X.claims().stream().map(Claim::text).toList();
  }

  @Test
  void theStatementIsTheWholeSentenceHeldByTheSpeaker() {
    assertEquals("Bush", WrittenStory.claimHolder(X, "The museum, Mr. Bush said, celebrated several of his heroes"));
    assertEquals("Clarke", WrittenStory.claimHolder(X, "Too often, Mr. Clarke said, the debate over the future of coal"));
    assertEquals("Obama", WrittenStory.claimHolder(X, "Climate change, Mr. Obama often says, is the greatest"));
  }

  @Test
  void theFrameAloneIsNoClaim() {
    for (String c : claimTexts()) {
      assertTrue(!c.equals("The museum, Mr. Bush said") && !c.equals("Mr. Smith said") && !c.equals("Mr. Clarke said"),
          "a bare frame is a claim: " + claimTexts());
    }
  }

  @Test
  void aPredictionWithTheFrameInsideKeepsItsSpeaker() {
    assertEquals("Smith", WrittenStory.holderOf(X, "will probably fall further next week"));
  }
}
