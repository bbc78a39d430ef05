/**
 * Evidence retrieval for the check stage: the index as the checker reads it ({@link
 * org.hindsight.check.evidence.EvidenceIndex}: predictions, whole articles with sentences, later
 * claims and predictions by words or actors; {@code LuceneEvidence} on the embedded index, {@link
 * org.hindsight.check.evidence.SolrEvidence} on a SolrCloud collection), what a prediction predicts ({@link
 * org.hindsight.check.evidence.EventQuery}, read by {@code EventReader} and {@code EventAnchor}),
 * the later sentences that may settle it ({@link org.hindsight.check.evidence.Retriever}), their
 * closeness in meaning ({@link org.hindsight.check.evidence.Meaning}, all-MiniLM-L6-v2 in {@link
 * org.hindsight.check.evidence.MiniLmEmbedder}), and the word and world knowledge all steps share
 * ({@link org.hindsight.check.evidence.Lexicon}: WordNet 3.1 and {@code
 * models/stance-lexicon.json}; {@link org.hindsight.check.evidence.Affiliations}: the gazetteer's
 * links; {@link org.hindsight.check.evidence.Token}). Imports nothing of the later steps.
 */
package org.hindsight.check.evidence;
