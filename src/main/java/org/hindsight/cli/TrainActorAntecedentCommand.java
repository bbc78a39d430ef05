package org.hindsight.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hindsight.eval.ExtractionGoldSuite;
import org.hindsight.eval.Suites;
import org.hindsight.extract.Extractor;
import org.hindsight.extract.actor.AntecedentTraining;
import org.hindsight.extract.actor.coref.AntecedentModel;
import org.hindsight.extract.actor.gazetteer.Gazetteer;
import org.hindsight.extract.prediction.HedgeLexicon;
import org.hindsight.learn.LearnedModel;
import org.hindsight.learn.MaxentTrainer;
import org.hindsight.nlp.CoreNlpPipeline;
import org.hindsight.nlp.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hindsight train actor-antecedent}: rebuilds {@code models/actor-antecedent.bin} and {@code
 * .json} from the actor gold of our corpus and of Reuters dev (when {@code ../shared} is there),
 * annotated with the fast pipeline in gold-file order; seeded and order-independent, so the same
 * data, seed and date give the same files byte for byte.
 */
@Command(
    name = "actor-antecedent",
    mixinStandardHelpOptions = true,
    description = "Train the choice of the actor a description ('the company') refers to, from the actor gold.")
final class TrainActorAntecedentCommand implements Callable<Integer> {

  @Option(names = "--out", paramLabel = "DIR", description = "Where to write the model (default: models).")
  Path out = Path.of("models");

  @Option(names = "--folds", description = "Cross-validation folds, by article (default: 5).")
  int folds = 5;

  @Option(names = "--seed", description = "Seed of the fold assignment (default: 1987).")
  long seed = 1987;

  @Option(names = "--l2", description = "L2 cost of the maxent trainer (default: 10).")
  double l2 = 10;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date written in the manifest (default: the shipped manifest's, else today).")
  String date;

  @Override
  public Integer call() throws Exception {
    Suites suites = Suites.beside(Path.of("").toAbsolutePath(), null);
    List<String> data = new ArrayList<>();
    List<ExtractionGoldSuite.Scored> files = new ArrayList<>();
    for (String name : List.of("corpus", "reuters-dev")) {
      if (suites.get(name) instanceof Suites.Found f) {
        List<ExtractionGoldSuite.Scored> gold = ((ExtractionGoldSuite) f.suite()).load();
        files.addAll(gold);
        data.add(name + " (" + gold.size() + " gold files)");
      } else {
        System.err.println("train: " + name + " not available, trained without it");
      }
    }
    files.sort(Comparator.comparing(s -> s.file().getFileName().toString()));
    Pipeline pipeline = new CoreNlpPipeline(Extractor.pipelineConfig(HedgeLexicon.bundled()));
    Gazetteer gazetteer = Gazetteer.bundled();
    List<org.hindsight.learn.Example> examples = new ArrayList<>();
    for (ExtractionGoldSuite.Scored s : files) {
      String group = s.file().getFileName().toString().replace(".gold.json", "");
      examples.addAll(AntecedentTraining.examples(gazetteer, pipeline.annotate(s.article()), s.gold(), group));
    }
    // strong L2: 93 labelled descriptions, 47 of them with more than one actor to choose from
    MaxentTrainer.Params params = new MaxentTrainer.Params(300, l2, 1);
    AntecedentTraining.Trained t = AntecedentTraining.train(examples, folds, seed, new MaxentTrainer(params));
    String command = String.format(Locale.ROOT, "hindsight train actor-antecedent --folds %d --seed %d --l2 %s", folds, seed, l2);
    ObjectNode manifest = AntecedentTraining.manifest(t, examples, data, files.size(), command, seed, folds, params, date());
    LearnedModel.write(out, AntecedentModel.NAME, t.model(), manifest);
    System.out.printf(Locale.ROOT, "%d articles, %d descriptions, %d examples%n", files.size(),
        manifest.path("descriptions").asLong(), examples.size());
    for (Map.Entry<String, Double> f : t.figures().entrySet()) {
      System.out.printf(Locale.ROOT, "  %-28s %s%n", f.getKey(), f.getValue());
    }
    System.out.print(t.reliability().format());
    System.out.println("wrote " + out.resolve(AntecedentModel.NAME + ".bin") + " and .json");
    return 0;
  }

  private String date() throws java.io.IOException {
    if (date != null) {
      return LocalDate.parse(date).toString();
    }
    Path shipped = out.resolve(AntecedentModel.NAME + ".json");
    if (Files.isRegularFile(shipped)) {
      String d = new ObjectMapper().readTree(shipped.toFile()).path("date").asText("");
      if (!d.isEmpty()) {
        return d;
      }
    }
    return LocalDate.now(java.time.ZoneOffset.UTC).toString();
  }
}
