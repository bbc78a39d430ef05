package org.hindsight.article;

import java.time.Instant;
import java.util.Objects;

/**
 * One news article, as read from any input format. {@code text} is the cleaned body (boilerplate
 * such as breadcrumbs and a repeated title removed); all offsets downstream point into it.
 *
 * <p>{@code published} is null when the input gave no date (the article is "undated" and its
 * predictions can have no deadlines). {@code path} names where it came from, with a {@code #N}
 * suffix (1-based line) for JSON Lines. Immutable and thread-safe.
 */
public record Article(
    String id,
    String title,
    String source,
    String author,
    Instant published,
    String url,
    String language,
    String text,
    String path) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  public boolean undated() {
    return published == null;
  }

  public Article withPublished(Instant date) {
    return new Article(id, title, source, author, date, url, language, text, path);
  }

  public Article withLanguage(String lang) {
    return new Article(id, title, source, author, published, url, lang, text, path);
  }
}
