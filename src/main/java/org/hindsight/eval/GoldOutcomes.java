package org.hindsight.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hindsight.article.Article;
import org.hindsight.article.CorpusReader;
import org.hindsight.article.ReadOptions;
import org.hindsight.article.ReadOutcome;
import org.hindsight.check.evidence.IndexedPrediction;
import org.hindsight.check.stance.Stance;
import org.hindsight.check.verdict.CheckedPrediction;
import org.hindsight.check.verdict.Status;
import org.hindsight.check.verdict.Verdict;
import org.hindsight.check.verdict.VerdictTrainer;
import org.hindsight.eval.GoldCorpus;
import org.hindsight.eval.GoldScorer;

/**
 * Gold outcomes against verdicts. Two formats share the one reader:
 *
 * <ul>
 *   <li>our corpus ({@code corpus/gold/outcomes.json}): {@code article} is the gold {@code file} of
 *       the source article ({@code fed-september.txt}, {@code wire-2025.jsonl#1}) and {@code
 *       evidence} lists paths relative to the corpus folder (the gold file's folder's parent):
 *       {@code later/2025-08-07-….txt}, {@code articles/wire-2025b.jsonl#1};
 *   <li>Reuters-21578 ({@code corpus/gold/reuters/outcomes-*.json}): {@code article} and {@code
 *       evidence} are story ids as the index holds them ({@code reuters21578-9222}), {@code accept}
 *       lists every status gold accepts, {@code evidence_sentence} quotes the settling sentence.
 * </ul>
 *
 * A name with a file extension is a file; anything else is an article id. A gold outcome names its
 * prediction by a key phrase; it is matched to one of our predictions of that article when the key
 * lies inside our text or at least 80% of its words occur there (the rule of {@code
 * shared/eval/score.py}), one-to-one, best overlap first. Reports how many matched, verdict
 * accuracy (our status among the accepted ones), evidence accuracy (for matched CONFIRMED and
 * REFUTED verdicts that gold accepts, whether our evidence of that stance cites one of the gold
 * evidence articles), and a confusion table.
 *
 * <p>Thread-safe: immutable apart from a concurrent cache of resolved article ids.
 */
public final class GoldOutcomes {

  /**
   * One gold outcome: the article (file or id), key phrase, status, the statuses accepted (the
   * status at least), evidence (paths or ids, clearest first), the settling sentence of the first
   * evidence (null when not given) and the deadline gold reads (null when none). Immutable.
   */
  public record Outcome(
      String article, String key, Status status, Set<Status> accept, List<String> evidence, String evidenceSentence, LocalDate deadline) {
    public Outcome {
      Objects.requireNonNull(status, "status");
      Set<Status> a = EnumSet.of(status);
      a.addAll(accept);
      accept = Collections.unmodifiableSet(a);
      evidence = List.copyOf(evidence);
    }

    public Outcome(String article, String key, Status status, List<String> evidence) {
      this(article, key, status, Set.of(), evidence, null, null);
    }

    /** Whether gold accepts this status. */
    public boolean accepts(Status s) {
      return accept.contains(s);
    }
  }

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

    /** The number of prediction articles the outcomes come from (what {@link #intervals} resamples). */
    public int articles() {
      return (int) rows.stream().map(r -> r.gold().article()).distinct().count();
    }

