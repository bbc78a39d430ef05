/**
 * Verdicts: {@link org.hindsight.check.verdict.Checker} scores each candidate sentence (words,
 * meaning, actors, topic) and decides a {@link org.hindsight.check.verdict.Verdict} ({@link
 * org.hindsight.check.verdict.Status}, confidence, {@link org.hindsight.check.verdict.Evidence})
 * for one prediction, as configured by {@link org.hindsight.check.verdict.CheckConfig}. Imports
 * {@code check.evidence} and {@code check.stance}.
 */
package org.hindsight.check.verdict;
