package org.hindsight.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a report's statement lies when the words before its cue hold commas or the cue is a
 * participle. Errors of these kinds, found among PolNeAR dev's named holders that fell back to the
 * author: a subject with its apposition ("Ms. Okafor, the port's chairwoman, blasted …") was
 * taken for an inverted report's statement ("…, said Pieter Vos"); a fronted phrase ("In his 1998
 * memoir, Rising Tides, …") for the statement before "Mr. Harlan recalled"; in "is saying that the
 * figures show the need for …" the finite cue "show" inside the statement won over the participle
 * "saying"; "he’s" read as a possessive let the statement start at the "that" after it. Sentences
 * written for this test.
 */
class ReportFrameTest {

  private static final Extraction X =
      WrittenStory.extract(
          "report-frame",
          "Harbour toll divides the port",
          "Reuters",
          Instant.parse("2016-10-01T12:00:00Z"),
          "Ms. Okafor, the port's chairwoman, blasted the new toll on the harbour bridge.\n\n"
              + "In his 1998 memoir, Rising Tides, Mr. Harlan recalled the great flood of the lower harbour.\n\n"
              + "The port authority is saying that the new traffic figures show the need for a higher toll.\n\n"
              + "The ferry company has said that the summer figures show a steady fall in passengers.\n\n"
              + "Mr. Brandt says he’s satisfied that the harbour budget was spent well last year.\n\n"
              + "The harbour bridge was finished two years late, Mr. Lindqvist said on Tuesday.");

  private static List<String> claimTexts() {
    return WrittenStory.claimTexts(X);
  }

  @Test
  void aSubjectWithItsAppositionIsNoStatement() {
    assertFalse(claimTexts().contains("Ms. Okafor, the port's chairwoman"), "the speaker is a claim: " + claimTexts());
    assertTrue(claimTexts().contains("the new toll on the harbour bridge"), "the object is no claim: " + claimTexts());
  }

  @Test
  void aFrontedPhraseIsNoStatement() {
    assertFalse(claimTexts().contains("In his 1998 memoir, Rising Tides"), "the fronted phrase is a claim: " + claimTexts());
    assertTrue(claimTexts().contains("the great flood of the lower harbour"), "the object is no claim: " + claimTexts());
  }

  @Test
  void aParticipleWithItsAuxiliaryIsTheReport() {
    assertEquals("port authority", WrittenStory.claimHolder(X, "that the new traffic figures show the need for a higher toll"));
    assertFalse(claimTexts().contains("the need for a higher toll"), "the inner cue's object is a claim: " + claimTexts());
    assertTrue(claimTexts().contains("that the summer figures show a steady fall in passengers"), "no statement of the report: " + claimTexts());
    assertFalse(claimTexts().contains("a steady fall in passengers"), "the inner cue's object is a claim: " + claimTexts());
  }

  @Test
  void aContractedVerbAfterAPronounStartsTheStatement() {
    assertEquals("Brandt", WrittenStory.claimHolder(X, "he’s satisfied that the harbour budget was spent well"));
  }

  @Test
  void aStatementBeforeItsFrameStaysWhole() {
    assertEquals("Lindqvist", WrittenStory.claimHolder(X, "The harbour bridge was finished two years late"));
  }
}
