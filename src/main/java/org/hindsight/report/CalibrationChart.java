package org.hindsight.report;

import java.util.List;
import java.util.Locale;
import org.hindsight.score.Scorecard;

/**
 * A calibration chart as a standalone SVG document, written by hand: predicted probability on the
 * x axis, observed frequency on the y axis, both 0–1 with gridlines every 0.1, the diagonal of
 * perfect calibration, and one point per probability band, its area proportional to the number
 * of resolved predictions in it, labelled with the band and count. Stateless and thread-safe.
 */
public final class CalibrationChart {

  static final int WIDTH = 560;
  static final int HEIGHT = 560;
  static final int MARGIN = 70;
  static final double MAX_RADIUS = 22;
  static final double MIN_RADIUS = 4;

  private CalibrationChart() {}

  /** The SVG of the bands' calibration; {@code title} names what is charted. */
  public static String svg(String title, List<Scorecard.Band> bands, Double brier) {
    int plot = WIDTH - 2 * MARGIN;
    StringBuilder b = new StringBuilder(4096);
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n",
        WIDTH, HEIGHT, WIDTH, HEIGHT));
    b.append("  <title>").append(escape(title)).append("</title>\n");
    b.append("  <rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" fill=\"white\"/>\n");
    // grid and ticks
    b.append("  <g stroke=\"#e0e0e0\" stroke-width=\"1\">\n");
    for (int i = 0; i <= 10; i++) {
      double v = i / 10.0;
      b.append(String.format(Locale.ROOT, "    <line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>%n", x(v), y(0), x(v), y(1)));
      b.append(String.format(Locale.ROOT, "    <line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>%n", x(0), y(v), x(1), y(v)));
    }
    b.append("  </g>\n");
    b.append("  <g fill=\"#444\" text-anchor=\"middle\">\n");
    for (int i = 0; i <= 10; i += 2) {
      double v = i / 10.0;
      b.append(String.format(Locale.ROOT, "    <text x=\"%.1f\" y=\"%.1f\">%.1f</text>%n", x(v), y(0) + 18, v));
      b.append(String.format(Locale.ROOT, "    <text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%.1f</text>%n", x(0) - 8, y(v) + 4, v));
    }
    b.append("  </g>\n");
    // axes
    b.append(String.format(Locale.ROOT,
        "  <rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#222\" stroke-width=\"1.5\"/>%n",
        x(0), y(1), plot, plot));
    b.append(String.format(Locale.ROOT,
        "  <line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>%n",
        x(0), y(0), x(1), y(1)));
    b.append(String.format(Locale.ROOT,
        "  <text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"14\">predicted probability</text>%n", x(0.5), HEIGHT - 20));
    b.append(String.format(Locale.ROOT,
        "  <text x=\"20\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"14\" transform=\"rotate(-90 20 %.1f)\">observed frequency</text>%n",
        y(0.5), y(0.5)));
    String head = title + (brier == null ? "" : String.format(Locale.ROOT, " (Brier %.3f)", brier));
    b.append(String.format(Locale.ROOT,
        "  <text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\">%s</text>%n", WIDTH / 2, MARGIN / 2, escape(head)));
    // points
    int max = bands.stream().mapToInt(Scorecard.Band::count).max().orElse(1);
    b.append("  <g fill=\"#1f77b4\" fill-opacity=\"0.7\" stroke=\"#0b3d66\" stroke-width=\"1\">\n");
    for (Scorecard.Band band : bands) {
      double r = MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt((double) band.count() / max);
      b.append(String.format(Locale.ROOT,
          "    <circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"><title>%s: n=%d, predicted %.2f, observed %.2f</title></circle>%n",
          x(band.meanProbability()), y(band.observedFrequency()), r, escape(band.level()), band.count(), band.meanProbability(),
          band.observedFrequency()));
    }
    b.append("  </g>\n");
    b.append("  <g fill=\"#222\" font-size=\"11\">\n");
    for (Scorecard.Band band : bands) {
      double r = MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt((double) band.count() / max);
      b.append(String.format(Locale.ROOT, "    <text x=\"%.1f\" y=\"%.1f\">%s (%d)</text>%n",
          x(band.meanProbability()) + r + 3, y(band.observedFrequency()) + 4, escape(band.level()), band.count()));
    }
    b.append("  </g>\n");
    if (bands.isEmpty()) {
      b.append(String.format(Locale.ROOT, "  <text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#888\">no resolved predictions yet</text>%n", x(0.5), y(0.5)));
    }
    b.append("</svg>\n");
    return b.toString();
  }

  private static double x(double v) {
    return MARGIN + v * (WIDTH - 2 * MARGIN);
  }

  private static double y(double v) {
    return HEIGHT - MARGIN - v * (HEIGHT - 2 * MARGIN);
  }

  /** XML text escaping (also for attribute values). */
  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        default -> {
          // characters XML 1.0 forbids
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            b.append(' ');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
