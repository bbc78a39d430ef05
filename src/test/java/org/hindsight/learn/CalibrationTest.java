package org.hindsight.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {

  /**
   * Raw probabilities all low, the settled ones somewhat higher: the shape of the verdict model's
   * strongest reading per check. Plain Newton steps from (1, 0) oscillated and blew up here (a and
   * b of the order of 1e4 to 1e10, so every prediction read as settled).
   */
  private static List<double[]> lowScores() {
    List<double[]> pairs = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      pairs.add(new double[] {0.015 + 0.585 * Math.pow((i + 0.5) / 60, 2), 1});
    }
    for (int i = 0; i < 44; i++) {
      pairs.add(new double[] {0.015 + 0.625 * Math.pow((i + 0.5) / 44, 3), 0});
    }
    return pairs;
  }

  @Test
  void fitConvergesWhereNewtonOscillates() {
    List<double[]> pairs = lowScores();
    Calibration c = Calibration.fit(pairs);
    assertTrue(c.a() > 0 && c.a() < 10 && Math.abs(c.b()) < 20, c.toString());
    // at the optimum of Platt's smoothed log loss the calibrated probabilities sum to the targets
    double sum = 0;
    for (double[] x : pairs) {
      sum += c.apply(x[0]);
    }
    double targets = 60 * (61.0 / 62.0) + 44 * (1.0 / 46.0);
    assertEquals(targets, sum, 0.01);
    assertTrue(c.apply(0.5) > c.apply(0.1), "calibration must keep the order of the raw scores");
  }

  @Test
  void wellBehavedDataAreFittedAsBefore() {
    List<double[]> pairs = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      double p = (i + 0.5) / 100;
      pairs.add(new double[] {p, (i * 7919) % 100 < 100 * p ? 1 : 0});
    }
    Calibration c = Calibration.fit(pairs);
    assertTrue(c.a() > 0.5 && c.a() < 2 && Math.abs(c.b()) < 1, c.toString());
  }
}
