/**
 * Links name candidates to the article's actors: gazetteer entries, the article's own names and
 * their shorter forms, defined short forms, acronyms and misspellings.
 */
package org.hindsight.extract.actor.link;
