package org.hindsight.check.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.hindsight.extract.Claim;
import org.hindsight.extract.ExtractionJson;
import org.hindsight.extract.Prediction;
import org.hindsight.extract.actor.Actor;
import org.hindsight.index.Indexer;
import org.hindsight.index.Schema;

/**
 * Read access to the index for the checker: the predictions to check, whole articles (text,
 * actors, claims, predictions) rebuilt from the stored extraction JSON, and candidate claims and
 * predictions from later articles by two channels — shared actors (canonical ids, so "the
 * Kremlin" meets "Russia") and event words (stemmed as the index stems them, synonyms at a lower
 * boost). Field names come from {@link Schema}. Opens one commit (a point-in-time view).
 *
 * <p>Thread-safe: Lucene readers are; the article cache is synchronised.
 */
public final class EvidenceIndex implements Closeable {

  /** Articles kept parsed in memory (each is parsed from JSON once while it stays). */
  static final int ARTICLE_CACHE = 4096;

  private static final ObjectMapper JSON = ExtractionJson.MAPPER;

  private final Path path;
  private final Directory directory;
  private final DirectoryReader reader;
  private final LiveStatistics searcher;
  private final Analyzer analyzer = new Schema().analyzer();
  private final Map<String, ArticleView> articles =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ArticleView> e) {
          return size() > ARTICLE_CACHE;
        }
      };

  private EvidenceIndex(Path path, Directory directory, DirectoryReader reader) {
    this.path = path;
    this.directory = directory;
    this.reader = reader;
    this.searcher = new LiveStatistics(reader);
    this.searcher.setQueryCache(null);
  }

  /**
   * Opens the last commit of the index in {@code dir}. Fails with a one-line {@link IOException}
   * when there is no hindsight index there or it has another schema version.
   */
  public static EvidenceIndex open(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw Indexer.noIndex(dir, null);
    }
    Directory d = FSDirectory.open(dir);
    try {
      DirectoryReader r;
      try {
        r = DirectoryReader.open(d);
      } catch (IndexNotFoundException e) {
        throw Indexer.noIndex(dir, e);
      } catch (IndexFormatTooOldException | IndexFormatTooNewException | CorruptIndexException e) {
        throw Indexer.incompatible(dir, e);
      }
      try {
        Indexer.requireVersion(r.getIndexCommit().getUserData(), dir);
      } catch (IOException e) {
        r.close();
        throw e;
      }
      return new EvidenceIndex(dir, d, r);
    } catch (IOException | RuntimeException e) {
      d.close();
      throw e;
    }
  }

  public Path path() {
    return path;
  }

  /**
   * Every prediction in the index, by its article's publication (undated last), article id and
   * place in the article: not in index order, which changes when a check rewrites documents.
   */
  public List<IndexedPrediction> predictions() throws IOException {
    List<IndexedPrediction> out = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    for (int doc : docs(new TermQuery(new Term(Schema.KIND, Schema.KIND_PREDICTION)))) {
      out.add(prediction(stored.document(doc)));
    }
    out.sort(Comparator.comparing((IndexedPrediction p) -> p.article().published(), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(p -> p.article().id())
        .thenComparingInt(p -> p.prediction().span().begin())
        .thenComparing(p -> p.prediction().id()));
    return out;
  }

  /** The prediction with this id, or null. */
  public IndexedPrediction prediction(String id) throws IOException {
    Query q =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Schema.ID, id)), Occur.FILTER)
            .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_PREDICTION)), Occur.FILTER)
            .build();
    List<Integer> docs = docs(q);
    return docs.isEmpty() ? null : prediction(searcher.storedFields().document(docs.get(0)));
  }

  private IndexedPrediction prediction(Document d) {
    Prediction p = ExtractionJson.predictionFrom(parse(d.get(Schema.JSON)));
    return new IndexedPrediction(p, ref(d), d.get(Schema.STATUS));
  }

  private static ArticleRef ref(Document d) {
    var published = d.getField(Schema.PUBLISHED);
    return new ArticleRef(
        d.get(Schema.ARTICLE_ID),
        d.get(Schema.TITLE),
        d.get(Schema.URL),
        published == null ? null : Instant.ofEpochMilli(published.numericValue().longValue()),
        d.get(Schema.SOURCE_NAME));
  }

  /**
   * Every article in the index: id → content hash (what {@code ingest} wrote), so that a check
   * can tell which articles arrived or changed since the last one.
   */
  public Map<String, String> articleHashes() throws IOException {
    Map<String, String> out = new HashMap<>();
    for (Map.Entry<String, ArticleState> e : articleStates().entrySet()) {
      out.put(e.getKey(), e.getValue().hash());
    }
    return out;
  }

  /** An article's content hash and publication time (null when undated). */
  public record ArticleState(String hash, Instant published) {}

  /** Every article in the index: id → content hash and publication time. */
  public Map<String, ArticleState> articleStates() throws IOException {
    Map<String, ArticleState> out = new HashMap<>();
    StoredFields stored = searcher.storedFields();
    Set<String> fields = Set.of(Schema.ARTICLE_ID, Schema.HASH, Schema.PUBLISHED);
    for (int doc : docs(new TermQuery(new Term(Schema.KIND, Schema.KIND_ARTICLE)))) {
      Document d = stored.document(doc, fields);
      var published = d.getField(Schema.PUBLISHED);
      out.put(d.get(Schema.ARTICLE_ID), new ArticleState(d.get(Schema.HASH),
          published == null ? null : Instant.ofEpochMilli(published.numericValue().longValue())));
    }
    return out;
  }

  /** An article with its actors, claims and predictions, or null when the index has none by that id. */
  public ArticleView article(String id) throws IOException {
    synchronized (articles) {
      ArticleView v = articles.get(id);
      if (v != null) {
        return v;
      }
    }
    ArticleView v = load(id);
    if (v != null) {
      synchronized (articles) {
        articles.put(id, v);
      }
    }
    return v;
  }

  private ArticleView load(String id) throws IOException {
    StoredFields stored = searcher.storedFields();
    Document articleDoc = null;
    List<Actor> actors = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    List<Prediction> predictions = new ArrayList<>();
    for (int doc : docs(new TermQuery(new Term(Schema.ARTICLE_ID, id)))) {
      Document d = stored.document(doc);
      String kind = d.get(Schema.KIND);
      String json = d.get(Schema.JSON);
      if (json == null) {
        continue;
      }
      switch (kind) {
        case Schema.KIND_ARTICLE -> articleDoc = d;
        case Schema.KIND_ACTOR -> actors.add(ExtractionJson.actorFrom(parse(json)));
        case Schema.KIND_CLAIM -> claims.add(ExtractionJson.claimFrom(parse(json)));
        case Schema.KIND_PREDICTION -> predictions.add(ExtractionJson.predictionFrom(parse(json)));
        default -> {}
      }
    }
    if (articleDoc == null) {
      return null;
    }
    String text = parse(articleDoc.get(Schema.JSON)).path("text").asText("");
    return new ArticleView(ref(articleDoc), text, actors, claims, predictions);
  }

  /** One item (claim or prediction) found for a query, with its rank in the channel that found it. */
  public record ItemHit(String itemId, String articleId, String kind, int start, int end, int rank, float score) {}

  /**
   * Claims and predictions of articles published in {@code (after, until]}, outside {@code
   * excludeArticle}, best first.
   *
   * @param stems event words as the index stems them, each with a boost
   * @param actorIds when not empty, only items about one of these actors (the actor channel);
   *     when empty, items matching the words (the word channel)
   * @param onlyArticles when not null, only items of these articles
   */
  public List<ItemHit> items(
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
   * index stems them: "textron" finds "Textron Inc" where the extractor gave it another id).
   */
  public List<ItemHit> items(
      Map<String, Float> stems,
      Set<String> actorIds,
      Set<String> actorNameStems,
      Instant after,
      Instant until,
      String excludeArticle,
      Collection<String> onlyArticles,
      int limit)
      throws IOException {
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    stems.forEach((stem, boost) -> words.add(new BoostQuery(new TermQuery(new Term(Schema.TEXT, stem)), boost), Occur.SHOULD));
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (actorIds.isEmpty() && actorNameStems.isEmpty()) {
      if (stems.isEmpty()) {
        return List.of();
      }
      b.add(words.build(), Occur.MUST);
    } else {
      BooleanQuery.Builder about = new BooleanQuery.Builder();
      if (!actorIds.isEmpty()) {
        about.add(new TermInSetQuery(Schema.ACTOR_ID, actorIds.stream().map(BytesRef::new).toList()), Occur.SHOULD);
      }
      if (!actorNameStems.isEmpty()) {
        about.add(new TermInSetQuery(Schema.TEXT, actorNameStems.stream().map(BytesRef::new).toList()), Occur.SHOULD);
      }
      b.add(about.build(), Occur.FILTER);
      if (!stems.isEmpty()) {
        b.add(words.build(), Occur.SHOULD);
      }
    }
    b.add(
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_CLAIM)), Occur.SHOULD)
            .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_PREDICTION)), Occur.SHOULD)
            .build(),
        Occur.FILTER);
    long lo = after == null ? Long.MIN_VALUE : after.toEpochMilli() + 1;
    long hi = until == null ? Long.MAX_VALUE : until.toEpochMilli();
    b.add(LongPoint.newRangeQuery(Schema.PUBLISHED, lo, hi), Occur.FILTER);
    if (excludeArticle != null) {
      b.add(new TermQuery(new Term(Schema.ARTICLE_ID, excludeArticle)), Occur.MUST_NOT);
    }
    if (onlyArticles != null) {
      if (onlyArticles.isEmpty()) {
        return List.of();
      }
      b.add(new TermInSetQuery(Schema.ARTICLE_ID, onlyArticles.stream().map(BytesRef::new).toList()), Occur.FILTER);
    }
    // ties go by item id, not by where a document sits in the index (a check rewrites the
    // documents whose status changed, and the next check must see the same candidates): take every
    // hit tied with the last one kept, then order and cut
    if (limit < 1) {
      return List.of();
    }
    Query q = b.build();
    TopDocs top = searcher.search(q, limit + 1);
    for (int n = limit + 1; top.scoreDocs.length == n && top.scoreDocs[n - 1].score >= top.scoreDocs[limit - 1].score; ) {
      n = 2 * n;
      top = searcher.search(q, n);
    }
    StoredFields stored = searcher.storedFields();
    Set<String> fields = Set.of(Schema.ID, Schema.ARTICLE_ID, Schema.KIND, Schema.START, Schema.END);
    List<ItemHit> all = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      Document d = stored.document(sd.doc, fields);
      all.add(
          new ItemHit(
              d.get(Schema.ID),
              d.get(Schema.ARTICLE_ID),
              d.get(Schema.KIND),
              d.getField(Schema.START).numericValue().intValue(),
              d.getField(Schema.END).numericValue().intValue(),
              0,
              sd.score));
    }
    all.sort(Comparator.comparingDouble((ItemHit h) -> -h.score()).thenComparing(ItemHit::itemId));
    List<ItemHit> out = new ArrayList<>();
    for (ItemHit h : all.subList(0, Math.min(limit, all.size()))) {
      out.add(new ItemHit(h.itemId(), h.articleId(), h.kind(), h.start(), h.end(), out.size() + 1, h.score()));
    }
    return out;
  }

  /** The stems the index's English analysis makes of {@code text}, in order (stop words dropped). */
  public List<String> stems(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(Schema.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Inverse document frequency of a stem over claims, predictions and articles: log(1 + N / (df + 1)). */
  public double idf(String stem) {
    try {
      int df = searcher.docFreq(new Term(Schema.TEXT, stem)); // live documents: stable across checks
      return Math.log(1 + (double) reader.numDocs() / (df + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The largest possible {@link #idf}: that of a stem no document has. */
  public double maxIdf() {
    return Math.log(1 + (double) reader.numDocs());
  }

  private List<Integer> docs(Query q) throws IOException {
    List<Integer> out = new ArrayList<>();
    searcher.search(
        q,
        new SimpleCollector() {
          private int base;

          @Override
          protected void doSetNextReader(LeafReaderContext context) {
            base = context.docBase;
          }

          @Override
          public void collect(int doc) {
            out.add(base + doc);
          }

          @Override
          public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
          }
        });
    out.sort(Comparator.naturalOrder());
    return out;
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Closes the reader; closing again does nothing. */
  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }

  private boolean closed;
}
