package org.hindsight.extract.actor.coref;

import java.util.List;
import org.hindsight.extract.actor.candidate.Candidate;
import org.hindsight.extract.actor.candidate.Draft;
import org.hindsight.learn.Example;
import org.hindsight.learn.LearnedModel;

/**
 * The trained choice of the actor a description refers to ({@code models/actor-antecedent.bin},
 * built by {@code hindsight train actor-antecedent}): each actor the description fits gets P(it is
 * the one) from {@link AntecedentFeatures}; the most probable is chosen. Thread-safe (the model is
 * read-only).
 */
public final class AntecedentModel implements Antecedents.Chooser {

  public static final String NAME = "actor-antecedent";
  public static final String YES = "antecedent";
  public static final String NO = "other";

  private final LearnedModel model;

  public AntecedentModel(LearnedModel model) {
    this.model = model;
  }

  /** The model shipped in {@code models/}; fails when it is missing. */
  public static AntecedentModel bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final AntecedentModel BUNDLED = new AntecedentModel(LearnedModel.bundled(NAME));
  }

  public LearnedModel model() {
    return model;
  }

  @Override
  public Draft choose(Description d, List<Antecedents.Fit> fits, List<Candidate> linked) {
    Draft best = null;
    double top = -1;
    for (Antecedents.Fit f : fits) {
      double p = probability(AntecedentFeatures.example(d, f, fits, linked, null, "", ""));
      if (p > top) {
        top = p;
        best = f.draft();
      }
    }
    return best;
  }

  public double probability(Example e) {
    return model.calibrated(e, YES);
  }
}
