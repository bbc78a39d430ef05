package org.hindsight.nlp;

import java.util.List;
import org.hindsight.article.Article;

/**
 * Turns an article into an {@link AnnotatedDocument}. Implementations are thread-safe: one
 * instance is built per process (models load once) and shared by all worker threads.
 *
 * <p>How to add one: implement {@link #annotate}, keep offsets pointing into {@code
 * article.text()}, and return only immutable values from this package.
 */
public interface Pipeline extends AutoCloseable {

  /** Annotates one article. Never returns null; throws {@link NlpException} on failure. */
  AnnotatedDocument annotate(Article article);

  /** The annotators this pipeline runs, for logs and the benchmark. */
  String describe();

  @Override
  default void close() {}

  /** Annotates several articles, in input order (the default runs them one by one). */
  default List<AnnotatedDocument> annotateAll(List<Article> articles) {
    return articles.stream().map(this::annotate).toList();
  }
}
