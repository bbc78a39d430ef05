package org.hindsight.extract.prediction;

import static org.hindsight.extract.prediction.cue.CueContext.EMBEDDING;
import static org.hindsight.extract.prediction.cue.CueContext.isQuestion;
import static org.hindsight.extract.prediction.cue.CueContext.published;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hindsight.article.Span;
import org.hindsight.extract.Cue;
import org.hindsight.extract.Holder;
import org.hindsight.extract.Polarity;
import org.hindsight.extract.Prediction;
import org.hindsight.extract.actor.Actor;
import org.hindsight.extract.actor.ActorMention;
import org.hindsight.extract.claim.Attribution;
import org.hindsight.extract.prediction.clause.ClauseGrouper;
import org.hindsight.extract.prediction.clause.Conjuncts;
import org.hindsight.extract.prediction.clause.Group;
import org.hindsight.extract.prediction.clause.TrailingReport;
import org.hindsight.extract.prediction.cue.CueFinder;
import org.hindsight.extract.prediction.cue.Hit;
import org.hindsight.extract.prediction.cue.Role;
import org.hindsight.extract.prediction.horizon.HorizonResolver;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.Dependency;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * Finds future-oriented statements and gives each its hedge cues, probability, level, polarity,
 * condition, horizon, holder and actors.
 *
 * <p>Cues come from the {@link HedgeLexicon} (matched longest first on normalised words: "won't" →
 * "will not", "are set to" → "is set to", "planned to" → "plans to"). A cue either opens a
 * prediction (modals and future forms, verb frames, "there is a risk that", "no guarantee that",
 * "none … guarantees", an adjective on an event noun: "the possible introduction of", explicit
 * odds) or only hedges one (adverbs, attributive adjectives, intensifiers). Not predictions:
 * questions and embedded questions ("whether X will …"), counterfactual past ("could have moved"),
 * modals in clauses dated before publication, and deontic "should" without a horizon. The span is
 * the clause the cue governs (the dependency subtree of its predicate); a frame and the modal clause
 * it introduces are one prediction. The flow: {@link CueFinder} (cues of a sentence) → {@link
 * ClauseGrouper} (their clauses) → {@link Conjuncts} (a span per coordinated prediction) → {@link
 * Certainty} (probability, polarity), the holder from {@link Attribution}, actors, condition, and
 * {@link HorizonResolver}. Stateless after construction; thread-safe.
 */
public final class PredictionExtractor {

  /** A clause some cue opened, before the model decides whether it is a prediction. */
  public record Candidate(Sentence sentence, Group group) {}

  /** Decides which candidates are predictions. Thread-safe implementations only. */
  @FunctionalInterface
  public interface Filter {
    boolean keep(AnnotatedDocument doc, Candidate c);

    /** Keeps every candidate: the rules alone. */
    static Filter all() {
      return (doc, c) -> true;
    }
  }

  /** The value of a fallback candidate whose word has none in the lexicon ("expect"): the lexicon's "expected to". */
  private static final double FALLBACK_VALUE = 0.75;

  private final HedgeLexicon lexicon;
  private final Set<String> cueWords;
  private final CueFinder cues;
  private final ClauseGrouper clauses;
  private final Certainty certainty;
  private final Filter filter;

  /** The rules alone: every candidate is a prediction. */
  public PredictionExtractor(HedgeLexicon lexicon) {
    this(lexicon, Filter.all());
  }

  public PredictionExtractor(HedgeLexicon lexicon, Filter filter) {
    this.lexicon = lexicon;
    this.cueWords = lexicon.cueWords(Set.of("expect", "predict", "forecast", "anticipate", "project", "estimate", "plan", "hope"));
    this.cues = new CueFinder(lexicon);
    this.clauses = new ClauseGrouper(lexicon);
    this.certainty = new Certainty(lexicon);
    this.filter = filter;
  }

  public HedgeLexicon lexicon() {
    return lexicon;
  }

  public List<Prediction> extract(AnnotatedDocument doc, List<Actor> actors, Attribution attribution) {
    return extract(doc, actors, attribution, filter);
  }

  /** The predictions among the candidates that {@code keep} keeps (training compares filters). */
  public List<Prediction> extract(AnnotatedDocument doc, List<Actor> actors, Attribution attribution, Filter keep) {
    List<Prediction> out = new ArrayList<>();
    for (Candidate c : candidates(doc)) {
      if (keep.keep(doc, c)) {
        out.add(build(doc, c.sentence(), c.group(), actors, attribution, out.size()));
      }
    }
    return out;
  }

