package org.hindsight.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A pronoun that speaks ("…, it said", "he said") in wire copy is the last speaker of its kind, not
 * the last name of its kind: on 1987 Reuters copy (dev pool) "The cut could lead to further layoffs
 * at GM, it said" went to GM instead of the paper that said it, and a forecast "he said" after a
 * senator was named in passing went to the senator. Sentences written for this test in the style
 * of that copy. Every candidate is read (none filtered out by the trained model): holders are what
 * is tested.
 */
class SpeakingPronounsTest {

  private static final Extraction X =
      WrittenStory.candidates(
          "speaking-pronouns",
          "Shipping line to sell freighters",
          "Reuters",
          Instant.parse("1987-03-30T12:00:00Z"),
          "Harbor Ship Lines Inc said it agreed to sell two freighters to Ocean Carriers Inc for 30 mln dlrs.\n\n"
              + "The sale could lead to further layoffs at Ocean Carriers, it said.\n\n"
              + "Analyst Peter Stone of Dean Witter said the central bank would cut its discount rate.\n\n"
              + "A cut had been urged by Senator John Doyle last week.\n\n"
              + "Rates could fall further by June, he said.\n\n"
              + "<Yukon Ridge Mines Inc> and <Pacific Glacier Resources Ltd> said they approved a new mine.\n\n"
              + "They said the mine would produce 50,000 ounces of gold a year.\n\n"
              + "President Mark Hale has said he will name a new bank governor in May.\n\n"
              + "Finance Minister Robert Kessler did not address the criticism in his speech.\n\n"
              + "He said growth was likely to remain modest in the coming months.");

  @Test
  void aPronounThatSpeaksIsTheLastSpeakerNotTheLastName() {
    assertEquals("Harbor Ship Lines Inc", WrittenStory.holderOf(X, "could lead to further layoffs"));
    assertEquals("Peter Stone", WrittenStory.holderOf(X, "could fall further by June"));
  }

  @Test
  void ofNamesThatSpokeTogetherTheFirstSpeaksAgain() {
    assertEquals("Yukon Ridge Mines Inc", WrittenStory.holderOf(X, "would produce 50,000 ounces"));
  }

  @Test
  void theSubjectOfASentenceInBetweenIsWhoSpeaksNext() {
    assertEquals("Robert Kessler", WrittenStory.holderOf(X, "likely to remain modest"));
  }
}
