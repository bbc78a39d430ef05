/**
 * Coreference without a coreference model: bare surnames NER missed beside a verb of speech,
 * definite descriptions and pronouns (a pronoun that speaks to the last speaker) to the actors they
 * refer to.
 */
package org.hindsight.extract.actor.coref;
