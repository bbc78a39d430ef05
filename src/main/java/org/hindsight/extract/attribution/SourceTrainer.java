package org.hindsight.extract.attribution;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hindsight.article.Span;
import org.hindsight.extract.Holder;
import org.hindsight.extract.actor.Actor;
import org.hindsight.extract.actor.ActorMention;
import org.hindsight.learn.Calibration;
import org.hindsight.learn.CrossValidation;
import org.hindsight.learn.Example;
import org.hindsight.learn.MaxentTrainer;
import org.hindsight.learn.Reliability;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.Sentence;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Trains {@link SourceModel} from articles with annotated attributions (PolNeAR: source, cue and
 * content spans). First the cue lexicon: forms annotators marked as cues often enough. Then the
 * examples of our statements (the claims and predictions the extractors find, but not the whole of
 * a report, which is the author's by construction): a statement lying at least half inside an
 * annotated content has that attribution's source as its holder (so does a prediction holding an
 * annotated cue and most of its content, as "Google said it would appeal" does); a candidate is
 * right when a name that surfaced it, or another mention of its actor, overlaps the annotated
 * source; a statement outside every content is the author's. Statements whose attribution names no
 * source, or whose source none of our candidates reaches, teach nothing about choosing and are left
 * out (and counted). Stateless.
 */
public final class SourceTrainer {

  /** One annotated attribution: where its source (empty when implicit), cue and content lie. */
  public record Gold(List<Span> source, List<Span> cue, List<Span> content) {
    public Gold {
      source = List.copyOf(source);
      cue = List.copyOf(cue);
      content = List.copyOf(content);
    }
  }

  /** One annotated article: its annotation, its actors, our predictions' and claims' spans, the gold. */
  public record Labelled(
      String id, AnnotatedDocument doc, List<Actor> actors, List<Span> predictions, List<Span> claims, List<Gold> gold) {
    public Labelled {
      actors = List.copyOf(actors);
      predictions = List.copyOf(predictions);
      claims = List.copyOf(claims);
      gold = List.copyOf(gold);
    }
  }

  /** The settings that decide the model (all in the manifest). */
  public record Params(int minCueCount, double minCueShare, int folds, long seed, MaxentTrainer.Params maxent) {
    public static Params defaults() {
      return new Params(5, 0.15, 5, 42, MaxentTrainer.Params.defaults());
    }
  }

  /** What training made: the model, its manifest, the out-of-fold figures and reliability table. */
  public record Result(MaxentModel model, ObjectNode manifest, Map<String, Double> figures, Reliability reliability) {}

  private final Params params;

  public SourceTrainer(Params params) {
    this.params = params;
  }

  /** The cue lexicon of annotated articles. */
  public CueLexicon cues(List<Labelled> docs) {
    CueLexicon.Learner learner = new CueLexicon.Learner();
    for (Labelled d : docs) {
      List<Span> cueSpans = d.gold().stream().flatMap(g -> g.cue().stream()).toList();
      for (Sentence s : d.doc().sentences()) {
        learner.add(s, cueSpans.stream().filter(c -> c.overlaps(s.span())).toList());
      }
    }
    return learner.build(params.minCueCount(), params.minCueShare());
  }

  /** Counts of what the examples are made of. */
  public static final class Tally {
    public int statements;
    public int author;
    public int sourced;
    public int implicit;
    public int unreachable;

    public Map<String, Integer> asMap() {
      Map<String, Integer> m = new LinkedHashMap<>();
      m.put("statements", statements);
      m.put("author_statements", author);
      m.put("sourced_statements", sourced);
      m.put("sourced_out_of_reach", unreachable);
      m.put("implicit_source_left_out", implicit);
      return m;
    }
  }

  /** The examples of both decisions. */
  public record Examples(List<Example> attributed, List<Example> source) {}

  /**
   * The examples of one article: one per statement for the attributed decision, one per named
   * candidate of a sourced statement for the source decision ({@code source} names the statement).
   */
  public Examples examples(Labelled d, Cues cues, Tally tally) {
    SourceFeatures features = new SourceFeatures(cues);
    Candidates candidates = new Candidates(d.doc(), d.actors(), cues, Holder.author(d.doc().article().source()));
    List<Example> attributed = new ArrayList<>();
    List<Example> source = new ArrayList<>();
    int n = 0;
    List<Span> statements = new ArrayList<>(d.predictions());
    statements.addAll(d.claims());
    for (Span span : statements) {
      Sentence s = d.doc().sentenceAt(span.begin());
      boolean prediction = n < d.predictions().size();
      String statement = d.id() + "#" + n++;
      if (s == null) {
        continue;
      }
      tally.statements++;
      Gold g = prediction ? reported(d.gold(), span) : holding(d.gold(), span);
      if (g != null && g.source().isEmpty()) {
        tally.implicit++;
        continue;
      }
      Candidates.Found f = candidates.find(s, span, prediction).speakers();
      attributed.add(new Example(g == null ? SourceModel.NO : SourceModel.YES, features.attributed(f), d.id(), statement));
      if (g == null) {
        tally.author++;
        continue;
      }
      tally.sourced++;
      List<Example> named = new ArrayList<>();
      boolean reached = false;
      for (Candidates.Candidate c : f.candidates()) {
        if (!c.isAuthor()) {
          boolean right = reaches(c, g, d.actors());
          reached |= right;
          named.add(new Example(right ? SourceModel.YES : SourceModel.NO, features.candidate(f, c), d.id(), statement));
        }
      }
      if (reached) {
        source.addAll(named);
      } else {
        tally.unreachable++;
      }
    }
    return new Examples(attributed, source);
  }

