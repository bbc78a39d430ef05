package org.hindsight.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hindsight.article.Article;
import org.hindsight.article.CorpusReader;
import org.hindsight.article.ReadOptions;
import org.hindsight.article.ReadOutcome;
import org.hindsight.eval.GoldCorpus;
import org.hindsight.eval.GoldScorer;

/**
 * Gold outcomes ({@code corpus/gold/outcomes.json}) against verdicts. A gold outcome names its
 * prediction by the source article's gold {@code file} and a key phrase; it is matched to one of
 * our predictions of that article when the key lies inside our text or at least 80% of its words
 * occur there (the rule of {@code shared/eval/score.py}), one-to-one, best overlap first. Reports
 * how many matched, verdict accuracy (status equal), evidence accuracy (for matched CONFIRMED and
 * REFUTED verdicts that agree with gold, whether our evidence cites one of the gold evidence
 * articles, resolved from their paths relative to the corpus), and a confusion table.
 *
 * <p>Evidence paths are relative to the corpus folder (the gold file's folder's parent): {@code
 * later/2025-08-07-….txt}, {@code articles/wire-2025b.jsonl#1}.
 */
public final class GoldOutcomes {

  /** One gold outcome: article file, key phrase, status, evidence paths. */
  public record Outcome(String article, String key, Status status, List<String> evidence) {}

  /** One gold outcome and what we said about it (our verdict null when unmatched). */
  public record Row(Outcome gold, CheckedPrediction ours, boolean statusOk, Boolean evidenceOk) {}

  /** The comparison. Immutable. */
  public record Report(
      LocalDate asOf,
      int gold,
      int matched,
      int statusCorrect,
      int evidenceChecked,
      int evidenceCorrect,
      Map<Status, Map<Status, Integer>> confusion,
      List<Row> rows) {

    public double verdictAccuracy() {
      return matched == 0 ? 0 : (double) statusCorrect / matched;
    }

    public double evidenceAccuracy() {
      return evidenceChecked == 0 ? 0 : (double) evidenceCorrect / evidenceChecked;
    }
  }

  private final Path corpus;
  private final LocalDate asOf;
  private final List<Outcome> outcomes;

  private GoldOutcomes(Path corpus, LocalDate asOf, List<Outcome> outcomes) {
    this.corpus = corpus;
    this.asOf = asOf;
    this.outcomes = List.copyOf(outcomes);
  }

