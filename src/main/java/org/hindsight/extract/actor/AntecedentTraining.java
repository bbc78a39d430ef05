package org.hindsight.extract.actor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.model.MaxentModel;
import org.hindsight.extract.actor.candidate.Candidate;
import org.hindsight.extract.actor.candidate.Draft;
import org.hindsight.extract.actor.coref.AntecedentFeatures;
import org.hindsight.extract.actor.coref.AntecedentModel;
import org.hindsight.extract.actor.coref.Antecedents;
import org.hindsight.extract.actor.coref.Description;
import org.hindsight.extract.actor.gazetteer.Gazetteer;
import org.hindsight.learn.Calibration;
import org.hindsight.learn.CrossValidation;
import org.hindsight.learn.Example;
import org.hindsight.learn.MaxentTrainer;
import org.hindsight.learn.Reliability;
import org.hindsight.nlp.AnnotatedDocument;

/**
 * Builds the training examples of {@link AntecedentModel} from gold annotations and trains it. A
 * description of an article ("the company") is labelled when the gold lists its words among the
 * mentions of exactly one actor: of the actors it fits, the one named with one of that actor's
 * accepted names is the antecedent, the others are not (a description whose right actor fits none,
 * or whose gold names fit two, teaches nothing and is left out). Stateless.
 */
public final class AntecedentTraining {

  private AntecedentTraining() {}

  /** The labelled examples of one article; {@code group} names it (cross-validation keeps it whole). */
  public static List<Example> examples(Gazetteer gazetteer, AnnotatedDocument doc, JsonNode gold, String group) {
    List<Recorded> recorded = new ArrayList<>();
    Antecedents.Chooser recorder = (d, fits, linked) -> {
      List<Example> unlabelled = new ArrayList<>();
      for (Antecedents.Fit f : fits) {
        unlabelled.add(AntecedentFeatures.example(d, f, fits, linked, null, group, group + "#" + d.span().begin()));
      }
      recorded.add(new Recorded(d, List.copyOf(fits), unlabelled));
      return fits.get(0).draft();
    };
    new ActorResolver(gazetteer, recorder).resolve(doc);
    String text = doc.article().text();
    List<Example> out = new ArrayList<>();
    for (Recorded r : recorded) {
      String said = norm(r.description().span().of(text));
      JsonNode owner = null;
      int owners = 0;
      for (JsonNode a : gold.path("actors")) {
        for (JsonNode m : a.path("mentions")) {
          if (norm(m.asText()).equals(said)) {
            owner = a;
            owners++;
            break;
          }
        }
      }
      if (owners != 1) {
        continue;
      }
      Set<String> names = new HashSet<>();
      owner.path("accept").forEach(n -> names.add(norm(n.asText())));
      List<Boolean> right = new ArrayList<>();
      for (Antecedents.Fit f : r.fits()) {
        right.add(namedAs(f.draft(), text).stream().anyMatch(names::contains));
      }
      if (right.stream().filter(b -> b).count() != 1) {
        continue; // the right actor fits none, or the gold's names do not tell two fits apart
      }
      for (int i = 0; i < r.fits().size(); i++) {
        Example e = r.examples().get(i);
        out.add(new Example(right.get(i) ? AntecedentModel.YES : AntecedentModel.NO, e.features(), e.group(), e.source()));
      }
    }
    return out;
  }

  private record Recorded(Description description, List<Antecedents.Fit> fits, List<Example> examples) {}

  private static Set<String> namedAs(Draft d, String text) {
    Set<String> out = new HashSet<>();
    out.add(norm(Naming.canonical(d, text)));
    if (d.entry() != null) {
      out.add(norm(d.entry().name()));
      d.entry().aliases().forEach(a -> out.add(norm(a)));
    }
    for (Candidate c : d.names()) {
      out.add(norm(c.nameText(text)));
    }
    return out;
  }

  /** Lower case, straight apostrophes, one space, no trailing possessive. */
  static String norm(String s) {
    String n = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ").trim();
    return n.endsWith("'s") ? n.substring(0, n.length() - 2) : n.endsWith("'") ? n.substring(0, n.length() - 1) : n;
  }

  /** A trained model with its cross-validated figures, calibration and reliability. */
  public record Trained(MaxentModel model, Map<String, Double> figures, Calibration calibration, Reliability reliability) {}

