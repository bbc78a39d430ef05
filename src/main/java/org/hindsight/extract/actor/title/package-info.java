/**
 * Titles and descriptions written before a name ("Pennzoil chairman Hugh Liedtke", "the trade paper
 * Automotive News"), which extend the mention and give the actor role nouns to be referred to by.
 */
package org.hindsight.extract.actor.title;
