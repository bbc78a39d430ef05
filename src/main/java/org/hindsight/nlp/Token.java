package org.hindsight.nlp;

import org.hindsight.article.Span;

/**
 * One token. {@code index} is 0-based within its sentence; {@code span} points into the article
 * text, so {@code span.of(article.text())} equals {@code text} (modulo CoreNLP's normalisation of
 * quotes, which we undo by always reading text from the span). Immutable.
 */
public record Token(int index, String text, Span span, String pos, String lemma, String ner) {

  public boolean isVerb() {
    return pos.startsWith("VB") || pos.equals("MD");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  /** Punctuation: ASCII marks, dashes and curly quotation marks ("," "--" "\u201d"). */
  public boolean isPunctuation() {
    return text.matches("\\p{Punct}+|[\u2014\u2013\u201c\u201d\u2018\u2019]");
  }

  /** A double quotation mark, straight, curly or as the tokenizer writes it ("``", "''"). */
  public boolean isQuoteMark() {
    return QUOTE_MARKS.contains(text);
  }

  private static final java.util.Set<String> QUOTE_MARKS = java.util.Set.of("\"", "``", "''", "\u201c", "\u201d");

  public String lower() {
    return text.toLowerCase(java.util.Locale.ROOT);
  }

  /** The lemma in lower case, or the lower-cased text when the pipeline gave none. */
  public String lowerLemma() {
    return lemma == null ? lower() : lemma.toLowerCase(java.util.Locale.ROOT);
  }
}
