package org.hindsight.check.stance;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;

/**
 * What {@link StanceJudge} found in one later sentence for one prediction. Immutable.
 *
 * @param coverage the weighted share of the prediction's event words the sentence has (0–1;
 *     synonyms and derivations count less than the word itself)
 * @param anchorFound whether the event's head word is there (itself, a synonym, a derivation or an
 *     antonym)
 * @param hedged the sentence forecasts, expects or conditions the event rather than reporting it:
 *     a later forecast is not an outcome
 * @param negated the sentence reports that the event did not happen ("no concessions", "did not
 *     travel", "without agreeing")
 * @param contrary the sentence reports the opposite event (an antonym: "kept rates" for "cut")
 * @param provisional the report holds "for now", "so far", "yet": it settles nothing before the
 *     deadline
 * @param contest for a prediction that someone wins: SUPPORTS when the sentence reports that actor
 *     winning, REFUTES when another actor won or that actor lost, else UNRELATED
 * @param stance toward the prediction as stated (its polarity applied), UNRELATED when hedged
 * @param eventDate the date the sentence gives the event ("at its September 18 meeting", "on
 *     Sunday"), or null (then the publication date stands)
 * @param monthClash the prediction names a month and the sentence dates its event to another
 * @param agents the actors named before the event word in its clause (who did it: "the European
 *     Union and the United States agreed"), empty when none
 * @param matchedTerms how many of the prediction's words (not counting time words and context) the
 *     sentence has
 * @param reason a short human-readable account of the signals
 */
public record Judgement(
    double coverage,
    boolean anchorFound,
    boolean hedged,
    boolean negated,
    boolean contrary,
    boolean provisional,
    Stance contest,
    Stance stance,
    LocalDate eventDate,
    boolean monthClash,
    java.util.Set<String> agents,
    int matchedTerms,
    String reason) {

  public Judgement {
    agents = Collections.unmodifiableSet(new LinkedHashSet<>(agents));
  }
}
