package org.hindsight.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Where a statement starts when the sentence is read without a parse. Errors of these kinds, found
 * among PolNeAR dev's named holders that fell back to the author ("Clinton says there needs to be
 * a law …", "The Indiana governor said Democrats and the media are to blame …"): an existential
 * "there" the tagger read as an adverb made the speech verb look like an auxiliary, so a later
 * verb of the statement was taken for the cue; an "and" joining the statement's subjects was taken
 * for one between two clauses, which cut the speaker's first subject off into a claim of its own.
 * From Reuters dev ("The move, announced one day after …, will involve new … systems", held by
 * "move"): a participle set off by commas after a noun, which the tagger read as a past tense and
 * the parser as the noun's report, made the noun a speaker; a report after a long statement ("…,
 * and chairman and chief executive officer of the unit, the company said"), which the parser ran
 * into the statement's appositions, left its verb no subject and the statement to the author.
 * Sentences written for this test.
 */
class StatementSubjectTest {

  private static final Extraction X =
      WrittenStory.extract(
          "statement-subject",
          "Ferry fares under review",
          "Reuters",
          Instant.parse("2016-10-01T12:00:00Z"),
          "Mayor Okonjo says there needs to be a rule that requires the two ferry companies to publish their fares.\n\n"
              + "Ms. Lindqvist said the toll and the ferry fares will rise in the spring.\n\n"
              + "The harbour master said the pilots and the dockers were paid late again last month.\n\n"
              + "The Harbour Board said it is launching a drive to modernise its cranes.\n\n"
              + "The move, announced one day after the ferry strike ended, will involve new cranes and a second quay.\n\n"
              + "Nordvik Shipping Corp said its chairman, Lars Eng, is retiring.\n\n"
              + "He will be replaced as chairman of the shipping unit by Henrik Aalto, president of the company, and chairman and"
              + " chief executive officer of the unit, the company said.");

  @Test
  void anExistentialThereOpensTheStatement() {
    assertEquals("Okonjo", WrittenStory.claimHolder(X, "there needs to be a rule that requires the two ferry companies to publish their fares"));
  }

  @Test
  void aParticipleAfterANounIsNoReport() {
    assertNotEquals("move", WrittenStory.holderOf(X, "will involve new cranes and a second quay"));
    assertFalse(WrittenStory.claimTexts(X).stream().anyMatch(c -> c.startsWith("the ferry strike ended") && !"author".equals(WrittenStory.claimHolder(X, c))),
        "the strike's end is the move's statement: " + WrittenStory.claimTexts(X));
  }

  @Test
  void aReportAfterALongStatementKeepsItsSpeaker() {
    assertEquals("Nordvik Shipping Corp", WrittenStory.holderOf(X, "He will be replaced as chairman of the shipping unit"));
  }

  @Test
  void subjectsJoinedByAndStayInTheirStatement() {
    assertFalse(WrittenStory.claimTexts(X).contains("Ms. Lindqvist said the toll"), "the first subject is cut off: " + WrittenStory.claimTexts(X));
    assertEquals("Lindqvist", WrittenStory.claimHolder(X, "the toll and the ferry fares will rise in the spring"));
    assertEquals("harbour master", WrittenStory.claimHolder(X, "the pilots and the dockers were paid late again last month"));
  }
}
