package org.hindsight.extract;

import java.time.Instant;
import org.hindsight.article.Article;
import org.hindsight.extract.prediction.PredictionExtractor;
import org.hindsight.nlp.SharedPipeline;

/** A story written for a test, extracted through the shared pipeline, and what tests ask of it. */
final class WrittenStory {

  private WrittenStory() {}

  /** The extraction of a story with this id, title, source, publication time and text. */
  static Extraction extract(String id, String title, String source, Instant published, String text) {
    return extract(id, title, source, published, text, null);
  }

  /**
   * Every prediction candidate the rules propose in the story, none filtered out by the trained
   * model: what span tests read, so that retraining the filter cannot move them.
   */
  static Extraction candidates(String id, String title, String source, Instant published, String text) {
    return extract(id, title, source, published, text, PredictionExtractor.Filter.all());
  }

  /** With {@code keep} deciding which candidates are predictions (null: the shared extractor's filter). */
  private static Extraction extract(String id, String title, String source, Instant published, String text, PredictionExtractor.Filter keep) {
    Article a = new Article(id, title, source, null, published, null, "en", text, "test/" + id + ".txt");
    return SharedPipeline.extractor().extract(SharedPipeline.pipeline().annotate(a), keep);
  }

  /** The first prediction whose text contains the key; fails naming the predictions found. */
  static Prediction predictionHolding(Extraction x, String key) {
    return x.predictions().stream()
        .filter(p -> p.text().contains(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no prediction holds '" + key + "': " + x.predictions().stream().map(Prediction::text).toList()));
  }

  /** The holder's name of the first prediction whose text contains the key. */
  static String holderOf(Extraction x, String key) {
    return predictionHolding(x, key).holder().name();
  }

  /** The texts of the story's claims, in order. */
  static java.util.List<String> claimTexts(Extraction x) {
    return x.claims().stream().map(Claim::text).toList();
  }

  /** The holder's name ("author" for the author) of the first claim whose text starts with the key; fails naming the claims found. */
  static String claimHolder(Extraction x, String key) {
    return x.claims().stream()
        .filter(c -> c.text().startsWith(key))
        .map(c -> c.holder().isAuthor() ? "author" : c.holder().name())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no claim starts with '" + key + "': " + x.claims().stream().map(Claim::text).toList()));
  }
}
