/**
 * The check stage: predictions against later reporting.
 *
 * <ul>
 *   <li>{@link org.hindsight.check.EvidenceIndex} reads the index: the predictions, whole articles
 *       rebuilt from the stored extraction JSON ({@link org.hindsight.check.ArticleView}, with
 *       sentences), and candidate claims and predictions from later articles by two channels,
 *       shared actors (canonical ids) and event words (stemmed as the index stems them, WordNet
 *       synonyms, derivations and irregular forms at a lower boost).
 *   <li>{@link org.hindsight.check.EventQuery} reads what a prediction predicts: the event's head
 *       word, its other words with weights, its subject and actors, its months.
 *   <li>{@link org.hindsight.check.StanceJudge} judges one later sentence: which event words it
 *       has, whether it reports or forecasts, negation, antonyms, contests, the event's date
 *       ({@link org.hindsight.check.Judgement}). {@link org.hindsight.check.Lexicon} is its word
 *       knowledge (WordNet 3.1 and {@code models/stance-lexicon.json}), {@link
 *       org.hindsight.check.Affiliations} who belongs to whom (the gazetteer).
 *   <li>{@link org.hindsight.check.Checker} fuses words, meaning ({@link
 *       org.hindsight.check.Embedder}, all-MiniLM-L6-v2 in {@link
 *       org.hindsight.check.MiniLmEmbedder}, for the best candidates only) and actors into one
 *       score and decides a {@link org.hindsight.check.Verdict} with its {@link
 *       org.hindsight.check.Evidence}.
 *   <li>{@link org.hindsight.check.CheckRun} checks an index incrementally, lays human judgments
 *       over the verdicts, keeps everything in a {@link org.hindsight.check.VerdictStore} and
 *       writes statuses into the index; {@link org.hindsight.check.Scorecard} turns resolved
 *       verdicts into Brier scores and calibration; {@link org.hindsight.check.GoldOutcomes}
 *       compares verdicts with gold outcomes. {@link org.hindsight.check.VerdictJson} is the JSON
 *       of verdicts.
 * </ul>
 *
 * <p>Nothing here loads CoreNLP: a check starts in about two seconds (WordNet 0.6 s, the embedding
 * model 1–2 s, both on first need).
 */
package org.hindsight.check;
