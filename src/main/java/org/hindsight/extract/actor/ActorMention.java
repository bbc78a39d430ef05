package org.hindsight.extract.actor;

import org.hindsight.article.Span;

/**
 * One mention of an actor. {@code role} says how it refers: NAME, ALIAS, METONYM ("the Kremlin"),
 * DEMONYM ("Russian"), TITLE ("the envoy"), PRONOUN, PLACE (a location use: "met in the
 * Kremlin"). Immutable.
 */
public record ActorMention(String text, Span span, String role) {}
