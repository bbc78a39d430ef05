package org.hindsight.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Holders beyond "X said Y" (issue 11), on sentences written for this test in the style of news
 * copy: an institution speaking through an unnamed spokesman, "according to", a speaker named
 * after the statement, a report split into the speaker's statement and the author's account of it.
 */
class HoldersTest {

  private static final Extraction X =
      WrittenStory.extract(
          "holders",
          "Central banks hold their fire",
          "Wire",
          Instant.parse("2024-05-10T12:00:00Z"),
          "A Bundesbank spokesman said the bank would publish its annual report next week.\n\n"
              + "Unemployment rose to 6.1 percent in April, according to the Federal Statistics Office.\n\n"
              + "The merger is expected to close in the third quarter, Siemens said in a brief statement.\n\n"
              + "Chancellor Olaf Scholz said the coalition had agreed on the budget after weeks of talks.\n\n"
              + "The weather was mild across the country on Thursday.");

  /** Every holder of a claim or prediction whose text contains the key. */
  private static List<String> holdersOf(String key) {
    List<String> out = new ArrayList<>();
    X.predictions().stream().filter(p -> p.text().contains(key)).forEach(p -> out.add(name(p.holder())));
    X.claims().stream().filter(c -> c.text().contains(key)).forEach(c -> out.add(name(c.holder())));
    assertTrue(!out.isEmpty(), "nothing holds '" + key + "': " + X.claims().stream().map(Claim::text).toList());
    return out;
  }

  private static String name(Holder h) {
    return h.isAuthor() ? "author" : h.name();
  }

  @Test
  void anUnnamedSpokesmanSpeaksForHisInstitution() {
    String holder = holdersOf("publish its annual report").get(0);
    assertTrue(holder.endsWith("Bundesbank"), holder);
  }

  @Test
  void accordingToNamesTheSource() {
    assertTrue(holdersOf("Unemployment rose").get(0).contains("Federal Statistics Office"), holdersOf("Unemployment rose").toString());
  }

  @Test
  void aSpeakerNamedAfterTheStatementHoldsIt() {
    assertEquals("Siemens", holdersOf("expected to close").get(0));
  }

  @Test
  void aReportIsTheSpeakersStatementAndTheAuthorsAccount() {
    // the statement alone is Scholz's; the whole sentence (that he said it) is the author's
    List<String> statement = X.claims().stream()
        .filter(c -> c.text().startsWith("the coalition had agreed")).map(c -> name(c.holder())).toList();
    assertEquals(List.of("Olaf Scholz"), statement);
    List<String> report = X.claims().stream()
        .filter(c -> c.text().startsWith("Chancellor Olaf Scholz said")).map(c -> name(c.holder())).toList();
    assertEquals(List.of("author"), report);
  }

  @Test
  void aSentenceWithoutACueIsTheAuthors() {
    assertEquals(List.of("author"), holdersOf("The weather was mild"));
  }
}
