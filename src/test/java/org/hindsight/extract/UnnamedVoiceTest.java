package org.hindsight.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * An institution speaks through an unnamed voice ("a company spokesman", "the statement", "the
 * study") and wire copy's pronouns speak for whom the story is about ("It said", "He said") even
 * where coreference leaves them alone. Reuters dev stories showed both; the story here is written
 * for this test in the style of 1987 wire copy. The first two failed before {@code Voices} (the
 * holders were "A company spokesman" and "The statement"); the coreference already resolves this
 * "He", and the third test keeps it so.
 */
class UnnamedVoiceTest {

  private static final Extraction X =
      WrittenStory.extract(
          "unnamed-voice",
          "Norland Steel to shut two mills",
          "Reuters",
          Instant.parse("1987-03-26T12:00:00Z"),
          "Norland Steel Corp said it will close two mills in Ohio by the end of June.\n\n"
              + "A company spokesman said the closures would cut costs by about 40 mln dlrs a year.\n\n"
              + "The statement said about 900 workers could lose their jobs.\n\n"
              + "Union leader Walter Brenner criticised the decision.\n\n"
              + "He said the union might call a strike next month.");

  private static String holderOf(String key) {
    return WrittenStory.holderOf(X, key);
  }

  @Test
  void aSpokesmanSpeaksForTheCompany() {
    assertEquals("Norland Steel Corp", holderOf("would cut costs"));
  }

  @Test
  void aStatementSpeaksForWhoeverTheStoryIsAbout() {
    assertEquals("Norland Steel Corp", holderOf("could lose their jobs"));
  }

  @Test
  void heIsThePersonNamedBefore() {
    assertEquals("Walter Brenner", holderOf("might call a strike"));
  }
}
