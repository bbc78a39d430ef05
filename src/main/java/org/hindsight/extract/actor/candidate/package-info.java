/**
 * Candidate mentions of actors and the vocabulary of names: NER names repaired as news and the
 * wire write them (legal forms, tickers, bracketed companies, names run together), gazetteer
 * phrases that apply at the article's date, and the working types the later steps share ({@link
 * org.hindsight.extract.actor.candidate.Candidate}, {@link
 * org.hindsight.extract.actor.candidate.Draft}).
 */
package org.hindsight.extract.actor.candidate;
