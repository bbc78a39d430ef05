package org.hindsight.spark;

import org.hindsight.article.Article;
import org.hindsight.extract.Extraction;
import org.hindsight.extract.Extractor;
import org.hindsight.extract.prediction.HedgeLexicon;
import org.hindsight.nlp.CoreNlpPipeline;
import org.hindsight.nlp.Pipeline;

/**
 * The annotate and extract stages of one executor JVM, built on first use and shared by its task
 * threads: CoreNLP's models take seconds and gigabytes to load and cannot be serialised into
 * tasks. The configuration is {@code hindsight extract}'s (the bundled lexicon, gazetteer and
 * prediction model). Thread-safe: the holder idiom publishes the stages once; both are
 * thread-safe.
 */
final class ExecutorStages {

  private ExecutorStages() {}

  private static final class Holder {
    static final Pipeline PIPELINE = new CoreNlpPipeline(Extractor.pipelineConfig(HedgeLexicon.bundled()));
    static final Extractor EXTRACTOR = Extractor.bundled();
  }

  /** Annotates and extracts one article (loading the models on the first call in this JVM). */
  static Extraction extract(Article a) {
    return Holder.EXTRACTOR.extract(Holder.PIPELINE.annotate(a));
  }
}
