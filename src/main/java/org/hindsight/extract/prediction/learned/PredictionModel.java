package org.hindsight.extract.prediction.learned;

import java.util.List;
import java.util.Set;
import org.hindsight.extract.prediction.PredictionExtractor;
import org.hindsight.learn.Example;
import org.hindsight.learn.LearnedModel;
import org.hindsight.nlp.AnnotatedDocument;

/**
 * The trained model that decides which candidate clauses are predictions ({@code
 * models/prediction-filter.bin}, built by {@code hindsight train prediction} from real annotated
 * news: see {@code models/README.md}). Keeps a candidate when its calibrated probability of being a
 * prediction reaches the threshold stored in the manifest (chosen on held-out folds; one for the
 * rules' candidates, one for the fallbacks). Thread-safe.
 */
public final class PredictionModel implements PredictionExtractor.Filter {

  public static final String NAME = "prediction-filter";
  public static final String YES = "prediction";
  public static final String NO = "not";

  private final LearnedModel model;
  private final double threshold;
  private final double fallbackThreshold;

  public PredictionModel(LearnedModel model) {
    this.model = model;
    this.threshold = model.manifest().path("threshold").asDouble(0.5);
    this.fallbackThreshold = model.manifest().path("fallback_threshold").asDouble(threshold);
  }

  /** The model shipped in {@code models/}. */
  public static PredictionModel bundled() {
    return new PredictionModel(LearnedModel.bundled(NAME));
  }

  /** The threshold a candidate must reach: the rules' candidates and the fallbacks each have theirs. */
  public double threshold(PredictionExtractor.Candidate c) {
    return isFallback(c) ? fallbackThreshold : threshold;
  }

  /** A fallback candidate: a cue word's clause the rules did not turn into a prediction. */
  public static boolean isFallback(PredictionExtractor.Candidate c) {
    return c.group().hits.stream().anyMatch(h -> h.entry().kind().equals("FALLBACK"));
  }

  /** The calibrated probability that a candidate is a prediction. */
  public double probability(AnnotatedDocument doc, PredictionExtractor.Candidate c) {
    return model.calibrated(example(doc, c), YES);
  }

  @Override
  public boolean keep(AnnotatedDocument doc, PredictionExtractor.Candidate c) {
    return anticipated(c) || probability(doc, c) >= threshold(c);
  }

  /** Frames that present the noun after them as still to come: "ahead of Trump's possible introduction of sanctions". */
  private static final Set<String> ANTICIPATION = Set.of("ahead of", "pending", "in anticipation of", "in advance of");

  /**
   * A hedged event noun in an anticipation frame is a prediction by what the words say: the frame
   * puts the event later, the cue hedges it. Too rare in the training data for the model to learn
   * (it gave the seed's "possible introduction of new sanctions" 0.40), so the rules keep it.
   */
  static boolean anticipated(PredictionExtractor.Candidate c) {
    var t = c.sentence().tokens();
    var g = c.group();
    if (isFallback(c) || !t.get(g.head).isNoun() && !t.get(g.head).pos().startsWith("JJ")) {
      return false;
    }
    // up to three words right before the candidate's noun phrase, or opening it
    for (int n = 1; n <= 3; n++) {
      if (g.from - n >= 0 && ANTICIPATION.contains(words(t, g.from - n, g.from))
          || g.from + n < g.to && ANTICIPATION.contains(words(t, g.from, g.from + n))) {
        return true;
      }
    }
    return false;
  }

  private static String words(List<org.hindsight.nlp.Token> t, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      b.append(k > from ? " " : "").append(t.get(k).lower());
    }
    return b.toString();
  }

  /** What weighed for and against a candidate, strongest first. */
  public List<LearnedModel.Weight> explain(AnnotatedDocument doc, PredictionExtractor.Candidate c) {
    return model.explain(example(doc, c), YES);
  }

  static Example example(AnnotatedDocument doc, PredictionExtractor.Candidate c) {
    return new Example(null, PredictionFeatures.of(doc, c.sentence(), c.group()), doc.article().id(), "extract");
  }
}
