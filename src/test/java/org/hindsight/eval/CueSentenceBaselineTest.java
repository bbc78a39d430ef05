package org.hindsight.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.hindsight.extract.Extraction;
import org.hindsight.extract.ExtractionJson;
import org.hindsight.extract.Prediction;
import org.hindsight.extract.prediction.HedgeLexicon;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.SharedPipeline;
import org.junit.jupiter.api.Test;

/** The cue-sentence baseline of {@code eval --baseline}: whole sentences, author-held, and beaten on the seed. */
class CueSentenceBaselineTest {

  @Test
  void everyCueSentenceIsOneAuthorPredictionAndTheExtractorBeatsIt() throws IOException {
    AnnotatedDocument d = SharedPipeline.pipeline().annotate(SharedPipeline.seed());
    Extraction naive = new CueSentenceBaseline(HedgeLexicon.bundled()).extract(d);
    String text = d.article().text();
    assertTrue(naive.predictions().stream().anyMatch(p -> p.text().contains("Putin might make limited concessions")));
    for (Prediction p : naive.predictions()) {
      assertTrue(p.holder().isAuthor() && p.horizon() == null && p.actors().isEmpty(), p.text());
      assertTrue(d.sentences().stream().anyMatch(s -> s.span().of(text).equals(p.text())), "a whole sentence: " + p.text());
    }
    JsonNode gold = ExtractionJson.MAPPER.readTree(
        SharedPipeline.repo().resolve("corpus/gold/000_42324508f161359d.gold.json").toFile());
    GoldScorer ours = new GoldScorer();
    ours.score(gold, ExtractionJson.toJson(SharedPipeline.extractor().extract(d)));
    GoldScorer base = new GoldScorer();
    base.score(gold, ExtractionJson.toJson(naive));
    double f1 = ours.figures().get("predictions.f1");
    double baseF1 = base.figures().get("predictions.f1");
    assertTrue(f1 > baseF1, "extractor " + f1 + " vs baseline " + baseF1);
    assertTrue(ours.figures().get("predictions.precision") > base.figures().get("predictions.precision"));
  }

  /** eval --baseline scores the baseline for gold files too (it once scored the extractor there, silently). */
  @Test
  void evalScoresTheBaselineWhenAsked() {
    AnnotatedDocument d = SharedPipeline.pipeline().annotate(SharedPipeline.seed());
    Extraction asked = CueSentenceBaseline.orExtractor(true, SharedPipeline.extractor(), HedgeLexicon.bundled()).apply(d);
    Extraction naive = new CueSentenceBaseline(HedgeLexicon.bundled()).extract(d);
    assertEquals(naive.predictions().stream().map(Prediction::text).toList(), asked.predictions().stream().map(Prediction::text).toList());
    Extraction ours = CueSentenceBaseline.orExtractor(false, SharedPipeline.extractor(), HedgeLexicon.bundled()).apply(d);
    assertEquals(SharedPipeline.extractor().extract(d).predictions().size(), ours.predictions().size());
    assertTrue(!ours.actors().isEmpty() && asked.actors().isEmpty());
  }
}
