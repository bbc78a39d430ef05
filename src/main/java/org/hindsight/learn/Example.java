package org.hindsight.learn;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One training or prediction instance: a label (null when predicting), named binary features and
 * named real-valued ones, and a group (the document it comes from) so that cross-validation never
 * puts one document's examples on both sides. Immutable.
 */
public record Example(String label, List<String> features, String group, String source) {

  public Example {
    features = List.copyOf(features);
    Objects.requireNonNull(group, "group");
  }

  /**
   * The feature context as OpenNLP takes it: a binary feature is its name; a real-valued one is
   * {@code name=value}, split here into name and value. Any {@code name=number} is real-valued, so a
   * categorical value that can be a number must not be written as one (a word that is a number, a
   * count beside binary buckets): such values stall L-BFGS ({@link MaxentTrainer} refuses the run).
   */
  public String[] context() {
    String[] c = new String[features.size()];
    for (int i = 0; i < c.length; i++) {
      String f = features.get(i);
      int eq = f.indexOf('=');
      c[i] = eq > 0 && isNumber(f.substring(eq + 1)) ? f.substring(0, eq) : f;
    }
    return c;
  }

  /** The feature values: 1 for binary features, the number after {@code =} for real-valued ones. */
  public float[] values() {
    float[] v = new float[features.size()];
    Arrays.fill(v, 1f);
    for (int i = 0; i < v.length; i++) {
      String f = features.get(i);
      int eq = f.indexOf('=');
      if (eq > 0 && isNumber(f.substring(eq + 1))) {
        v[i] = Float.parseFloat(f.substring(eq + 1));
      }
    }
    return v;
  }

  private static boolean isNumber(String s) {
    return !s.isEmpty() && s.matches("-?\\d+(\\.\\d+)?([eE]-?\\d+)?");
  }
}
