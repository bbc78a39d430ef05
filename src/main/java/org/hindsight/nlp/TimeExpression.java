package org.hindsight.nlp;

import java.time.LocalDate;
import org.hindsight.article.Span;

/**
 * A time expression normalised against the article's publication date. {@code value} is the TIMEX3
 * value SUTime gave (e.g. {@code 2025-08-07}, {@code 2025-09}, {@code FUTURE_REF}, {@code P1D});
 * {@code begin}/{@code end} are the inclusive date interval it denotes, or null when it denotes
 * none (a duration without anchor, an undated article). Immutable.
 */
public record TimeExpression(
    String text, Span span, int sentence, String type, String value, LocalDate begin, LocalDate end) {

  public boolean resolved() {
    return begin != null && end != null;
  }

  /** The same words read as the dates {@code [begin, end]} (a correction of SUTime's reading). */
  public TimeExpression dated(LocalDate begin, LocalDate end) {
    return new TimeExpression(text, span, sentence, type, value, begin, end);
  }
}
