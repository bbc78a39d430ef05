package org.hindsight.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hindsight.article.Article;
import org.hindsight.extract.Extraction;
import org.hindsight.extract.ExtractionJson;

/**
 * MEANTIME (Wikinews with expert factuality labels, converted by {@code shared/eval/meantime.py}):
 * per annotated body sentence, whether it holds a future event (CERTAIN, PROBABLE or POSSIBLE) and
 * a hedged one (PROBABLE or POSSIBLE), against whether we extract a prediction there (with p &lt;
 * 0.9 for hedged); on sentences both call hedged, whether the probability falls in the band
 * (PROBABLE [0.5, 0.9), POSSIBLE [0.1, 0.6]). Scores exactly as {@code meantime.py score} does.
 * Thread-safe.
 */
public final class MeantimeSuite implements Suite {

  private final Path root;
  private final Tuning tuning;
  private final Path systemOut;

  /**
   * {@code root} holds topic folders, each with {@code articles/} and {@code gold/*.meantime.json};
   * {@code systemOut}, when not null, receives each article's extraction JSON.
   */
  public MeantimeSuite(Path root, Tuning tuning, Path systemOut) {
    this.root = root;
    this.tuning = tuning;
    this.systemOut = systemOut;
  }

  @Override
  public String name() {
    return "meantime-dev";
  }

  @Override
  public Tuning tuning() {
    return tuning;
  }

  @Override
  public String description() {
    return "MEANTIME, 60 Wikinews articles with expert factuality labels (the half we have)";
  }

  /** Gold sentences of one article. */
  public record Gold(Path file, Article article, List<GoldSentence> sentences) {}

  /**
   * One annotated sentence: its text, whether it holds a future and a hedged event, the hedged
   * certainty, and the words of its future events.
   */
  public record GoldSentence(String text, boolean future, boolean hedged, boolean probable, List<String> futureTokens) {
    public GoldSentence {
      futureTokens = List.copyOf(futureTokens);
    }
  }

