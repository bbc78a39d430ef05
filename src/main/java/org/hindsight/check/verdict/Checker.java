package org.hindsight.check.verdict;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.hindsight.check.evidence.Affiliations;
import org.hindsight.check.evidence.ArticleView;
import org.hindsight.check.evidence.Embedder;
import org.hindsight.check.evidence.EventQuery;
import org.hindsight.check.evidence.EvidenceIndex;
import org.hindsight.check.evidence.IndexedPrediction;
import org.hindsight.check.evidence.LaterSentence;
import org.hindsight.check.evidence.Lexicon;
import org.hindsight.check.evidence.Meaning;
import org.hindsight.check.evidence.Retriever;
import org.hindsight.check.stance.Judgement;
import org.hindsight.check.stance.Stance;
import org.hindsight.check.stance.StanceJudge;

/**
 * Checks one prediction against later reporting. Candidate sentences come from two retrieval
 * channels over the index (items about the prediction's actors; items sharing its event words or
 * their WordNet synonyms and derivations); the best of them by words and actors are compared in
 * meaning with sentence embeddings; each is judged by {@link StanceJudge}; a weighted score fuses
 * the word match, the meaning match and the actors into one ranking. Evidence is what scores at
 * least {@link CheckConfig#evidenceThreshold} and reports an outcome (supports or refutes). The
 * verdict:
 *
 * <ul>
 *   <li>CONFIRMED when the best supporting evidence dates the event no later than the deadline
 *       plus {@link CheckConfig#graceDays} and outweighs any refutation;
 *   <li>REFUTED when refuting evidence outweighs support ("for now" reports refute only once the
 *       deadline has passed);
 *   <li>else EXPIRED when the deadline ({@link IndexedPrediction#deadline()}) has passed by the as-of
 *       date ({@link #deadlinePassed}), OPEN otherwise.
 * </ul>
 *
 * <p>Thread-safe when its collaborators are (they are: index, judge, embedder).
 */
public final class Checker {

  /** Candidates scoring less than this by words and actors are not compared in meaning. */
  static final double EMBED_FLOOR = 0.25;
  /** Candidates with less of the event's words than this are not compared in meaning (actors alone are not enough). */
  static final double EMBED_COVERAGE = 0.15;
  /** Topics are compared for candidates scoring at least this share of the evidence threshold. */
  static final double TOPIC_FLOOR = 0.7;
  /** The meaning similarity a sentence without the event's head word needs to count as evidence. */
  static final double MEANING_WITHOUT_ANCHOR = 0.6;
  /** The score factor when the sentence's event is done by an actor the prediction does not name. */
  static final double AGENT_MISMATCH = 0.6;
  /** The score factor when only one of the prediction's words is found. */
  static final double SINGLE_WORD = 0.75;
  /** The meaning similarity above which one word in common is enough. */
  static final double SINGLE_WORD_MEANING = 0.4;
  /** How much of the score depends on the two articles' topics being alike. */
  static final double TOPIC_WEIGHT = 0.3;

  private final Retriever retriever;
  private final StanceJudge judge;
  private final Meaning meaning;
  private final CheckConfig config;
  private final VerdictModel model;

  /**
   * A checker whose verdicts come from the shipped verdict model ({@link VerdictModel#bundled()})
   * when {@link CheckConfig#learnedVerdict()} asks for it, else from the hand rules.
   *
   * @param embedder sentence embeddings; null to check by words and actors alone
   */
  public Checker(EvidenceIndex index, Lexicon lexicon, Embedder embedder, CheckConfig config) {
    this(index, lexicon, embedder, config, config.learnedVerdict() ? VerdictModel.bundled() : null);
  }

  /**
   * @param embedder sentence embeddings; null to check by words and actors alone
   * @param model the verdict model; null for the hand rules (the trainer's candidates need none)
   */
  public Checker(EvidenceIndex index, Lexicon lexicon, Embedder embedder, CheckConfig config, VerdictModel model) {
    this.config = Objects.requireNonNull(config, "config");
    this.model = model;
    this.retriever = new Retriever(index, lexicon, config.perChannel(), config.asOf());
    this.judge = new StanceJudge(lexicon);
    this.meaning = embedder == null ? null : new Meaning(embedder);
  }

  /** One candidate sentence with its judgement and scores, and the prediction's event it was judged against. Immutable. */
  public record Candidate(
      LaterSentence sentence, Judgement judgement, double similarity, double topic, double actorScore, double score, double fused, EventQuery query) {}

