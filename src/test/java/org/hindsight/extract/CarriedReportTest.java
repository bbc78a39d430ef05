package org.hindsight.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Reported speech carried over: a forecast with no cue of its own, set between two statements of
 * the same named source (in the paragraph before it or its own, and in the paragraph after it or
 * its own), or going on a named source's paragraph, is that source's, as a reader takes it; the
 * wire's own voice otherwise. Stories
 * written for this test in the style of 1987 wire copy.
 */
class CarriedReportTest {

  private static final Extraction REPORT =
      WrittenStory.extract(
          "carried-report",
          "Grain council sees smaller wheat area",
          "Reuters",
          Instant.parse("1987-03-26T10:00:00Z"),
          "The International Grains Forum said the area sown to wheat in 1987/88 is likely to be down from last year.\n\n"
              + "Maize area in the United States is expected to be lower, while oat sowings could rise.\n\n"
              + "The forum said stocks at the end of the season would stay near 180 mln tonnes.\n\n"
              + "Shipping rates rose sharply last week.\n\n"
              + "Freight costs will probably stay high through the summer.");

  @Test
  void aForecastInsideASourcesReportIsTheSources() {
    assertEquals("International Grains Forum", WrittenStory.holderOf(REPORT, "oat sowings could rise"));
  }

  @Test
  void aForecastAfterTheReportEndsStaysTheWires() {
    assertTrue(WrittenStory.predictionHolding(REPORT, "stay high through the summer").holder().isAuthor(),
        "held by " + WrittenStory.holderOf(REPORT, "stay high through the summer"));
  }

  @Test
  void aForecastThatGoesOnASourcesParagraphIsTheSources() {
    Extraction x =
        WrittenStory.extract(
            "carried-report-paragraph",
            "Analyst sees gold demand holding",
            "Reuters",
            Instant.parse("1987-03-26T10:00:00Z"),
            "Bullion traders bought heavily in Zurich this morning.\n\n"
                + "Many buyers still prefer bars to mining shares, Hans Keller said. "
                + "Demand for mining shares may also fade if equity markets start to falter.\n\n"
                + "Silver prices will probably stay weak until the summer.");
    assertEquals("Hans Keller", WrittenStory.holderOf(x, "Demand for mining shares may also fade"));
    // the next paragraph is the wire's again
    assertTrue(WrittenStory.predictionHolding(x, "Silver prices will probably stay weak").holder().isAuthor(),
        "held by " + WrittenStory.holderOf(x, "Silver prices will probably stay weak"));
  }

  @Test
  void aCompanysReleaseHoldsItsUnattributedPlans() {
    Extraction x =
        WrittenStory.extract(
            "carried-report-release",
            "Norland Steel to sell tube unit",
            "Reuters",
            Instant.parse("1987-03-26T10:00:00Z"),
            "Norland Steel Corp said it agreed to sell its tube division to a group of investors for 120 mln dlrs.\n\n"
                + "Proceeds of the sale will be used to reduce debt.\n\n"
                + "The sale will allow Norland to concentrate on its flat products business.");
    assertEquals("Norland Steel Corp", WrittenStory.holderOf(x, "Proceeds of the sale will be used to reduce debt"));
    assertEquals("Norland Steel Corp", WrittenStory.holderOf(x, "concentrate on its flat products business"));
  }

  @Test
  void aReleaseIsNoLongerTheSourcesAfterTheWireStatesAFact() {
    Extraction x =
        WrittenStory.extract(
            "carried-report-release-fact",
            "Norland Steel to sell tube unit",
            "Reuters",
            Instant.parse("1987-03-26T10:00:00Z"),
            "Norland Steel Corp said it agreed to sell its tube division to a group of investors for 120 mln dlrs.\n\n"
                + "Norland shares rose two dlrs to 31 dlrs in active trading on the New York Stock Exchange.\n\n"
                + "Steel prices will probably stay weak through the summer.");
    assertTrue(WrittenStory.predictionHolding(x, "Steel prices will probably stay weak").holder().isAuthor(),
        "held by " + WrittenStory.holderOf(x, "Steel prices will probably stay weak"));
  }

  @Test
  void aForecastWithItsOwnSourceKeepsIt() {
    Extraction x =
        WrittenStory.extract(
            "carried-report-own",
            "Bank sees rates steady",
            "Reuters",
            Instant.parse("1987-03-26T10:00:00Z"),
            "The Bundesbank said money supply growth would slow in the second half.\n\n"
                + "Economists at Deutsche Bank said interest rates will probably stay unchanged until the summer.\n\n"
                + "The Bundesbank said it would review its target in July.");
    assertEquals("Deutsche Bank", WrittenStory.holderOf(x, "interest rates will probably stay unchanged"));
  }
}