  private static int overlap(List<Span> spans, Span span) {
    int o = 0;
    for (Span c : spans) {
      o += Math.max(0, Math.min(span.end(), c.end()) - Math.max(span.begin(), c.begin()));
    }
    return o;
  }

  /**
   * For a prediction, whose span keeps its reporting clause: the attribution whose content holds
   * at least half of it, else the one whose cue lies inside it and whose content it mostly covers
   * ("Google said it would appeal"), or null.
   */
  static Gold reported(List<Gold> gold, Span span) {
    Gold inside = holding(gold, span);
    if (inside != null) {
      return inside;
    }
    for (Gold g : gold) {
      int content = g.content().stream().mapToInt(Span::length).sum();
      boolean cue = !g.cue().isEmpty() && g.cue().stream().allMatch(span::contains);
      if (cue && content > 0 && overlap(g.content(), span) * 2 >= content) {
        return g;
      }
    }
    return null;
  }

  /** The attribution whose content holds at least half of a statement, or null. */
  static Gold holding(List<Gold> gold, Span span) {
    Gold best = null;
    int bestOverlap = 0;
    for (Gold g : gold) {
      int o = overlap(g.content(), span);
      if (o > bestOverlap) {
        best = g;
        bestOverlap = o;
      }
    }
    return bestOverlap * 2 >= span.length() ? best : null;
  }

  /** Whether a candidate names the annotated source: a surface of it, or a mention of its actor, overlaps it. */
  static boolean reaches(Candidates.Candidate c, Gold g, List<Actor> actors) {
    for (Source s : c.sources()) {
      for (Span src : g.source()) {
        if (s.surface().overlaps(src)) {
          return true;
        }
      }
    }
    String id = c.holder().actor();
    if (id == null) {
      return false;
    }
    for (Actor a : actors) {
      if (a.id().equals(id)) {
        for (ActorMention m : a.mentions()) {
          for (Span src : g.source()) {
            if (m.span().overlaps(src)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** The trained models with their manifests and the out-of-fold figures of each decision. */
  public record Trained(Result attributed, Result source) {}

  /**
   * Cross-validates each decision by article (out-of-fold figures; for the source decision, the
   * share of sourced statements whose most probable candidate is right), fits the calibration on
   * the out-of-fold probabilities, and trains the shipped models on everything.
   */
  public Trained train(Examples examples, CueLexicon cues, ObjectNode provenance, Tally tally) {
    ObjectNode size = JsonNodeFactory.instance.objectNode();
    tally.asMap().forEach(size::put);
    size.put("attributed_examples", examples.attributed().size());
    size.put("source_examples", examples.source().size());
    Result a = train(examples.attributed(), SourceModel.ATTRIBUTED,
        "whether a statement (claim or prediction) is someone's rather than the author's", provenance, size, false);
    Result s = train(examples.source(), SourceModel.SOURCE,
        "which named candidate holds an attributed statement (the most probable one)", provenance, size, true);
    s.manifest().set("cues", cues.toJson());
    return new Trained(a, s);
  }

  private Result train(List<Example> examples, String name, String decides, ObjectNode provenance, ObjectNode size, boolean choice) {
    MaxentTrainer trainer = new MaxentTrainer(params.maxent());
    List<CrossValidation.Scored> scored = CrossValidation.run(examples, params.folds(), params.seed(), trainer);
    Map<String, Double> figures = new LinkedHashMap<>(CrossValidation.figures(scored));
    if (choice) {
      figures.putAll(choiceFigures(scored));
    }
    List<double[]> pairs = CrossValidation.pairs(scored, SourceModel.YES);
    Calibration calibration = Calibration.fit(pairs);
    List<double[]> calibrated = new ArrayList<>();
    for (double[] p : pairs) {
      calibrated.add(new double[] {calibration.apply(p[0]), p[1]});
    }
    Reliability reliability = Reliability.of(calibrated, 10);
    MaxentModel model = trainer.train(examples);
    ObjectNode m = JsonNodeFactory.instance.objectNode();
    m.put("name", name);
    m.put("decides", decides);
    m.setAll(provenance);
    m.set("size", size.deepCopy());
    ObjectNode p = m.putObject("params");
    p.put("min_cue_count", params.minCueCount());
    p.put("min_cue_share", params.minCueShare());
    p.put("folds", params.folds());
    p.put("seed", params.seed());
    p.put("iterations", params.maxent().iterations());
    p.put("l2", params.maxent().l2());
    p.put("cutoff", params.maxent().cutoff());
    ObjectNode f = m.putObject("cross_validated");
    figures.forEach(f::put);
    f.put("expected_calibration_error", round(reliability.ece()));
    m.putObject("calibration").put("a", calibration.a()).put("b", calibration.b());
    return new Result(model, m, figures, reliability);
  }

  /** Per sourced statement: whether its most probable named candidate is the right one. */
  static Map<String, Double> choiceFigures(List<CrossValidation.Scored> scored) {
    Map<String, List<CrossValidation.Scored>> byStatement = new LinkedHashMap<>();
    for (CrossValidation.Scored s : scored) {
      byStatement.computeIfAbsent(s.example().source(), k -> new ArrayList<>()).add(s);
    }
    int right = 0;
    for (List<CrossValidation.Scored> group : byStatement.values()) {
      CrossValidation.Scored best = group.get(0);
      for (CrossValidation.Scored s : group) {
        if (s.probability(SourceModel.YES) > best.probability(SourceModel.YES)) {
          best = s;
        }
      }
      right += best.example().label().equals(SourceModel.YES) ? 1 : 0;
    }
    Map<String, Double> f = new LinkedHashMap<>();
    f.put("choice.accuracy", byStatement.isEmpty() ? 0 : round((double) right / byStatement.size()));
    f.put("choice.statements", (double) byStatement.size());
    return f;
  }

  static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }


}
