package org.hindsight.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.hindsight.article.Article;
import org.hindsight.nlp.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A forecast its source denies or doubts is the event at "We doubt", NEGATIVE, with the denying
 * words in its span: Reuters dev had "they have seen no sign that a date will be set …" and "he
 * expressed skepticism that this will … lead to …" read as certain. Sentences written for the test.
 */
class DeniedForecastTest {

  private static final Instant PUBLISHED = Instant.parse("1987-03-27T12:00:00Z");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Dealers said they have seen no sign that a date will be set for the next council meeting.|no sign that a date will be set",
        "He expressed skepticism that the merger will lead to more buyouts in the industry.|skepticism that the merger will lead",
        "Analysts ruled out the possibility that the bank would cut rates next week.|ruled out the possibility that the bank would cut",
        "Officials denied that the government would devalue the currency before the election.|denied that the government would devalue"
      })
  void aDeniedForecastIsUnlikelyAndNegative(String text, String key) {
    Prediction p = WrittenPredictions.holding(PUBLISHED, text, key);
    assertEquals(Polarity.NEGATIVE, p.polarity(), p::toString);
    assertEquals(0.25, p.probability(), 1e-9, p::toString);
  }

  /**
   * Its source is the subject of the denying clause the span keeps, whether the doubt is a verb or
   * a noun the verb carries ("expressed doubts that …"): Reuters dev left both to the author.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Agriculture Secretary Richard Lyng today publicly expressed doubts that the government would meet the deficit targets.|doubts that the government would meet|Richard Lyng",
        "Analyst Sanford Margoshes praised the bid. But he expressed skepticism that this will lead to more buyouts.|skepticism that this will lead|Sanford Margoshes",
        "Finance Minister Gerhard Stoltenberg doubted the dollar would fall much further this year.|doubted the dollar would fall|Gerhard Stoltenberg"
      })
  void theDenyingSubjectHoldsIt(String text, String key, String holder) {
    Prediction p = WrittenPredictions.holding(PUBLISHED, text, key);
    assertEquals(holder, p.holder().name(), p::toString);
  }

  @Test
  void aQuestionOrAFactUnderTheDenialIsNotDenied() {
    Article a = new Article("written-hint", "Written", "Test Wire", null, PUBLISHED, null, "en",
        "The governor gave no hint of when the bank might cut rates again.", "test/written.txt");
    Extraction x = SharedPipeline.extractor().extract(SharedPipeline.pipeline().annotate(a));
    assertTrue(x.predictions().stream().noneMatch(p -> p.polarity() == Polarity.NEGATIVE), () -> x.predictions().toString());
  }
}
