package org.hindsight.check.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
import org.hindsight.index.IndexFormat;
import org.hindsight.index.Schema;

/**
 * The checker's view of the embedded index ({@link EvidenceIndex}): one commit, a point-in-time
 * view; scores from live documents' statistics ({@link LiveStatistics}).
 *
 * <p>Thread-safe: Lucene readers are; the article cache is synchronised.
 */
final class LuceneEvidence implements EvidenceIndex {

  private final Path path;
  private final Directory directory;
  private final DirectoryReader reader;
  private final LiveStatistics searcher;
  private final StoredItems.ArticleCache articles = new StoredItems.ArticleCache();

  private LuceneEvidence(Path path, Directory directory, DirectoryReader reader) {
    this.path = path;
    this.directory = directory;
    this.reader = reader;
    this.searcher = new LiveStatistics(reader);
    this.searcher.setQueryCache(null);
  }

  /** See {@link EvidenceIndex#open}. */
  static LuceneEvidence open(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw IndexFormat.noIndex(dir, null);
    }
    Directory d = FSDirectory.open(dir);
    try {
      DirectoryReader r;
      try {
        r = DirectoryReader.open(d);
      } catch (IndexNotFoundException e) {
        throw IndexFormat.noIndex(dir, e);
      } catch (IndexFormatTooOldException | IndexFormatTooNewException | CorruptIndexException e) {
        throw IndexFormat.incompatible(dir, e);
      }
      try {
        IndexFormat.requireVersion(r.getIndexCommit().getUserData(), dir);
      } catch (IOException e) {
        r.close();
        throw e;
      }
      return new LuceneEvidence(dir, d, r);
    } catch (IOException | RuntimeException e) {
      d.close();
      throw e;
    }
  }

  @Override
  public String describe() {
    return path.toString();
  }

  @Override
  public List<IndexedPrediction> predictions() throws IOException {
    List<IndexedPrediction> out = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    for (int doc : docs(new TermQuery(new Term(Schema.KIND, Schema.KIND_PREDICTION)))) {
      out.add(prediction(stored.document(doc)));
    }
    StoredItems.order(out);
    return out;
  }

  @Override
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
    return StoredItems.prediction(d.get(Schema.JSON), ref(d), d.get(Schema.STATUS));
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

  @Override
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

  @Override
  public ArticleView article(String id) throws IOException {
    return articles.get(id, this::load);
  }

  private ArticleView load(String id) throws IOException {
    StoredFields stored = searcher.storedFields();
    Document articleDoc = null;
    StoredItems.Gathered g = new StoredItems.Gathered();
    for (int doc : docs(new TermQuery(new Term(Schema.ARTICLE_ID, id)))) {
      Document d = stored.document(doc);
      if (g.add(d.get(Schema.KIND), d.get(Schema.JSON))) {
        articleDoc = d;
      }
    }
    return articleDoc == null ? null : g.view(ref(articleDoc));
  }

  @Override
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
    StoredFields stored = null;
    List<ItemHit> all = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      ItemHit h = hits.get(sd.doc);
      if (h == null) {
        stored = stored == null ? searcher.storedFields() : stored;
        Document d = stored.document(sd.doc, HIT_FIELDS);
        h = new ItemHit(
            d.get(Schema.ID),
            d.get(Schema.ARTICLE_ID),
            d.get(Schema.KIND),
            d.getField(Schema.START).numericValue().intValue(),
            d.getField(Schema.END).numericValue().intValue(),
            0,
            0);
        if (hits.size() < MAX_REMEMBERED_HITS) {
          hits.put(sd.doc, h);
        }
      }
      all.add(new ItemHit(h.itemId(), h.articleId(), h.kind(), h.start(), h.end(), 0, sd.score));
    }
    return StoredItems.cut(all, limit);
  }

  private static final Set<String> HIT_FIELDS = Set.of(Schema.ID, Schema.ARTICLE_ID, Schema.KIND, Schema.START, Schema.END);

  /**
   * Items met before, by document: the same items come up for prediction after prediction, and
   * reading their stored fields again (a compressed block each) was a sixth of a check's time. The
   * reader is one commit, so a document number stays the same item.
   */
  private final Map<Integer, ItemHit> hits = new ConcurrentHashMap<>();

  /** Items remembered at most (about 100 bytes each). */
  static final int MAX_REMEMBERED_HITS = 2_000_000;

  @Override
  public double idf(String stem) {
    try {
      int df = searcher.docFreq(new Term(Schema.TEXT, stem)); // live documents: stable across checks
      return Math.log(1 + (double) reader.numDocs() / (df + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
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
