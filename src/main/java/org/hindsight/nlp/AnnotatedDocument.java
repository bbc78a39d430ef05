package org.hindsight.nlp;

import java.util.List;
import org.hindsight.article.Article;

/**
 * What the NLP stage makes of one article: sentences with tokens (offsets into {@code
 * article.text()}), POS, lemmas, NER, dependencies, entity mentions, time expressions normalised
 * against the publication date, and coreference chains (empty unless the profile runs coref).
 * {@code warnings} are one-line remarks about text the pipeline had to cut to keep its cost bounded
 * (a sentence over the token limit, a run without whitespace), without the article's location.
 * Immutable; nothing of CoreNLP's mutable types leaks out.
 */
public record AnnotatedDocument(
    Article article,
    List<Sentence> sentences,
    List<EntityMention> entities,
    List<TimeExpression> times,
    List<CorefChain> coref,
    List<String> warnings) {

  public AnnotatedDocument {
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    times = List.copyOf(times);
    coref = List.copyOf(coref);
    warnings = List.copyOf(warnings);
  }

  /** A document annotated without remarks. */
  public AnnotatedDocument(
      Article article,
      List<Sentence> sentences,
      List<EntityMention> entities,
      List<TimeExpression> times,
      List<CorefChain> coref) {
    this(article, sentences, entities, times, coref, List.of());
  }

  public int tokenCount() {
    int n = 0;
    for (Sentence s : sentences) {
      n += s.tokens().size();
    }
    return n;
  }

  /** The sentence that contains character offset {@code offset}, or null. */
  public Sentence sentenceAt(int offset) {
    for (Sentence s : sentences) {
      if (s.span().begin() <= offset && offset < s.span().end()) {
        return s;
      }
    }
    return null;
  }
}
