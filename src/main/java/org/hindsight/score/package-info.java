/**
 * Track records from verdicts: Brier scores and calibration by probability band, per holder,
 * source or actor ({@link org.hindsight.score.Scorecard}).
 */
package org.hindsight.score;
