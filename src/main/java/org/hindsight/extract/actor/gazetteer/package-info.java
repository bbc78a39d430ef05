/**
 * The curated actor gazetteer ({@code models/gazetteer.json}) and when its entries hold: offices
 * change hands and states come and go, so a phrase resolves to its entry only at the dates the
 * entry gives.
 */
package org.hindsight.extract.actor.gazetteer;
