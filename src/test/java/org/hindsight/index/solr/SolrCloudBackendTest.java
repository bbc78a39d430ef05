package org.hindsight.index.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.hindsight.extract.Extraction;
import org.hindsight.index.ActorStats;
import org.hindsight.index.Hit;
import org.hindsight.index.Indexer;
import org.hindsight.index.Schema;
import org.hindsight.index.SearchIndex;
import org.hindsight.index.SearchRequest;
import org.hindsight.index.SearchResult;
import org.hindsight.index.Searcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The SolrCloud backend against the embedded index on the same extractions: a two-node
 * MiniSolrCloudCluster, a collection of two shards made from the generated configset, and the
 * articles of {@link SolrTestCluster} ingested into both. Every answer by actor and by holder is compared with the embedded
 * index's: totals, the hits (as sets: equal scores may come in another order) and their scores.
 */
@Tag("solr-cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolrCloudBackendTest {

  private static final String COLLECTION = "hindsight";

  private Path tmp;
  private MiniSolrCloudCluster cluster;
  private List<Extraction> extractions;
  private Searcher embedded;
  private SolrSearchIndex solr;
  private String address;
  private final Map<String, Indexer.Outcome> firstIngest = new HashMap<>();

  @BeforeAll
  void start() throws Exception {
    SolrTestCluster shared = SolrTestCluster.shared();
    tmp = shared.tmp().resolve("backend");
    extractions = shared.extractions();
    cluster = shared.cluster();
    address = shared.address();
    try (Indexer indexer = Indexer.open(tmp.resolve("embedded"), Indexer.Config.DEFAULT)) {
      for (Extraction x : extractions) {
        indexer.index(x);
      }
    }
    embedded = Searcher.open(tmp.resolve("embedded"));
    shared.createCollection(COLLECTION);
    try (SolrIngestIndex ingest = SolrIngestIndex.open(address, COLLECTION, Indexer.Config.DEFAULT.withCommitEvery(7))) {
      for (Extraction x : extractions) {
        firstIngest.put(x.article().id(), ingest.index(x));
      }
    }
    solr = SolrSearchIndex.open(address, COLLECTION);
  }

  @AfterAll
  void stop() throws Exception {
    if (solr != null) {
      solr.close();
    }
    if (embedded != null) {
      embedded.close();
    }
  }

  @Test
  void holdsWhatTheEmbeddedIndexHolds() throws IOException {
    assertTrue(extractions.size() >= 22, "articles: " + extractions.size());
    assertTrue(firstIngest.values().stream().allMatch(o -> o == Indexer.Outcome.ADDED), firstIngest.toString());
    for (String kind : List.of(Schema.KIND_ARTICLE, Schema.KIND_ACTOR, Schema.KIND_CLAIM, Schema.KIND_PREDICTION)) {
      assertEquals(embedded.count(kind), solr.count(kind), kind);
    }
    assertEquals(embedded.count(null), solr.count(null));
  }

  @Test
  void reIngestIsIdempotent() throws IOException {
    try (SolrIngestIndex ingest = SolrIngestIndex.open(address, COLLECTION, Indexer.Config.DEFAULT)) {
      for (Extraction x : extractions) {
        assertTrue(ingest.contains(x.article()), x.article().id());
        assertEquals(Indexer.Outcome.UNCHANGED, ingest.index(x), x.article().id());
      }
    }
    assertEquals(embedded.count(null), solr.count(null));
  }

  @Test
  void actorTableIsTheSame() throws IOException {
    List<ActorStats> e = embedded.actors(1000);
    List<ActorStats> s = solr.actors(1000);
    assertTrue(e.size() > 30, "actors: " + e.size());
    assertEquals(e, s);
  }

  @Test
  void searchByEveryActorGivesTheSameAnswers() throws IOException {
    int compared = 0;
    for (ActorStats a : embedded.actors(1000)) {
      for (String name : List.of(a.name(), a.id())) {
        assertEquals(embedded.resolveActor(name), solr.resolveActor(name), name);
        compare(SearchRequest.builder().actor(name).limit(1000).facets(true).build());
        compare(SearchRequest.builder().actor(name).kind("prediction").sort(SearchRequest.Sort.NEWEST).limit(1000).build());
        compared++;
      }
    }
    assertTrue(compared > 60, "compared " + compared);
  }

  @Test
  void searchByEveryHolderGivesTheSameAnswers() throws IOException {
    Set<String> holders = new TreeSet<>(List.of("author", "nobody at all"));
    for (Extraction x : extractions) {
      x.claims().forEach(c -> addHolder(holders, c.holder()));
      x.predictions().forEach(p -> addHolder(holders, p.holder()));
    }
    assertTrue(holders.size() > 20, "holders: " + holders.size());
    for (String h : holders) {
      compare(SearchRequest.builder().holder(h).limit(1000).build());
    }
  }

  @Test
  void textQueriesAndFiltersGiveTheSameAnswers() throws IOException {
    compare(SearchRequest.builder().query("rates").limit(1000).facets(true).build());
    // articles' highlights are their two best passages, items' their whole sentence
    SearchResult marked = solr.search(SearchRequest.builder().query("sanctions").limit(1000).build());
    assertTrue(marked.hits().stream().anyMatch(h -> h.kind().equals("article") && h.highlight() != null && h.highlight().contains("**sanctions**")));
    assertTrue(marked.hits().stream().anyMatch(h -> h.kind().equals("prediction") && h.highlight() != null && h.highlight().contains("**sanction")));
    compare(SearchRequest.builder().query("sanctions").limit(1000).build());
    compare(SearchRequest.builder().query("\"next week\" OR tariffs").kind("prediction").limit(1000).build());
    compare(SearchRequest.builder().query("cue:likely").limit(1000).build());
    compare(SearchRequest.builder().kind("prediction").minProbability(0.6).sort(SearchRequest.Sort.DEADLINE).limit(1000).build());
    compare(SearchRequest.builder().kind("prediction").level("UNLIKELY").limit(1000).build());
    compare(SearchRequest.builder().from(SearchRequest.dateBound("2025-07", false)).to(SearchRequest.dateBound("2025-08", true)).limit(1000).build());
    compare(SearchRequest.builder().query("ceasefire").holder("author").actor("Israel").limit(1000).build());
    compare(SearchRequest.builder().kind("prediction").timeline(SearchRequest.Interval.MONTH).limit(5).build());
    SearchRequest weekly = SearchRequest.builder().kind("prediction").timeline(SearchRequest.Interval.WEEK).limit(5).build();
    compare(weekly);
    List<SearchResult.Bucket> weeks = solr.search(weekly).timeline();
    assertTrue(weeks.size() > 3 && weeks.stream().allMatch(b -> b.start().getDayOfWeek() == java.time.DayOfWeek.MONDAY), weeks.toString());
    compare(SearchRequest.builder().query("sanctions").timeline(SearchRequest.Interval.WEEK).limit(1000).build());
  }

  /**
   * The commands print the same lines whichever backend they read (no query: no scores, no
   * highlights); only the rank of hits tied on date may differ (the embedded index breaks ties
   * across articles by ingest order).
   */
  @Test
  void searchAndActorsCommandsPrintTheSameJson() {
    String index = tmp.resolve("embedded").toString();
    for (String[] args :
        List.of(
            new String[] {"search", "--actor", "Putin", "--limit", "50", "--json", "--facets"},
            new String[] {"search", "--holder", "author", "--kind", "prediction", "--limit", "100", "--json"},
            new String[] {"search", "--from", "2025-08", "--limit", "100", "--json"},
            new String[] {"actors", "--top", "40", "--json"})) {
      String embeddedOut = cli(concat(args, "--index", index));
      String solrOut = cli(concat(args, "--solr", address, "--collection", COLLECTION));
      assertTrue(embeddedOut.lines().count() > 3, String.join(" ", args) + ":\n" + embeddedOut);
      assertEquals(unranked(embeddedOut), unranked(solrOut), String.join(" ", args));
    }
  }

  @Test
  void configsetCommandWritesTheSchemaTheClusterRuns() throws IOException {
    Path dir = tmp.resolve("written");
    cli("solr-configset", dir.toString());
    assertEquals(SolrConfigset.schemaXml(), Files.readString(dir.resolve("schema.xml")));
    assertTrue(Files.readString(dir.resolve("solrconfig.xml")).contains("ExactStatsCache"));
  }

  private static List<String> unranked(String jsonLines) {
    return jsonLines.lines().map(l -> l.replaceFirst("^\\{\"type\":\"hit\",\"rank\":\\d+,", "{\"type\":\"hit\",")).sorted().toList();
  }

  private static String[] concat(String[] a, String... b) {
    return SolrTestCluster.concat(a, b);
  }

  private static String cli(String... args) {
    return SolrTestCluster.cli(args);
  }

  /**
   * Prints (asserts nothing about speed) the warm latency of the same searches on both backends:
   * every actor by name with facets, after one warm-up pass, median and 90th percentile.
   */
  @Test
  void measureSearchLatency() throws IOException {
    List<SearchRequest> requests = new ArrayList<>();
    for (ActorStats a : embedded.actors(1000)) {
      requests.add(SearchRequest.builder().actor(a.name()).query("will OR could").facets(true).limit(10).build());
    }
    double[] e = latencies(embedded, requests);
    double[] s = latencies(solr, requests);
    System.out.printf(
        java.util.Locale.ROOT,
        "SolrCloudBackendTest latency over %d actor+text+facet searches: embedded p50 %.2f ms p90 %.2f ms; 2-node mini cluster p50 %.2f ms p90 %.2f ms; ratio p50 %.1fx p90 %.1fx%n",
        requests.size(), e[0], e[1], s[0], s[1], s[0] / e[0], s[1] / e[1]);
    assertTrue(s[0] > 0 && e[0] > 0);
  }

  private static double[] latencies(SearchIndex index, List<SearchRequest> requests) throws IOException {
    for (int warm = 0; warm < 2; warm++) {
      for (SearchRequest r : requests) {
        index.search(r);
      }
    }
    List<Double> ms = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      for (SearchRequest r : requests) {
        long t = System.nanoTime();
        index.search(r);
        ms.add((System.nanoTime() - t) / 1e6);
      }
    }
    ms.sort(null);
    return new double[] {ms.get(ms.size() / 2), ms.get((int) (ms.size() * 0.9))};
  }

  /**
   * The Spark job's indexing ({@code SparkIngest.index}, local[2], 3 partitions) into a second
   * collection from the extractions' contract JSON: the same documents and actor table as the
   * collection ingest wrote, and a second run writes nothing (content hash).
   */
  @Test
  void sparkIndexesIntoSolrLikeIngest() throws Exception {
    String second = "from-spark";
    CollectionAdminRequest.createCollection(second, SolrConfigset.CONFIGSET_NAME, 2, 1).process(cluster.getSolrClient());
    cluster.waitForActiveCollection(second, 2, 2);
    List<String> lines = extractions.stream().map(x -> org.hindsight.extract.ExtractionJson.toJson(x).toString()).toList();
    org.apache.spark.sql.SparkSession spark =
        org.apache.spark.sql.SparkSession.builder().master("local[2]").appName("spark-to-solr").config("spark.ui.enabled", "false").getOrCreate();
    long first;
    long again;
    try {
      org.apache.spark.api.java.JavaSparkContext sc = org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext());
      first = org.hindsight.spark.SparkIngest.index(sc.parallelize(lines, 3), address, second);
      again = org.hindsight.spark.SparkIngest.index(sc.parallelize(lines, 3), address, second);
    } finally {
      spark.stop();
    }
    assertEquals(extractions.size(), first);
    assertEquals(0, again);
    try (SolrSearchIndex fromSpark = SolrSearchIndex.open(address, second)) {
      for (String kind : List.of(Schema.KIND_ARTICLE, Schema.KIND_ACTOR, Schema.KIND_CLAIM, Schema.KIND_PREDICTION)) {
        assertEquals(solr.count(kind), fromSpark.count(kind), kind);
      }
      assertEquals(solr.actors(1000), fromSpark.actors(1000));
      SearchRequest r = SearchRequest.builder().actor("Putin").limit(100).build();
      assertEquals(
          solr.search(r).hits().stream().map(Hit::id).sorted().toList(),
          fromSpark.search(r).hits().stream().map(Hit::id).sorted().toList());
    }
  }

  private static void addHolder(Set<String> holders, org.hindsight.extract.Holder h) {
    if (h.name() != null && !h.name().isBlank()) {
      holders.add(h.name());
    }
  }

  /** Totals, the set of hits, each hit with its highlight, its score within float rounding, facets. */
  private void compare(SearchRequest r) throws IOException {
    SearchResult e = embedded.search(r);
    SearchResult s = solr.search(r);
    String what = r.toString();
    assertEquals(e.totalHits(), s.totalHits(), what);
    assertEquals(e.totalHits(), solr.countMatching(r), what);
    Map<String, Hit> byId = new HashMap<>();
    for (Hit h : s.hits()) {
      byId.put(h.kind() + " " + h.id(), h);
    }
    assertEquals(e.hits().size(), byId.size(), what);
    for (Hit eh : e.hits()) {
      Hit sh = byId.get(eh.kind() + " " + eh.id());
      assertTrue(sh != null, what + ": Solr lacks " + eh.kind() + " " + eh.id());
      assertEquals(withoutScoreAndHighlight(eh), withoutScoreAndHighlight(sh), what);
      assertEquals(eh.highlight(), sh.highlight(), what + " highlight of " + eh.id());
      if (eh.score() != null) {
        assertEquals(eh.score(), sh.score(), 1e-4 * Math.max(1, eh.score()), what + " score of " + eh.id());
      } else {
        assertEquals(null, sh.score(), what);
      }
    }
    if (r.sort() != null && r.sort() != SearchRequest.Sort.RELEVANCE) {
      // a date order has ties too; the sequence of sort keys must agree
      assertEquals(keys(e.hits(), r.sort()), keys(s.hits(), r.sort()), what);
    }
    if (r.facets()) {
      for (String dim : Schema.DIMS) {
        assertEquals(new LinkedHashSet<>(e.facets().get(dim)), new LinkedHashSet<>(s.facets().get(dim)), what + " facet " + dim);
      }
    }
    assertEquals(e.timeline(), s.timeline(), what);
    assertFalse(s.hits().stream().anyMatch(h -> h.text() == null), what + ": a Solr hit without text");
  }

  private static List<String> keys(List<Hit> hits, SearchRequest.Sort sort) {
    List<String> out = new ArrayList<>();
    for (Hit h : hits) {
      out.add(sort == SearchRequest.Sort.NEWEST ? String.valueOf(h.published()) : h.deadline() + " " + h.published());
    }
    return out;
  }

  private static Hit withoutScoreAndHighlight(Hit h) {
    return new Hit(
        h.kind(), h.id(), h.articleId(), null, h.text(), null, h.holder(), h.actors(), h.published(), h.source(),
        h.title(), h.url(), h.probability(), h.level(), h.polarity(), h.deadline(), h.status(), h.span(), h.cues(),
        h.json());
  }
}
