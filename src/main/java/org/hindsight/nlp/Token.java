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

  public String lower() {
    return text.toLowerCase(java.util.Locale.ROOT);
  }

  /** The lemma in lower case, or the lower-cased text when the pipeline gave none. */
  public String lowerLemma() {
    return lemma == null ? lower() : lemma.toLowerCase(java.util.Locale.ROOT);
  }
}
