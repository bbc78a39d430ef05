package org.hindsight.check.evidence;

import java.util.List;

/**
 * Turns sentences into unit-length vectors whose dot product measures closeness in meaning. How
 * to add one: implement {@link #embed}, return vectors of {@link #dimension()} floats normalised
 * to length 1, and make it safe to call from several threads.
 */
public interface Embedder {

  /** One vector per text, in order. */
  List<float[]> embed(List<String> texts);

  int dimension();

  /** Cosine similarity of two unit vectors. */
  static double cosine(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
