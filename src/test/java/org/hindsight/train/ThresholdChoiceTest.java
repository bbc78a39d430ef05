package org.hindsight.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** How the prediction filter's thresholds are read off the held-out F1 surface. */
class ThresholdChoiceTest {

  /** A surface whose rules' axis is {@code row} at every fallback threshold, lower by {@code drop} per fallback step past {@code best}. */
  private static double[][] surface(double[] row, int best, double drop) {
    double[][] f1 = new double[row.length][row.length];
    for (int i = 0; i < row.length; i++) {
      for (int j = 0; j < row.length; j++) {
        f1[i][j] = row[i] - drop * Math.abs(j - best);
      }
    }
    return f1;
  }

  @Test
  void aLoneSpikeLosesToTheMiddleOfAPlateau() {
    // 0.20 … 0.80: a spike at 0.65 next to a cliff, and a broad plateau at 0.40–0.50
    double[] row = {0.80, 0.82, 0.84, 0.85, 0.870, 0.871, 0.870, 0.86, 0.84, 0.875, 0.70, 0.68, 0.66};
    double[] picked = PredictionTraining.choose(surface(row, 10, 0.01));
    assertArrayEquals(new double[] {0.45, 0.70}, picked, 1e-9);
  }

  @Test
  void tiesGoToTheLowerThreshold() {
    double[] row = {0.80, 0.82, 0.84, 0.86, 0.87, 0.87, 0.87, 0.87, 0.87, 0.86, 0.80, 0.78, 0.76};
    double[] picked = PredictionTraining.choose(surface(row, 3, 0.02));
    // smoothed: 0.40 has a lower neighbour (0.86), 0.45 … 0.60 sit on the flat top; the lowest of them wins
    assertArrayEquals(new double[] {0.45, 0.35}, picked, 1e-9);
  }
}