  public List<Gold> load() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".meantime.json")).sorted().toList();
    }
    List<Gold> out = new ArrayList<>();
    for (Path f : files) {
      JsonNode g = ExtractionJson.MAPPER.readTree(f.toFile());
      Path topic = f.getParent().getParent();
      Article a = GoldCorpus.findArticle(topic, g.path("file").asText());
      if (a == null) {
        throw new IOException(f + ": article " + g.path("file").asText() + " not found under " + topic);
      }
      List<GoldSentence> sentences = new ArrayList<>();
      for (JsonNode s : g.path("sentences")) {
        if (!s.path("annotated").asBoolean(true)) {
          continue;
        }
        boolean future = false;
        boolean hedged = false;
        boolean probable = false;
        List<String> tokens = new ArrayList<>();
        for (JsonNode e : s.path("events")) {
          String c = e.path("certainty").asText();
          if (e.path("time").asText().equals("FUTURE") && Set.of("CERTAIN", "PROBABLE", "POSSIBLE").contains(c)) {
            future = true;
            tokens.add(e.path("token").asText());
            if (!c.equals("CERTAIN")) {
              hedged = true;
              probable |= c.equals("PROBABLE");
            }
          }
        }
        sentences.add(new GoldSentence(s.path("text").asText(), future, hedged, probable, tokens));
      }
      out.add(new Gold(f, a, sentences));
    }
    return out;
  }

  @Override
  public Result run(Extract extract) throws IOException {
    List<Gold> gold = load();
    List<Extraction> system = extract.all(gold.stream().map(Gold::article).toList());
    // per article: future tp, fp, fn; hedged tp, fp, fn; bands right, bands judged
    List<int[]> counts = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      ObjectNode json = ExtractionJson.toJson(system.get(i));
      if (systemOut != null) {
        Files.createDirectories(systemOut.resolve(name()));
        String out = gold.get(i).file().getFileName().toString().replace(".meantime.json", ".system.json");
        ExtractionJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(systemOut.resolve(name()).resolve(out).toFile(), json);
      }
      int[] n = new int[8];
      for (GoldSentence s : gold.get(i).sentences()) {
        List<JsonNode> mine = new ArrayList<>();
        List<Double> mineHedged = new ArrayList<>();
        for (JsonNode p : json.path("predictions")) {
          if (inSentence(p.path("text").asText(""), s.text())) {
            mine.add(p);
            if (p.path("probability").isNumber() && p.path("probability").asDouble() < 0.9) {
              mineHedged.add(p.path("probability").asDouble());
            }
          }
        }
        tally(n, 0, s.future(), !mine.isEmpty());
        tally(n, 3, s.hedged(), !mineHedged.isEmpty());
        if (s.hedged() && !mineHedged.isEmpty()) {
          n[7]++;
          double lo = s.probable() ? 0.5 : 0.1;
          double hi = s.probable() ? 0.9 : 0.6;
          boolean ok = false;
          for (double p : mineHedged) {
            ok |= (lo <= p && p < hi) || (!s.probable() && p == hi);
          }
          n[6] += ok ? 1 : 0;
        }
      }
      counts.add(n);
    }
    Map<String, Double> figures = figures(counts);
    Map<String, Bootstrap.Interval> intervals = Bootstrap.intervals(counts, MeantimeSuite::figures,
        figures.keySet().stream().filter(k -> !k.endsWith(".gold")).toList());
    int sentences = gold.stream().mapToInt(g -> g.sentences().size()).sum();
    return new Result(name(), tuning, gold.size(), "future sentences (of " + sentences + ")", figures.get("future.gold").intValue(), figures,
        intervals);
  }

  /** The figures of some articles' counts (summed). */
  private static Map<String, Double> figures(List<int[]> counts) {
    int[] n = new int[8];
    for (int[] c : counts) {
      for (int k = 0; k < n.length; k++) {
        n[k] += c[k];
      }
    }
    Map<String, Double> figures = new LinkedHashMap<>();
    put(figures, "future", new int[] {n[0], n[1], n[2]});
    put(figures, "hedged", new int[] {n[3], n[4], n[5]});
    if (n[7] > 0) {
      figures.put("hedged.band_accuracy", GoldScorer.round((double) n[6] / n[7]));
    }
    return figures;
  }

  /** tp, fp, fn from {@code at}. */
  private static void tally(int[] n, int at, boolean gold, boolean system) {
    if (gold && system) {
      n[at]++;
    } else if (system) {
      n[at + 1]++;
    } else if (gold) {
      n[at + 2]++;
    }
  }

  private static void put(Map<String, Double> figures, String key, int[] n) {
    double p = n[0] + n[1] == 0 ? 0 : (double) n[0] / (n[0] + n[1]);
    double r = n[0] + n[2] == 0 ? 0 : (double) n[0] / (n[0] + n[2]);
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    figures.put(key + ".precision", GoldScorer.round(p));
    figures.put(key + ".recall", GoldScorer.round(r));
    figures.put(key + ".f1", GoldScorer.round(f));
    figures.put(key + ".gold", (double) (n[0] + n[2]));
  }

  private static String norm(String text) {
    return (text == null ? "" : text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").replaceAll("\\s+", " ").strip();
  }

  /** A prediction lies in a sentence when most of its words occur there (meantime.py's rule). */
  static boolean inSentence(String prediction, String sentence) {
    String p = norm(prediction);
    String s = norm(sentence);
    if (p.isEmpty()) {
      return false;
    }
    if (s.contains(p) || p.contains(s)) {
      return true;
    }
    String[] pw = p.split(" ");
    Set<String> sw = new HashSet<>(List.of(s.split(" ")));
    int n = 0;
    for (String w : pw) {
      n += sw.contains(w) ? 1 : 0;
    }
    return (double) n / pw.length >= 0.8;
  }
}
