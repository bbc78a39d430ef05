package org.hindsight.article;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields every format yields, as found in the input (strings, not yet checked), and the one way
 * they become an {@link Article}: so that dates, ids and missing text are handled alike in every
 * format. Immutable.
 */
record ArticleFields(
    String id,
    String title,
    String source,
    String author,
    String published,
    String url,
    String language,
    String text) {

  static final String UNDATED_WARNING = "no publication date: processed as undated";

  /** Quoted input in a reason is cut here, so that one hostile value cannot flood a log line. */
  private static final int MAX_QUOTED = 80;

  /**
   * The outcome for these fields: {@code Failed} for no text or an unparsable date, else {@code
   * Read}, with a warning when there is no date and no default one.
   *
   * @param path the article's provenance ({@link Article#path()})
   * @param location where a failure is reported
   * @param warnings remarks already made while reading the input
   */
  ReadOutcome toOutcome(String path, String location, ReadOptions options, List<String> warnings) {
    String body = clean(text);
    if (body == null) {
      return new ReadOutcome.Failed(location, "no text");
    }
    List<String> remarks = new ArrayList<>(warnings);
    OffsetDateTime date;
    String given = clean(published);
    if (given == null) {
      date = options.defaultPublished();
      if (date == null) {
        remarks.add(UNDATED_WARNING);
      }
    } else {
      try {
        date = PublishedDates.parseWithOffset(given);
      } catch (DateTimeException e) {
        return new ReadOutcome.Failed(location, "unparsable published date '" + quote(given) + "'");
      }
    }
    String articleUrl = clean(url);
    String explicitId = clean(id);
    String articleId = explicitId != null ? explicitId : ArticleIds.of(articleUrl, body);
    Article article =
        new Article(
            articleId,
            clean(title),
            clean(source),
            clean(author),
            date == null ? null : date.toInstant(),
            articleUrl,
            clean(language),
            body,
            path,
            date == null ? null : date.getOffset());
    return new ReadOutcome.Read(article, remarks);
  }

  /** Trimmed, or null when absent or blank: an empty title is no title. */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }

  static String quote(String s) {
    return s.length() <= MAX_QUOTED ? s : s.substring(0, MAX_QUOTED) + "…";
  }
}
