package org.hindsight.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.hindsight.article.Span;
import org.hindsight.extract.Holder;

/**
 * Searches the index: a query in Lucene syntax over the text, filters, ranked hits with the matched
 * words highlighted, facet counts, and the actor table of {@code hindsight actors}.
 *
 * <p>Actor and holder names resolve through every alias the index has seen: {@code --actor putin}
 * finds the actor ids whose name or alias is "putin" in any article (here person/vladimir-putin)
 * and matches every item about them, even in articles that only wrote "Vladimir Putin".
 *
 * <p>Opens the last commit; {@link #refresh} picks up later commits of a running ingest.
 * Thread-safe.
 */
public final class Searcher implements SearchIndex {

  /** Facet values returned per dimension. */
  public static final int FACET_TOP = 10;


  private final Path path;
  private final Directory directory;
  private final SearcherManager manager;
  private final Schema schema = new Schema();
  private final Object facetLock = new Object();
  // guarded by facetLock: the facet state of the last reader it was built for
  private IndexReader facetReader;
  private SortedSetDocValuesReaderState facetState;

  private Searcher(Path path, Directory directory, SearcherManager manager) {
    this.path = path;
    this.directory = directory;
    this.manager = manager;
  }

  /**
   * Opens the index in {@code dir} for searching. Fails with a one-line {@link IOException} when
   * there is no index, and with {@link IncompatibleIndexException} when it has another schema
   * version.
   */
  public static Searcher open(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw IndexFormat.noIndex(dir, null);
    }
    Directory directory = FSDirectory.open(dir);
    try {
      SearcherManager manager;
      try {
        manager = new SearcherManager(directory, null);
      } catch (IndexNotFoundException e) {
        throw IndexFormat.noIndex(dir, e);
      } catch (IndexFormatTooOldException | IndexFormatTooNewException | CorruptIndexException e) {
        throw IndexFormat.incompatible(dir, e);
      }
      Searcher searcher = new Searcher(dir, directory, manager);
      try {
        IndexFormat.requireVersion(searcher.commitUserData(), dir);
      } catch (IOException | RuntimeException e) {
        manager.close();
        throw e;
      }
      return searcher;
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  public Path path() {
    return path;
  }

  @Override
  public String describe() {
    return path.toString();
  }

  /** Picks up the latest commit (of an ingest running meanwhile). Returns whether it changed. */
  @Override
  public boolean refresh() throws IOException {
    IndexSearcher before = manager.acquire();
    try {
      manager.maybeRefreshBlocking();
      IndexSearcher after = manager.acquire();
      try {
        return after != before;
      } finally {
        manager.release(after);
      }
    } finally {
      manager.release(before);
    }
  }

  /** Live documents of the given kind (null: all kinds). */
  @Override
  public long count(String kind) throws IOException {
    IndexSearcher s = manager.acquire();
    try {
      return s.count(kind == null ? new MatchAllDocsQuery() : new TermQuery(new Term(Schema.KIND, kind)));
    } finally {
      manager.release(s);
    }
  }

  /**
   * Runs one search.
   *
   * @throws QuerySyntaxException if the query cannot be parsed (one-line message)
   */
  @Override
  public SearchResult search(SearchRequest r) throws IOException {
    Query text = SearchQueries.parseText(schema, r.query());
    IndexSearcher s = manager.acquire();
    try {
      Query query = SearchQueries.filtered(s.getIndexReader(), r, text);
      Sort sort = SearchQueries.sort(r, text != null);
      int want = r.offset() + r.limit();
      TopDocs top;
      FacetsCollector fc = null;
      try {
        if (r.facets() || r.timeline() != null) {
          FacetsCollectorManager.FacetsResult fr =
              sort == null
                  ? FacetsCollectorManager.search(s, query, want, new FacetsCollectorManager())
                  : FacetsCollectorManager.search(s, query, want, sort, new FacetsCollectorManager());
          top = fr.topDocs();
          fc = fr.facetsCollector();
        } else {
          top = sort == null ? s.search(query, want) : s.search(query, want, sort);
        }
      } catch (IndexSearcher.TooManyClauses e) {
        throw new QuerySyntaxException("query \"" + SearchQueries.oneLine(r.query()) + "\" expands to too many terms; make it narrower", e);
      }
      ScoreDoc[] page =
          top.scoreDocs.length <= r.offset()
              ? new ScoreDoc[0]
              : java.util.Arrays.copyOfRange(top.scoreDocs, r.offset(), top.scoreDocs.length);
      StoredFields stored = s.storedFields();
      int n = page.length;
      Document[] docs = new Document[n];
      String[] bodies = new String[n];
      for (int i = 0; i < n; i++) {
        docs[i] = stored.document(page[i].doc);
        bodies[i] =
            Schema.KIND_ARTICLE.equals(docs[i].get(Schema.KIND))
                ? HitJson.articleText(docs[i].get(Schema.JSON))
                : docs[i].get(Schema.TEXT);
      }
      String[] highlights = r.highlight() && text != null ? Highlights.marked(s, schema.analyzer(), text, page, docs, bodies) : new String[n];
      boolean scored = sort == null || sort.needsScores();
      List<Hit> hits = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Double score = scored && !Float.isNaN(page[i].score) ? Double.valueOf(page[i].score) : null;
        hits.add(hit(docs[i], score, bodies[i], highlights[i]));
      }
      Map<String, List<SearchResult.FacetCount>> facets = fc == null || !r.facets() ? Map.of() : facets(s, fc);
      List<SearchResult.Bucket> timeline = fc == null || r.timeline() == null ? List.of() : timeline(fc, r.timeline());
      return new SearchResult(
          top.totalHits.value, top.totalHits.relation == TotalHits.Relation.EQUAL_TO, hits, facets, timeline);
    } finally {
      manager.release(s);
    }
  }

