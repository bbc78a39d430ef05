package org.hindsight.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A forecast whose own words open with its speaker and a report verb ("Phillips indicated the CFTC
 * would not move …"), or end with its speaker right before the report verb they were cut from
 * ("…, a Swiss Bank Corp spokesman | said"), is the speaker's, even where the attribution rules,
 * misled by the parse, left it to the author; a forecast about a named actor is not that actor's.
 * Found among Reuters dev's prediction holders. Stories written for this test in the style of 1987
 * wire copy.
 */
class OwnFrameTest {

  @Test
  void aForecastOpeningWithItsSpeakerAndAReportVerbIsTheSpeakers() {
    Extraction x =
        WrittenStory.extract(
            "own-frame",
            "Regulator sees no ban on dual trading",
            "Reuters",
            Instant.parse("1987-03-26T10:00:00Z"),
            "Commodity regulators will not ban dual trading on futures exchanges, the chairman of the agency said.\n\n"
                + "Susan Harwell, chairman of the Commodity Futures Trading Commission, spoke to a farm group.\n\n"
                + "Harwell indicated the commission would not move beyond requiring improved audit trails.");
    assertEquals("Susan Harwell", WrittenStory.holderOf(x, "would not move beyond requiring improved audit trails"));
  }

  @Test
  void aForecastCutBeforeItsInvertedReportIsItsSpeakers() {
    // the second of two coordinated verbs, the report after both; the span stopped before "said"
    Extraction x =
        WrittenStory.extract(
            "own-frame-trailing",
            "Norland to market steel tubes",
            "Reuters",
            Instant.parse("1987-03-26T10:00:00Z"),
            "Norland Steel Corp plans a plant in Malaysia.\n\n"
                + "The steel tubes, which Norland will market under the name Bright Tube (BT), can also carry gas and may be"
                + " applied to drilling deep wells, vice-president of Norland Steel, R. Hallam said.\n\n"
                + "The construction allows Norland to borrow at lower cost than a comparable convertible bond and will give the"
                + " company equity through issues of participation certificates in West Germany, a Pacific Bank spokesman said.");
    assertEquals("R. Hallam", WrittenStory.holderOf(x, "may be applied to drilling deep wells"));
    assertEquals("Pacific Bank", WrittenStory.holderOf(x, "will give the company equity"));
  }

  @Test
  void aForecastAboutANamedActorIsNotItsOwn() {
    Extraction x =
        WrittenStory.extract(
            "own-frame-subject",
            "Steelmaker to close mill",
            "Reuters",
            Instant.parse("1987-03-26T10:00:00Z"),
            "Norland Steel Corp will close its Ohio mill next year and cut 400 jobs.\n\n"
                + "Analysts expect the mill's output to be moved to Indiana.");
    assertTrue(WrittenStory.predictionHolding(x, "will close its Ohio mill").holder().isAuthor(),
        "held by " + WrittenStory.holderOf(x, "will close its Ohio mill"));
  }
}