  /** Reads a gold outcomes file; the corpus folder is its folder's parent. */
  public static GoldOutcomes read(Path file) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(file + ": not JSON: " + e.getOriginalMessage(), e);
    }
    LocalDate asOf = root.hasNonNull("as_of") ? LocalDate.parse(root.get("as_of").asText()) : null;
    List<Outcome> out = new ArrayList<>();
    int i = 0;
    for (JsonNode o : root.path("outcomes")) {
      i++;
      List<String> ev = new ArrayList<>();
      o.path("evidence").forEach(e -> ev.add(e.asText()));
      String article = o.path("article").asText(null);
      String key = o.path("prediction").asText(null);
      if (article == null || key == null || !o.hasNonNull("status")) {
        throw new IOException(file + ": outcome " + i + " lacks article, prediction or status");
      }
      try {
        out.add(new Outcome(article, key, Status.parse(o.get("status").asText()), ev));
      } catch (IllegalArgumentException e) {
        throw new IOException(file + ": outcome " + i + ": " + e.getMessage(), e);
      }
    }
    Path parent = file.toAbsolutePath().getParent();
    Path corpus = parent.getParent() == null ? parent : parent.getParent();
    return new GoldOutcomes(corpus, asOf, out);
  }

  /** The date the gold verdicts hold as of (null when the file gives none). */
  public LocalDate asOf() {
    return asOf;
  }

  public List<Outcome> outcomes() {
    return outcomes;
  }

  /** Compares the gold outcomes with our checked predictions. */
  public Report compare(List<CheckedPrediction> checked) throws IOException {
    Map<String, List<CheckedPrediction>> byArticle = new HashMap<>();
    for (CheckedPrediction c : checked) {
      byArticle.computeIfAbsent(c.indexed().article().id(), k -> new ArrayList<>()).add(c);
    }
    Map<String, String> articleIds = new HashMap<>();
    // greedy one-to-one matching per article, best overlap (then tightest text) first
    record Pair(double overlap, int length, int gold, CheckedPrediction ours) {}
    List<Pair> pairs = new ArrayList<>();
    for (int g = 0; g < outcomes.size(); g++) {
      Outcome o = outcomes.get(g);
      String id = articleIds.computeIfAbsent(o.article(), this::articleId);
      if (id == null) {
        continue;
      }
      for (CheckedPrediction c : byArticle.getOrDefault(id, List.of())) {
        String text = c.indexed().prediction().text();
        double overlap = GoldScorer.overlap(o.key(), text);
        if (overlap >= 0.8) {
          pairs.add(new Pair(overlap, text.length(), g, c));
        }
      }
    }
    pairs.sort((a, b) -> a.overlap() != b.overlap() ? Double.compare(b.overlap(), a.overlap()) : Integer.compare(a.length(), b.length()));
    Map<Integer, CheckedPrediction> matched = new HashMap<>();
    Set<String> used = new HashSet<>();
    for (Pair p : pairs) {
      if (matched.containsKey(p.gold()) || used.contains(p.ours().indexed().id())) {
        continue;
      }
      matched.put(p.gold(), p.ours());
      used.add(p.ours().indexed().id());
    }
    Map<Status, Map<Status, Integer>> confusion = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      confusion.put(s, new EnumMap<>(Status.class));
    }
    List<Row> rows = new ArrayList<>();
    int correct = 0;
    int evidenceChecked = 0;
    int evidenceCorrect = 0;
    for (int g = 0; g < outcomes.size(); g++) {
      Outcome o = outcomes.get(g);
      CheckedPrediction c = matched.get(g);
      if (c == null) {
        rows.add(new Row(o, null, false, null));
        continue;
      }
      Status ours = c.verdict().status();
      boolean ok = ours == o.status();
      if (ok) {
        correct++;
      }
      confusion.get(o.status()).merge(ours, 1, Integer::sum);
      Boolean evidenceOk = null;
      if (ok && ours.resolved()) {
        Set<String> goldIds = new LinkedHashSet<>();
        for (String path : o.evidence()) {
          String id = articleIds.computeIfAbsent("@" + path, k -> evidenceId(path));
          if (id != null) {
            goldIds.add(id);
          }
        }
        evidenceOk = c.verdict().evidence().stream().filter(e -> e.stance() == (ours == Status.CONFIRMED ? Stance.SUPPORTS : Stance.REFUTES))
            .anyMatch(e -> goldIds.contains(e.articleId()));
        evidenceChecked++;
        if (evidenceOk) {
          evidenceCorrect++;
        }
      }
      rows.add(new Row(o, c, ok, evidenceOk));
    }
    return new Report(asOf, outcomes.size(), matched.size(), correct, evidenceChecked, evidenceCorrect, confusion, rows);
  }

  /** The id of the article a gold "article" names (searched below the corpus folder), or null. */
  private String articleId(String file) {
    try {
      Article a = GoldCorpus.findArticle(corpus, file);
      return a == null ? null : a.id();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(corpus + ": cannot look for " + file + ": " + e.getMessage(), e);
    }
  }

  /** The id of the article an evidence path names ("later/x.txt", "articles/x.jsonl#2"), or null. */
  private String evidenceId(String path) {
    String name = path.contains("#") ? path.substring(0, path.indexOf('#')) : path;
    int line = path.contains("#") ? Integer.parseInt(path.substring(path.indexOf('#') + 1)) : 0;
    Path file = corpus.resolve(name);
    if (!Files.isRegularFile(file)) {
      return articleId(Path.of(name).getFileName() + (line > 0 ? "#" + line : ""));
    }
    List<Article> read = new ArrayList<>();
    for (ReadOutcome o : new CorpusReader(ReadOptions.defaults()).read(List.of(file))) {
      if (o instanceof ReadOutcome.Read r) {
        read.add(r.article());
      }
    }
    if (line > 0) {
      return read.size() >= line ? read.get(line - 1).id() : null;
    }
    return read.isEmpty() ? null : read.get(0).id();
  }

  @Override
  public String toString() {
    return "GoldOutcomes[" + outcomes.size() + " outcomes, corpus " + corpus + "]";
  }
}
