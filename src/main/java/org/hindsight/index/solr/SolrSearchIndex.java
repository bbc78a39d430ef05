package org.hindsight.index.solr;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.RangeFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.hindsight.article.Span;
import org.hindsight.extract.Holder;
import org.hindsight.index.ActorStats;
import org.hindsight.index.Hit;
import org.hindsight.index.Highlights;
import org.hindsight.index.HitJson;
import org.hindsight.index.Schema;
import org.hindsight.index.SearchIndex;
import org.hindsight.index.SearchQueries;
import org.hindsight.index.SearchRequest;
import org.hindsight.index.SearchResult;
import org.hindsight.index.Searcher;

/**
 * Answers {@link SearchRequest}s from a SolrCloud collection as {@link Searcher} does from the
 * embedded index: the same query syntax (checked by the same parser before it is sent), the same
 * actor and holder resolution through aliases, the same filters, sorts, facets and actor table.
 *
 * <p>Differences, stated: the collection keeps no offsets of {@link Schema#TEXT} (nor stores it):
 * every hit's text comes from its stored JSON and its highlight from analysing that text again
 * ({@link Highlights#analysed}); a monthly timeline is counted from the month facet field, a
 * weekly one by a range facet over publication times (a second request).
 *
 * <p>Thread-safe (SolrJ's cloud client is; this class keeps no mutable state).
 */
public final class SolrSearchIndex implements SearchIndex {

  private final SolrCollection collection;
  private final boolean owned;
  private final Schema schema = new Schema();

  private SolrSearchIndex(SolrCollection collection, boolean owned) {
    this.collection = collection;
    this.owned = owned;
  }

  /** Connects to a collection (see {@link SolrCollection#open}) for searching. */
  public static SolrSearchIndex open(String address, String collection) throws IOException {
    return new SolrSearchIndex(SolrCollection.open(address, collection), true);
  }

  /** Searches through a connection the caller keeps (and closes). */
  public static SolrSearchIndex on(SolrCollection collection) {
    return new SolrSearchIndex(collection, false);
  }

  @Override
  public SearchResult search(SearchRequest r) throws IOException {
    ModifiableSolrParams p = SolrQueries.request(r, schema, this::resolveActor);
    if (p == null) {
      return new SearchResult(0, true, List.of(), r.facets() ? emptyFacets() : Map.of(), List.of());
    }
    // the filters alone, for a weekly timeline's second request (actors are resolved once)
    ModifiableSolrParams matching = new ModifiableSolrParams(p);
    boolean scored = SolrQueries.sort(p, r);
    p.set("start", r.offset());
    p.set("rows", r.limit());
    p.set("fl", scored ? "*,score" : "*");
    if (r.facets() || r.timeline() != null) {
      p.set("facet", true);
      p.set("facet.mincount", 1);
      p.set("facet.sort", "count");
      if (r.facets()) {
        for (String dim : Schema.DIMS) {
          p.add("facet.field", "{!key=" + dim + "}" + Schema.facetField(dim));
        }
        p.set("facet.limit", Searcher.FACET_TOP);
      }
      if (r.timeline() == SearchRequest.Interval.MONTH) {
        p.add("facet.field", "{!key=hs.timeline facet.limit=-1 facet.sort=index}" + Schema.facetField(Schema.DIM_MONTH));
      } else if (r.timeline() == SearchRequest.Interval.WEEK) {
        // weeks need the first and last publication to align their range: asked with the hits
        p.set("stats", true);
        p.add("stats.field", "{!min=true max=true}" + Schema.PUBLISHED);
      }
    }
    QueryResponse resp = collection.query(p);
    // the collection keeps no offsets: matched words are found by analysing each hit's text again
    Query text = r.highlight() && r.query() != null ? SearchQueries.parseText(schema, r.query()) : null;
    List<Hit> hits = new ArrayList<>();
    for (SolrDocument d : resp.getResults()) {
      hits.add(hit(d, scored, text));
    }
    Map<String, List<SearchResult.FacetCount>> facets = r.facets() ? facets(resp) : Map.of();
    List<SearchResult.Bucket> timeline =
        r.timeline() == null ? List.of() : r.timeline() == SearchRequest.Interval.WEEK ? weeks(matching, resp) : timeline(resp);
    return new SearchResult(resp.getResults().getNumFound(), true, hits, facets, timeline);
  }

