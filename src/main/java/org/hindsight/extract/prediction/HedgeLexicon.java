package org.hindsight.extract.prediction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The hedge lexicon ({@code models/hedge-lexicon.json}): cue phrases with a probability grounded
 * in survey data, intensifier and negation operators, the probability scale's bands (ICD 203) and
 * the rule for combining several cues (mean of log-odds, FUTURE cues dropped when a hedge is
 * present). Immutable after loading; thread-safe.
 */
public final class HedgeLexicon {

  /** One band of the words-of-estimative-probability scale. */
  public record Band(String level, double low, double high, double point) {}

  /** One cue phrase. {@code probability} is null for operators (intensifiers, bare negations). */
  public record Entry(String phrase, String kind, Double probability, JsonNode transform) {
    public boolean isOperator() {
      return probability == null;
    }

    public String op() {
      return transform == null ? "" : transform.path("op").asText("");
    }
  }

  public static final String RESOURCE = "/models/hedge-lexicon.json";

  private final String version;
  private final List<Band> bands = new ArrayList<>();
  private final Map<String, Entry> entries = new HashMap<>();
  private final double clipLow;
  private final double clipHigh;
  private int maxWords = 1;

  private HedgeLexicon(JsonNode root) {
    version = root.path("version").asText();
    for (JsonNode b : root.path("scale").path("bands")) {
      bands.add(
          new Band(
              b.path("level").asText(),
              b.path("low").asDouble(),
              b.path("high").asDouble(),
              b.path("point").asDouble()));
    }
    if (bands.isEmpty()) {
      throw new IllegalArgumentException("hedge lexicon has no bands");
    }
    for (JsonNode c : root.path("cues")) {
      String phrase = c.path("phrase").asText().toLowerCase(Locale.ROOT);
      JsonNode p = c.get("probability");
      Entry e =
          new Entry(
              phrase,
              c.path("kind").asText(),
              p == null || p.isNull() ? null : p.asDouble(),
              c.get("transform"));
      entries.put(phrase, e);
      maxWords = Math.max(maxWords, phrase.split(" ").length);
    }
    JsonNode clip = root.path("combination").path("clip");
    clipLow = clip.size() == 2 ? clip.get(0).asDouble() : 0.01;
    clipHigh = clip.size() == 2 ? clip.get(1).asDouble() : 0.99;
  }

  public static HedgeLexicon bundled() {
    try (InputStream in = HedgeLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " missing from the classpath");
      }
      return new HedgeLexicon(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  public String version() {
    return version;
  }

  public int maxWords() {
    return maxWords;
  }

  /** The entry for a lower-cased phrase (words joined by one space), or null. */
  public Entry get(String phrase) {
    return entries.get(phrase);
  }

  public List<Band> bands() {
    return List.copyOf(bands);
  }

  /**
   * Every content word of every cue phrase that can open or hedge a prediction, plus {@code extra}
   * words: a cheap test of whether a sentence may hold a prediction.
   */
  public java.util.Set<String> cueWords(java.util.Set<String> extra) {
    java.util.Set<String> out = new java.util.HashSet<>(extra);
    // common words inside cue phrases ("more likely than not", "a real chance") that would select
    // nearly every sentence; the phrase's other words still select it
    java.util.Set<String> glue =
        java.util.Set.of("is", "are", "a", "an", "the", "to", "that", "there", "of", "not", "than", "no",
            "about", "more", "most", "better", "even", "far", "good", "real", "little", "strong",
            "very", "highly", "extremely", "almost", "slim", "remote", "serious", "realistic",
            "distinct", "on", "in", "it", "be", "chances", "from");
    for (Entry e : entries.values()) {
      if (!e.isOperator()) {
        for (String w : e.phrase().split(" ")) {
          if (!glue.contains(w)) {
            out.add(w);
          }
        }
      }
    }
    out.addAll(java.util.Set.of("wo", "'ll", "none", "nothing", "percent", "%", "guarantee"));
    return java.util.Set.copyOf(out);
  }

  /** The band holding {@code p} (low ≤ p < high, rounded to 3 decimals; the top band holds 1). */
  public Band band(double p) {
    double r = Math.round(p * 1000) / 1000.0;
    for (Band b : bands) {
      if (r >= b.low() && r < b.high()) {
        return b;
      }
    }
    return r <= bands.get(0).low() ? bands.get(0) : bands.get(bands.size() - 1);
  }

  /** Applies an intensifier entry to a head probability. */
  public double intensify(Entry intensifier, double p) {
    JsonNode t = intensifier.transform();
    if (t == null) {
      return p;
    }
    switch (intensifier.op()) {
      case "towardExtreme" -> {
        double threshold = t.path("directionThreshold").asDouble(0.3);
        if (p >= threshold) {
          return p + t.path("towardOne").asDouble() * (1 - p);
        }
        return p - t.path("towardZero").asDouble() * p;
      }
      case "nearEndpoint" -> {
        return p >= 0.5 ? t.path("upper").asDouble(0.95) : t.path("lower").asDouble(0.02);
      }
      default -> {
        return p;
      }
    }
  }

  /** Pools several cue probabilities: the mean of their log-odds, each clipped first. */
  public double combine(List<Double> ps) {
    if (ps.isEmpty()) {
      throw new IllegalArgumentException("nothing to combine");
    }
    if (ps.size() == 1) {
      return ps.get(0);
    }
    double sum = 0;
    for (double p : ps) {
      double c = Math.min(clipHigh, Math.max(clipLow, p));
      sum += Math.log(c / (1 - c));
    }
    double mean = sum / ps.size();
    return 1 / (1 + Math.exp(-mean));
  }
}
