package org.hindsight.extract;

import java.time.Instant;
import org.hindsight.article.Article;
import org.hindsight.nlp.SharedPipeline;

/** Extraction of a short text written for a test, through the shared pipeline. */
final class WrittenPredictions {

  private WrittenPredictions() {}

  /** The prediction holding {@code key} in {@code text} published at {@code published}; fails naming what was found. */
  static Prediction holding(Instant published, String text, String key) {
    Article a = new Article("written-" + (text + key).hashCode(), "Written", "Test Wire", null, published, null, "en", text, "test/written.txt");
    Extraction x = SharedPipeline.extractor().extract(SharedPipeline.pipeline().annotate(a));
    return x.predictions().stream()
        .filter(p -> p.text().contains(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no prediction holds '" + key + "': " + x.predictions().stream().map(Prediction::text).toList()));
  }
}
