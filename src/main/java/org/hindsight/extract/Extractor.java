package org.hindsight.extract;

import java.util.List;
import java.util.Set;
import org.hindsight.extract.actor.Actor;
import org.hindsight.extract.actor.ActorResolver;
import org.hindsight.extract.actor.gazetteer.Gazetteer;
import org.hindsight.extract.attribution.CarriedReports;
import org.hindsight.extract.claim.Attribution;
import org.hindsight.extract.claim.ClaimExtractor;
import org.hindsight.extract.prediction.HedgeLexicon;
import org.hindsight.extract.prediction.PredictionExtractor;
import org.hindsight.extract.prediction.learned.PredictionModel;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.PipelineConfig;

/**
 * The extract stage: actors, then predictions, then claims (what is not a prediction), each
 * with holders from {@link Attribution}. Takes an {@link AnnotatedDocument}, returns an {@link
 * Extraction}; loads its models (gazetteer, hedge lexicon) once. Thread-safe.
 */
public final class Extractor {

  private final ActorResolver actors;
  private final PredictionExtractor predictions;
  private final ClaimExtractor claims = new ClaimExtractor();

  /** The rules alone: every prediction candidate is kept. */
  public Extractor(Gazetteer gazetteer, HedgeLexicon lexicon) {
    this(gazetteer, lexicon, PredictionExtractor.Filter.all());
  }

  /** With a filter (the trained prediction model) deciding which candidates are predictions. */
  public Extractor(Gazetteer gazetteer, HedgeLexicon lexicon, PredictionExtractor.Filter filter) {
    this.actors = new ActorResolver(gazetteer);
    this.predictions = new PredictionExtractor(lexicon, filter);
  }

  /** With the gazetteer, lexicon and prediction model bundled from {@code models/}. */
  public static Extractor bundled() {
    return new Extractor(Gazetteer.bundled(), HedgeLexicon.bundled(), PredictionModel.bundled());
  }

  public PredictionExtractor predictions() {
    return predictions;
  }

  public Extraction extract(AnnotatedDocument doc) {
    return extract(doc, null);
  }

  /** With another prediction filter than the extractor's own (null: its own); training compares filters so. */
  public Extraction extract(AnnotatedDocument doc, PredictionExtractor.Filter keep) {
    List<Actor> found = actors.resolve(doc);
    Attribution attribution = new Attribution(doc, found);
    List<Prediction> p = keep == null ? predictions.extract(doc, found, attribution) : predictions.extract(doc, found, attribution, keep);
    List<Claim> c = claims.extract(doc, found, p, attribution);
    // a forecast left to the author inside a named source's report is the source's
    p = CarriedReports.apply(doc.article().text(), p, c);
    return new Extraction(doc.article(), found, c, p);
  }

  /**
   * Words that make a sentence worth parsing in the fast pipeline: the content words of hedge cues
   * and the verbs that state a prediction or belief. Sentences without one get no dependency
   * parse (their holders come from the token fallback of {@link Attribution}).
   */
  public static Set<String> parseTriggers(HedgeLexicon lexicon) {
    return lexicon.cueWords(Set.of("expect", "predict", "forecast", "anticipate", "project", "think", "believe",
        "estimate", "hope", "decide", "consider", "seek", "attempt", "plan", "contract", "agreement", "deal", "option",
        "offer", "bid", "proposal", "commitment", "goal", "target", "want", "budget", "put", "see"));
  }

  /**
   * Words that make a sentence worth running SUTime on (with a temporal word): hedge cues and
   * forward-looking words. Horizons are only needed where a prediction may be.
   */
  public static Set<String> timeTriggers(HedgeLexicon lexicon) {
    return lexicon.cueWords(
        Set.of("next", "coming", "upcoming", "tomorrow", "later", "soon", "following", "ahead", "due",
            "expect", "predict", "forecast", "plan", "schedule", "estimate", "hope", "decide", "consider", "budget",
            "target", "goal", "project", "until", "within", "expire", "meet", "vote", "resume", "deadline"));
  }

  /**
   * The fast pipeline configuration that feeds this extractor: of the sentences holding a parse
   * trigger, it parses those where the prediction extractor finds a cue in context or a future
   * date, and those with a speech verb (whose holder the parse finds).
   */
  public static PipelineConfig pipelineConfig(HedgeLexicon lexicon) {
    PredictionExtractor cues = new PredictionExtractor(lexicon);
    return PipelineConfig.fast(
        parseTriggers(lexicon),
        timeTriggers(lexicon),
        (doc, sentence) -> cues.mayHoldPrediction(doc, sentence) || Attribution.hasSpeechVerb(sentence));
  }
}
