package org.hindsight.learn;

import java.util.List;

/**
 * Platt scaling: maps a raw model probability p to {@code 1 / (1 + exp(-(a·logit(p) + b)))},
 * with a and b fitted by Newton's method (with a backtracking line search) on held-out
 * (out-of-fold) probabilities and their true outcomes, so that a calibrated 0.8 is right about four
 * times in five. {@code identity()} leaves p as it is. Immutable.
 */
public record Calibration(double a, double b) {

  public static Calibration identity() {
    return new Calibration(1, 0);
  }

  public double apply(double p) {
    return sigmoid(a * logit(p) + b);
  }

  /** Fits a and b to (probability, outcome) pairs; Platt's smoothed targets avoid overconfidence on small data. */
  public static Calibration fit(List<double[]> pairs) {
    int pos = 0;
    for (double[] x : pairs) {
      pos += x[1] > 0.5 ? 1 : 0;
    }
    int neg = pairs.size() - pos;
    if (pos == 0 || neg == 0) {
      return identity();
    }
    double hi = (pos + 1.0) / (pos + 2.0);
    double lo = 1.0 / (neg + 2.0);
    double a = 1;
    double b = 0;
    double loss = loss(pairs, a, b, hi, lo);
    for (int iter = 0; iter < 100; iter++) {
      double ga = 0;
      double gb = 0;
      double haa = 1e-9;
      double hab = 0;
      double hbb = 1e-9;
      for (double[] x : pairs) {
        double f = logit(x[0]);
        double t = x[1] > 0.5 ? hi : lo;
        double p = sigmoid(a * f + b);
        double d = p - t;
        double w = p * (1 - p);
        ga += d * f;
        gb += d;
        haa += w * f * f;
        hab += w * f;
        hbb += w;
      }
      double det = haa * hbb - hab * hab;
      if (Math.abs(det) < 1e-12) {
        break;
      }
      double da = (hbb * ga - hab * gb) / det;
      double db = (haa * gb - hab * ga) / det;
      // a full Newton step when it lowers the loss (as it does near the optimum); else halve it
      // until it does (Armijo), since plain Newton steps can oscillate and blow up on scores that
      // sit far from where the start (a = 1, b = 0) puts them
      double step = 1;
      double slope = ga * da + gb * db;
      double next = loss(pairs, a - da, b - db, hi, lo);
      while (next > loss - 1e-4 * step * slope && step > 1e-10) {
        step /= 2;
        next = loss(pairs, a - step * da, b - step * db, hi, lo);
      }
      if (step <= 1e-10) {
        break;
      }
      a -= step * da;
      b -= step * db;
      loss = next;
      if (step * (Math.abs(da) + Math.abs(db)) < 1e-9) {
        break;
      }
    }
    return new Calibration(a, b);
  }

  /** Platt's log loss against the smoothed targets, computed without overflow. */
  private static double loss(List<double[]> pairs, double a, double b, double hi, double lo) {
    double sum = 0;
    for (double[] x : pairs) {
      double z = a * logit(x[0]) + b;
      double t = x[1] > 0.5 ? hi : lo;
      // -(t log p + (1 - t) log(1 - p)) with p = sigmoid(z), = log(1 + e^z) - t z
      sum += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - t * z;
    }
    return sum;
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  static double logit(double p) {
    double q = Math.min(1 - 1e-6, Math.max(1e-6, p));
    return Math.log(q / (1 - q));
  }
}