  /**
   * One candidate as the verdict model reads it, and whether the outcome's definition rules it out
   * (a confirmation after the window, a "for now" report before the deadline, an event before a
   * later window opens) whatever the model reads.
   */
  public record Read(Candidate candidate, VerdictModel.Reading reading, boolean ruledOut) {}

  /**
   * How the verdict model reads a prediction's best candidates, in rank order, as {@link #decide}
   * weighs them (for {@code --explain}); empty under the hand rules.
   */
  public List<Read> readings(IndexedPrediction p, List<Candidate> candidates) {
    return model == null ? List.of() : VerdictByModel.read(model, config, p, candidates);
  }

  /** The strongest of {@code readings} that the verdict weighs (not ruled out), as {@link #decide} picks it; null when none. */
  public static Read strongest(List<Read> readings) {
    List<Read> weighed = VerdictByModel.weighed(readings);
    return weighed.isEmpty() ? null : weighed.get(0);
  }

  /** The verdict model deciding, or null under the hand rules. */
  public VerdictModel model() {
    return model;
  }

  /** What decides: the model's fingerprint, or "rules". */
  public String decider() {
    return model == null ? "rules" : model.fingerprint();
  }

  /** The candidates for a prediction, best first (everything scored, evidence or not). */
  public List<Candidate> candidates(IndexedPrediction p) throws IOException {
    return candidates(p, null);
  }

  /**
   * The candidates, best first.
   *
   * @param onlyArticles when not null, only sentences of these articles (an incremental check asks
   *     whether new articles could matter)
   */
  public List<Candidate> candidates(IndexedPrediction p, Collection<String> onlyArticles) throws IOException {
    Retriever.Found found = retriever.find(p, onlyArticles);
    EventQuery q = found.query();
    Map<String, LaterSentence> sentences = found.sentences();
    Map<String, Integer> wordRank = found.wordRank();
    Map<String, Integer> actorRank = found.actorRank();
    if (sentences.isEmpty()) {
      return List.of();
    }
    List<String> keys = new ArrayList<>(sentences.keySet());
    Map<String, Judgement> judged = new HashMap<>();
    Map<String, Double> actorScores = new HashMap<>();
    Map<String, Double> prelim = new HashMap<>();
    for (String k : keys) {
      LaterSentence s = sentences.get(k);
      Judgement j = judge.judge(q, s);
      judged.put(k, j);
      double a = actorScore(q, s, j);
      actorScores.put(k, a);
      prelim.put(k, 0.75 * j.coverage() + 0.25 * a);
    }
    // meaning: the best by words and actors only, and only those that could count (embedding
    // costs ~5 ms a sentence)
    Map<String, Double> similarity = new HashMap<>();
    Map<String, Double> topic = new HashMap<>();
    boolean embedding = meaning != null && config.embedTop() > 0;
    if (embedding) {
      List<String> top = new ArrayList<>();
      for (String k : keys) {
        if (prelim.get(k) >= EMBED_FLOOR && judged.get(k).coverage() >= EMBED_COVERAGE) {
          top.add(k);
        }
      }
      top.sort(Comparator.comparingDouble((String k) -> -prelim.get(k)).thenComparing(k -> k));
      top = new ArrayList<>(top.subList(0, Math.min(config.embedTop(), top.size())));
      // and the best about the event's actors, whatever their words: a paraphrase ("completed the
      // acquisition" for "the deal will close") shares the actors, not the words
      List<String> byActors = new ArrayList<>(actorRank.keySet());
      byActors.sort(Comparator.comparingInt((String k) -> actorRank.get(k)).thenComparing(k -> k));
      int extra = 0;
      for (String k : byActors) {
        if (extra >= config.embedByActors()) {
          break;
        }
        if (!top.contains(k)) {
          top.add(k);
          extra++;
        }
      }
      if (!top.isEmpty()) {
        Meaning.Similarities sim = meaning.similarities(q, top.stream().map(sentences::get).toList());
        similarity.putAll(sim.byKey());
        // topics, for those near enough the threshold for it to matter: the later article is on
        // the prediction's topic when its headline is close to the prediction's article's
        // headline or to the prediction's own sentence
        List<LaterSentence> near = new ArrayList<>();
        for (String k : top) {
          if (score(q, judged.get(k), similarity.get(k), actorScores.get(k), true, null) >= TOPIC_FLOOR * config.evidenceThreshold()) {
            near.add(sentences.get(k));
          }
        }
        if (!near.isEmpty()) {
          topic.putAll(meaning.topics(p.article(), sim.context(), near));
        }
      }
    }
    // fuse: a weighted score decides; reciprocal-rank fusion of the three channels breaks ties
    Map<String, Integer> meaningRank = ranks(similarity);
    List<Candidate> out = new ArrayList<>();
    for (String k : keys) {
      Judgement j = judged.get(k);
      double sim = similarity.getOrDefault(k, 0.0);
      double score = score(q, j, sim, actorScores.get(k), embedding, topic.get(k));
      double fused = rrf(wordRank.get(k)) + rrf(actorRank.get(k)) + rrf(meaningRank.get(k));
      out.add(new Candidate(sentences.get(k), j, sim, topic.getOrDefault(k, Double.NaN), actorScores.get(k), score, fused, q));
    }
    out.sort(Comparator.comparingDouble((Candidate c) -> -c.score()).thenComparingDouble(c -> -c.fused()).thenComparing(c -> c.sentence().key()));
    return out;
  }

