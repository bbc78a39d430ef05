/**
 * The NLP stage: {@link org.hindsight.nlp.Pipeline} turns an {@link org.hindsight.article.Article}
 * into an immutable {@link org.hindsight.nlp.AnnotatedDocument} (sentences, tokens with offsets,
 * POS, lemmas, NER, dependencies, time expressions normalised against the publication date,
 * coreference). CoreNLP types never leave this package. {@link org.hindsight.nlp.LanguageGuard}
 * refuses non-English text.
 */
package org.hindsight.nlp;
