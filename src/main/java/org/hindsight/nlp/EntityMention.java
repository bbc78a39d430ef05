package org.hindsight.nlp;

import org.hindsight.article.Span;

/**
 * A named-entity mention found by NER: tokens {@code [tokenBegin, tokenEnd)} of sentence {@code
 * sentence}, with its coarse type (PERSON, ORGANIZATION, LOCATION, MISC, …). Immutable.
 */
public record EntityMention(String text, Span span, String type, int sentence, int tokenBegin, int tokenEnd) {}
