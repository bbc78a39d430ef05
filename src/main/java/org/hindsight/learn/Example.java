package org.hindsight.learn;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One training or prediction instance: a label (null when predicting), named binary features and
 * named real-valued ones (made by {@link #real}), and a group (the document it comes from) so that
 * cross-validation never puts one document's examples on both sides. Immutable.
 */
public record Example(String label, List<String> features, String group, String source) {

  public Example {
    features = List.copyOf(features);
    Objects.requireNonNull(group, "group");
  }

  /** What joins a real-valued feature's name to its value: {@code score:=0.4231}. */
  public static final String REAL = ":=";

  /**
   * A real-valued feature, {@code name:=value}. Every other feature is binary, whatever it looks
   * like: {@code next=1987}, {@code cues=3} and {@code rank=1} are names, present or absent. (Until
   * 2026-12-06 any {@code name=number} was read as a value; a categorical value that happened to be a
   * number then became a weight of 1987 on a few examples, or a count of 0 that switched its feature
   * off, and such values stalled L-BFGS.)
   */
  public static String real(String name, double value) {
    double x = Double.isFinite(value) ? value : 0;
    return name + REAL + String.format(Locale.ROOT, "%.4f", x);
  }

  /** The feature context as OpenNLP takes it: a binary feature is its name, a real-valued one its name before {@code :=}. */
  public String[] context() {
    String[] c = new String[features.size()];
    for (int i = 0; i < c.length; i++) {
      String f = features.get(i);
      int at = realAt(f);
      c[i] = at > 0 ? f.substring(0, at) : f;
    }
    return c;
  }

  /** The feature values: 1 for binary features, the number after {@code :=} for real-valued ones. */
  public float[] values() {
    float[] v = new float[features.size()];
    Arrays.fill(v, 1f);
    for (int i = 0; i < v.length; i++) {
      String f = features.get(i);
      int at = realAt(f);
      if (at > 0) {
        v[i] = Float.parseFloat(f.substring(at + REAL.length()));
      }
    }
    return v;
  }

  /** Where {@code :=} starts in a real-valued feature, or -1 for a binary one. */
  private static int realAt(String f) {
    int at = f.lastIndexOf(REAL);
    return at > 0 && isNumber(f.substring(at + REAL.length())) ? at : -1;
  }

  private static boolean isNumber(String s) {
    return !s.isEmpty() && s.matches("-?\\d+(\\.\\d+)?([eE]-?\\d+)?");
  }
}