  /**
   * Every clause a cue opens, in text order: what the rules propose; and, for a cue word the rules
   * did not turn into a prediction, its clause as a fallback candidate (kind {@code FALLBACK}), so
   * that no sentence a cue-word baseline would catch is out of the model's reach.
   */
  public List<Candidate> candidates(AnnotatedDocument doc) {
    List<Candidate> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      if (isQuestion(doc, s)) {
        continue;
      }
      List<Hit> hits = cues.findCues(doc, s);
      List<Group> groups = Conjuncts.carve(s, Conjuncts.split(s, clauses.group(s, hits)));
      for (Group g : groups) {
        out.add(new Candidate(s, g));
      }
      List<Group> fallbacks = new ArrayList<>();
      for (Token t : s.tokens()) {
        String lemma = t.lowerLemma();
        boolean cue = cueWords.contains(t.lower()) || (t.isVerb() && cueWords.contains(lemma));
        int k = t.index();
        if (!cue || groups.stream().anyMatch(g -> g.covers(k)) || fallbacks.stream().anyMatch(g -> g.covers(k))) {
          continue;
        }
        int[] c = ClauseGrouper.clause(s, k);
        Group g = new Group(k, c[0], c[1] + 1);
        HedgeLexicon.Entry e = lexicon.get(t.lower());
        double p = e == null || e.probability() == null ? FALLBACK_VALUE : e.probability();
        g.hits.add(new Hit(k, k + 1, k, new HedgeLexicon.Entry("fallback:" + lemma, "FALLBACK", p, null), Role.OPEN, p));
        ClauseGrouper.trim(s, g);
        fallbacks.add(g);
        out.add(new Candidate(s, g));
      }
    }
    out.sort(Comparator.comparingInt((Candidate c) -> c.sentence().index()).thenComparingInt(c -> c.group().from));
    return out;
  }

  /**
   * Whether a sentence of a document not parsed yet may hold a prediction: it is no question, and
   * it holds a cue the lexicon accepts in this context, or a date after publication (a scheduled
   * event in the present tense). The fast pipeline parses only these sentences.
   */
  public boolean mayHoldPrediction(AnnotatedDocument unparsed, Sentence s) {
    if (isQuestion(unparsed, s)) {
      return false;
    }
    if (!cues.findCues(unparsed, s).isEmpty()) {
      return true;
    }
    LocalDate pub = published(unparsed);
    return pub != null
        && unparsed.times().stream().anyMatch(t -> t.sentence() == s.index() && t.resolved() && t.begin().isAfter(pub));
  }

  private Prediction build(
      AnnotatedDocument doc, Sentence s, Group g, List<Actor> actors, Attribution attribution, int n) {
    String text = doc.article().text();
    Span span = s.span(g.from, g.to);
    List<Cue> cues = new ArrayList<>();
    for (Hit h : g.hits) {
      if (h.entry().kind().equals("INTENSIFIER") && !Certainty.hasScoredAfter(g, h)) {
        continue;
      }
      Span cs = s.span(h.from(), h.to());
      cues.add(new Cue(cs.of(text), cs));
    }
    Polarity polarity = Certainty.polarity(s, g);
    double p = certainty.probability(s, g);
    if (polarity == Polarity.NEGATIVE) {
      p = 1 - p; // "won't happen" at 0.975 is the event at 0.025: probability is always the event's
    }
    HedgeLexicon.Band band = lexicon.band(p);
    Holder holder = attribution.holder(s, span);
    List<String> ids = actorsIn(actors, span, s, g);
    String condition = condition(s, g, text);
    String id = doc.article().id() + ":p" + n;
    // the report after it ("…, Chiles said") names the holder, read above from the whole clause;
    // it stays when a cue lies in it ("…, analysts forecast")
    int end = TrailingReport.end(s.tokens(), g.from, g.to);
    for (Hit h : g.hits) {
      end = h.to() > end ? g.to : end;
    }
    Span shown = s.span(g.from, end);
    return new Prediction(
        id, shown.of(text), shown, holder, ids, cues, round3(p), band.level(), polarity, condition,
        HorizonResolver.resolve(doc, s, span, g.head));
  }

  private static double round3(double p) {
    return Math.round(p * 1000) / 1000.0;
  }

  private static List<String> actorsIn(List<Actor> actors, Span span, Sentence s, Group g) {
    List<String> ids = new ArrayList<>();
    Span subject = sharedSubject(s, g);
    for (Actor a : actors) {
      for (ActorMention m : a.mentions()) {
        if ((span.contains(m.span()) || (subject != null && subject.contains(m.span()))) && !ids.contains(a.id())) {
          ids.add(a.id());
        }
      }
    }
    return ids;
  }

  /** "Trump continues to threaten …, and may announce …": the conjunct shares the subject. */
  private static Span sharedSubject(Sentence s, Group g) {
    if (!s.parsed()) {
      return null;
    }
    for (Dependency c : s.children(g.head)) {
      if (c.relation().startsWith("nsubj")) {
        return null;
      }
    }
    Dependency d = s.head(g.head);
    if (d == null || d.governor() < 0 || !(d.relation().equals("conj") || d.relation().equals("xcomp"))) {
      return null;
    }
    for (Dependency c : s.children(d.governor())) {
      if (c.relation().startsWith("nsubj")) {
        int[] r = Attribution.subtree(s, c.dependent());
        return s.span(r[0], r[1] + 1);
      }
    }
    return null;
  }

  private static String condition(Sentence s, Group g, String text) {
    List<Token> t = s.tokens();
    for (int k = 0; k < t.size(); k++) {
      String w = t.get(k).lower();
      boolean starts = w.equals("if") || w.equals("unless")
          || (w.equals("provided") && k + 1 < t.size() && t.get(k + 1).lower().equals("that"));
      if (!starts) {
        continue;
      }
      if (k > 0 && EMBEDDING.contains(t.get(k - 1).lemma() == null ? "" : t.get(k - 1).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int end = k + 1;
      while (end < t.size() && !t.get(end).text().equals(",") && !t.get(end).text().equals(";")
          && !(end == t.size() - 1 && t.get(end).isPunctuation())) {
        end++;
      }
      boolean governs = k < g.from || k >= g.to || g.covers(k);
      if (governs && end > k + 1) {
        return s.span(k, end).of(text);
      }
    }
    return null;
  }
}
