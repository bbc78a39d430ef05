package org.hindsight.check.evidence;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Read access to the index for the checker: the predictions to check, whole articles (text,
 * actors, claims, predictions) rebuilt from the stored extraction JSON, and candidate claims and
 * predictions from later articles by two channels — shared actors (canonical ids, so "the
 * Kremlin" meets "Russia") and event words (stemmed as the index stems them, synonyms at a lower
 * boost). Two backends answer alike: the embedded Lucene index ({@link LuceneEvidence}, one
 * commit, a point-in-time view) and a SolrCloud collection ({@link SolrEvidence}); field names
 * come from {@code index.Schema} for both.
 *
 * <p>Implementations are thread-safe.
 */
public interface EvidenceIndex extends Closeable {

  /**
   * Opens the last commit of the embedded index in {@code dir}. Fails with a one-line {@link
   * IOException} when there is no hindsight index there or it has another schema version.
   */
  static EvidenceIndex open(Path dir) throws IOException {
    return LuceneEvidence.open(dir);
  }

  /** Where the index is, for messages: a directory, or a collection on a cluster. */
  String describe();

  /**
   * Every prediction in the index, by its article's publication (undated last), article id and
   * place in the article: not in index order, which changes when a check rewrites documents.
   */
  List<IndexedPrediction> predictions() throws IOException;

  /** The prediction with this id, or null. */
  IndexedPrediction prediction(String id) throws IOException;

  /** An article's content hash and publication time (null when undated). */
  record ArticleState(String hash, Instant published) {}

  /** Every article in the index: id → content hash and publication time. */
  Map<String, ArticleState> articleStates() throws IOException;

  /**
   * Every article in the index: id → content hash (what {@code ingest} wrote), so that a check
   * can tell which articles arrived or changed since the last one.
   */
  default Map<String, String> articleHashes() throws IOException {
    Map<String, String> out = new HashMap<>();
    articleStates().forEach((id, s) -> out.put(id, s.hash()));
    return out;
  }

  /** An article with its actors, claims and predictions, or null when the index has none by that id. */
  ArticleView article(String id) throws IOException;

  /** One item (claim or prediction) found for a query, with its rank in the channel that found it. */
  record ItemHit(String itemId, String articleId, String kind, int start, int end, int rank, float score) {}

  /**
   * Claims and predictions of articles published in {@code (after, until]}, outside {@code
   * excludeArticle}, best first.
   *
   * @param stems event words as the index stems them, each with a boost
   * @param actorIds when not empty, only items about one of these actors (the actor channel);
   *     when empty, items matching the words (the word channel)
   * @param onlyArticles when not null, only items of these articles
   */
  default List<ItemHit> items(
      Map<String, Float> stems,
      Set<String> actorIds,
      Instant after,
      Instant until,
      String excludeArticle,
      Collection<String> onlyArticles,
      int limit)
      throws IOException {
    return items(stems, actorIds, Set.of(), after, until, excludeArticle, onlyArticles, limit);
  }

  /**
   * As {@link #items(Map, Set, Instant, Instant, String, Collection, int)}, with the actor channel
   * also taking items whose text holds one of {@code actorNameStems} (an actor's name words as the
   * index stems them: "textron" finds "Textron Inc" where the extractor gave it another id). Ties
   * go by item id, not by where a document sits in the index (a check rewrites the documents whose
   * status changed, and the next check must see the same candidates).
   */
  List<ItemHit> items(
      Map<String, Float> stems,
      Set<String> actorIds,
      Set<String> actorNameStems,
      Instant after,
      Instant until,
      String excludeArticle,
      Collection<String> onlyArticles,
      int limit)
      throws IOException;

  /** The stems the index's English analysis makes of {@code text}, in order (stop words dropped). */
  default List<String> stems(String text) {
    return StoredItems.stems(text);
  }

  /** Inverse document frequency of a stem over live documents of every kind: log(1 + N / (df + 1)). */
  double idf(String stem);

  /** The largest possible {@link #idf}: that of a stem no document has. */
  double maxIdf();
}
