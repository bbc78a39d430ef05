/**
 * The check stage: predictions against later reporting, in one pass per prediction whose steps are
 * the sub-packages, each importing only those before it:
 *
 * <ol>
 *   <li>{@link org.hindsight.check.evidence}: what a prediction predicts ({@code EventQuery}) and
 *       the later sentences that may settle it, by actors, event words and meaning ({@code
 *       EvidenceIndex}, {@code Retriever}, {@code Meaning}, {@code Lexicon}, tokens);
 *   <li>{@link org.hindsight.check.stance}: what one later sentence says about the predicted event
 *       (word alignment, hedges, negations, antonyms, contests, dates: a {@code Judgement});
 *   <li>{@link org.hindsight.check.verdict}: scores the candidates and decides the {@code Verdict}
 *       with its {@code Evidence};
 *   <li>{@link org.hindsight.check.store}: verdicts and human judgments kept between runs, and their
 *       JSON.
 * </ol>
 *
 * {@link org.hindsight.check.CheckRun} drives a run over an index (incrementally, on all cores);
 * {@link org.hindsight.check.Judgments} records human verdicts and lays them over the checker's;
 * {@link org.hindsight.check.CheckIndex} says which (the embedded index or a SolrCloud collection)
 * and where the run's state is kept.
 * Scorecards are in {@code org.hindsight.score}, gold outcomes in {@code org.hindsight.eval}.
 *
 * <p>Nothing here loads CoreNLP: a check starts in about two seconds (WordNet 0.6 s, the embedding
 * model 1–2 s, both on first need).
 */
package org.hindsight.check;