  /** See {@link Retriever#touchedBy}. */
  public boolean touchedBy(IndexedPrediction p, Collection<String> articles) throws IOException {
    return retriever.touchedBy(p, articles);
  }

  /** The event query of a prediction (its article's actor mentions mark which words are names). */
  public EventQuery query(IndexedPrediction p, ArticleView own) {
    return retriever.query(p, own);
  }

  /**
   * The fused match score of a sentence (0–1): word coverage weighs most, then meaning (cosine
   * above 0.2, scaled), then actors; a sentence without the event's head word, or dated to
   * another month than the prediction names, scores less.
   */
  double score(EventQuery q, Judgement j, double similarity, double actorScore, boolean embedded, Double topic) {
    double meaning = Math.max(0, Math.min(1, (similarity - 0.2) / 0.5));
    double s = embedded ? 0.5 * j.coverage() + 0.35 * meaning + 0.15 * actorScore : 0.75 * j.coverage() + 0.25 * actorScore;
    if (VerdictFeatures.otherAgent(q, j)) {
      // someone else did it: "Andrzej Duda vetoed" is not "Nawrocki vetoed"
      s *= AGENT_MISMATCH;
    }
    if (j.matchedTerms() < 2 && similarity < SINGLE_WORD_MEANING && !retriever.genericEvent(q)) {
      // one word in common ("appeal", "cut") and little else alike is a coincidence more often than not
      s *= SINGLE_WORD;
    }
    if (topic != null) {
      // the articles' topics (their titles' meaning): same actors in an unrelated story weigh less
      s *= 1 - TOPIC_WEIGHT + TOPIC_WEIGHT * Math.max(0, Math.min(1, (topic - 0.05) / 0.35));
    }
    if (!j.anchorFound()) {
      s *= 0.8;
    }
    if (j.monthClash()) {
      s *= 0.7;
    }
    return s;
  }

  private static double rrf(Integer rank) {
    return rank == null ? 0 : 1.0 / (60 + rank);
  }

