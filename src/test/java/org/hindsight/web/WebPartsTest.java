package org.hindsight.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hindsight.article.Span;
import org.hindsight.check.evidence.ArticleRef;
import org.hindsight.check.verdict.CheckedPrediction;
import org.hindsight.check.verdict.Evidence;
import org.hindsight.check.evidence.IndexedPrediction;
import org.hindsight.check.stance.Stance;
import org.hindsight.check.verdict.Status;
import org.hindsight.check.verdict.Verdict;
import org.hindsight.extract.Holder;
import org.hindsight.extract.Polarity;
import org.hindsight.extract.Prediction;
import org.hindsight.index.SearchRequest;
import org.hindsight.web.Views.Mark;
import org.junit.jupiter.api.Test;

/** The web layer's parts without a server: the form in the URL, marks over text, exports, links, tokens. */
class WebPartsTest {

  @Test
  void theFormRoundTripsThroughTheUrlAndBoundsPaging() {
    SearchForm f = SearchForm.of(Map.of("q", "sanctions \"air truce\"", "actor", "putin", "size", "500", "page", "1000", "bogus", "x"));
    assertEquals(SearchForm.MAX_SIZE, f.size());
    assertEquals(SearchForm.MAX_DEPTH / SearchForm.MAX_SIZE, f.page(), "paging stops at the depth bound");
    SearchForm back = SearchForm.read(k -> queryParam(f.queryString(), k));
    assertEquals(f.queryString(), back.queryString());
    assertFalse(f.queryString().contains("bogus"));
    assertTrue(f.with("kind", "prediction").queryString().contains("kind=prediction"));
    assertFalse(f.with("kind", "prediction").queryString().contains("page="), "a new filter goes back to page 1");
    SearchRequest r = f.request(LocalDate.of(2026, 1, 1)).build();
    assertEquals("putin", r.actor());
    assertEquals(f.offset(), r.offset());
  }

  @Test
  void badValuesBecomeMessagesNotExceptions() {
    SearchForm f = SearchForm.of(Map.of("from", "yesterday", "kind", "actor", "status", "MAYBE", "q", "x".repeat(2000)));
    assertEquals(4, f.errors().size(), f.errors().toString());
    SearchRequest r = f.request(LocalDate.of(2026, 1, 1)).build();
    assertNull(r.from());
    assertNull(r.kind());
    assertNull(r.status());
    assertEquals(SearchForm.MAX_QUERY, r.query().length());
  }

  @Test
  void marksSplitOverlapsIntoRunsAndKeepTheInnermostLink() {
    String text = "Putin might make concessions.\nNext paragraph.";
    Marker m = new Marker(text)
        .add(0, 28, "m-pred", "prediction", "/prediction?id=p")
        .add(0, 5, "m-actor", "Vladimir Putin", "/actor?name=Vladimir+Putin")
        .add(6, 11, "m-cue", "cue", null);
    List<Mark> runs = m.marks(0, 29);
    assertEquals("Putin", runs.get(0).text());
    assertEquals("m-pred m-actor", runs.get(0).css());
    assertEquals("/actor?name=Vladimir+Putin", runs.get(0).href(), "the innermost link wins");
    assertEquals("might", runs.get(2).text());
    assertEquals("/prediction?id=p", runs.get(2).href());
    assertEquals(text.substring(0, 29), runs.stream().map(Mark::text).reduce("", String::concat), "no text lost or doubled");
    assertEquals(2, m.paragraphs().size());
    int[] para = m.paragraphAround(35, 39);
    assertEquals("Next paragraph.", text.substring(para[0], para[1]));
  }

  @Test
  void csvCellsAreQuotedAndFormulasDefused() {
    assertEquals("plain", Exports.cell("plain"));
    assertEquals("\"a, \"\"b\"\"\"", Exports.cell("a, \"b\""));
    assertEquals("'=HYPERLINK(\"x\")", Exports.cell("=HYPERLINK(\"x\")").replace("\"\"", "\"").replaceAll("^\"|\"$", ""));
    assertEquals("-0.5", Exports.cell("-0.5"));
  }

  @Test
  void claimReviewMapsStatusesToRatings() {
    Map<Status, Integer> expected = Map.of(Status.CONFIRMED, 5, Status.REFUTED, 1, Status.EXPIRED, 3);
    for (Status s : Status.values()) {
      ObjectNode n = Exports.claimReview(checked(s), "http://127.0.0.1:8080");
      if (s == Status.OPEN) {
        assertNull(n, "an open prediction has no review yet");
        continue;
      }
      assertEquals("ClaimReview", n.get("@type").asText());
      assertEquals(expected.get(s).intValue(), n.get("reviewRating").get("ratingValue").asInt());
      assertEquals("Putin might make concessions", n.get("claimReviewed").asText());
      assertEquals("http://127.0.0.1:8080/prediction?id=a%3Ap0", n.get("url").asText());
      assertFalse(n.get("itemReviewed").get("appearance").has("url"), "a javascript: URL is left out");
    }
  }

  @Test
  void onlyHttpLinksLeaveTheSite() {
    assertEquals("https://example.org/a?b=c", Links.external("https://example.org/a?b=c"));
    for (String bad : List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>", "//evil.example/x", "vbscript:x", "http:///nohost")) {
      assertNull(Links.external(bad), bad);
    }
    assertEquals("/actor?name=%3Cb%3E+%26+%22x%22", Links.actor("<b> & \"x\""));
  }

  @Test
  void csrfTokensAndOrigins() {
    Guard g = new Guard(Set.of("127.0.0.1:8080", "localhost:8080"));
    String cookie = g.newCookie();
    assertTrue(g.tokenValid(cookie, g.token(cookie)));
    assertFalse(g.tokenValid(cookie, g.token(g.newCookie())));
    assertFalse(g.tokenValid(null, g.token(cookie)));
    assertFalse(new Guard(Set.of("127.0.0.1:8080")).tokenValid(cookie, g.token(cookie)), "another server's key");
    assertTrue(g.sameOrigin("http://localhost:8080", null));
    assertFalse(g.sameOrigin("http://localhost:8081", null));
    assertFalse(g.sameOrigin("null", null));
    assertTrue(g.sameOrigin(null, "http://127.0.0.1:8080/prediction?id=x"));
    assertFalse(g.sameOrigin(null, "http://127.0.0.1:8080.evil.example/"));
    assertTrue(g.hostAllowed("LOCALHOST:8080"));
    assertFalse(g.hostAllowed("evil.example:8080"));
  }

  private static CheckedPrediction checked(Status s) {
    Prediction p = new Prediction("a:p0", "Putin might make concessions", new Span(0, 28), Holder.actor("Vladimir Putin", "person/vladimir-putin"),
        List.of("person/vladimir-putin"), List.of(), 0.4, "UNLIKELY", Polarity.POSITIVE, null, null);
    ArticleRef a = new ArticleRef("a", "Title", "javascript:alert(1)", Instant.parse("2025-08-06T00:00:00Z"), "Wire");
    List<Evidence> ev = List.of(new Evidence("b", "Later", "https://example.org/b", Instant.parse("2025-08-16T00:00:00Z"), "Putin made no concessions.", 0, 26,
        Stance.REFUTES, 0.5));
    return new CheckedPrediction(new IndexedPrediction(p, a, s.name()), new Verdict("a:p0", s, 0.7, ev, LocalDate.of(2026, 1, 15), false, "reason"));
  }

  private static String queryParam(String query, String key) {
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(key)) {
        return java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
      }
    }
    return null;
  }
}
