package org.hindsight.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
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
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
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
  private final DefaultPassageFormatter marks = Highlights.formatter();
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
      throw Indexer.noIndex(dir, null);
    }
    Directory directory = FSDirectory.open(dir);
    try {
      SearcherManager manager;
      try {
        manager = new SearcherManager(directory, null);
      } catch (IndexNotFoundException e) {
        throw Indexer.noIndex(dir, e);
      } catch (IndexFormatTooOldException | IndexFormatTooNewException | CorruptIndexException e) {
        throw Indexer.incompatible(dir, e);
      }
      Searcher searcher = new Searcher(dir, directory, manager);
      try {
        Indexer.requireVersion(searcher.commitUserData(), dir);
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
    Query text = parse(r.query());
    IndexSearcher s = manager.acquire();
    try {
      Query query = query(s.getIndexReader(), r, text);
      Sort sort = sort(r, text != null);
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
        throw new QuerySyntaxException("query \"" + oneLine(r.query()) + "\" expands to too many terms; make it narrower", e);
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
      String[] highlights = r.highlight() && text != null ? highlight(s, text, page, docs, bodies) : new String[n];
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
    Query text = parse(r.query());
    IndexSearcher s = manager.acquire();
    try {
      return s.count(query(s.getIndexReader(), r, text));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException("query \"" + oneLine(r.query()) + "\" expands to too many terms; make it narrower", e);
    } finally {
      manager.release(s);
    }
  }

  /** The Lucene sort of a request, or null for relevance. */
  private static Sort sort(SearchRequest r, boolean hasText) {
    SearchRequest.Sort by = r.sort() == null ? SearchRequest.Sort.RELEVANCE : r.sort();
    SortField newest = new SortField(Schema.PUBLISHED, SortField.Type.LONG, true);
    switch (by) {
      case NEWEST:
        return new Sort(newest);
      case DEADLINE:
      case DEADLINE_DESC:
        boolean desc = by == SearchRequest.Sort.DEADLINE_DESC;
        SortField deadline = new SortField(Schema.DEADLINE, SortField.Type.LONG, desc);
        // no deadline sorts last either way
        deadline.setMissingValue(desc ? Long.MIN_VALUE : Long.MAX_VALUE);
        return new Sort(deadline, newest);
      default:
        return hasText ? null : new Sort(newest);
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
      Map<String, long[]> totals = new HashMap<>();
      Map<String, Integer> exampleDoc = new HashMap<>();
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        LeafReader r = leaf.reader();
        SortedSetDocValues ids = DocValues.getSortedSet(r, Schema.ACTOR_ID_VALUES);
        int values = (int) ids.getValueCount();
        if (values == 0) {
          continue;
        }
        NumericDocValues mentions = DocValues.getNumeric(r, Schema.MENTIONS);
        NumericDocValues claims = DocValues.getNumeric(r, Schema.CLAIMS);
        NumericDocValues predictions = DocValues.getNumeric(r, Schema.PREDICTIONS);
        NumericDocValues held = DocValues.getNumeric(r, Schema.HELD);
        Bits live = r.getLiveDocs();
        long[][] acc = new long[values][];
        int[] first = new int[values];
        for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          int ord = (int) ids.nextOrd();
          long[] a = acc[ord];
          if (a == null) {
            a = acc[ord] = new long[5];
            first[ord] = doc;
          }
          a[0]++;
          a[1] += value(mentions, doc);
          a[2] += value(claims, doc);
          a[3] += value(predictions, doc);
          a[4] += value(held, doc);
        }
        for (int ord = 0; ord < values; ord++) {
          if (acc[ord] == null) {
            continue;
          }
          String id = ids.lookupOrd(ord).utf8ToString();
          long[] t = totals.computeIfAbsent(id, k -> new long[5]);
          for (int i = 0; i < 5; i++) {
            t[i] += acc[ord][i];
          }
          exampleDoc.putIfAbsent(id, leaf.docBase + first[ord]);
        }
      }
      List<Map.Entry<String, long[]>> sorted = new ArrayList<>(totals.entrySet());
      sorted.sort(
          Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[1])
              .thenComparingLong(e -> -e.getValue()[0])
              .thenComparing(Map.Entry::getKey));
      StoredFields stored = s.storedFields();
      Set<String> fields = Set.of(Schema.ACTOR_NAME, Schema.ACTOR_TYPE);
      List<ActorStats> out = new ArrayList<>();
      for (Map.Entry<String, long[]> e : sorted.subList(0, Math.min(top, sorted.size()))) {
        Document d = stored.document(exampleDoc.get(e.getKey()), fields);
        long[] t = e.getValue();
        out.add(new ActorStats(e.getKey(), d.get(Schema.ACTOR_NAME), d.get(Schema.ACTOR_TYPE), t[0], t[1], t[2], t[3], t[4]));
      }
      return out;
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
      for (BytesRef b : aliasIds(s.getIndexReader(), Schema.normalize(name))) {
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

  // ---- query building ----

  private Query parse(String query) {
    return parseText(schema, query);
  }

  /**
   * A user's query as both backends read it: Lucene syntax over {@link Schema#TEXT}, all words
   * required unless OR is written; null when there is none.
   *
   * @throws QuerySyntaxException when it does not parse (one line)
   */
  public static Query parseText(Schema schema, String query) {
    if (query == null) {
      return null;
    }
    QueryParser parser = new QueryParser(Schema.TEXT, schema.analyzer());
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(query);
    } catch (ParseException e) {
      String reason = Indexer.firstLine(e.getMessage());
      String prefix = "Cannot parse '" + query + "': ";
      if (reason.startsWith(prefix)) {
        reason = reason.substring(prefix.length());
      }
      throw new QuerySyntaxException("bad query \"" + oneLine(query) + "\": " + oneLine(reason), e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException("query \"" + oneLine(query) + "\" has too many clauses", e);
    }
  }

  private Query query(IndexReader reader, SearchRequest r, Query text) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (text != null) {
      b.add(text, Occur.MUST);
    } else if (r.kind() == null) {
      b.add(new MatchAllDocsQuery(), Occur.FILTER);
    }
    if (r.kind() != null) {
      b.add(new TermQuery(new Term(Schema.KIND, r.kind())), Occur.FILTER);
    } else if (text == null || !onlyTextFields(text)) {
      // actor documents have no text: a text-only query cannot match them anyway
      b.add(new TermQuery(new Term(Schema.KIND, Schema.KIND_ACTOR)), Occur.MUST_NOT);
    }
    if (r.actor() != null) {
      b.add(actorFilter(reader, r.actor()), Occur.FILTER);
    }
    if (r.holder() != null) {
      b.add(holderFilter(reader, r.holder()), Occur.FILTER);
    }
    if (r.from() != null || r.to() != null) {
      long lo = r.from() == null ? Long.MIN_VALUE : r.from().toEpochMilli();
      long hi = r.to() == null ? Long.MAX_VALUE : r.to().toEpochMilli();
      // points when the date range is what narrows most, doc values to check the few documents
      // the words and actors already narrowed to (Lucene picks per segment)
      b.add(
          new IndexOrDocValuesQuery(
              LongPoint.newRangeQuery(Schema.PUBLISHED, lo, hi),
              NumericDocValuesField.newSlowRangeQuery(Schema.PUBLISHED, lo, hi)),
          Occur.FILTER);
    }
    if (r.source() != null) {
      b.add(new TermQuery(new Term(Schema.SOURCE, Schema.normalize(r.source()))), Occur.FILTER);
    }
    if (r.minProbability() != null || r.maxProbability() != null) {
      double lo = r.minProbability() == null ? 0.0 : r.minProbability();
      double hi = r.maxProbability() == null ? 1.0 : r.maxProbability();
      b.add(DoublePoint.newRangeQuery(Schema.PROBABILITY, lo, hi), Occur.FILTER);
    }
    if (r.open()) {
      b.add(new TermQuery(new Term(Schema.STATUS, Schema.STATUS_OPEN)), Occur.FILTER);
      b.add(LongPoint.newRangeQuery(Schema.DEADLINE, Long.MIN_VALUE, r.today().toEpochDay() - 1), Occur.MUST_NOT);
    }
    if (r.status() != null) {
      b.add(new TermQuery(new Term(Schema.STATUS, r.status())), Occur.FILTER);
    }
    if (r.level() != null) {
      b.add(new TermQuery(new Term(Schema.LEVEL, r.level())), Occur.FILTER);
    }
    if (r.deadlineFrom() != null || r.deadlineTo() != null) {
      long lo = r.deadlineFrom() == null ? Long.MIN_VALUE : r.deadlineFrom().toEpochDay();
      long hi = r.deadlineTo() == null ? Long.MAX_VALUE : r.deadlineTo().toEpochDay();
      b.add(
          new IndexOrDocValuesQuery(
              LongPoint.newRangeQuery(Schema.DEADLINE, lo, hi), NumericDocValuesField.newSlowRangeQuery(Schema.DEADLINE, lo, hi)),
          Occur.FILTER);
    }
    return b.build();
  }

  /** Whether every field the query names is {@link Schema#TEXT} or {@link Schema#EXACT}. */
  private static boolean onlyTextFields(Query q) {
    boolean[] other = {false};
    q.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            if (!Schema.TEXT.equals(field) && !Schema.EXACT.equals(field)) {
              other[0] = true;
            }
            return true;
          }

          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return this;
          }
        });
    return !other[0];
  }

  /**
   * Items about an actor the name resolves to. An item's {@link Schema#ACTOR} names are those of
   * its article's actor documents, so every item holding the name also holds one of the resolved
   * ids: the id terms alone are the whole filter.
   */
  private static Query actorFilter(IndexReader reader, String name) throws IOException {
    String key = Schema.normalize(name);
    Set<BytesRef> ids = key.isEmpty() ? Set.of() : aliasIds(reader, key);
    return idFilter(Schema.ACTOR_ID, ids, "no actor is called '" + key + "'");
  }

  /**
   * Items held by an actor the name resolves to, or by a source of that very name that is no
   * actor ("Ukrainian officials", "author").
   */
  private static Query holderFilter(IndexReader reader, String name) throws IOException {
    String key = Schema.normalize(name);
    if (key.isEmpty()) {
      return new MatchNoDocsQuery("empty name");
    }
    Query byName = new TermQuery(new Term(Schema.HOLDER, key));
    Set<BytesRef> ids = aliasIds(reader, key);
    if (ids.isEmpty()) {
      return byName;
    }
    return new BooleanQuery.Builder()
        .add(byName, Occur.SHOULD)
        .add(idFilter(Schema.HOLDER_ID, ids, ""), Occur.SHOULD)
        .build();
  }

  private static Query idFilter(String field, Set<BytesRef> ids, String none) {
    if (ids.isEmpty()) {
      return new MatchNoDocsQuery(none);
    }
    if (ids.size() == 1) {
      return new TermQuery(new Term(field, ids.iterator().next()));
    }
    return new TermInSetQuery(field, ids);
  }

  private static Set<BytesRef> aliasIds(IndexReader reader, String normalizedName) throws IOException {
    BytesRef prefix = Schema.aliasPrefix(normalizedName);
    Set<BytesRef> ids = new LinkedHashSet<>();
    PostingsEnum postings = null;
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(Schema.ALIAS);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, prefix); t = te.next()) {
        BytesRef id = new BytesRef(t.bytes, t.offset + prefix.length, t.length - prefix.length);
        if (ids.contains(id)) {
          continue;
        }
        postings = te.postings(postings, PostingsEnum.NONE);
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
          if (live == null || live.get(doc)) {
            ids.add(BytesRef.deepCopyOf(id));
            break;
          }
        }
      }
    }
    return ids;
  }

  // ---- results ----

  /**
   * The matched words of each hit's text: items as their whole sentence, articles as their two
   * best passages. Offsets come from the postings (no re-analysis); the text from what the hits
   * already loaded.
   */
  private String[] highlight(IndexSearcher s, Query text, ScoreDoc[] top, Document[] docs, String[] bodies) throws IOException {
    String[] out = new String[top.length];
    Map<Integer, String> content = new HashMap<>();
    List<Integer> items = new ArrayList<>();
    List<Integer> articles = new ArrayList<>();
    for (int i = 0; i < top.length; i++) {
      if (bodies[i] == null) {
        continue;
      }
      if (Schema.KIND_ARTICLE.equals(docs[i].get(Schema.KIND))) {
        content.put(top[i].doc, Schema.articleText(docs[i].get(Schema.TITLE), bodies[i]));
        articles.add(i);
      } else {
        content.put(top[i].doc, bodies[i]);
        items.add(i);
      }
    }
    highlight(s, text, top, items, content, true, out);
    highlight(s, text, top, articles, content, false, out);
    return out;
  }

  private void highlight(
      IndexSearcher s, Query text, ScoreDoc[] top, List<Integer> which, Map<Integer, String> content, boolean whole, String[] out)
      throws IOException {
    if (which.isEmpty()) {
      return;
    }
    UnifiedHighlighter.Builder b =
        UnifiedHighlighter.builder(s, schema.analyzer()).withFormatter(marks).withMaxNoHighlightPassages(0);
    if (whole) {
      b.withBreakIterator(WholeBreakIterator::new);
    }
    UnifiedHighlighter h = new LoadedTextHighlighter(b, content);
    int[] docIds = which.stream().mapToInt(i -> top[i].doc).toArray();
    int[] passages = {Highlights.passages(!whole)};
    String[] marked = h.highlightFields(new String[] {Schema.TEXT}, text, docIds, passages).get(Schema.TEXT);
    for (int k = 0; k < which.size(); k++) {
      out[which.get(k)] = marked[k];
    }
  }

  /** Highlights text the caller already has (articles keep theirs inside the stored JSON). */
  private static final class LoadedTextHighlighter extends UnifiedHighlighter {
    private final Map<Integer, String> content;

    LoadedTextHighlighter(UnifiedHighlighter.Builder builder, Map<Integer, String> content) {
      super(builder);
      this.content = content;
    }

    /** The schema puts offsets in the postings; asking the reader costs a merge of its FieldInfos. */
    @Override
    protected OffsetSource getOffsetSource(String field) {
      return OffsetSource.POSTINGS;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
        throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        CharSequence[] v = new CharSequence[fields.length];
        java.util.Arrays.fill(v, content.getOrDefault(doc, ""));
        values.add(v);
      }
      return values;
    }
  }

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

  private static long value(NumericDocValues v, int doc) throws IOException {
    return v.advanceExact(doc) ? v.longValue() : 0;
  }

  private static Number number(Document d, String field) {
    var f = d.getField(field);
    return f == null ? null : f.numericValue();
  }

  static String oneLine(String s) {
    return s.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
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
