package org.hindsight.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A date after publication on a verb that schedules dates the event it schedules, though that verb
 * is past ("called a special meeting for April 22", "a meeting has been arranged for April 21"), and
 * a date on "effective" is when a change takes effect: Reuters dev missed these, as sentences with a
 * scheduling verb or a date and no hedge word were never parsed. A month after "since" reaches back,
 * however SUTime reads it. Sentences written for the test.
 */
class ScheduledEventTest {

  private static final Instant PUBLISHED = Instant.parse("1987-03-27T12:00:00Z");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "A meeting of the creditor banks has been arranged for April 21 in New York.|has been arranged for April 21|1987-04-21",
        "The board called a special meeting for April 22 for shareholders to vote on the merger.|called a special meeting for April 22|1987-04-22",
        "The judge set May 7 for sentencing.|set May 7 for sentencing|1987-05-07",
        "The new rate of 7.5 pct is effective April 1.|is effective April 1|1987-04-01",
        "The board proposed a change to a holding company format, to be effective April 1.|to be effective April 1|1987-04-01"
      })
  void aScheduleDatesItsEvent(String text, String key, String deadline) {
    Prediction p = WrittenPredictions.holding(PUBLISHED, text, key);
    assertEquals(LocalDate.parse(deadline), p.horizon().end(), p::toString);
  }

  /**
   * An infinitive dated after publication states a scheduled event with no hedge and no modal: the
   * infinitive's "to" is a mark, not an auxiliary, and a bare infinitive under "help" may be tagged
   * past. A year after publication's is what gets such a sentence time-tagged and parsed.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The airline also holds options on six more jets to exercise by 1992.|to exercise by 1992|1992-12-31",
        "A law passed last week is designed to help the shipyards shed a fifth of their capacity by March 31, 1988.|shed a fifth of their capacity|1988-03-31"
      })
  void anInfinitiveDatedAheadIsScheduled(String text, String key, String deadline) {
    Prediction p = WrittenPredictions.candidateHolding(PUBLISHED, text, key);
    assertEquals(LocalDate.parse(deadline), p.horizon() == null ? null : p.horizon().end(), p::toString);
  }

  /** A degree before "likely" or "unlikely" opens the clause as the adjective alone does: the cue is the phrase, not the date. */
  @Test
  void aDegreeOfLikelihoodOpensItsClause() {
    Prediction p = WrittenPredictions.candidateHolding(PUBLISHED,
        "The council is very unlikely to approve a single target for 1990.", "approve a single target");
    assertTrue(p.cues().stream().anyMatch(c -> c.text().equals("very unlikely")), p::toString);
    assertTrue(p.probability() < 0.2, p::toString);
  }

  /** A month after "since" is no horizon and no schedule: SUTime read this one as the coming December. */
  @Test
  void aPeriodSinceAMonthIsNoHorizon() {
    Prediction p = WrittenPredictions.candidateHolding(Instant.parse("2007-06-09T12:00:00Z"),
        "The rival airline has been trying to take over the carrier since December.", "take over the carrier");
    assertNull(p.horizon(), p::toString);
  }

  /** A causal "since" before a month that qualifies a noun leaves the month a horizon. */
  @Test
  void aCausalSinceKeepsTheMonth() {
    Prediction p = WrittenPredictions.candidateHolding(PUBLISHED,
        "The institute is likely to raise the export levy since June shipments were halted in mid-February.",
        "raise the export levy");
    assertEquals("June", p.horizon() == null ? null : p.horizon().text(), p::toString);
  }

  /**
   * A scheduling verb beside a speech verb, with no cue and no future date, does not get the
   * sentence parsed: its holder stays the token fallback's (parsed, the report went to the author).
   */
  @Test
  void aSchedulingVerbBesideAReportKeepsItsHolder() {
    Extraction x = WrittenStory.extract("written-exports", "Written", "Test Wire", PUBLISHED,
        "The jobless rate rose to 6.1 pct in February from 5.8 pct a year ago, the Labour Ministry said in a statement it called provisional.");
    assertTrue(x.claims().stream().anyMatch(c -> c.text().startsWith("The jobless rate rose") && c.holder().name().contains("Labour Ministry")),
        () -> x.claims().toString());
  }
}
