package org.hindsight.extract.prediction.learned;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hindsight.article.Article;
import org.hindsight.extract.prediction.PredictionExtractor;
import org.hindsight.learn.Example;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.SharedPipeline;
import org.junit.jupiter.api.Test;

/**
 * The prediction filter's features are binary but one count: a word next to a cue that happens to
 * be a number ("expects 1987 profit", "forecast 30,000 tonnes") must not become a real-valued
 * feature worth 1987, which stalled the training of whole cross-validation folds (every weight
 * left at 0), and numbers share one shape.
 */
class PredictionFeaturesTest {

  @Test
  void aNumberBesideACueIsAWordShapeNotAValue() {
    Article a = new Article("features-numbers", "Test", "Reuters", null, Instant.parse("1987-03-26T12:00:00Z"), null, "en",
        "Kelco said it expects 1987 earnings to rise to 300 mln dlrs. Analysts forecast 1988 sales of 4.5 billion dlrs, "
            + "and the company will probably cut 1500 jobs.", "test/features-numbers.txt");
    AnnotatedDocument doc = SharedPipeline.pipeline().annotate(a);
    List<PredictionExtractor.Candidate> candidates = SharedPipeline.extractor().predictions().candidates(doc);
    assertFalse(candidates.isEmpty());
    List<String> all = new ArrayList<>();
    for (PredictionExtractor.Candidate c : candidates) {
      Example e = new Example(null, PredictionFeatures.of(doc, c.sentence(), c.group()), "d", "s");
      float[] v = e.values();
      for (int i = 0; i < v.length; i++) {
        // binary, save the one count meant as a number (open clauses, 0-3)
        boolean open = e.features().get(i).startsWith("open" + Example.REAL);
        assertTrue(open ? v[i] >= 0 && v[i] <= 3 : v[i] == 1f, "feature " + e.features().get(i) + " has value " + v[i]);
      }
      all.addAll(e.features());
    }
    assertTrue(all.contains("next=<num>"), all.toString());
  }
}
