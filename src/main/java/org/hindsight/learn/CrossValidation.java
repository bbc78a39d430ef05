package org.hindsight.learn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import opennlp.tools.ml.model.MaxentModel;

/**
 * k-fold cross-validation by group: every example of one group (document) falls in the same fold,
 * so no fold is tested on a document it was trained on. Folds are assigned by a seeded shuffle of
 * the sorted group names, so the same data and seed give the same folds. The out-of-fold
 * probabilities are what calibration is fitted on and what the reported figures come from.
 * Stateless.
 */
public final class CrossValidation {

  /** One example and the probabilities a model trained without its fold gave it. */
  public record Scored(Example example, Map<String, Double> probabilities) {
    /** The label with the highest probability. */
    public String predicted() {
      return probabilities.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    public double probability(String label) {
      return probabilities.getOrDefault(label, 0.0);
    }
  }

  private CrossValidation() {}

  public static List<Scored> run(List<Example> examples, int folds, long seed, MaxentTrainer trainer) {
    List<String> groups = new ArrayList<>(new TreeSet<>(examples.stream().map(Example::group).toList()));
    Collections.shuffle(groups, new Random(seed));
    Map<String, Integer> fold = new LinkedHashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      fold.put(groups.get(i), i % folds);
    }
    List<Scored> out = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      final int test = f;
      List<Example> train = examples.stream().filter(e -> fold.get(e.group()) != test).toList();
      List<Example> held = examples.stream().filter(e -> fold.get(e.group()) == test).toList();
      if (held.isEmpty() || train.stream().map(Example::label).distinct().count() < 2) {
        continue;
      }
      MaxentModel m = trainer.train(train);
      for (Example e : held) {
        out.add(new Scored(e, LearnedModel.probabilities(m, e)));
      }
    }
    return out;
  }

  /** Accuracy, and precision / recall / F1 of each label, over out-of-fold predictions. */
  public static Map<String, Double> figures(List<Scored> scored) {
    Map<String, Double> f = new LinkedHashMap<>();
    int right = 0;
    TreeSet<String> labels = new TreeSet<>();
    for (Scored s : scored) {
      right += s.example().label().equals(s.predicted()) ? 1 : 0;
      labels.add(s.example().label());
    }
    f.put("accuracy", scored.isEmpty() ? 0 : round((double) right / scored.size()));
    f.put("n", (double) scored.size());
    for (String l : labels) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (Scored s : scored) {
        boolean gold = s.example().label().equals(l);
        boolean sys = l.equals(s.predicted());
        tp += gold && sys ? 1 : 0;
        fp += !gold && sys ? 1 : 0;
        fn += gold && !sys ? 1 : 0;
      }
      double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
      double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
      f.put(l + ".precision", round(p));
      f.put(l + ".recall", round(r));
      f.put(l + ".f1", round(p + r == 0 ? 0 : 2 * p * r / (p + r)));
    }
    return f;
  }

  /** (P(label), 1 when the example's label is that label) pairs, for calibration and reliability. */
  public static List<double[]> pairs(List<Scored> scored, String label) {
    List<double[]> out = new ArrayList<>();
    for (Scored s : scored) {
      out.add(new double[] {s.probability(label), s.example().label().equals(label) ? 1 : 0});
    }
    return out;
  }

  static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