  @Override
  public long countMatching(SearchRequest r) throws IOException {
    ModifiableSolrParams p = SolrQueries.request(r, schema, this::resolveActor);
    if (p == null) {
      return 0;
    }
    p.set("rows", 0);
    return collection.query(p).getResults().getNumFound();
  }

  private static Map<String, List<SearchResult.FacetCount>> facets(QueryResponse resp) {
    Map<String, List<SearchResult.FacetCount>> out = emptyFacets();
    for (String dim : Schema.DIMS) {
      FacetField f = resp.getFacetField(dim);
      if (f == null || f.getValues() == null) {
        continue;
      }
      List<SearchResult.FacetCount> values = out.get(dim);
      for (FacetField.Count c : f.getValues()) {
        values.add(new SearchResult.FacetCount(c.getName(), c.getCount()));
      }
    }
    return out;
  }

  private static Map<String, List<SearchResult.FacetCount>> emptyFacets() {
    Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
    for (String dim : Schema.DIMS) {
      out.put(dim, new ArrayList<>());
    }
    return out;
  }

  /**
   * Hits per week (from Monday, UTC, as {@link Searcher#bucketStart} counts them): a range facet
   * over the publication times of the request's matches, from the Monday before the first to the
   * week after the last.
   *
   * @param p the request's query and filters ({@link #filters}), changed here
   */
  private List<SearchResult.Bucket> weeks(ModifiableSolrParams p, QueryResponse withStats) throws IOException {
    var stats = withStats.getFieldStatsInfo() == null ? null : withStats.getFieldStatsInfo().get(Schema.PUBLISHED);
    if (stats == null || stats.getMin() == null || stats.getMax() == null) {
      return List.of();
    }
    long day = 86_400_000L;
    LocalDate first = Searcher.bucketStart(LocalDate.ofEpochDay(Math.floorDiv(((Number) stats.getMin()).longValue(), day)), SearchRequest.Interval.WEEK);
    LocalDate last = Searcher.bucketStart(LocalDate.ofEpochDay(Math.floorDiv(((Number) stats.getMax()).longValue(), day)), SearchRequest.Interval.WEEK);
    p.set("rows", 0);
    p.set("facet", true);
    p.set("facet.range", "{!key=hs.weeks}" + Schema.PUBLISHED);
    p.set("facet.range.start", Long.toString(first.toEpochDay() * day));
    p.set("facet.range.end", Long.toString((last.toEpochDay() + 7) * day));
    p.set("facet.range.gap", Long.toString(7 * day));
    p.set("facet.mincount", 1);
    List<SearchResult.Bucket> out = new ArrayList<>();
    for (RangeFacet<?, ?> range : collection.query(p).getFacetRanges()) {
      for (RangeFacet.Count c : range.getCounts()) {
        out.add(new SearchResult.Bucket(LocalDate.ofEpochDay(Math.floorDiv(Long.parseLong(c.getValue()), day)), c.getCount()));
      }
    }
    out.sort(Comparator.comparing(SearchResult.Bucket::start));
    return out;
  }

  private static List<SearchResult.Bucket> timeline(QueryResponse resp) {
    List<SearchResult.Bucket> out = new ArrayList<>();
    FacetField f = resp.getFacetField("hs.timeline");
    if (f != null && f.getValues() != null) {
      for (FacetField.Count c : f.getValues()) {
        out.add(new SearchResult.Bucket(YearMonth.parse(c.getName()).atDay(1), c.getCount()));
      }
    }
    out.sort(Comparator.comparing(SearchResult.Bucket::start));
    return out;
  }

