/** Drops candidates that are named like actors but do not act: places, measures, the wire's units. */
package org.hindsight.extract.actor.filter;
