package org.hindsight.extract;

import org.hindsight.article.Span;

/** A hedge, attribution or negation cue as it stands in the text. Immutable. */
public record Cue(String text, Span span) {}
