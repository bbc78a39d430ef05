package org.hindsight.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hindsight.extract.actor.Actor;
import org.hindsight.extract.actor.ActorResolver;
import org.hindsight.extract.actor.gazetteer.Gazetteer;
import org.hindsight.extract.attribution.CarriedReports;
import org.hindsight.extract.attribution.OwnFrames;
import org.hindsight.extract.claim.Attribution;
import org.hindsight.extract.claim.ClaimExtractor;
import org.hindsight.extract.prediction.HedgeLexicon;
import org.hindsight.extract.prediction.PredictionExtractor;
import org.hindsight.extract.prediction.cue.CueContext;
import org.hindsight.extract.prediction.learned.PredictionModel;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.PipelineConfig;
import org.hindsight.nlp.Sentence;

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
    // a forecast that opens with its own speaker and report verb is the speaker's
    p = OwnFrames.apply(doc, found, p, attribution.cues());
    // a forecast left to the author inside a named source's report is the source's
    p = CarriedReports.apply(doc.article().text(), p, c);
    return new Extraction(doc.article(), found, c, p);
  }

  /**
   * Words that make a sentence worth parsing in the fast pipeline: the content words of hedge cues,
   * the verbs that state a prediction or belief, the verbs that schedule and the words of a date
   * ahead (with a future date: "a meeting has been arranged for April 21", "to be effective April
   * 1"). Sentences without one get no dependency parse (their holders come from the token fallback
   * of {@link Attribution}).
   */
  public static Set<String> parseTriggers(HedgeLexicon lexicon) {
    return with(with(cueTriggers(lexicon), SCHEDULE_WORDS), DATE_WORDS);
  }

  /**
   * Words of a date that may lie ahead: day and month names, "tomorrow", "next" … They select a
   * sentence for the parse only when SUTime found a date after publication in it, and SUTime runs
   * on the time triggers' sentences alone: as parse triggers they add no SUTime work.
   */
  static final Set<String> DATE_WORDS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "tomorrow", "tonight", "next", "coming", "upcoming", "soon", "effective");

  /**
   * The parse triggers without the scheduling verbs and date words: hedge cue words and the verbs of
   * prediction and belief.
   */
  private static Set<String> cueTriggers(HedgeLexicon lexicon) {
    return lexicon.cueWords(Set.of("expect", "predict", "forecast", "anticipate", "project", "think", "believe",
        "estimate", "hope", "decide", "consider", "seek", "attempt", "plan", "contract", "agreement", "deal", "option",
        "offer", "bid", "proposal", "commitment", "goal", "target", "want", "budget", "put", "see"));
  }

  /**
   * Words that make a sentence worth running SUTime on (with a temporal word): hedge cues and
   * forward-looking words. Horizons are only needed where a prediction may be.
   */
  public static Set<String> timeTriggers(HedgeLexicon lexicon) {
    return with(lexicon.cueWords(
        Set.of("next", "coming", "upcoming", "tomorrow", "later", "soon", "following", "ahead", "due",
            "expect", "predict", "forecast", "plan", "schedule", "estimate", "hope", "decide", "consider", "budget",
            "target", "goal", "project", "until", "within", "expire", "meet", "vote", "resume", "deadline", "effective")),
        SCHEDULE_WORDS);
  }

  /**
   * Verbs that fix when an event happens, and "hold" ("an event to be held on October 12"): with a
   * date after publication they state a scheduled event. Day and month names as triggers found the
   * same Reuters dev schedules and ran SUTime on 39 % more sentences (bench, 200 stories).
   */
  static final Set<String> SCHEDULE_WORDS = with(CueContext.SCHEDULING_VERBS, Set.of("hold"));

  private static Set<String> with(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  /**
   * The fast pipeline configuration that feeds this extractor: of the sentences holding a parse
   * trigger, it parses those where the prediction extractor finds a cue in context or a future
   * date, and those with a speech verb (whose holder the parse finds).
   */
  public static PipelineConfig pipelineConfig(HedgeLexicon lexicon) {
    PredictionExtractor cues = new PredictionExtractor(lexicon);
    Set<String> cueWords = cueTriggers(lexicon);
    // a scheduling verb or a date word selects a sentence only with a cue or a future date in it: with
    // a speech verb alone ("exports rose in February, the ministry said") it keeps the token
    // fallback's holder
    return PipelineConfig.fast(
        parseTriggers(lexicon),
        timeTriggers(lexicon),
        (doc, sentence) -> cues.mayHoldPrediction(doc, sentence) || (Attribution.hasSpeechVerb(sentence) && holds(sentence, cueWords)));
  }

  private static boolean holds(Sentence s, Set<String> words) {
    return s.tokens().stream().anyMatch(t -> words.contains(t.lowerLemma()) || words.contains(t.lower()));
  }
}
