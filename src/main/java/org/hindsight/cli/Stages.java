package org.hindsight.cli;

import java.time.Instant;
import org.hindsight.article.Article;
import org.hindsight.extract.Extractor;
import org.hindsight.extract.actor.gazetteer.Gazetteer;
import org.hindsight.extract.prediction.HedgeLexicon;
import org.hindsight.extract.prediction.learned.PredictionModel;
import org.hindsight.nlp.CoreNlpPipeline;
import org.hindsight.nlp.Pipeline;
import org.hindsight.nlp.PipelineConfig;

/**
 * Assembles the stages once per process: the fast CoreNLP pipeline (parsing only sentences with an
 * attribution or hedge word) and the extractor with the bundled models, warmed up on a short text
 * (CoreNLP initialises parts of itself on the first document, which would otherwise count against
 * that article's time budget). Thread-safe after construction.
 */
final class Stages {

  final HedgeLexicon lexicon = HedgeLexicon.bundled();
  final Gazetteer gazetteer = Gazetteer.bundled();
  final Extractor extractor;
  final Pipeline pipeline;

  /** The full profile or the fast one with these limits (see {@link PipelineConfig}); with the trained prediction filter. */
  Stages(boolean full, int maxSentenceTokens, int maxArticleTokens) {
    this(full, maxSentenceTokens, maxArticleTokens, false);
  }

  /** {@code rulesOnly}: every prediction candidate the rules propose, without the trained filter. */
  Stages(boolean full, int maxSentenceTokens, int maxArticleTokens, boolean rulesOnly) {
    extractor = rulesOnly ? new Extractor(gazetteer, lexicon) : new Extractor(gazetteer, lexicon, PredictionModel.bundled());
    PipelineConfig config = full ? PipelineConfig.full() : Extractor.pipelineConfig(lexicon);
    pipeline = new CoreNlpPipeline(config.withLimits(maxSentenceTokens, maxArticleTokens));
    extractor.extract(pipeline.annotate(WARM_UP));
  }

  private static final Article WARM_UP =
      new Article(
          "warm-up", "Warm-up", null, null, Instant.parse("2025-01-01T00:00:00Z"), null, "en",
          "The minister said on Monday that the bank will probably cut rates next month.", "warm-up");
}
