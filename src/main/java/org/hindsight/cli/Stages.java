package org.hindsight.cli;

import org.hindsight.extract.Extractor;
import org.hindsight.extract.actor.gazetteer.Gazetteer;
import org.hindsight.extract.prediction.HedgeLexicon;
import org.hindsight.extract.prediction.learned.PredictionModel;
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
  final Extractor extractor;
  final Pipeline pipeline;

  Stages(boolean full) {
    this(full, false);
  }

  /** {@code rulesOnly}: every prediction candidate the rules propose, without the trained filter. */
  Stages(boolean full, boolean rulesOnly) {
    extractor = rulesOnly ? new Extractor(gazetteer, lexicon) : new Extractor(gazetteer, lexicon, PredictionModel.bundled());
    pipeline =
        new CoreNlpPipeline(
            full ? PipelineConfig.full() : Extractor.pipelineConfig(lexicon));
  }
}
