package org.hindsight.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One news article, as read from any input format. {@code text} is the cleaned body (boilerplate
 * such as breadcrumbs and a repeated title removed); all offsets downstream point into it.
 *
 * <p>{@code published} is null when the input gave no date (the article is "undated" and its
 * predictions can have no deadlines). {@code offset} is the UTC offset the input wrote the time in
 * (UTC when it gave none): "today" and "tomorrow" are days where the article was published, so the
 * reference date of the NLP stage and the horizons is {@link #publishedDate()}, the local date.
 * {@code path} names where it came from, with a {@code #N} suffix (1-based line) for JSON Lines.
 * Immutable and thread-safe.
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
    String path,
    ZoneOffset offset) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (offset == null) {
      offset = ZoneOffset.UTC;
    }
  }

  /** An article whose publication time, if any, is in UTC. */
  public Article(
      String id,
      String title,
      String source,
      String author,
      Instant published,
      String url,
      String language,
      String text,
      String path) {
    this(id, title, source, author, published, url, language, text, path, ZoneOffset.UTC);
  }

  public boolean undated() {
    return published == null;
  }

  /** The publication time at its own offset, or null when undated. */
  public OffsetDateTime publishedAt() {
    return published == null ? null : published.atOffset(offset);
  }

  /** The date of publication where it was published (not in UTC), or null when undated. */
  public LocalDate publishedDate() {
    return published == null ? null : publishedAt().toLocalDate();
  }

  /** The publication time as stored and printed (ISO, with its offset), or null when undated. */
  public String publishedText() {
    return published == null ? null : PublishedDates.format(publishedAt());
  }

  /** The same article published at {@code date}, in UTC. */
  public Article withPublished(Instant date) {
    return new Article(id, title, source, author, date, url, language, text, path, ZoneOffset.UTC);
  }

  /** The same article published at {@code date}, keeping its offset (null: undated). */
  public Article withPublished(OffsetDateTime date) {
    return date == null
        ? withPublished((Instant) null)
        : new Article(id, title, source, author, date.toInstant(), url, language, text, path, date.getOffset());
  }

  public Article withLanguage(String lang) {
    return new Article(id, title, source, author, published, url, lang, text, path, offset);
  }
}
