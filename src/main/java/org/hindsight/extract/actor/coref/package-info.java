/** Coreference without a coreference model: definite descriptions and pronouns to the actors they refer to. */
package org.hindsight.extract.actor.coref;
