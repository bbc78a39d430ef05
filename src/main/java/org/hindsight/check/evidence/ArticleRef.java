package org.hindsight.check.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * What a verdict shows of an article: id, title, url, publication time (null when undated) and
 * source. Immutable.
 */
public record ArticleRef(String id, String title, String url, Instant published, String source) {

  public ArticleRef {
    Objects.requireNonNull(id, "id");
  }

  /** The publication date (UTC), or null when undated. */
  public LocalDate day() {
    return published == null ? null : published.atZone(ZoneOffset.UTC).toLocalDate();
  }
}
