/**
 * Stance: what one later sentence says about one predicted event, as a {@link
 * org.hindsight.check.stance.Judgement} read by {@link org.hindsight.check.stance.StanceJudge}
 * from the event words it has ({@code Aligner}: same word, derivation, synonym, antonym), whether
 * it forecasts rather than reports ({@code Hedges}), negates the event ({@code Negations}), names
 * who won a contest ({@code Contests}) and when the event happened ({@code EventDates}). Imports
 * only {@code check.evidence}.
 */
package org.hindsight.check.stance;
