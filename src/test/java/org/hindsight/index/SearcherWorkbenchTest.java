package org.hindsight.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queries the web workbench needs: level and deadline filters, deadline order, paging, exact counts, the timeline. */
class SearcherWorkbenchTest {

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

  private static List<String> ids(SearchRequest.Builder b) throws IOException {
    return searcher.search(b.build()).hits().stream().map(Hit::id).toList();
  }

  private static SearchRequest.Builder predictions() {
    return SearchRequest.builder().kind("prediction");
  }

  @Test
  void levelFilterIsCaseInsensitive() throws IOException {
    assertEquals(List.of("a1:p0", "a1:p1"), ids(predictions().level("unlikely").sort(SearchRequest.Sort.NEWEST)).stream().sorted().toList());
    assertEquals(List.of("a2:p0"), ids(predictions().level("LIKELY")));
  }

  @Test
  void deadlineRangeIsInclusive() throws IOException {
    assertEquals(List.of("a2:p0"), ids(predictions().deadlineFrom(LocalDate.of(2024, 4, 1)).deadlineTo(LocalDate.of(2024, 4, 1))));
    assertEquals(List.of("a1:p1"), ids(predictions().deadlineFrom(LocalDate.of(2025, 1, 1))));
    assertThrows(IllegalArgumentException.class, () -> predictions().deadlineFrom(LocalDate.of(2025, 1, 2)).deadlineTo(LocalDate.of(2025, 1, 1)).build());
  }

  @Test
  void deadlineOrderPutsPredictionsWithoutOneLast() throws IOException {
    assertEquals(List.of("a2:p0", "a1:p1", "a1:p0"), ids(predictions().sort(SearchRequest.Sort.DEADLINE)));
    assertEquals(List.of("a1:p1", "a2:p0", "a1:p0"), ids(predictions().sort(SearchRequest.Sort.DEADLINE_DESC)));
  }

  @Test
  void offsetPagesThroughTheSameOrder() throws IOException {
    assertEquals(List.of("a1:p1"), ids(predictions().sort(SearchRequest.Sort.DEADLINE).offset(1).limit(1)));
    SearchResult past = searcher.search(predictions().offset(5).limit(5).build());
    assertTrue(past.hits().isEmpty());
    assertEquals(3, past.totalHits());
    assertThrows(IllegalArgumentException.class, () -> predictions().offset(SearchRequest.MAX_LIMIT).limit(1).build());
  }

  @Test
  void countIsExactAndIgnoresPaging() throws IOException {
    assertEquals(3, searcher.countMatching(predictions().limit(1).build()));
    assertEquals(2, searcher.countMatching(predictions().actor("putin").build()));
    assertEquals(1, searcher.countMatching(predictions().status("open").deadlineTo(LocalDate.of(2024, 12, 31)).build()));
  }

  @Test
  void timelineCountsPerMonthAndWeek() throws IOException {
    SearchResult months = searcher.search(SearchRequest.builder().timeline(SearchRequest.Interval.MONTH).build());
    // a2 (2024-03-10): article, prediction, claim; a1 (2025-08-06): article, two predictions, a claim; a3 is undated
    assertEquals(
        List.of(new SearchResult.Bucket(LocalDate.of(2024, 3, 1), 3), new SearchResult.Bucket(LocalDate.of(2025, 8, 1), 4)),
        months.timeline());
    assertTrue(months.facets().isEmpty(), "a timeline alone counts no facets");
    SearchResult weeks = searcher.search(predictions().timeline(SearchRequest.Interval.WEEK).build());
    assertEquals(
        List.of(new SearchResult.Bucket(LocalDate.of(2024, 3, 4), 1), new SearchResult.Bucket(LocalDate.of(2025, 8, 4), 2)),
        weeks.timeline());
    assertTrue(searcher.search(predictions().build()).timeline().isEmpty());
  }

  @Test
  void scoresStayWithRelevanceOnly() throws IOException {
    assertTrue(searcher.search(SearchRequest.builder().query("sanctions").build()).hits().get(0).score() != null);
    assertNull(searcher.search(SearchRequest.builder().query("sanctions").sort(SearchRequest.Sort.NEWEST).build()).hits().get(0).score());
  }
}
