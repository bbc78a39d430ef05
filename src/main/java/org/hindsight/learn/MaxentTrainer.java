package org.hindsight.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains an L2-regularised maximum-entropy model (OpenNLP's MAXENT_QN, L-BFGS, one thread) on
 * examples. Examples are sorted by a canonical key first, so the model depends on the data and
 * the parameters only, never on the order they were gathered in: the same data gives the same
 * model file, byte for byte. A run that stalls (L-BFGS can stop at its start, every weight 0, and
 * OpenNLP says nothing) is refused: {@link #train} throws when the model fits its own examples no
 * better than the label frequencies alone. Immutable; thread-safe.
 */
public final class MaxentTrainer {

  /** Training parameters: iterations, L2 cost, and the count below which a feature is dropped. */
  public record Params(int iterations, double l2, int cutoff) {
    public static Params defaults() {
      return new Params(300, 1.0, 1);
    }
  }

  private final Params params;

  public MaxentTrainer(Params params) {
    this.params = params;
  }

  public Params params() {
    return params;
  }

  public MaxentModel train(List<Example> examples) {
    List<Example> sorted = new ArrayList<>(examples);
    sorted.sort(Comparator.comparing(MaxentTrainer::key));
    List<Event> events = new ArrayList<>();
    for (Example e : sorted) {
      events.add(new Event(e.label(), e.context(), e.values()));
    }
    MaxentModel m = trainOnce(events);
    Fit fit = Fit.of(m, events);
    if (fit.prior() > 0 && fit.loss() >= fit.prior()) {
      // L-BFGS stopped where it started (every weight 0) or about there: a model that fits its own
      // examples no better than the label frequencies is a failed run, not a model
      throw new IllegalStateException(String.format(Locale.ROOT,
          "maxent training stalled: log-loss %.4f on its %d examples, %.4f for the label frequencies alone "
              + "(a real-valued feature, Example.real, on a scale far from the others' can stall L-BFGS)",
          fit.loss(), events.size(), fit.prior()));
    }
    return m;
  }

  /** The mean log-loss of a model on its training events, and that of their label frequencies alone. */
  private record Fit(double loss, double prior) {
    static Fit of(MaxentModel m, List<Event> events) {
      if (events.isEmpty()) {
        return new Fit(0, 0);
      }
      Map<String, Integer> counts = new HashMap<>();
      events.forEach(e -> counts.merge(e.getOutcome(), 1, Integer::sum));
      double loss = 0;
      double prior = 0;
      for (Event e : events) {
        double[] p = m.eval(e.getContext(), e.getValues());
        loss -= Math.log(Math.max(1e-12, p[m.getIndex(e.getOutcome())]));
        prior -= Math.log((double) counts.get(e.getOutcome()) / events.size());
      }
      return new Fit(loss / events.size(), prior / events.size());
    }
  }

  private MaxentModel trainOnce(List<Event> events) {
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
    p.put(TrainingParameters.ITERATIONS_PARAM, params.iterations());
    p.put(TrainingParameters.CUTOFF_PARAM, params.cutoff());
    p.put(QNTrainer.L2COST_PARAM, params.l2());
    p.put(QNTrainer.L1COST_PARAM, 0.0);
    p.put(QNTrainer.THREADS_PARAM, 1);
    p.put("DataIndexer", "OnePassRealValue");
    p.put("PrintMessages", false);
    EventTrainer trainer = TrainerFactory.getEventTrainer(p, new HashMap<>());
    try {
      return trainer.train(ObjectStreamUtils.createObjectStream(events));
    } catch (IOException e) {
      throw new UncheckedIOException("training failed", e);
    }
  }

  private static String key(Example e) {
    return e.label() + "\u0001" + e.group() + "\u0001" + String.join("\u0002", e.features());
  }
}
