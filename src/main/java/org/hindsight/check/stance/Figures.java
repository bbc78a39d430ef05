package org.hindsight.check.stance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a forecast figure with reported ones: the figures of a text with their unit ("12
 * billion dlrs", "3.2 pct", "7-3/4 pct", "140 yen", "$5 mln"), a forecast's range ("600 mln to
 * 620 mln dlrs", "5.74/72 pct", "between 4 and 5 pct"; a point forecast stands for ±10 %, as the
 * outcome gold reads it), and the direction a text gives a change ("will rise", "fell"). Parses
 * never throw: what does not read as a number is no figure. Thread-safe (stateless).
 */
public final class Figures {

  /**
   * One figure: its value (scaled: "1.2 billion" is 1.2e9), its unit, where it is in the text, and
   * whether it is the starting point of a change ("cut to 7.5 pct from 7-3/4 pct", "rose … from
   * 5.50"): what was, neither forecast nor outcome.
   */
  public record Figure(double value, String unit, int start, int end, boolean from) {}

  /** A forecast: the unit and the range [low, high] it accepts. */
  public record Forecast(String unit, double low, double high) {
    public boolean accepts(double v) {
      return v >= low && v <= high;
    }
  }

  /** How the reported figures of a sentence stand against a forecast. */
  public enum Match {
    /** No forecast figure, or no reported figure in its unit. */
    NONE,
    /** A reported figure in the forecast's unit lies in its range. */
    INSIDE,
    /** Figures in the forecast's unit are reported, none in its range. */
    OUTSIDE
  }

  /** Which way a text says something moves. */
  public enum Direction {
    NONE,
    UP,
    DOWN,
    FLAT
  }

  private static final Map<String, String> UNITS = Map.ofEntries(
      Map.entry("pct", "pct"), Map.entry("percent", "pct"), Map.entry("per", "pct"), Map.entry("%", "pct"),
      Map.entry("dlrs", "dlrs"), Map.entry("dlr", "dlrs"), Map.entry("dollars", "dlrs"), Map.entry("dollar", "dlrs"),
      Map.entry("yen", "yen"), Map.entry("stg", "stg"), Map.entry("pounds", "stg"), Map.entry("marks", "marks"),
      Map.entry("guilders", "guilders"), Map.entry("francs", "francs"), Map.entry("lire", "lire"),
      Map.entry("tonnes", "tonnes"), Map.entry("tons", "tonnes"), Map.entry("bags", "bags"), Map.entry("barrels", "barrels"),
      Map.entry("bpd", "barrels"), Map.entry("cents", "cents"), Map.entry("points", "points"), Map.entry("point", "points"),
      Map.entry("shares", "shares"), Map.entry("bushels", "bushels"), Map.entry("ounces", "ounces"));

  private static final Map<String, Double> SCALES = Map.of(
      "mln", 1e6, "million", 1e6, "billion", 1e9, "bln", 1e9, "trillion", 1e12, "thousand", 1e3);

  // a number: "1,200.5", "7-3/4", "7 3/4", "5.74/72" (a quoted range), with an optional "$"
  private static final Pattern NUMBER = Pattern.compile(
      "(\\$)?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:(?:-| )(\\d)/(\\d{1,2})|/(\\d{1,2}))?(?![\\d/])");
  private static final Pattern WORD = Pattern.compile("\\G\\s*(%|[A-Za-z]+)");

  private static final Set<String> UP = Set.of(
      "rise", "rises", "rising", "rose", "risen", "increase", "increases", "increased", "gain", "gains", "gained", "climb",
      "climbed", "climbs", "higher", "raise", "raised", "raises", "soar", "soared", "grow", "grew", "grown", "up", "jump",
      "jumped", "surge", "surged", "firm", "firmed", "strengthen", "strengthened", "recover", "recovered", "rebound", "rebounded");
  private static final Set<String> DOWN = Set.of(
      "fall", "falls", "fell", "fallen", "drop", "drops", "dropped", "decline", "declines", "declined", "cut", "cuts", "lower",
      "lowered", "reduce", "reduced", "down", "ease", "eased", "slip", "slipped", "weaken", "weakened", "shrink", "shrank",
      "slide", "slid", "plunge", "plunged", "dip", "dipped", "tumble", "tumbled");
  private static final Set<String> FLAT = Set.of("unchanged", "steady", "remain", "remained", "stable", "flat", "left", "kept", "hold", "held");