  @Override
  public List<ActorStats> actors(int top) throws IOException {
    if (top < 1) {
      throw new IllegalArgumentException("top must be at least 1: " + top);
    }
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", SolrQueries.termQuery(p, Schema.KIND, Schema.KIND_ACTOR));
    p.set("rows", 0);
    p.set(
        "json.facet",
        "{a:{type:terms,field:" + Schema.ACTOR_ID_VALUES + ",limit:-1,sort:index,facet:{"
            + "m:\"sum(" + Schema.MENTIONS + ")\",c:\"sum(" + Schema.CLAIMS + ")\",p:\"sum(" + Schema.PREDICTIONS
            + ")\",h:\"sum(" + Schema.HELD + ")\"}}}");
    QueryResponse resp = collection.query(p);
    List<long[]> totals = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    if (resp.getJsonFacetingResponse() != null && resp.getJsonFacetingResponse().getBucketBasedFacets("a") != null) {
      for (BucketJsonFacet b : resp.getJsonFacetingResponse().getBucketBasedFacets("a").getBuckets()) {
        ids.add((String) b.getVal());
        totals.add(new long[] {b.getCount(), sum(b, "m"), sum(b, "c"), sum(b, "p"), sum(b, "h")});
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      order.add(i);
    }
    // as the embedded index: most mentioned, then most articles, then by id
    order.sort(
        Comparator.<Integer>comparingLong(i -> -totals.get(i)[1])
            .thenComparingLong(i -> -totals.get(i)[0])
            .thenComparing(ids::get));
    List<Integer> chosen = order.subList(0, Math.min(top, order.size()));
    Map<String, String[]> names = actorNames(chosen.stream().map(ids::get).toList());
    List<ActorStats> out = new ArrayList<>();
    for (int i : chosen) {
      long[] t = totals.get(i);
      String[] n = names.getOrDefault(ids.get(i), new String[2]);
      out.add(new ActorStats(ids.get(i), n[0], n[1], t[0], t[1], t[2], t[3], t[4]));
    }
    return out;
  }

  private static long sum(BucketJsonFacet b, String stat) {
    Object v = b.getStatValue(stat);
    return v == null ? 0 : Math.round(((Number) v).doubleValue());
  }

  /** Canonical name and type of each actor id, from one of its actor documents. */
  private Map<String, String[]> actorNames(Collection<String> ids) throws IOException {
    Map<String, String[]> out = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    ModifiableSolrParams p = SolrQueries.terms(Schema.ID, ids);
    p.add("fq", SolrQueries.termQuery(p, Schema.KIND, Schema.KIND_ACTOR));
    p.set("fl", Schema.ID + "," + Schema.ACTOR_NAME + "," + Schema.ACTOR_TYPE);
    p.set("group", true);
    p.set("group.field", Schema.ID);
    p.set("group.limit", 1);
    p.set("group.sort", Schema.KEY + " asc");
    p.set("rows", ids.size());
    QueryResponse resp = collection.query(p);
    for (org.apache.solr.client.solrj.response.GroupCommand g : resp.getGroupResponse().getValues()) {
      for (org.apache.solr.client.solrj.response.Group group : g.getValues()) {
        for (SolrDocument d : group.getResult()) {
          out.putIfAbsent((String) d.getFieldValue(Schema.ID), new String[] {(String) d.getFieldValue(Schema.ACTOR_NAME), (String) d.getFieldValue(Schema.ACTOR_TYPE)});
        }
      }
    }
    return out;
  }

  /**
   * The actor ids whose normalised name or alias is {@code name}: the {@link Schema#ALIAS} terms
   * starting with {@code name + U+001F} that a live actor document holds (a prefix facet).
   */
  @Override
  public Set<String> resolveActor(String name) throws IOException {
    String key = Schema.normalize(name);
    Set<String> out = new LinkedHashSet<>();
    if (key.isEmpty()) {
      return out;
    }
    String prefix = key + Schema.SEP;
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", SolrQueries.termQuery(p, Schema.KIND, Schema.KIND_ACTOR));
    p.set("rows", 0);
    p.set("facet", true);
    p.set("facet.field", Schema.ALIAS);
    p.set("facet.prefix", prefix);
    p.set("facet.limit", -1);
    p.set("facet.mincount", 1);
    p.set("facet.sort", "index");
    FacetField f = collection.query(p).getFacetField(Schema.ALIAS);
    if (f != null && f.getValues() != null) {
      for (FacetField.Count c : f.getValues()) {
        out.add(c.getName().substring(prefix.length()));
      }
    }
    return out;
  }

  @Override
  public long count(String kind) throws IOException {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", kind == null ? "*:*" : SolrQueries.termQuery(p, Schema.KIND, kind));
    p.set("rows", 0);
    return collection.query(p).getResults().getNumFound();
  }

  /** Solr opens a new searcher at every commit: there is nothing to pick up here. */
  @Override
  public boolean refresh() {
    return false;
  }

  @Override
  public String describe() {
    return collection.describe();
  }

  @Override
  public void close() throws IOException {
    if (owned) {
      collection.close();
    }
  }

  private Hit hit(SolrDocument d, boolean scored, Query text) throws IOException {
    String kind = (String) d.getFieldValue(Schema.KIND);
    boolean article = Schema.KIND_ARTICLE.equals(kind);
    Holder holder = null;
    if (!article) {
      holder = new Holder(str(d, Schema.HOLDER_TYPE), str(d, Schema.HOLDER_NAME), str(d, Schema.HOLDER_ID));
    }
    List<Hit.ActorRef> actors = new ArrayList<>();
    for (Object o : values(d, Schema.ACTOR_LABEL)) {
      String label = (String) o;
      int sep = label.indexOf(Schema.SEP);
      actors.add(sep < 0 ? new Hit.ActorRef(label, label) : new Hit.ActorRef(label.substring(0, sep), label.substring(sep + 1)));
    }
    List<String> cues = new ArrayList<>();
    for (Object o : values(d, Schema.CUE_TEXT)) {
      cues.add((String) o);
    }
    Number start = (Number) d.getFieldValue(Schema.START);
    Number end = (Number) d.getFieldValue(Schema.END);
    Number probability = (Number) d.getFieldValue(Schema.PROBABILITY);
    Number deadline = (Number) d.getFieldValue(Schema.DEADLINE);
    Number published = (Number) d.getFieldValue(Schema.PUBLISHED);
    Number score = scored ? (Number) d.getFieldValue("score") : null;
    String json = str(d, Schema.JSON);
    String body = HitJson.textOf(json);
    return new Hit(
        kind,
        str(d, Schema.ID),
        str(d, Schema.ARTICLE_ID),
        score == null ? null : score.doubleValue(),
        body,
        Highlights.analysed(schema.analyzer(), text, kind, str(d, Schema.TITLE), body),
        holder,
        actors,
        published == null ? null : Instant.ofEpochMilli(published.longValue()),
        str(d, Schema.SOURCE_NAME),
        str(d, Schema.TITLE),
        str(d, Schema.URL),
        probability == null ? null : probability.doubleValue(),
        str(d, Schema.LEVEL),
        str(d, Schema.POLARITY),
        deadline == null ? null : LocalDate.ofEpochDay(deadline.longValue()),
        str(d, Schema.STATUS),
        start == null || end == null ? null : new Span(start.intValue(), end.intValue()),
        cues,
        json);
  }

  private static String str(SolrDocument d, String field) {
    return (String) d.getFirstValue(field);
  }

  private static Collection<Object> values(SolrDocument d, String field) {
    Collection<Object> v = d.getFieldValues(field);
    return v == null ? List.of() : v;
  }
}
