package org.hindsight.extract.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hindsight.eval.ExtractionGoldSuite;
import org.hindsight.eval.Suites;
import org.hindsight.extract.actor.coref.AntecedentModel;
import org.hindsight.extract.actor.gazetteer.Gazetteer;
import org.hindsight.learn.Example;
import org.hindsight.learn.LearnedModel;
import org.hindsight.nlp.SharedPipeline;
import org.junit.jupiter.api.Test;

/**
 * The shipped {@code models/actor-antecedent} model: its manifest says how it was made and how well
 * it did held out, and on the descriptions of our corpus gold (in the repository, so CI can run
 * this) it picks the right actor.
 */
class AntecedentModelTest {

  private static final AntecedentModel MODEL = AntecedentModel.bundled();

  @Test
  void theManifestCarriesItsProvenanceAndHeldOutFigures() {
    var m = MODEL.model().manifest();
    assertEquals(AntecedentModel.NAME, m.path("name").asText());
    assertTrue(m.path("command").asText().startsWith("hindsight train actor-antecedent"));
    assertTrue(m.path("descriptions").asInt() >= 80, m.toString());
    double heldOut = m.path("cross_validated").path("choice_accuracy").asDouble();
    assertTrue(heldOut >= 0.9, "cross-validated choice accuracy " + heldOut);
    assertTrue(heldOut > m.path("cross_validated").path("baseline_most_recent").asDouble());
    assertFalse(m.path("date").asText().isEmpty());
  }

  @Test
  void itChoosesTheGoldActorOfOurCorpusDescriptions() throws Exception {
    Suites suites = Suites.beside(SharedPipeline.repo(), null);
    ExtractionGoldSuite corpus = (ExtractionGoldSuite) ((Suites.Found) suites.get("corpus")).suite();
    Gazetteer gazetteer = Gazetteer.bundled();
    Map<String, Example> best = new LinkedHashMap<>();
    Map<String, Double> top = new LinkedHashMap<>();
    for (ExtractionGoldSuite.Scored s : corpus.load()) {
      String group = s.file().getFileName().toString();
      List<Example> examples =
          AntecedentTraining.examples(gazetteer, SharedPipeline.pipeline().annotate(s.article()), s.gold(), group);
      for (Example e : examples) {
        double p = MODEL.probability(e);
        if (p > top.getOrDefault(e.source(), -1.0)) {
          top.put(e.source(), p);
          best.put(e.source(), e);
        }
      }
    }
    assertTrue(best.size() >= 20, "labelled descriptions: " + best.size());
    long right = best.values().stream().filter(e -> e.label().equals(AntecedentModel.YES)).count();
    assertTrue(right >= 0.9 * best.size(), right + " of " + best.size());
    Example any = best.values().iterator().next();
    List<LearnedModel.Weight> why = MODEL.model().explain(any, AntecedentModel.YES);
    assertTrue(why.stream().anyMatch(w -> w.feature().startsWith("fit=")), "what weighed is named: " + why);
  }
}
