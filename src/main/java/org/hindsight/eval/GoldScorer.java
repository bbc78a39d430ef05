package org.hindsight.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores extraction output (the JSON contract) against gold files exactly as the reference scorer
 * {@code shared/eval/score.py} does: the same normalisation, token pattern, greedy one-to-one
 * matching (ties broken the same way), tallies and rounding, so both print the same figures.
 * Accumulates over several (gold, system) pairs; not thread-safe.
 */
public final class GoldScorer {

  private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+(?:'[a-z]+)?");
  private static final double THRESHOLD = 0.8;

  private final Map<String, int[]> tally = new TreeMap<>();

  public static String norm(String text) {
    String t = (text == null ? "" : text).toLowerCase(Locale.ROOT);
    t = t.replace('\u201c', '"').replace('\u201d', '"').replace('\u2019', '\'').replace('\u2018', '\'');
    t = t.replace('\u2014', ' ').replace('\u2013', ' ');
    return t.replaceAll("\\s+", " ").strip();
  }

  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(norm(text));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Share of the key's tokens found in text; 1.0 when the key is a substring. */
  public static double overlap(String key, String text) {
    if (norm(text).contains(norm(key))) {
      return 1.0;
    }
    List<String> k = tokens(key);
    if (k.isEmpty()) {
      return 0.0;
    }
    Set<String> t = new HashSet<>(tokens(text));
    int n = 0;
    for (String w : k) {
      if (t.contains(w)) {
        n++;
      }
    }
    return (double) n / k.size();
  }

  /** A matched pair and the system items left over. */
  record Matching(List<JsonNode[]> pairs, List<JsonNode> left) {}

  static Matching match(List<JsonNode> gold, List<JsonNode> system) {
    record Scored(double o, int negLen, int gi, int si) {}
    List<Scored> scored = new ArrayList<>();
    for (int gi = 0; gi < gold.size(); gi++) {
      for (int si = 0; si < system.size(); si++) {
        String text = system.get(si).path("text").asText("");
        double o = overlap(gold.get(gi).path("key").asText(), text);
        if (o >= THRESHOLD) {
          scored.add(new Scored(o, -text.length(), gi, si));
        }
      }
    }
    // Python sorts the tuples (o, -len, gi, si) in reverse
    scored.sort(
        Comparator.comparingDouble(Scored::o)
            .thenComparingInt(Scored::negLen)
            .thenComparingInt(Scored::gi)
            .thenComparingInt(Scored::si)
            .reversed());
    Set<Integer> usedG = new HashSet<>();
    Set<Integer> usedS = new HashSet<>();
    List<JsonNode[]> pairs = new ArrayList<>();
    for (Scored s : scored) {
      if (usedG.contains(s.gi()) || usedS.contains(s.si())) {
        continue;
      }
      usedG.add(s.gi());
      usedS.add(s.si());
      pairs.add(new JsonNode[] {gold.get(s.gi()), system.get(s.si())});
    }
    List<JsonNode> left = new ArrayList<>();
    for (int i = 0; i < system.size(); i++) {
      if (!usedS.contains(i)) {
        left.add(system.get(i));
      }
    }
    return new Matching(pairs, left);
  }

  private void add(String name, int ok) {
    add(name, ok, 1);
  }

  private void add(String name, int ok, int total) {
    int[] v = tally.computeIfAbsent(name, k -> new int[2]);
    v[0] += ok;
    v[1] += total;
  }

  /**
   * The scorer of several articles at once: the sum of what each scorer counted (so that figures
   * over any resample of the articles come from their per-article scorers without scoring again).
   */
  public static GoldScorer sum(List<GoldScorer> parts) {
    GoldScorer all = new GoldScorer();
    for (GoldScorer p : parts) {
      p.tally.forEach((name, v) -> all.add(name, v[0], v[1]));
      p.fractions.forEach((name, v) -> {
        double[] w = all.fractions.computeIfAbsent(name, k -> new double[2]);
        w[0] += v[0];
        w[1] += v[1];
      });
    }
    return all;
  }

  /** hit / total for a tally, or null when nothing was counted. */
  public Double rate(String name) {
    int[] v = tally.get(name);
    return v == null || v[1] == 0 ? null : (double) v[0] / v[1];
  }

  /** Adds one article: its gold file and the system's contract object (or a list of them). */
  public void score(JsonNode gold, JsonNode system) {
    if (system.isArray()) {
      system = system.size() > 0 ? system.get(0) : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    }
    scoreItems(gold, system, "predictions");
    scoreItems(gold, system, "claims");
    scoreActors(gold, system);
  }

  private static List<JsonNode> list(JsonNode n) {
    List<JsonNode> out = new ArrayList<>();
    if (n != null && n.isArray()) {
      n.forEach(out::add);
    }
    return out;
  }

  private static Map<String, String> actorNames(JsonNode system) {
    Map<String, String> names = new LinkedHashMap<>();
    for (JsonNode a : list(system.get("actors"))) {
      names.put(a.path("id").asText(null), a.path("name").asText(""));
    }
    return names;
  }

  private static List<String> accept(JsonNode gold, String name) {
    for (JsonNode a : list(gold.get("actors"))) {
      List<String> acc = new ArrayList<>();
      for (JsonNode x : list(a.get("accept"))) {
        acc.add(x.asText().toLowerCase(Locale.ROOT));
      }
      if (acc.contains(name.toLowerCase(Locale.ROOT))) {
        return acc;
      }
    }
    return List.of(name.toLowerCase(Locale.ROOT));
  }

  private static boolean holderOk(JsonNode gold, JsonNode g, JsonNode s) {
    JsonNode h = s.path("holder");
    String type = h.path("type").asText(null);
    if (g.path("holder").asText().equals("author")) {
      return "author".equals(type);
    }
    List<String> acc = accept(gold, g.path("holder").asText());
    String name = h.path("name").isTextual() ? h.path("name").asText() : "";
    return "actor".equals(type) && acc.contains(name.toLowerCase(Locale.ROOT));
  }

  private void scoreItems(JsonNode gold, JsonNode system, String kind) {
    List<JsonNode> goldItems = list(gold.get(kind));
    List<JsonNode> sysItems = list(system.get(kind));
    Matching m = match(goldItems, sysItems);
    add(kind + ".recall", m.pairs().size(), goldItems.size());
    if (kind.equals("predictions")) {
      List<JsonNode> optional = list(gold.get("optional_predictions"));
      int falsePos = 0;
      for (JsonNode s : m.left()) {
        boolean opt = false;
        for (JsonNode o : optional) {
          opt |= overlap(o.asText(), s.path("text").asText("")) >= THRESHOLD;
        }
        if (!opt) {
          falsePos++;
        }
      }
      add("predictions.precision", m.pairs().size(), m.pairs().size() + falsePos);
      for (JsonNode bad : list(gold.get("not_predictions"))) {
        boolean hit = false;
        for (JsonNode s : sysItems) {
          hit |= overlap(bad.asText(), s.path("text").asText("")) >= THRESHOLD;
        }
        add("predictions.hard_negatives_avoided", hit ? 0 : 1);
      }
    }
    Map<String, String> names = actorNames(system);
    for (JsonNode[] pair : m.pairs()) {
      JsonNode g = pair[0];
      JsonNode s = pair[1];
      int span = Math.max(1, tokens(s.path("text").asText("")).size());
      tally.computeIfAbsent(kind + ".tightness", k -> new int[2]);
      addFraction(kind + ".tightness", Math.min(1.0, (double) tokens(g.path("key").asText()).size() / span));
      if (g.has("holder")) {
        add(kind + ".holder", holderOk(gold, g, s) ? 1 : 0);
      }
      Set<String> sysActors = new HashSet<>();
      for (JsonNode id : list(s.get("actors"))) {
        sysActors.add(names.getOrDefault(id.asText(), "").toLowerCase(Locale.ROOT));
      }
      for (JsonNode a : list(g.get("actors"))) {
        boolean ok = false;
        for (String acc : accept(gold, a.asText())) {
          ok |= sysActors.contains(acc);
        }
        add(kind + ".actors", ok ? 1 : 0);
      }
      List<String> cueTexts = new ArrayList<>();
      for (JsonNode c : list(s.get("cues"))) {
        cueTexts.add(norm(c.path("text").asText("")));
      }
      String joined = String.join(" | ", cueTexts);
      for (JsonNode c : list(g.get("cues"))) {
        add(kind + ".cues", joined.contains(norm(c.asText())) ? 1 : 0);
      }
      if (g.has("probability")) {
        JsonNode p = s.get("probability");
        double lo = g.get("probability").get(0).asDouble();
        double hi = g.get("probability").get(1).asDouble();
        add(kind + ".probability", p != null && p.isNumber() && lo <= p.asDouble() && p.asDouble() <= hi ? 1 : 0);
      }
      if (g.has("deadline")) {
        JsonNode h = s.get("horizon");
        String end = h == null || h.isNull() ? "" : h.path("end").asText("");
        if (end.length() > 10) {
          end = end.substring(0, 10);
        }
        String lo = g.get("deadline").get(0).asText();
        String hi = g.get("deadline").get(1).asText();
        add(kind + ".deadline", !end.isEmpty() && lo.compareTo(end) <= 0 && end.compareTo(hi) <= 0 ? 1 : 0);
      }
    }
  }

  /** Tightness is a mean of fractions: kept as a running sum in a parallel tally. */
  private final Map<String, double[]> fractions = new TreeMap<>();

  private void addFraction(String name, double value) {
    double[] v = fractions.computeIfAbsent(name, k -> new double[2]);
    v[0] += value;
    v[1] += 1;
  }

  private void scoreActors(JsonNode gold, JsonNode system) {
    List<JsonNode> sysActors = list(system.get("actors"));
    for (JsonNode g : list(gold.get("actors"))) {
      List<String> acc = new ArrayList<>();
      for (JsonNode x : list(g.get("accept"))) {
        acc.add(x.asText().toLowerCase(Locale.ROOT));
      }
      List<JsonNode> canon = new ArrayList<>();
      for (JsonNode a : sysActors) {
        if (acc.contains(a.path("name").asText("").toLowerCase(Locale.ROOT))) {
          canon.add(a);
        }
      }
      add("actors.found", canon.isEmpty() ? 0 : 1);
      Set<String> mentionTexts = new HashSet<>();
      for (JsonNode a : canon) {
        for (JsonNode m : list(a.get("mentions"))) {
          mentionTexts.add(norm(m.path("text").asText("")));
        }
        for (JsonNode al : list(a.get("aliases"))) {
          mentionTexts.add(norm(al.asText()));
        }
      }
      Set<String> goldMentions = new HashSet<>();
      for (JsonNode m : list(g.get("mentions"))) {
        String nm = norm(m.asText());
        goldMentions.add(nm);
        boolean ok = false;
        for (String x : mentionTexts) {
          ok |= nm.equals(x) || x.contains(nm);
        }
        add("actors.mentions", ok ? 1 : 0);
      }
      Set<String> fragNames = new HashSet<>(goldMentions);
      fragNames.addAll(acc);
      boolean frag = false;
      for (JsonNode a : sysActors) {
        if (!canon.contains(a) && fragNames.contains(norm(a.path("name").asText("")))) {
          frag = true;
        }
      }
      add("actors.unsplit", frag ? 0 : 1);
    }
    for (JsonNode junk : list(gold.get("not_actors"))) {
      boolean hit = false;
      for (JsonNode a : sysActors) {
        hit |= norm(a.path("name").asText("")).equals(norm(junk.asText()));
      }
      add("actors.junk_avoided", hit ? 0 : 1);
    }
  }

  /** The figures, named and ordered as score.py prints them (f1 last). */
  public Map<String, Double> figures() {
    Map<String, Double> out = new LinkedHashMap<>();
    TreeMap<String, Double> all = new TreeMap<>();
    for (Map.Entry<String, int[]> e : tally.entrySet()) {
      double[] f = fractions.get(e.getKey());
      if (f != null) {
        all.put(e.getKey(), f[0] / f[1]);
      } else if (e.getValue()[1] > 0) {
        all.put(e.getKey(), (double) e.getValue()[0] / e.getValue()[1]);
      }
    }
    for (Map.Entry<String, Double> e : all.entrySet()) {
      out.put(e.getKey(), round(e.getValue()));
    }
    Double p = rateOf(all, "predictions.precision");
    Double r = rateOf(all, "predictions.recall");
    double f1 = p == null || r == null || p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    out.put("predictions.f1", round(f1));
    return out;
  }

  private static Double rateOf(Map<String, Double> all, String name) {
    return all.get(name);
  }

  /** Python's round(x, 3): half-even on the exact binary value. */
  public static double round(double x) {
    return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
  }

  /** Python's repr of a rounded figure: "1.0", "0.5", "0.857". */
  public static String format(double x) {
    BigDecimal b = BigDecimal.valueOf(x).stripTrailingZeros();
    if (b.scale() <= 0) {
      b = b.setScale(1);
    }
    return b.toPlainString();
  }

  /** The text report, line for line as score.py prints it. */
  public String report() {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Double> e : figures().entrySet()) {
      sb.append(String.format(Locale.ROOT, "%-40s %s%n", e.getKey(), format(e.getValue())));
    }
    return sb.toString();
  }
}