  private static Map<String, Integer> ranks(Map<String, Double> values) {
    List<String> keys = new ArrayList<>(values.keySet());
    keys.sort(Comparator.comparingDouble((String k) -> -values.get(k)).thenComparing(k -> k));
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      out.put(keys.get(i), i + 1);
    }
    return out;
  }

  /**
   * 1 when the sentence is about the event's subject, 0.6 when about another of its actors, 0 when
   * neither; at most 0.3 when the sentence's event is done by an actor the prediction does not
   * name ("the European Central Bank kept rates" for a prediction about the Fed).
   */
  private static double actorScore(EventQuery q, LaterSentence s, Judgement j) {
    if (q.actors().isEmpty()) {
      return 0.3;
    }
    if (VerdictFeatures.otherAgent(q, j)) {
      return s.actors().contains(q.subjectActor()) ? 0.3 : 0;
    }
    if (q.subjectActor() != null && s.actors().contains(q.subjectActor())) {
      return 1.0;
    }
    for (String a : q.actors()) {
      if (s.actors().contains(a)) {
        return 0.6;
      }
    }
    return 0;
  }

  /** Checks one prediction. */
  public Verdict check(IndexedPrediction p) throws IOException {
    LocalDate asOf = config.asOf();
    if (p.article().published() == null) {
      return new Verdict(p.id(), Status.OPEN, 0.5, List.of(), asOf, false, "undated article: nothing can be later");
    }
    return decide(p, candidates(p));
  }

  /** The verdict from scored candidates: by the verdict model when there is one, else by the hand rules. */
  public Verdict decide(IndexedPrediction p, List<Candidate> candidates) {
    return model != null ? VerdictByModel.decide(model, config, p, candidates) : decideByRules(p, candidates);
  }

  private Verdict decideByRules(IndexedPrediction p, List<Candidate> candidates) {
    LocalDate asOf = config.asOf();
    LocalDate deadline = p.deadline();
    VerdictFeatures.Window window = VerdictFeatures.window(p, config.graceDays());
    LocalDate lastEventDay = window.last();
    LocalDate firstEventDay = window.first();
    List<Evidence> supports = new ArrayList<>();
    List<Evidence> refutes = new ArrayList<>();
    double bestSupport = 0;
    double bestRefute = 0;
    for (Candidate c : candidates) {
      Judgement j = c.judgement();
      if (!ruleEvidence(c, config)) {
        continue;
      }
      LaterSentence s = c.sentence();
      LocalDate published = s.article().day();
      if (j.stance() == Stance.SUPPORTS) {
        LocalDate when = j.eventDate() != null ? j.eventDate() : published;
        if (lastEventDay != null && when != null && when.isAfter(lastEventDay)) {
          continue;
        }
        if (firstEventDay != null && when != null && when.isBefore(firstEventDay)) {
          continue;
        }
        if (supports.size() < config.maxEvidence()) {
          supports.add(evidence(c));
        }
        bestSupport = Math.max(bestSupport, c.score());
      } else {
        if (j.provisional() && deadline != null && published != null && published.isBefore(deadline)) {
          continue;
        }
        LocalDate when = j.eventDate() != null ? j.eventDate() : published;
        if (firstEventDay != null && when != null && when.isBefore(firstEventDay)) {
          continue;
        }
        if (refutes.size() < config.maxEvidence()) {
          refutes.add(evidence(c));
        }
        bestRefute = Math.max(bestRefute, c.score());
      }
    }
    if (bestSupport > 0 || bestRefute > 0) {
      boolean confirmed = bestSupport >= bestRefute;
      double best = confirmed ? bestSupport : bestRefute;
      double against = confirmed ? bestRefute : bestSupport;
      double confidence = clamp(0.5 + (best - config.evidenceThreshold()) * 1.5 - against * 0.5, 0.05, 0.99);
      List<Evidence> ev = new ArrayList<>(confirmed ? supports : refutes);
      ev.addAll(confirmed ? refutes : supports);
      return new Verdict(
          p.id(),
          confirmed ? Status.CONFIRMED : Status.REFUTED,
          round(confidence),
          ev,
          asOf,
          false,
          String.format(Locale.ROOT, "best %s %.2f (against %.2f)", confirmed ? "support" : "refutation", best, against));
    }
    double nearest = candidates.isEmpty() ? 0 : candidates.get(0).score();
    if (deadlinePassed(deadline, asOf)) {
      return new Verdict(
          p.id(), Status.EXPIRED, round(clamp(1 - nearest, 0.05, 0.95)), List.of(), asOf, false,
          "deadline " + deadline + " passed without evidence");
    }
    return new Verdict(
        p.id(), Status.OPEN, round(clamp(1 - nearest, 0.05, 0.95)), List.of(), asOf, false,
        deadline == null ? "no deadline" : "deadline " + deadline + " not reached");
  }

  /**
   * Whether the hand rules count a candidate as evidence: it scores at least the threshold, reports
   * an outcome, and has the event's head word or is a close paraphrase.
   */
  static boolean ruleEvidence(Candidate c, CheckConfig config) {
    Judgement j = c.judgement();
    return c.score() >= config.evidenceThreshold() && j.stance() != Stance.UNRELATED
        && (j.anchorFound() || c.similarity() >= MEANING_WITHOUT_ANCHOR);
  }

  static Evidence evidence(Candidate c) {
    return evidence(c, c.judgement().stance());
  }

  /** A candidate as evidence of the given stance (the verdict model's reading of it). */
  static Evidence evidence(Candidate c, Stance stance) {
    LaterSentence s = c.sentence();
    return new Evidence(
        s.article().id(), s.article().title(), s.article().url(), s.article().published(), s.text(), s.begin(), s.end(),
        stance, round(c.score()));
  }

  static double clamp(double x, double lo, double hi) {
    return Math.max(lo, Math.min(hi, x));
  }

  static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  /**
   * Whether a deadline has passed as of {@code asOf}. The as-of date is the end of that day (a
   * check as of D reads everything published on D, as {@code CheckRun} does), so a deadline of D
   * itself has passed: "by the end of 1987" is over as of 1987-12-31.
   */
  public static boolean deadlinePassed(LocalDate deadline, LocalDate asOf) {
    return deadline != null && !deadline.isAfter(asOf);
  }
}