  private Figures() {}

  // a number written as a word before a scale: "four billion guilders", "two mln tonnes"
  private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
      Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50));
  private static final String WORD_ALTERNATIVES = String.join("|", new TreeSet<>(NUMBER_WORDS.keySet()));
  // "one to two billion dlrs", "two or three mln tonnes": the first word shares the second's scale and unit
  private static final Pattern WORD_NUMBER = Pattern.compile(
      "(?i)\\b(?:(" + WORD_ALTERNATIVES + ")\\s*(?:to|or|-)\\s*)?(" + WORD_ALTERNATIVES + ")"
          + "\\s+(mln|million|billion|bln|trillion)\\s+(%|[A-Za-z]+)");

  /** The figures of {@code text} that carry a unit (a bare number is no figure), in text order. */
  public static List<Figure> read(String text) {
    List<Figure> out = digits(text);
    Matcher w = WORD_NUMBER.matcher(text);
    boolean added = false;
    while (w.find()) {
      String unit = UNITS.get(w.group(4).toLowerCase(Locale.ROOT));
      if (unit == null) {
        continue;
      }
      double scale = SCALES.get(w.group(3).toLowerCase(Locale.ROOT));
      if (w.group(1) != null) {
        double low = NUMBER_WORDS.get(w.group(1).toLowerCase(Locale.ROOT));
        out.add(new Figure(low * scale, unit, w.start(1), w.end(1), from(text, w.start())));
      }
      double v = NUMBER_WORDS.get(w.group(2).toLowerCase(Locale.ROOT));
      out.add(new Figure(v * scale, unit, w.start(2), w.end(), from(text, w.start())));
      added = true;
    }
    if (added) {
      out.sort(Comparator.comparingInt(Figure::start));
    }
    return out;
  }

  private static List<Figure> digits(String text) {
    List<Figure> out = new ArrayList<>();
    List<double[]> bare = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      double v = value(m);
      if (Double.isNaN(v)) {
        continue;
      }
      int end = m.end();
      String unit = m.group(1) != null ? "dlrs" : null;
      boolean scaled = false;
      Matcher w = WORD.matcher(text);
      for (int k = 0; k < 3 && w.find(end); k++) {
        String word = w.group(1).toLowerCase(Locale.ROOT);
        Double scale = SCALES.get(word);
        if (scale != null) {
          v *= scale;
          scaled = true;
          end = w.end();
          continue;
        }
        if (word.equals("percentage")) {
          end = w.end();
          continue;
        }
        String u = UNITS.get(word);
        if (u != null && unit == null) {
          unit = u;
          end = w.end();
        }
        break;
      }
      if (unit == null) {
        bare.add(new double[] {v, m.start(), end, scaled ? 1 : 0});
        continue;
      }
      // "600 to 620 mln dlrs": a bare number just before takes this one's unit and scale
      if (!bare.isEmpty()) {
        double[] b = bare.get(bare.size() - 1);
        String between = text.substring((int) b[2], m.start()).strip().toLowerCase(Locale.ROOT);
        if (between.equals("to") || between.equals("and") || between.equals("-") || between.equals("or")) {
          double scale = b[3] > 0 || value(m) == 0 ? 1 : v / value(m);
          out.add(new Figure(b[0] * scale, unit, (int) b[1], (int) b[2], from(text, (int) b[1])));
        }
        bare.clear();
      }
      out.add(new Figure(v, unit, m.start(), end, from(text, m.start())));
      if (m.group(6) != null) {
        // "5.74/72 pct": the second figure shares the first's leading digits
        String whole = m.group(2) + (m.group(3) == null ? "" : m.group(3));
        String alt = whole.substring(0, Math.max(0, whole.length() - m.group(6).length())) + m.group(6);
        double a = parse(alt);
        if (!Double.isNaN(a)) {
          out.add(new Figure(value(m) == 0 ? a : a * (v / value(m)), unit, m.start(), end, from(text, m.start())));
        }
      }
    }
    return out;
  }

  /**
   * The forecast of a prediction: the unit of its first figure, and the range its figures in that
   * unit span (±10 % for one point); a starting point ("a cut from 7-3/4 pct") is no forecast.
   */
  public static Forecast forecast(String prediction) {
    List<Figure> f = read(prediction).stream().filter(x -> !x.from()).toList();
    if (f.isEmpty()) {
      return null;
    }
    String unit = f.get(0).unit();
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    int n = 0;
    for (Figure x : f) {
      if (x.unit().equals(unit)) {
        lo = Math.min(lo, x.value());
        hi = Math.max(hi, x.value());
        n++;
      }
    }
    if (n == 1 || hi - lo < 1e-9 * Math.abs(hi)) {
      // a bound ("at least four billion guilders", "fall short of the record 988.2 mln") or a level
      // kept ("remain at 7-1/2 pct") reads the point as the guide does, not as ±10 %
      String before = prediction.substring(Math.max(0, f.get(0).start() - 30), f.get(0).start()).toLowerCase(Locale.ROOT);
      if (AT_LEAST.matcher(before).find()) {
        return new Forecast(unit, lo, Double.POSITIVE_INFINITY);
      }
      if (AT_MOST.matcher(before).find()) {
        return new Forecast(unit, Double.NEGATIVE_INFINITY, hi);
      }
      if (KEPT_AT.matcher(before).find()) {
        return new Forecast(unit, lo - 1e-6 * Math.abs(lo), hi + 1e-6 * Math.abs(hi));
      }
      return new Forecast(unit, lo - 0.1 * Math.abs(lo), hi + 0.1 * Math.abs(hi));
    }
    double pad = 0.02 * Math.abs(hi);
    return new Forecast(unit, lo - pad, hi + pad);
  }

  /** How the figures of {@code sentence} stand against {@code forecast} (NONE when it is null). */
  public static Match compare(Forecast forecast, String sentence) {
    if (forecast == null) {
      return Match.NONE;
    }
    boolean seen = false;
    for (Figure x : read(sentence)) {
      if (x.unit().equals(forecast.unit()) && !x.from()) {
        if (forecast.accepts(x.value())) {
          return Match.INSIDE;
        }
        seen = true;
      }
    }
    return seen ? Match.OUTSIDE : Match.NONE;
  }

  /** The first direction word of {@code text} (lower-cased words), NONE when it has none. */
  public static Direction direction(String text) {
    for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (UP.contains(w)) {
        return Direction.UP;
      }
      if (DOWN.contains(w)) {
        return Direction.DOWN;
      }
      if (FLAT.contains(w)) {
        return Direction.FLAT;
      }
    }
    return Direction.NONE;
  }

  /**
   * Whether the number at {@code at} follows "from" (past a "$" or "the"): a starting point, unless
   * the words before make it a range's low end ("a range from 380 to 430", "anywhere from").
   */
  private static boolean from(String text, int at) {
    String before = text.substring(Math.max(0, at - 40), at).toLowerCase(Locale.ROOT).replaceAll("[$\\s]+$", "");
    Matcher m = FROM.matcher(before);
    if (!m.find()) {
      return false;
    }
    String lead = before.substring(0, m.start()).strip();
    return !(lead.endsWith("range") || lead.endsWith("anywhere") || lead.endsWith("ranging") || lead.endsWith("ranges"));
  }

  private static final Pattern AT_LEAST = Pattern.compile(
      "\\b(at least|more than|over|above|exceed|exceeds|exceeding|in excess of|upwards of|no less than|not less than)\\s+(the\\s+)?(record\\s+)?\\$?$");
  private static final Pattern AT_MOST = Pattern.compile(
      "\\b(less than|below|under|short of|no more than|not more than|up to|at most|not exceed)\\s+(the\\s+)?(record\\s+)?\\$?$");
  private static final Pattern KEPT_AT = Pattern.compile(
      "\\b(remain|remains|remaining|stay|stays|staying|hold|holds|holding|unchanged|steady|kept|keep|keeps|stand|stands)\\s+(at|around)\\s+\\$?$");

  private static final Pattern FROM = Pattern.compile("\\bfrom(?:\\s+(?:the|a|an|its|their))?$");

  private static double value(Matcher m) {
    double v = parse(m.group(2) + (m.group(3) == null ? "" : m.group(3)));
    if (m.group(4) != null) {
      double den = Double.parseDouble(m.group(5));
      v += den == 0 ? 0 : Double.parseDouble(m.group(4)) / den;
    }
    return v;
  }

  private static double parse(String s) {
    try {
      return Double.parseDouble(s.replace(",", ""));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
