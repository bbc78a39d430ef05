package org.hindsight.extract.actor;

import org.hindsight.article.Span;

/**
 * One mention of an actor. {@code role} says how it refers: NAME ("Texaco Inc", "Poehl", "MITI"),
 * METONYM ("the Kremlin"), DEMONYM ("Russian"), GOVERNMENT ("the US administration"), TITLE ("the
 * envoy", "the manager": a person's role), DESCRIPTION ("the company", "the ministry": an
 * organisation's or state's kind), PRONOUN, PLACE (a location use: "met in the Kremlin"), PART (a
 * name inside a hyphenated token: "Russia-Ukraine"). Immutable.
 */
public record ActorMention(String text, Span span, String role) {}
