package org.hindsight.cli;

import org.hindsight.extract.Extractor;
import org.hindsight.extract.actor.Gazetteer;
import org.hindsight.extract.prediction.HedgeLexicon;
import org.hindsight.nlp.CoreNlpPipeline;
import org.hindsight.nlp.Pipeline;
import org.hindsight.nlp.PipelineConfig;

/**
 * Assembles the stages once per process: the fast CoreNLP pipeline (parsing only sentences with an
 * attribution or hedge word) and the extractor with the bundled models. Thread-safe after
 * construction.
 */
final class Stages {

  final HedgeLexicon lexicon = HedgeLexicon.bundled();
  final Gazetteer gazetteer = Gazetteer.bundled();
  final Extractor extractor = new Extractor(gazetteer, lexicon);
  final Pipeline pipeline;

  /** The full profile or the fast one with these limits (see {@link PipelineConfig}). */
  Stages(boolean full, int maxSentenceTokens, int maxArticleTokens) {
    PipelineConfig config = full ? PipelineConfig.full() : Extractor.pipelineConfig(lexicon);
    pipeline = new CoreNlpPipeline(config.withLimits(maxSentenceTokens, maxArticleTokens));
  }
}
