/**
 * What a check keeps between runs: the verdicts, human judgments and article hashes in a small
 * Lucene index of its own ({@link org.hindsight.check.store.VerdictStore}), and the JSON of
 * verdicts ({@link org.hindsight.check.store.VerdictJson}). Imports {@code check.verdict} and
 * below.
 */
package org.hindsight.check.store;
