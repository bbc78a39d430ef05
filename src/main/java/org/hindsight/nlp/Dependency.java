package org.hindsight.nlp;

/**
 * A basic dependency between two tokens of one sentence (0-based indices; {@code governor} is -1
 * for the root). {@code relation} is the Universal Dependencies label, e.g. {@code nsubj}, {@code
 * aux}, {@code ccomp}. Immutable.
 */
public record Dependency(int governor, int dependent, String relation) {}
