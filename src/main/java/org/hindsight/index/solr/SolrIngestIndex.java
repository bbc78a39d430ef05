package org.hindsight.index.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.hindsight.article.Article;
import org.hindsight.extract.Extraction;
import org.hindsight.index.Indexer;
import org.hindsight.index.Documents;
import org.hindsight.index.IngestIndex;
import org.hindsight.index.Schema;
import org.hindsight.index.Serialized;

/**
 * Writes extractions into a SolrCloud collection, as {@link Indexer} does into the embedded index:
 * idempotent by the content hash of {@link Serialized#of} (an unchanged article is not sent,
 * a changed one replaces all its documents: same keys overwritten, the keys it no longer has
 * deleted), in batches of {@value #BATCH} articles, committed every {@link Indexer.Config#commitEvery}
 * changed articles and at {@link #close}.
 *
 * <p>An article's documents go to one shard (its id is the routing prefix of every {@link
 * Schema#KEY}). Within a batch the article documents, which carry the content hash, are sent after
 * their claims, predictions and actors: should a batch die half way, the next run finds no hash and
 * writes the article again. Solr has no atomic block, so a reader may see an article's new
 * predictions before its new article document until the batch is through.
 *
 * <p>Thread-safe: {@link #index} and {@link #setStatuses} are serialised; {@link #contains} is not.
 */
public final class SolrIngestIndex implements IngestIndex {

  /** Articles per update request. */
  static final int BATCH = 50;

  private final SolrCollection collection;
  private final boolean owned;
  private final Indexer.Config config;
  private final Documents documents = new Documents(new Schema());

  // guarded by this
  private final List<SolrInputDocument> items = new ArrayList<>();
  private final List<SolrInputDocument> articles = new ArrayList<>();
  private final List<String> stale = new ArrayList<>();
  /** Article id → hash of what was written since the last commit (Solr shows it only after). */
  private final Map<String, String> pending = new HashMap<>();
  private int sinceCommit;

  /** Commits made by this writer. */
  private long commits;
  private boolean dirty;

  private SolrIngestIndex(SolrCollection collection, boolean owned, Indexer.Config config) {
    this.collection = collection;
    this.owned = owned;
    this.config = config;
  }

  /** Connects to a collection (see {@link SolrCollection#open}) for writing. */
  public static SolrIngestIndex open(String address, String collection, Indexer.Config config) throws IOException {
    return new SolrIngestIndex(SolrCollection.open(address, collection), true, config);
  }

  /** Writes through a connection the caller keeps (and closes). */
  public static SolrIngestIndex on(SolrCollection collection, Indexer.Config config) {
    return new SolrIngestIndex(collection, false, config);
  }

  @Override
  public synchronized Indexer.Outcome index(Extraction x) throws IOException {
    Serialized s = Serialized.of(x);
    String id = s.articleId();
    String written = pending.get(id);
    Set<String> old;
    if (written != null) {
      if (written.equals(s.hash())) {
        return Indexer.Outcome.UNCHANGED;
      }
      old = Set.of();
    } else {
      if (count(term(Schema.CONTENT, Schema.contentKey(id, s.hash()))) > 0) {
        return Indexer.Outcome.UNCHANGED;
      }
      old = keys(id);
    }
    write(s, Map.of(), old);
    return old.isEmpty() && written == null ? Indexer.Outcome.ADDED : Indexer.Outcome.REPLACED;
  }

  /** Queues an article's documents; {@code old}: the keys it has in the collection now. */
  private void write(Serialized s, Map<String, String> statuses, Set<String> old) throws IOException {
    List<SolrInputDocument> docs = SolrDocuments.of(documents.unbuiltDocuments(s, statuses));
    Set<String> gone = new LinkedHashSet<>(old);
    for (SolrInputDocument d : docs) {
      gone.remove((String) d.getFieldValue(Schema.KEY));
    }
    articles.add(docs.get(0));
    items.addAll(docs.subList(1, docs.size()));
    stale.addAll(gone);
    pending.put(s.articleId(), s.hash());
    dirty = true;
    if (articles.size() >= BATCH) {
      flush();
    }
    if (++sinceCommit >= config.commitEvery()) {
      commitLocked();
    }
  }

  private void flush() throws IOException {
    if (articles.isEmpty() && stale.isEmpty()) {
      return;
    }
    UpdateRequest first = new UpdateRequest();
    if (!items.isEmpty()) {
      first.add(items);
    }
    if (!stale.isEmpty()) {
      first.deleteById(new ArrayList<>(stale));
    }
    UpdateRequest second = new UpdateRequest();
    second.add(articles);
    try {
      if (!items.isEmpty() || !stale.isEmpty()) {
        first.process(collection.client(), collection.name());
      }
      if (!articles.isEmpty()) {
        second.process(collection.client(), collection.name());
      }
    } catch (SolrServerException | RuntimeException e) {
      throw new IOException(collection.describe() + ": update failed: " + SolrCollection.oneLine(e), e);
    }
    items.clear();
    articles.clear();
    stale.clear();
  }

