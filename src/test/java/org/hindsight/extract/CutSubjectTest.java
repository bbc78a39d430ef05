package org.hindsight.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A prediction's span holds what it is about when the parse cut that off the clause, and a span
 * stops before a coordinated prediction of its own. Reuters dev stories showed each shape (a
 * relative clause's antecedent, a subject parsed as the object of "said", the subject of a
 * participle clause, "X is expected lower but Y could rise", "X would be closed … and Y should
 * arrive" parsed as one clause); these sentences, written for the test, are parsed the same way.
 */
class CutSubjectTest {

  private static final Instant PUBLISHED = Instant.parse("1987-03-25T12:00:00Z");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Ministers backed a draft clause in the new trade pact that could lower tariffs on steel next year.|could lower|a draft clause in the new trade pact that could lower",
        "The agency named one of the few mills that would gain from the new quota.|would gain|one of the few mills that would gain",
        "They said a forced sale of dollar positions would worsen the liquidity squeeze as banks would have to convert their holdings into baht.|would worsen|a forced sale of dollar positions would worsen",
        "The insurer booked its reserves on older, higher tax rates, but a change being considered by the accounting board could produce a gain of about 80 cts a share in 1988, it said.|could produce|a change being considered by the accounting board could produce",
        // relative clauses the parse hangs elsewhere (parataxis, conj): the words still show the
        // antecedent before the relative pronoun (AntecedentsTest: a modal after one)
        "The lender has heavy exposure to the coffee growers, that will continue to weigh on its profits.|will continue|heavy exposure to the coffee growers, that will continue",
        "Building a new quay and hiring more pilots are sensible moves by the port but delays, which make loading costly, would not vanish as a result, shippers said.|would not vanish|delays, which make loading costly, would not vanish"
      })
  void spanStartsAtWhatThePredictionIsAbout(String text, String cue, String start) {
    WrittenPredictions.assertSpanStarts(PUBLISHED, text, cue, start);
  }

  @Test
  void coordinatedPredictionsGetASpanEach() {
    String text = "Canadian barley area is expected lower but oat sowings could rise.";
    Prediction first = WrittenPredictions.holding(PUBLISHED, text, "expected lower");
    Prediction second = WrittenPredictions.holding(PUBLISHED, text, "could rise");
    assertEquals("Canadian barley area is expected lower", first.text());
    assertEquals("oat sowings could rise", second.text());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // the parse hangs the second clause under the first as its complement, so both cues made one span
        "The company said Ralston will act as chief executive and Peter K. Lamb, formerly its treasurer, will act as chief financial officer.|will act as chief executive|Peter K. Lamb, formerly its treasurer, will act as chief financial officer",
        "The ministry said the books on the loan would be closed by mid-April and the first two billion dlrs of new money should arrive by the end of the month.|would be closed by mid-April|the first two billion dlrs of new money should arrive by the end of the month"
      })
  void twoForecastsWithTheirOwnSubjectsAreTwoCandidates(String text, String first, String second) {
    Extraction x = WrittenStory.candidates("written-" + text.hashCode(), "Written", "Test Wire", PUBLISHED, text);
    Prediction one = WrittenStory.predictionHolding(x, first);
    Prediction two = WrittenStory.predictionHolding(x, second);
    assertNotEquals(one.text(), two.text(), "one span holds both forecasts: " + one.text());
    assertEquals(second, two.text());
  }

  @Test
  void twoNounsOfOneSubjectStayTogether() {
    String text = "Malaysia, the largest producer, was seeking cabinet approval to join the new pact and hoped other producers"
        + " and consumers would also become members.";
    Extraction x = WrittenStory.candidates("written-" + text.hashCode(), "Written", "Test Wire", PUBLISHED, text);
    Prediction p = WrittenStory.predictionHolding(x, "would also become members");
    assertTrue(p.text().contains("other producers and consumers would"), p.text());
  }
}
