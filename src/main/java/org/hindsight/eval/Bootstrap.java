package org.hindsight.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * How far a figure could move on another sample of the same kind: a percentile bootstrap over
 * clusters (the documents of an extraction suite, the prediction stories of an outcome gold), so
 * that items of one story, which stand or fall together, are drawn together. A figure on 120
 * stories reads 0.66 but may honestly be anything from 0.60 to 0.72; a change inside that band is
 * not shown to be a change. {@value #RESAMPLES} resamples with a fixed seed, so the same input
 * prints the same interval. Stateless.
 */
public final class Bootstrap {

  /** Resamples drawn. */
  public static final int RESAMPLES = 1000;

  /** The seed of the draws: intervals are reproducible. */
  static final long SEED = 12;

  /** The share of the resampled figures left out on each side: a 95 % interval. */
  static final double TAIL = 0.025;

  /**
   * The share of resamples that must define a figure for it to get an interval: a recall whose kind
   * most resamples leave out (a handful of REFUTED outcomes in few stories) would be bounded by the
   * few draws that hold them.
   */
  static final double DEFINED = 0.9;

  private Bootstrap() {}

  /** A 95 % interval [lo, hi]. Immutable. */
  public record Interval(double lo, double hi) {
    public String format() {
      return String.format(Locale.ROOT, "%.3f-%.3f", lo, hi);
    }
  }

  /**
   * The 95 % interval of each named figure, all from the same {@value #RESAMPLES} resamples of the
   * clusters (drawn with replacement, as many as there are). {@code figures} computes the figures of
   * one resample; a figure it leaves out or gives as NaN in a resample is skipped there (a recall
   * with no item of its kind drawn), and gets no interval when fewer than {@link #DEFINED} of the
   * resamples define it. Empty when there are fewer than two clusters. With few clusters (under
   * about twenty) a percentile interval is too narrow: callers say how many there were.
   */
  public static <T> Map<String, Interval> intervals(List<T> clusters, Function<List<T>, Map<String, Double>> figures, Collection<String> names) {
    Map<String, Interval> out = new LinkedHashMap<>();
    int n = clusters.size();
    if (n < 2 || names.isEmpty()) {
      return out;
    }
    Map<String, double[]> drawn = new LinkedHashMap<>();
    Map<String, Integer> count = new LinkedHashMap<>();
    for (String name : names) {
      drawn.put(name, new double[RESAMPLES]);
      count.put(name, 0);
    }
    Random random = new Random(SEED);
    List<T> sample = new ArrayList<>(n);
    for (int b = 0; b < RESAMPLES; b++) {
      sample.clear();
      for (int i = 0; i < n; i++) {
        sample.add(clusters.get(random.nextInt(n)));
      }
      Map<String, Double> f = figures.apply(sample);
      for (String name : names) {
        Double v = f.get(name);
        if (v != null && !v.isNaN()) {
          int c = count.get(name);
          drawn.get(name)[c] = v;
          count.put(name, c + 1);
        }
      }
    }
    for (String name : names) {
      int c = count.get(name);
      if (c >= DEFINED * RESAMPLES) {
        double[] v = Arrays.copyOf(drawn.get(name), c);
        Arrays.sort(v);
        out.put(name, new Interval(quantile(v, TAIL), quantile(v, 1 - TAIL)));
      }
    }
    return out;
  }

  /**
   * {@link #intervals(List, Function, Collection)} over items drawn by cluster: the items that share
   * a {@code cluster} key (the outcomes of one story) are resampled together, and {@code figures}
   * reads the items of each resample, in the order drawn.
   */
  public static <T> Map<String, Interval> intervals(
      List<T> items, Function<T, String> cluster, Function<List<T>, Map<String, Double>> figures, Collection<String> names) {
    Map<String, List<T>> byKey = new LinkedHashMap<>();
    for (T item : items) {
      byKey.computeIfAbsent(cluster.apply(item), k -> new ArrayList<>()).add(item);
    }
    return intervals(new ArrayList<>(byKey.values()), sample -> {
      List<T> drawn = new ArrayList<>();
      sample.forEach(drawn::addAll);
      return figures.apply(drawn);
    }, names);
  }

  /** The q-quantile of sorted values, interpolating linearly between order statistics (R's type 7). */
  static double quantile(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