  private void commitLocked() throws IOException {
    flush();
    if (dirty) {
      try {
        collection.client().commit(collection.name(), true, true);
      } catch (SolrServerException | RuntimeException e) {
        throw new IOException(collection.describe() + ": commit failed: " + SolrCollection.oneLine(e), e);
      }
      dirty = false;
      commits++;
    }
    pending.clear();
    sinceCommit = 0;
  }

  @Override
  public synchronized long commits() {
    return commits;
  }

  @Override
  public boolean contains(Article a) throws IOException {
    return count(term(Schema.ARTICLE_KEY, Schema.articleKey(a))) > 0;
  }

  @Override
  public synchronized int setStatuses(Map<String, String> statusByPrediction) throws IOException {
    commitLocked();
    Map<String, Map<String, String>> byArticle = new LinkedHashMap<>();
    List<String> ids = new ArrayList<>(statusByPrediction.keySet());
    for (int from = 0; from < ids.size(); from += 500) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
      ModifiableSolrParams p = SolrQueries.terms(Schema.ID, chunk);
      p.add("fq", SolrQueries.termQuery(p, Schema.KIND, Schema.KIND_PREDICTION));
      p.set("fl", Schema.ID + "," + Schema.ARTICLE_ID + "," + Schema.STATUS);
      p.set("rows", chunk.size() * 2);
      for (SolrDocument d : collection.query(p).getResults()) {
        String id = (String) d.getFieldValue(Schema.ID);
        String want = statusByPrediction.get(id);
        if (want != null && !want.equals(d.getFieldValue(Schema.STATUS))) {
          byArticle.computeIfAbsent((String) d.getFieldValue(Schema.ARTICLE_ID), k -> new HashMap<>()).put(id, want);
        }
      }
    }
    int changed = 0;
    for (Map.Entry<String, Map<String, String>> e : byArticle.entrySet()) {
      List<Serialized.StoredDoc> block = new ArrayList<>();
      Set<String> keys = new LinkedHashSet<>();
      ModifiableSolrParams p = term(Schema.ARTICLE_ID, e.getKey());
      p.set("fl", SolrDocuments.STORED_FIELDS);
      collection.forEach(p, 1000, d -> {
        block.add(SolrDocuments.stored(d));
        keys.add((String) d.getFieldValue(Schema.KEY));
      });
      Serialized.Rebuilt rebuilt = Serialized.rebuild(block);
      if (rebuilt == null) {
        continue;
      }
      rebuilt.requireIntact(collection.describe());
      Serialized.Restated restated = rebuilt.restated(e.getValue());
      changed += restated.changed();
      write(rebuilt.serialized(), restated.statuses(), keys);
    }
    commitLocked();
    return changed;
  }

  @Override
  public synchronized void commit() throws IOException {
    commitLocked();
  }

  /** Commits and asks Solr to merge every shard into one segment; how many there were is not known (-1). */
  @Override
  public synchronized int optimize() throws IOException {
    commitLocked();
    try {
      collection.client().optimize(collection.name(), true, true, 1);
    } catch (SolrServerException | RuntimeException e) {
      throw new IOException(collection.describe() + ": optimize failed: " + SolrCollection.oneLine(e), e);
    }
    return -1;
  }

  @Override
  public long articleCount() throws IOException {
    return count(term(Schema.KIND, Schema.KIND_ARTICLE));
  }

  /** Committed documents (Solr counts no others). */
  @Override
  public long documentCount() throws IOException {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    return count(p);
  }

  @Override
  public Throwable failure() {
    return null;
  }

  @Override
  public String describe() {
    return collection.describe();
  }

  /** Sends and commits what is queued; closes the connection if this opened it. */
  @Override
  public synchronized void close() throws IOException {
    try {
      commitLocked();
    } finally {
      if (owned) {
        collection.close();
      }
    }
  }

  private long count(ModifiableSolrParams p) throws IOException {
    p.set("rows", 0);
    return collection.query(p).getResults().getNumFound();
  }

  /** The keys of every document an article has in the collection. */
  private Set<String> keys(String articleId) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    ModifiableSolrParams p = term(Schema.ARTICLE_ID, articleId);
    p.set("fl", Schema.KEY);
    collection.forEach(p, 1000, d -> out.add((String) d.getFieldValue(Schema.KEY)));
    return out;
  }

  private static ModifiableSolrParams term(String field, String value) {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", SolrQueries.termQuery(p, field, value));
    return p;
  }
}