  /**
   * How many documents match a request, exactly (its limit, offset, sort, facets and timeline do
   * not matter).
   *
   * @throws QuerySyntaxException if the query cannot be parsed
   */
  @Override
  public long countMatching(SearchRequest r) throws IOException {
    Query text = SearchQueries.parseText(schema, r.query());
    IndexSearcher s = manager.acquire();
    try {
      return s.count(SearchQueries.filtered(s.getIndexReader(), r, text));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException("query \"" + SearchQueries.oneLine(r.query()) + "\" expands to too many terms; make it narrower", e);
    } finally {
      manager.release(s);
    }
  }

  /** Matching documents per week or month of publication, from the documents the search collected. */
  private static List<SearchResult.Bucket> timeline(FacetsCollector fc, SearchRequest.Interval interval) throws IOException {
    java.util.TreeMap<Long, long[]> counts = new java.util.TreeMap<>();
    long lastDay = Long.MIN_VALUE;
    long lastKey = 0;
    for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
      NumericDocValues published = DocValues.getNumeric(m.context.reader(), Schema.PUBLISHED);
      DocIdSetIterator it = m.bits.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (!published.advanceExact(doc)) {
          continue; // undated
        }
        long day = Math.floorDiv(published.longValue(), 86_400_000L);
        if (day != lastDay) {
          lastDay = day;
          lastKey = bucketStart(LocalDate.ofEpochDay(day), interval).toEpochDay();
        }
        counts.computeIfAbsent(lastKey, k -> new long[1])[0]++;
      }
    }
    List<SearchResult.Bucket> out = new ArrayList<>(counts.size());
    counts.forEach((day, c) -> out.add(new SearchResult.Bucket(LocalDate.ofEpochDay(day), c[0])));
    return out;
  }

  /** The first day of the week (Monday) or month holding {@code day}. */
  public static LocalDate bucketStart(LocalDate day, SearchRequest.Interval interval) {
    return interval == SearchRequest.Interval.WEEK
        ? day.minusDays(day.getDayOfWeek().getValue() - 1L)
        : day.withDayOfMonth(1);
  }

  /**
   * Actors across the index, most mentioned first: sums over each article's actor document.
   *
   * @param top how many to return (at least 1)
   */
  @Override
  public List<ActorStats> actors(int top) throws IOException {
    if (top < 1) {
      throw new IllegalArgumentException("top must be at least 1: " + top);
    }
    IndexSearcher s = manager.acquire();
    try {
      return ActorStats.top(s, top);
    } finally {
      manager.release(s);
    }
  }

  /**
   * The actor ids whose normalised name or alias is {@code name} in a live actor document: the
   * {@link Schema#ALIAS} terms starting with {@code name + U+001F}, so the cost depends on how many
   * actors share the name, not on how often it occurs.
   */
  @Override
  public Set<String> resolveActor(String name) throws IOException {
    IndexSearcher s = manager.acquire();
    try {
      Set<String> out = new LinkedHashSet<>();
      for (BytesRef b : SearchQueries.aliasIds(s.getIndexReader(), Schema.normalize(name))) {
        out.add(b.utf8ToString());
      }
      return out;
    } finally {
      manager.release(s);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      manager.close();
    } finally {
      directory.close();
    }
  }

  // ---- results ----

  private Hit hit(Document d, Double score, String body, String highlight) {
    String kind = d.get(Schema.KIND);
    boolean article = Schema.KIND_ARTICLE.equals(kind);
    Holder holder = null;
    if (!article) {
      holder = new Holder(d.get(Schema.HOLDER_TYPE), d.get(Schema.HOLDER_NAME), d.get(Schema.HOLDER_ID));
    }
    List<Hit.ActorRef> actors = new ArrayList<>();
    for (String label : d.getValues(Schema.ACTOR_LABEL)) {
      int sep = label.indexOf(Schema.SEP);
      actors.add(sep < 0 ? new Hit.ActorRef(label, label) : new Hit.ActorRef(label.substring(0, sep), label.substring(sep + 1)));
    }
    Number start = number(d, Schema.START);
    Number end = number(d, Schema.END);
    Number probability = number(d, Schema.PROBABILITY);
    Number deadline = number(d, Schema.DEADLINE);
    Number published = number(d, Schema.PUBLISHED);
    return new Hit(
        kind,
        d.get(Schema.ID),
        d.get(Schema.ARTICLE_ID),
        score,
        body,
        highlight,
        holder,
        actors,
        published == null ? null : Instant.ofEpochMilli(published.longValue()),
        d.get(Schema.SOURCE_NAME),
        d.get(Schema.TITLE),
        d.get(Schema.URL),
        probability == null ? null : probability.doubleValue(),
        d.get(Schema.LEVEL),
        d.get(Schema.POLARITY),
        deadline == null ? null : LocalDate.ofEpochDay(deadline.longValue()),
        d.get(Schema.STATUS),
        start == null || end == null ? null : new Span(start.intValue(), end.intValue()),
        List.of(d.getValues(Schema.CUE_TEXT)),
        d.get(Schema.JSON));
  }

  private Map<String, List<SearchResult.FacetCount>> facets(IndexSearcher s, FacetsCollector fc) throws IOException {
    SortedSetDocValuesReaderState state = facetState(s.getIndexReader());
    if (state == null) {
      return Map.of();
    }
    Facets counts = new SortedSetDocValuesFacetCounts(state, fc);
    Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
    for (String dim : Schema.DIMS) {
      FacetResult fr;
      try {
        fr = counts.getTopChildren(FACET_TOP, dim);
      } catch (IllegalArgumentException e) {
        fr = null; // the dimension was never indexed
      }
      List<SearchResult.FacetCount> values = new ArrayList<>();
      if (fr != null) {
        for (LabelAndValue lv : fr.labelValues) {
          values.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
        }
      }
      out.put(dim, values);
    }
    return out;
  }

  /** Facet ordinals of this reader, built once per reader (it costs a pass over the terms). */
  private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    synchronized (facetLock) {
      if (facetReader != reader) {
        SortedSetDocValuesReaderState state;
        try {
          state = new DefaultSortedSetDocValuesReaderState(reader, schema.facetsConfig());
        } catch (IllegalArgumentException e) {
          state = null; // an empty index has no facet field yet
        }
        facetReader = reader;
        facetState = state;
      }
      return facetState;
    }
  }

  private static Number number(Document d, String field) {
    var f = d.getField(field);
    return f == null ? null : f.numericValue();
  }

  /** For {@link DirectoryReader}-level checks in tests: the user data of the open commit. */
  Map<String, String> commitUserData() throws IOException {
    IndexSearcher s = manager.acquire();
    try {
      return ((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData();
    } finally {
      manager.release(s);
    }
  }
}