  /** Cross-validates by article, fits Platt calibration on the held-out folds, then trains on all. */
  public static Trained train(List<Example> examples, int folds, long seed, MaxentTrainer trainer) {
    List<CrossValidation.Scored> scored = CrossValidation.run(examples, folds, seed, trainer);
    Map<String, Double> figures = new LinkedHashMap<>(CrossValidation.figures(scored));
    figures.put("choice_accuracy", choiceAccuracy(scored));
    figures.put("baseline_most_recent", baseline(examples, Example.real("recency", 1)));
    figures.put("baseline_most_mentioned", baseline(examples, Example.real("mentions", 1)));
    figures.put("baseline_own_noun_then_most_mentioned", ruleBaseline(examples));
    List<double[]> pairs = CrossValidation.pairs(scored, AntecedentModel.YES);
    Calibration calibration = Calibration.fit(pairs);
    List<double[]> calibrated = new ArrayList<>();
    for (double[] p : pairs) {
      calibrated.add(new double[] {calibration.apply(p[0]), p[1]});
    }
    return new Trained(trainer.train(examples), figures, calibration, Reliability.of(calibrated, 10));
  }

  /** Of the descriptions, the share whose most probable actor (held out) is the right one. */
  private static double choiceAccuracy(List<CrossValidation.Scored> scored) {
    Map<String, CrossValidation.Scored> best = new LinkedHashMap<>();
    for (CrossValidation.Scored s : scored) {
      CrossValidation.Scored b = best.get(s.example().source());
      if (b == null || s.probability(AntecedentModel.YES) > b.probability(AntecedentModel.YES)) {
        best.put(s.example().source(), s);
      }
    }
    long right = best.values().stream().filter(s -> s.example().label().equals(AntecedentModel.YES)).count();
    return best.isEmpty() ? 0 : Math.round(1000.0 * right / best.size()) / 1000.0;
  }

  /** The share of descriptions a one-feature rule gets right (ties: the first). */
  private static double baseline(List<Example> examples, String feature) {
    Map<String, Example> pick = new LinkedHashMap<>();
    for (Example e : examples) {
      if (e.features().contains(feature)) {
        pick.putIfAbsent(e.source(), e);
      }
    }
    long all = examples.stream().map(Example::source).distinct().count();
    long right = pick.values().stream().filter(e -> e.label().equals(AntecedentModel.YES)).count();
    return all == 0 ? 0 : Math.round(1000.0 * right / all) / 1000.0;
  }

  /** The hand rule the model replaced: an actor its own noun names, then the most mentioned, then the latest. */
  private static double ruleBaseline(List<Example> examples) {
    Map<String, Example> pick = new LinkedHashMap<>();
    for (Example e : examples) {
      Example p = pick.get(e.source());
      if (p == null || rank(e) < rank(p)) {
        pick.put(e.source(), e);
      }
    }
    long right = pick.values().stream().filter(e -> e.label().equals(AntecedentModel.YES)).count();
    return pick.isEmpty() ? 0 : Math.round(1000.0 * right / pick.size()) / 1000.0;
  }

  private static int rank(Example e) {
    int own = e.features().contains("fit=own-noun") ? 0 : 100;
    int mentions = 10 * feature(e, "mentions");
    return own + mentions + feature(e, "recency");
  }

  /** A rank feature's value as the model reads it (3, the cap, when absent). */
  private static int feature(Example e, String name) {
    String[] context = e.context();
    float[] values = e.values();
    for (int i = 0; i < context.length; i++) {
      if (context[i].equals(name)) {
        return (int) values[i];
      }
    }
    return 3;
  }

  /** The manifest of {@code models/actor-antecedent.json}. */
  public static ObjectNode manifest(Trained t, List<Example> examples, List<String> data, int articles,
      String command, long seed, int folds, MaxentTrainer.Params params, String date) {
    ObjectNode m = new ObjectMapper().createObjectNode();
    m.put("name", AntecedentModel.NAME);
    m.put("decides", "which of the actors a definite description fits ('the company', 'the ministry') it refers to;"
        + " P(" + AntecedentModel.YES + ") per actor, the most probable is chosen");
    ArrayNode d = m.putArray("data");
    data.forEach(d::add);
    m.put("articles", articles);
    m.put("descriptions", examples.stream().map(Example::source).distinct().count());
    m.put("examples", examples.size());
    m.put("command", command);
    m.put("seed", seed);
    m.put("folds", folds);
    m.putObject("params").put("iterations", params.iterations()).put("l2", params.l2()).put("cutoff", params.cutoff());
    m.put("date", date);
    ObjectNode cv = m.putObject("cross_validated");
    t.figures().forEach(cv::put);
    m.putObject("calibration").put("a", t.calibration().a()).put("b", t.calibration().b());
    m.put("reliability", t.reliability().format());
    return m;
  }
}
