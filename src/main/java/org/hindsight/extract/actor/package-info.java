/**
 * Actors of an article: who acts and is spoken about, and every mention of each. {@link
 * org.hindsight.extract.actor.ActorResolver} runs the steps, each a sub-package in flow order:
 * {@code gazetteer} (the curated list and when its entries hold) → {@code candidate} (names from
 * NER and the gazetteer, repaired as the wire writes them) → {@code filter} (what is named but does
 * not act) → {@code link} (names to actors) → {@code title} (titles and descriptions before names)
 * → {@code coref} (descriptions and pronouns to actors). Imports point down that line only; this
 * package holds the values ({@link org.hindsight.extract.actor.Actor}, {@link
 * org.hindsight.extract.actor.ActorMention}) and the driver.
 */
package org.hindsight.extract.actor;
