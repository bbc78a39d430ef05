/**
 * Who holds a statement. The flow: {@link org.hindsight.extract.attribution.CueLexicon} (the
 * attribution cues learned from PolNeAR train: said, told, according to, warned, a colon after a
 * name …) → {@link org.hindsight.extract.attribution.Candidates} (every way a source can be tied
 * to a statement: the subject of the cue that governs it, the names next to a cue, the speaker of a
 * quote, the speaker of the sentences before, the author) → {@link
 * org.hindsight.extract.attribution.SourceFeatures} (named features of one statement–candidate
 * pair, shared by training and prediction) → {@link org.hindsight.extract.attribution.SourceModel}
 * (OpenNLP maxent trained on PolNeAR train by {@link
 * org.hindsight.extract.attribution.SourceTrainer}: the candidate most likely to be the source).
 * {@code extract.claim.Attribution} is the entry point the extractors call; after claims and
 * predictions have their holders, {@link org.hindsight.extract.attribution.OwnFrames} gives a
 * forecast left to the author whose own words open (or end) with its speaker and report verb to
 * that speaker, then {@link org.hindsight.extract.attribution.CarriedReports} gives a forecast left
 * to the author inside one named source's report, or in a release after an organisation's first
 * paragraph, to that source.
 */
package org.hindsight.extract.attribution;
