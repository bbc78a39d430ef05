package org.hindsight.article;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * How corpus files are read. Immutable and thread-safe.
 *
 * @param maxBytes the largest article accepted, in bytes: the whole file, or one line of a JSON
 *     Lines file (so a large {@code .jsonl} corpus streams through while one runaway record is
 *     still refused). Must be positive.
 * @param defaultPublished the publication date of articles whose input gives none (from {@code
 *     --published DATE}); null to read such articles as undated, with a warning
 */
public record ReadOptions(long maxBytes, OffsetDateTime defaultPublished) {

  /** 5 MB: far above any news article, low enough to refuse a mislabelled dump or binary. */
  public static final long DEFAULT_MAX_BYTES = 5_000_000L;

  public ReadOptions {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
  }

  /** {@link #DEFAULT_MAX_BYTES}, no default publication date. */
  public static ReadOptions defaults() {
    return new ReadOptions(DEFAULT_MAX_BYTES, null);
  }

  public ReadOptions withMaxBytes(long limit) {
    return new ReadOptions(limit, defaultPublished);
  }

  public ReadOptions withDefaultPublished(OffsetDateTime date) {
    return new ReadOptions(maxBytes, date);
  }

  /** A default publication time in UTC. */
  public ReadOptions withDefaultPublished(Instant date) {
    return withDefaultPublished(date == null ? null : date.atOffset(ZoneOffset.UTC));
  }
}
