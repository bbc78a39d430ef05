package org.hindsight.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A reliability table: confidences binned in tenths, each bin's mean confidence against how often
 * it was right, and the expected calibration error (the bins' gaps weighted by their size).
 * Immutable.
 */
public record Reliability(List<Bin> bins, double ece, int n) {

  /** One bin: [low, high), how many, mean confidence, share right. */
  public record Bin(double low, double high, int count, double confidence, double accuracy) {}

  /** From (confidence, right ? 1 : 0) pairs. */
  public static Reliability of(List<double[]> pairs, int binsCount) {
    List<Bin> bins = new ArrayList<>();
    double ece = 0;
    for (int i = 0; i < binsCount; i++) {
      double lo = (double) i / binsCount;
      double hi = (double) (i + 1) / binsCount;
      int count = 0;
      double conf = 0;
      double right = 0;
      for (double[] x : pairs) {
        boolean in = x[0] >= lo && (x[0] < hi || (i == binsCount - 1 && x[0] <= hi));
        if (in) {
          count++;
          conf += x[0];
          right += x[1];
        }
      }
      if (count > 0) {
        bins.add(new Bin(lo, hi, count, conf / count, right / count));
        ece += (double) count / pairs.size() * Math.abs(conf / count - right / count);
      }
    }
    return new Reliability(List.copyOf(bins), pairs.isEmpty() ? 0 : ece, pairs.size());
  }

  public String format() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-11s %6s %11s %9s%n", "confidence", "n", "mean conf.", "right"));
    for (Bin b : bins) {
      sb.append(String.format(Locale.ROOT, "[%.1f, %.1f) %6d %11.3f %9.3f%n", b.low(), b.high(), b.count(), b.confidence(), b.accuracy()));
    }
    sb.append(String.format(Locale.ROOT, "expected calibration error %.3f (n = %d)%n", ece, n));
    return sb.toString();
  }
}
