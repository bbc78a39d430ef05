package org.hindsight.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.hindsight.article.Article;
import org.hindsight.nlp.SharedPipeline;
import org.junit.jupiter.api.Test;

/**
 * A negated modal before a verb of telling or finding out reports a refusal or an inability, not a
 * forecast: "would not comment further", "could not say exactly what …", "would not disclose the
 * recommendation" (Reuters dev stories had these as false predictions; the outcome guide lists them
 * as hard negatives). A negated modal before any other verb stays a forecast ("would not cut").
 */
class RefusalTest {

  private static final Instant PUBLISHED = Instant.parse("1987-03-25T12:00:00Z");

  private static Extraction extract(String text) {
    Article a = new Article("written-refusal", "Written", "Test Wire", null, PUBLISHED, null, "en", text, "test/written.txt");
    return SharedPipeline.extractor().extract(SharedPipeline.pipeline().annotate(a));
  }

  @Test
  void aRefusalOrAnInabilityReportedIsNoPrediction() {
    Extraction x = extract("A spokesman for the refiner would not comment further on the closure of the plant."
        + " The deputy governor said he could not say exactly what level of the currency would be acceptable."
        + " Officials would not disclose the panel's findings.");
    assertFalse(x.predictions().stream().anyMatch(p -> p.text().contains("would not comment")), () -> x.predictions().toString());
    assertFalse(x.predictions().stream().anyMatch(p -> p.text().contains("could not say")), () -> x.predictions().toString());
    assertFalse(x.predictions().stream().anyMatch(p -> p.text().contains("would not disclose")), () -> x.predictions().toString());
  }

  @Test
  void aNegatedForecastOfAnotherVerbStays() {
    Extraction x = extract("The central bank would not cut its discount rate before the summer, the minister said.");
    assertTrue(x.predictions().stream().anyMatch(p -> p.text().contains("would not cut its discount rate")), () -> x.predictions().toString());
  }
}
