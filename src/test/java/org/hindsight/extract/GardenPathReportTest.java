package org.hindsight.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Reports the parser misreads, and quotation marks left open. Sentences written for this test.
 *
 * <p>"Okafor told Reuters that he believes the contest … has now come down to the governor and the
 * mayor" is parsed with "Okafor told …" as the clausal subject of "come": the statement stopped at
 * "nomination" (PolNeAR train has the same shape), and the rest of it was only in the author's
 * account of the report. A stray opening quotation mark at a paragraph's end (a pasted tweet) made
 * every later report a quotation, so their statements were never split off and went to the author.
 */
class GardenPathReportTest {

  private static final Extraction X =
      WrittenStory.extract(
          "garden-path-report",
          "Contest narrows",
          "Reuters",
          Instant.parse("2016-03-01T12:00:00Z"),
          "Okafor told Reuters that he believes the contest for the party nomination has now come down to the governor and the mayor.\n\n"
              + "The mayor shared a post that read \u201cWe will win this. \u201cOnward\u201d #Vote2016\u201c\n\n"
              + "The post was written as a joke by a campaign volunteer.\n\n"
              + "Varga said she meant to show that the mayor repeats whatever his supporters send him.");

  @Test
  void theStatementRunsToTheEndOfTheVerbTheReportHangsOn() {
    assertEquals("Okafor",
        WrittenStory.claimHolder(X, "that he believes the contest for the party nomination has now come down to the governor and the mayor"));
    assertTrue(X.claims().stream().map(Claim::text).noneMatch(t -> t.endsWith("the party nomination")),
        "a statement cut at the garden path: " + X.claims().stream().map(Claim::text).toList());
  }

  @Test
  void aQuotationLeftOpenEndsWithItsParagraph() {
    assertEquals("Varga", WrittenStory.claimHolder(X, "she meant to show that the mayor repeats whatever his supporters send him"));
  }

  @Test
  void aSubjectReadAsTheObjectOfSaidStartsThePrediction() {
    // Reuters dev10 (9421): "said the company's new … products will not be available" parses "products"
    // as the object of "said" and "available" as its xcomp, so the prediction lost its subject
    Prediction p = WrittenPredictions.candidateHolding(Instant.parse("1987-03-25T12:00:00Z"),
        "Corvex Corp vice chairman Martin Ruhle said the company's new series 400 disk storage products will not be"
            + " available for at least a year.", "will not be available");
    assertTrue(p.text().startsWith("the company's new series 400 disk storage products"), p.text());
  }
}
