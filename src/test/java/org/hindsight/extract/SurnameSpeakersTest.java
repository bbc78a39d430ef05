package org.hindsight.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.hindsight.extract.actor.Actor;
import org.hindsight.extract.actor.ActorMention;
import org.junit.jupiter.api.Test;

/**
 * Speakers the wire names by a surname that is also a word ("..., said Lucky", "Long said"), and a
 * paper the story cites called "the trade paper" afterwards. On 1987 Reuters copy (dev pool) NER
 * left such surnames untagged and the parser read "said Lucky" as a verb and its complement, so
 * the forecasts fell to the author; "the trade paper" went to the carmaker the paper wrote about.
 * Sentences written for this test in the style of that copy.
 */
class SurnameSpeakersTest {

  private static final Extraction X =
      WrittenStory.extract(
          "surname-speakers",
          "Carmaker trims output",
          "Reuters",
          Instant.parse("1987-03-30T12:00:00Z"),
          "Northern Motors Corp has cut 50,000 cars from its second quarter schedule, according to Motor Trade"
              + " News.\n\n"
              + "The trade paper said the carmaker plans to build 400,000 cars in the quarter.\n\n"
              + "Analyst Walter Lucky of Dean Witter said stocks of unsold cars were far too high.\n\n"
              + "The cuts could lead to more layoffs in the summer, said Lucky.\n\n"
              + "Company treasurer Anne Long said the plan would be put to shareholders in May. Long said the"
              + " board would meet again next week. Dealers faced a long wait for new models.");

  private static Actor actor(String name) {
    return X.actors().stream().filter(a -> a.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not among " + X.actors().stream().map(Actor::name).toList()));
  }

  private static List<String> mentions(String name) {
    return actor(name).mentions().stream().map(ActorMention::text).toList();
  }

  @Test
  void aSurnameNextToAVerbOfSpeechIsThePersonNamedBefore() {
    assertTrue(mentions("Walter Lucky").contains("Lucky"), mentions("Walter Lucky").toString());
    assertTrue(mentions("Anne Long").contains("Long"), mentions("Anne Long").toString());
    // the adjective of the last sentence is no mention of her
    assertEquals(1, actor("Anne Long").mentions().stream().filter(m -> m.text().equals("Long")).count());
  }

  @Test
  void aSpeakerNamedBySurnameAfterTheVerbHoldsTheForecast() {
    assertEquals("Walter Lucky", WrittenStory.holderOf(X, "could lead to more layoffs"));
    assertEquals("Anne Long", WrittenStory.holderOf(X, "would meet again next week"));
  }

  @Test
  void theTradePaperIsThePaperNotTheCompanyItWritesAbout() {
    assertTrue(mentions("Motor Trade News").contains("The trade paper"), mentions("Motor Trade News").toString());
    assertFalse(mentions("Northern Motors Corp").contains("The trade paper"));
    assertEquals("Motor Trade News", WrittenStory.holderOf(X, "plans to build 400,000 cars"));
  }
}
