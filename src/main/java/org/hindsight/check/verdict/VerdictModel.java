package org.hindsight.check.verdict;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.hindsight.check.evidence.IndexedPrediction;
import org.hindsight.learn.Calibration;
import org.hindsight.learn.Example;
import org.hindsight.learn.LearnedModel;

/**
 * The learned verdict model ({@code models/verdict.bin}, trained by {@code hindsight train verdict}
 * on labelled prediction–sentence pairs of the Reuters dev checks): for one candidate sentence, the
 * probability that it SUPPORTS, REFUTES or is UNRELATED to the prediction, from {@link
 * VerdictFeatures}; the stronger of
 * SUPPORTS and REFUTES carries a calibrated probability (Platt, fitted on held-out folds). Thread-safe.
 */
public final class VerdictModel {

  /**
   * One candidate as the model reads it: the stronger of SUPPORTS and REFUTES, the calibrated and
   * raw probabilities of that label, the raw probability of UNRELATED, and the example.
   */
  public record Reading(String label, double probability, double raw, double unrelated, Example example) {
    /** Whether the pair settles the prediction: its label is the model's most likely one. */
    public boolean settles() {
      return raw > unrelated;
    }
  }

  public static final String NAME = "verdict";

  private static volatile VerdictModel bundled;

  private final LearnedModel model;
  private final Calibration settled;
  private final Calibration goldSettled;

  public VerdictModel(LearnedModel model) {
    this.model = model;
    JsonNode c = model.manifest().path("settled_calibration");
    this.settled = c.has("a") ? new Calibration(c.path("a").asDouble(), c.path("b").asDouble()) : Calibration.identity();
    JsonNode g = model.manifest().path("gold_settled_calibration");
    this.goldSettled = g.has("a") ? new Calibration(g.path("a").asDouble(), g.path("b").asDouble()) : settled;
  }

  /**
   * The probability that one of a prediction's read sentences settles it, from the strongest raw
   * reading (calibrated on held-out folds): from 0.5 the verdict is CONFIRMED or REFUTED.
   */
  public double settled(double strongestRaw) {
    return settled.apply(strongestRaw);
  }

  /**
   * The probability that a prediction's outcome is settled at all, read or not, from the strongest
   * raw reading (calibrated on held-out folds against the gold outcomes): one minus it is the
   * confidence of EXPIRED and OPEN.
   */
  public double settledAtAll(double strongestRaw) {
    return goldSettled.apply(strongestRaw);
  }

  /** The shipped model; null when {@code models/verdict.bin} is not on the classpath. */
  public static VerdictModel bundled() {
    VerdictModel m = bundled;
    if (m == null) {
      synchronized (VerdictModel.class) {
        m = bundled;
        if (m == null) {
          if (VerdictModel.class.getResource("/models/" + NAME + ".bin") == null) {
            return null;
          }
          m = new VerdictModel(LearnedModel.bundled(NAME));
          bundled = m;
        }
      }
    }
    return m;
  }

  public LearnedModel learned() {
    return model;
  }

  /** A fingerprint of the model, for incremental checks (a new model re-examines everything). */
  public String fingerprint() {
    return NAME + ":" + model.manifest().path("trained").asText() + ":" + model.manifest().path("sha256").asText();
  }

  /** How the model reads one candidate ({@code rank}: its place among the candidates, from 1). */
  public Reading read(IndexedPrediction p, Checker.Candidate c, int rank, VerdictFeatures.Field field, CheckConfig config) {
    Example e = VerdictFeatures.example(null, p, c, rank, field, config, p.article().id());
    Map<String, Double> probs = model.probabilities(e);
    double s = probs.getOrDefault(VerdictFeatures.SUPPORTS, 0.0);
    double r = probs.getOrDefault(VerdictFeatures.REFUTES, 0.0);
    String label = s >= r ? VerdictFeatures.SUPPORTS : VerdictFeatures.REFUTES;
    double raw = Math.max(s, r);
    return new Reading(label, model.calibration().apply(raw), raw, probs.getOrDefault(VerdictFeatures.UNRELATED, 0.0), e);
  }

  /** What weighed for the reading's label, strongest first. */
  public List<LearnedModel.Weight> explain(Reading r) {
    return model.explain(r.example(), r.label());
  }
}
