package org.hindsight.index;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hindsight.article.Span;
import org.hindsight.extract.Holder;

/**
 * One search hit: what the index stored about a claim, prediction or article, with the matched
 * words highlighted. Fields that do not apply to the kind are null (articles have no holder,
 * claims no level or deadline). Immutable.
 *
 * @param score the relevance score, or null when hits are sorted by date (no query)
 * @param text the item's sentence; for an article, its body
 * @param highlight {@code text} with matched words as {@code **word**} (for an article: the best
 *     passages), or null when the query matched no words of it
 * @param json the stored extraction JSON of the item (the contract's claim, prediction or article
 *     object)
 */
public record Hit(
    String kind,
    String id,
    String articleId,
    Double score,
    String text,
    String highlight,
    Holder holder,
    List<ActorRef> actors,
    Instant published,
    String source,
    String title,
    String url,
    Double probability,
    String level,
    String polarity,
    LocalDate deadline,
    String status,
    Span span,
    List<String> cues,
    String json) {

  public Hit {
    actors = List.copyOf(actors);
    cues = List.copyOf(cues);
  }

  /** An actor of a hit: id and canonical name. */
  public record ActorRef(String id, String name) {}
}