    /**
     * 95 % intervals of verdict and evidence accuracy ({@code verdict_accuracy},
     * {@code evidence_accuracy}) over resamples of the prediction articles ({@link Bootstrap}).
     */
    public Map<String, Bootstrap.Interval> intervals() {
      return Bootstrap.intervals(rows, r -> r.gold().article(), drawn -> {
        Counts c = Counts.of(drawn);
        return Map.of("verdict_accuracy", c.matched() == 0 ? Double.NaN : (double) c.right() / c.matched(),
            "evidence_accuracy", c.checked() == 0 ? Double.NaN : (double) c.cited() / c.checked());
      }, List.of("verdict_accuracy", "evidence_accuracy"));
    }
  }

  /**
   * What rows count: matched outcomes, those whose status gold accepts, the resolved ones whose
   * evidence was checked, and those citing a gold evidence article. The report's figures and each
   * resample's in {@link Report#intervals} are read from the same rows.
   */
  private record Counts(int matched, int right, int checked, int cited) {
    static Counts of(List<Row> rows) {
      int m = 0;
      int right = 0;
      int checked = 0;
      int cited = 0;
      for (Row r : rows) {
        m += r.ours() != null ? 1 : 0;
        right += r.ours() != null && r.statusOk() ? 1 : 0;
        checked += r.evidenceOk() != null ? 1 : 0;
        cited += Boolean.TRUE.equals(r.evidenceOk()) ? 1 : 0;
      }
      return new Counts(m, right, checked, cited);
    }
  }

  private static final String MISSING = "";

  private final Path corpus;
  private final LocalDate asOf;
  private final String part;
  private final List<Outcome> outcomes;
  private final Map<String, String> ids = new ConcurrentHashMap<>();

  private GoldOutcomes(Path corpus, LocalDate asOf, String part, List<Outcome> outcomes) {
    this.corpus = corpus;
    this.asOf = asOf;
    this.part = part;
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
        Set<Status> accept = EnumSet.noneOf(Status.class);
        for (JsonNode a : o.path("accept")) {
          accept.add(Status.parse(a.asText()));
        }
        LocalDate deadline = o.hasNonNull("deadline") ? LocalDate.parse(o.get("deadline").asText()) : null;
        String sentence = o.hasNonNull("evidence_sentence") ? o.get("evidence_sentence").asText() : null;
        out.add(new Outcome(article, key, Status.parse(o.get("status").asText()), accept, ev, sentence, deadline));
      } catch (IllegalArgumentException | DateTimeException e) {
        throw new IOException(file + ": outcome " + i + ": " + e.getMessage(), e);
      }
    }
    Path parent = file.toAbsolutePath().getParent();
    Path corpus = parent.getParent() == null ? parent : parent.getParent();
    return new GoldOutcomes(corpus, asOf, root.path("part").asText(null), out);
  }

  /** The date the gold verdicts hold as of (null when the file gives none). */
  public LocalDate asOf() {
    return asOf;
  }

  /** The file's {@code part} ("dev", "test"), or null when it names none. */
  public String part() {
    return part;
  }

  /** Whether this is a held-out part: only aggregate figures may be shown, never its rows. */
  public boolean heldOut() {
    return "test".equals(part);
  }

  public List<Outcome> outcomes() {
    return outcomes;
  }

  /**
   * Matches gold outcomes to our predictions: gold index → our prediction, for those matched;
   * one-to-one, best overlap (then tightest text) first.
   */
  public Map<Integer, IndexedPrediction> match(List<IndexedPrediction> ours) {
    Map<String, List<IndexedPrediction>> byArticle = new HashMap<>();
    for (IndexedPrediction p : ours) {
      byArticle.computeIfAbsent(p.article().id(), k -> new ArrayList<>()).add(p);
    }
    record Pair(double overlap, int length, int gold, IndexedPrediction ours) {}
    List<Pair> pairs = new ArrayList<>();
    for (int g = 0; g < outcomes.size(); g++) {
      Outcome o = outcomes.get(g);
      String id = articleId(o.article());
      if (id == null) {
        continue;
      }
      for (IndexedPrediction p : byArticle.getOrDefault(id, List.of())) {
        String text = p.prediction().text();
        double overlap = GoldScorer.overlap(o.key(), text);
        if (overlap >= 0.8) {
          pairs.add(new Pair(overlap, text.length(), g, p));
        }
      }
    }
    pairs.sort((a, b) -> a.overlap() != b.overlap() ? Double.compare(b.overlap(), a.overlap()) : Integer.compare(a.length(), b.length()));
    Map<Integer, IndexedPrediction> matched = new HashMap<>();
    Set<String> used = new HashSet<>();
    for (Pair p : pairs) {
      if (matched.containsKey(p.gold()) || used.contains(p.ours().id())) {
        continue;
      }
      matched.put(p.gold(), p.ours());
      used.add(p.ours().id());
    }
    return matched;
  }

  /**
   * For {@code train verdict}: the prediction a labelled pair was drawn for, found by the gold
   * outcome it names (its story and key), matched to {@code ours} exactly as {@code check-eval}
   * matches them; the id the pair recorded may belong to another prediction once the extractor
   * changed. Null when the outcome is not matched.
   */
  public VerdictTrainer.PredictionFinder pairFinder(List<IndexedPrediction> ours) {
    Map<String, IndexedPrediction> byOutcome = new HashMap<>();
    match(ours).forEach((g, p) -> byOutcome.put(outcomes.get(g).article() + "\n" + outcomes.get(g).key(), p));
    return (id, story, key) -> byOutcome.get(story + "\n" + key);
  }

  /** The id of the article an outcome is about, or null when it cannot be found. */
  public String articleIdOf(Outcome o) {
    return articleId(o.article());
  }

  /** The ids of the articles an outcome's evidence names, in its order (those found). */
  public Set<String> evidenceIds(Outcome o) {
    Set<String> out = new LinkedHashSet<>();
    for (String e : o.evidence()) {
      String id = evidenceId(e);
      if (id != null) {
        out.add(id);
      }
    }
    return out;
  }

  /** Compares the gold outcomes with our checked predictions. */
  public Report compare(List<CheckedPrediction> checked) throws IOException {
    Map<String, CheckedPrediction> byId = new HashMap<>();
    List<IndexedPrediction> indexed = new ArrayList<>();
    for (CheckedPrediction c : checked) {
      byId.put(c.indexed().id(), c);
      indexed.add(c.indexed());
    }
    Map<Integer, CheckedPrediction> matched = new HashMap<>();
    match(indexed).forEach((g, p) -> matched.put(g, byId.get(p.id())));
    Map<Status, Map<Status, Integer>> confusion = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      confusion.put(s, new EnumMap<>(Status.class));
    }
    List<Row> rows = new ArrayList<>();
    for (int g = 0; g < outcomes.size(); g++) {
      Outcome o = outcomes.get(g);
      CheckedPrediction c = matched.get(g);
      if (c == null) {
        rows.add(new Row(o, null, false, null));
        continue;
      }
      Status ours = c.verdict().status();
      boolean ok = o.accepts(ours);
      confusion.get(o.status()).merge(ours, 1, Integer::sum);
      Boolean evidenceOk = ok && ours.resolved() ? citesGold(o, c.verdict()) : null;
      rows.add(new Row(o, c, ok, evidenceOk));
    }
    Counts n = Counts.of(rows);
    return new Report(asOf, outcomes.size(), n.matched(), n.right(), n.checked(), n.cited(), confusion, rows);
  }

  /** Whether a resolved verdict's evidence of its own stance cites one of the outcome's gold evidence articles. */
  public boolean citesGold(Outcome o, Verdict v) {
    Set<String> goldIds = evidenceIds(o);
    Stance stance = v.status() == Status.CONFIRMED ? Stance.SUPPORTS : Stance.REFUTES;
    return v.evidence().stream().filter(e -> e.stance() == stance).anyMatch(e -> goldIds.contains(e.articleId()));
  }

  /**
   * Whether a gold name is a file (it has an extension: {@code x.txt}, {@code x.jsonl#2}) rather
   * than an article id ({@code reuters21578-9222}).
   */
  static boolean isFile(String name) {
    String n = name.contains("#") ? name.substring(0, name.indexOf('#')) : name;
    String last = n.substring(n.lastIndexOf('/') + 1);
    int dot = last.lastIndexOf('.');
    return dot > 0 && dot < last.length() - 1 && last.substring(dot + 1).chars().allMatch(Character::isLetterOrDigit);
  }

  /** The id of the article a gold "article" names: an id as it is, a file searched below the corpus folder; null when not found. */
  private String articleId(String name) {
    if (!isFile(name)) {
      return name;
    }
    return cached(name, () -> {
      try {
        Article a = GoldCorpus.findArticle(corpus, name);
        return a == null ? null : a.id();
      } catch (IOException e) {
        throw new UncheckedIOException(corpus + ": cannot look for " + name + ": " + e.getMessage(), e);
      }
    });
  }

  /** A resolved id from the cache, else computed (outside the map: one resolution may need another) and kept. */
  private String cached(String key, java.util.function.Supplier<String> resolve) {
    String id = ids.get(key);
    if (id == null) {
      String found = resolve.get();
      id = found == null ? MISSING : found;
      ids.put(key, id);
    }
    return id.equals(MISSING) ? null : id;
  }

  /** The id of the article an evidence entry names ("later/x.txt", "articles/x.jsonl#2", or an id), or null. */
  private String evidenceId(String path) {
    if (!isFile(path)) {
      return path;
    }
    return cached("@" + path, () -> evidenceFileId(path));
  }

  private String evidenceFileId(String path) {
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
