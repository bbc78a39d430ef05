package org.hindsight.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearcherTest {

  @TempDir static Path dir;
  static Searcher searcher;

  @BeforeAll
  static void index() throws IOException {
    Fixtures.indexAll(dir);
    searcher = Searcher.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  private static SearchRequest.Builder q() {
    return SearchRequest.builder();
  }

  private static Set<String> ids(SearchRequest.Builder b) throws IOException {
    return searcher.search(b.build()).hits().stream().map(Hit::id).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void anAliasFindsTheActorInEveryArticle() throws IOException {
    // a2 only says "Vladimir Putin"; "putin" resolves through a1's alias to the same actor id
    assertEquals(Set.of("a1:p0", "a2:p0"), ids(q().actor("putin").kind("prediction")));
    assertEquals(Set.of("a1:p0", "a2:p0"), ids(q().actor("VLADIMIR PUTIN").kind("prediction")));
    assertEquals(Set.of(Fixtures.PUTIN), searcher.resolveActor("Putin"));
  }

  @Test
  void aCountryMatchesByNameAliasAndMetonym() throws IOException {
    assertEquals(Set.of("a1:c0", "a3:c0"), ids(q().actor("Russia").kind("claim")));
    assertEquals(Set.of("a1:c0", "a3:c0"), ids(q().actor("kremlin").kind("claim")));
    assertEquals(Set.of("a1:c0", "a3:c0"), ids(q().actor("the Kremlin").kind("claim")));
    assertEquals(Set.of(), ids(q().actor("Atlantis")));
  }

  @Test
  void withoutKindAnActorFindsArticlesAndItemsButNoActorDocuments() throws IOException {
    assertEquals(Set.of("a1", "a1:p0", "a2", "a2:p0"), ids(q().actor("putin")));
  }

  @Test
  void holderByNameAliasOrAuthor() throws IOException {
    assertEquals(Set.of("a1:p1"), ids(q().holder("powell")));
    assertEquals(Set.of("a1:p1"), ids(q().holder("Jerome Powell")));
    assertEquals(Set.of("a1:c0"), ids(q().holder("the kremlin")));
    assertEquals(Set.of("a1:p0", "a2:p0"), ids(q().holder("author").kind("prediction")));
  }

  @Test
  void kindAndSource() throws IOException {
    assertEquals(Set.of("a1", "a2", "a3"), ids(q().kind("article")));
    assertEquals(Set.of("a1", "a1:c0", "a1:p0", "a1:p1"), ids(q().source("reuters")));
    assertThrows(IllegalArgumentException.class, () -> q().kind("actor").build());
  }

  @Test
  void withoutQueryHitsAreNewestFirstAndUndatedLast() throws IOException {
    List<String> order = searcher.search(q().kind("article").build()).hits().stream().map(Hit::id).toList();
    assertEquals(List.of("a1", "a2", "a3"), order);
    assertNull(searcher.search(q().kind("article").build()).hits().get(0).score());
  }

  @Test
  void dateRange() throws IOException {
    Instant y2025 = Instant.parse("2025-01-01T00:00:00Z");
    assertEquals(Set.of("a1", "a1:c0", "a1:p0", "a1:p1"), ids(q().from(y2025)));
    assertEquals(Set.of("a2", "a2:c0", "a2:p0"), ids(q().to(y2025.minusMillis(1))));
    assertEquals(Set.of("a2:p0"), ids(q().from(Instant.parse("2024-03-10T00:00:00Z")).to(Instant.parse("2024-03-10T23:59:59Z")).kind("prediction")));
  }

  @Test
  void probabilityRange() throws IOException {
    assertEquals(Set.of("a2:p0", "a3:c0"), ids(q().minProbability(0.6)));
    assertEquals(Set.of("a1:p0", "a1:p1"), ids(q().maxProbability(0.4)));
    assertEquals(Set.of("a2:p0"), ids(q().minProbability(0.6).maxProbability(0.7)));
    assertThrows(IllegalArgumentException.class, () -> q().minProbability(1.5).build());
    assertThrows(IllegalArgumentException.class, () -> q().minProbability(0.8).maxProbability(0.2).build());
  }

  @Test
  void openPredictionsHaveNoDeadlineOrOneNotPassed() throws IOException {
    assertEquals(Set.of("a1:p0", "a1:p1"), ids(q().open(true).today(LocalDate.parse("2025-09-01"))));
    assertEquals(Set.of("a1:p0"), ids(q().open(true).today(LocalDate.parse("2027-01-01"))));
    assertEquals(Set.of("a1:p0", "a1:p1", "a2:p0"), ids(q().status("open")));
    assertEquals(Set.of(), ids(q().status("CONFIRMED")));
  }

  @Test
  void stemmedTextQueryWithHighlight() throws IOException {
    SearchResult r = searcher.search(q().query("concession").kind("prediction").build());
    assertEquals(1, r.hits().size());
    Hit h = r.hits().get(0);
    assertEquals("a1:p0", h.id());
    assertNotNull(h.score());
    assertTrue(h.highlight().contains("**concessions**"), h.highlight());
    assertTrue(h.highlight().startsWith("Putin might make limited"), h.highlight());
    assertEquals(h.text().replace("**", ""), h.highlight().replace("**", ""));
    // the whole sentence, with every matched word
    Hit phrase = searcher.search(q().query("\"limited concessions\" OR sanctions").kind("prediction").build()).hits().get(0);
    assertTrue(phrase.highlight().contains("**limited** **concessions**") || phrase.highlight().contains("**limited concessions**"), phrase.highlight());
    assertTrue(phrase.highlight().contains("**sanctions**"), phrase.highlight());
  }

  @Test
  void articleHitsHighlightPassagesOfTheBody() throws IOException {
    Hit h = searcher.search(q().query("bridges").kind("article").build()).hits().get(0);
    assertEquals("a2", h.id());
    assertTrue(h.text().startsWith("Vladimir Putin is likely"), h.text());
    assertTrue(h.highlight().contains("**bridges**"), h.highlight());
  }

  @Test
  void exactAndFieldQueries() throws IOException {
    assertEquals(Set.of(), ids(q().query("exact:concession")));
    assertEquals(Set.of("a1", "a1:p0"), ids(q().query("exact:concessions")));
    assertEquals(Set.of("a1:p0", "a1:p1"), ids(q().query("cue:might OR cue:could")));
    assertEquals(Set.of("a1:p1"), ids(q().query("holder:powell")));
    assertEquals(Set.of("a1", "a1:p0"), ids(q().query("actor:putin AND time")));
    assertEquals(Set.of(), ids(q().query("kind:actor")), "actor documents are never hits");
  }

  @Test
  void aMalformedQueryIsOneLineNotAStackTrace() {
    for (String bad : List.of("concessions AND", "\"unbalanced", "(a OR b", "*leading", "field:")) {
      QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> searcher.search(q().query(bad).build()));
      assertTrue(e.getMessage().startsWith("bad query \""), e.getMessage());
      assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
  }

  @Test
  void facetCounts() throws IOException {
    SearchResult r = searcher.search(q().facets(true).build());
    assertEquals(9, r.totalHits(), "3 articles, 3 claims, 3 predictions; no actor documents");
    Map<String, List<SearchResult.FacetCount>> f = r.facets();
    assertEquals(Set.copyOf(Schema.DIMS), f.keySet());
    assertEquals(3, count(f, "kind", "claim"));
    assertEquals(3, count(f, "kind", "prediction"));
    assertEquals(3, count(f, "kind", "article"));
    assertEquals(4, count(f, "actor", "Vladimir Putin"), "a1, a1:p0, a2, a2:p0");
    assertEquals(4, count(f, "source", "Reuters"));
    assertEquals(3, count(f, "source", "BBC"));
    assertEquals(2, count(f, "level", "UNLIKELY"));
    assertEquals(1, count(f, "level", "LIKELY"));
    assertEquals(4, count(f, "month", "2025-08"));
    assertEquals(1, count(f, "holder", "Powell"));
    assertEquals(3, count(f, "holder", Schema.AUTHOR_LABEL));
    // facets follow the query
    SearchResult putin = searcher.search(q().actor("putin").kind("prediction").facets(true).build());
    assertEquals(1, count(putin.facets(), "source", "BBC"));
    assertEquals(1, count(putin.facets(), "source", "Reuters"));
  }

  private static long count(Map<String, List<SearchResult.FacetCount>> f, String dim, String value) {
    return f.get(dim).stream().filter(c -> c.value().equals(value)).mapToLong(SearchResult.FacetCount::count).sum();
  }

  @Test
  void actorsAggregateEveryArticle() throws IOException {
    List<ActorStats> actors = searcher.actors(10);
    ActorStats putin = actors.stream().filter(a -> a.id().equals(Fixtures.PUTIN)).findFirst().orElseThrow();
    assertEquals(new ActorStats(Fixtures.PUTIN, "Vladimir Putin", "PERSON", 2, 2, 0, 2, 0), putin);
    ActorStats russia = actors.stream().filter(a -> a.id().equals(Fixtures.RUSSIA)).findFirst().orElseThrow();
    assertEquals(new ActorStats(Fixtures.RUSSIA, "Russia", "COUNTRY", 2, 2, 2, 0, 1), russia);
    ActorStats powell = actors.stream().filter(a -> a.id().equals(Fixtures.POWELL)).findFirst().orElseThrow();
    assertEquals(1, powell.held());
    assertEquals(4, actors.size());
    assertEquals(1, searcher.actors(1).size());
  }

  @Test
  void jsonLinesHaveTheDocumentedFields() throws IOException {
    ObjectMapper m = new ObjectMapper();
    Hit h = searcher.search(q().query("concessions").kind("prediction").build()).hits().get(0);
    JsonNode n = m.readTree(HitJson.hit(h, 1));
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    assertEquals(
        List.of("type", "rank", "score", "kind", "id", "article_id", "text", "highlight", "holder", "actors",
            "published", "source", "title", "url", "probability", "level", "polarity", "deadline", "status",
            "start", "end", "cues", "item"),
        names);
    assertEquals("hit", n.get("type").asText());
    assertEquals("a1:p0", n.get("id").asText());
    assertEquals("author", n.get("holder").get("type").asText());
    assertEquals("Vladimir Putin", n.get("actors").get(0).get("name").asText());
    assertEquals("2025-08-06T09:00:00Z", n.get("published").asText());
    assertEquals(0.325, n.get("probability").asDouble());
    assertEquals("OPEN", n.get("status").asText());
    assertEquals("might", n.get("cues").get(0).asText());
    assertEquals("a1:p0", n.get("item").get("id").asText(), "the extract contract's prediction");
    assertTrue(n.get("item").has("horizon"));

    JsonNode facets = m.readTree(HitJson.facets(searcher.search(q().facets(true).build())));
    assertEquals("facets", facets.get("type").asText());
    assertEquals(3, facets.get("facets").get("kind").get(0).get("count").asInt());

    JsonNode actor = m.readTree(HitJson.actor(searcher.actors(1).get(0), 1));
    List<String> actorFields = new ArrayList<>();
    actor.fieldNames().forEachRemaining(actorFields::add);
    assertEquals(List.of("rank", "id", "name", "type", "articles", "mentions", "claims", "predictions", "held"), actorFields);
  }
}
