package org.hindsight.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report set inside its statement between commas ("The new bridge, Mr. Harlan said, was
 * finished …"): the statement is the whole sentence, held by the speaker, and the frame alone ("Mr.
 * Harlan said") is no claim. Before, the claim was the fragment before the frame ("The new bridge,
 * Mr. Harlan said") and the whole sentence went to the author. Sentences written for this test.
 */
class ParentheticalReportTest {

  private static final Extraction X =
      WrittenStory.extract(
          "parenthetical-report",
          "Port weighs its budget",
          "Reuters",
          Instant.parse("2016-10-01T12:00:00Z"),
          "The new bridge, Mr. Harlan said, was finished two years late.\n\n"
              + "Too often, Ms. Varga said, the talks on the harbour budget ended without a vote.\n\n"
              + "Inflation, Mr. Okafor often says, is the tax that nobody voted for.\n\n"
              + "If the toll fails to pass, Mr. Lindqvist argues, there are other ways to pay for the bridge.\n\n"
              + "The dollar, Mr. Smith said, will probably fall further next week.\n\n"
              + "Even if the ferry stops running, Ms. Adeyemi said, the island has a bridge to the mainland.\n\n"
              + "Mr. Brandt says he is confident that the harbour budget was spent well last year.");

  private static List<String> claimTexts() {
    return WrittenStory.claimTexts(X);
  }

  @Test
  void theStatementIsTheWholeSentenceHeldByTheSpeaker() {
    assertEquals("Harlan", WrittenStory.claimHolder(X, "The new bridge, Mr. Harlan said, was finished two years late"));
    assertEquals("Varga", WrittenStory.claimHolder(X, "Too often, Ms. Varga said, the talks on the harbour budget"));
    assertEquals("Okafor", WrittenStory.claimHolder(X, "Inflation, Mr. Okafor often says, is the tax"));
    // a fronted condition may have its own verb
    assertEquals("Lindqvist",
        WrittenStory.claimHolder(X, "If the toll fails to pass, Mr. Lindqvist argues, there are other ways"));
  }

  @Test
  void aConditionFrontedWithEvenIsPartOfTheStatement() {
    // "Even if …" opens with an adverb before its subordinator; the condition has its own verb
    assertEquals("Adeyemi",
        WrittenStory.claimHolder(X, "Even if the ferry stops running, Ms. Adeyemi said, the island has a bridge"));
  }

  @Test
  void aThatAfterTheStatementsOwnVerbDoesNotStartIt() {
    // "says he is confident that …": the statement is "he is confident that …", not "that the harbour …"
    assertEquals("Brandt", WrittenStory.claimHolder(X, "he is confident that the harbour budget was spent well"));
  }

  @Test
  void theFrameAloneIsNoClaim() {
    for (String c : claimTexts()) {
      assertTrue(
          !c.equals("The new bridge, Mr. Harlan said") && !c.equals("Mr. Smith said") && !c.equals("Ms. Varga said"),
          "a bare frame is a claim: " + claimTexts());
    }
  }

  @Test
  void aPredictionWithTheFrameInsideKeepsItsSpeaker() {
    assertEquals("Smith", WrittenStory.holderOf(X, "will probably fall further next week"));
  }
}
