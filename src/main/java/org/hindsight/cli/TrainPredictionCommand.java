package org.hindsight.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hindsight.eval.ExtractionGoldSuite;
import org.hindsight.eval.MeantimeSuite;
import org.hindsight.eval.Suites;
import org.hindsight.extract.Extractor;
import org.hindsight.extract.actor.gazetteer.Gazetteer;
import org.hindsight.extract.prediction.HedgeLexicon;
import org.hindsight.nlp.CoreNlpPipeline;
import org.hindsight.nlp.Pipeline;
import org.hindsight.train.PredictionTraining;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hindsight train prediction}: rebuilds {@code models/prediction-filter.{bin,json}}. */
@Command(
    name = "prediction",
    mixinStandardHelpOptions = true,
    description = {
      "Train the prediction filter on our corpus gold, Reuters-21578 dev gold and MEANTIME dev;",
      "print cross-validated figures and write models/prediction-filter.bin and .json."
    })
final class TrainPredictionCommand implements Callable<Integer> {

  @Option(names = "--out", paramLabel = "DIR", description = "Where to write the model (default: models).")
  Path out = Path.of("models");

  @Option(names = "--shared", paramLabel = "DIR", description = "The shared data folder (default: $HINDSIGHT_SHARED, else ../shared).")
  Path shared;

  @Option(names = "--folds", paramLabel = "K", description = "Cross-validation folds (default: 5).")
  int folds = 5;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the fold assignment (default: 1987).")
  long seed = 1987;

  @Option(names = "--threads", paramLabel = "N", description = "Threads that annotate (default: cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--l2", paramLabel = "COST", description = "L2 cost of the maxent model (default: ${DEFAULT-VALUE}).")
  double l2 = PredictionTraining.DEFAULT_L2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    Suites where = Suites.beside(Path.of("").toAbsolutePath(), null);
    where = shared != null ? where.withShared(shared) : where;
    List<ExtractionGoldSuite> gold = new ArrayList<>();
    for (String name : List.of("corpus", "reuters-dev")) {
      if (!(where.get(name) instanceof Suites.Found f)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "suite " + name + " unavailable: its data is needed to train");
      }
      gold.add((ExtractionGoldSuite) f.suite());
    }
    MeantimeSuite meantime = where.get("meantime-dev") instanceof Suites.Found f ? (MeantimeSuite) f.suite() : null;
    if (meantime == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "suite meantime-dev unavailable: its data is needed to train");
    }
    HedgeLexicon lexicon = HedgeLexicon.bundled();
    Pipeline pipeline = new CoreNlpPipeline(Extractor.pipelineConfig(lexicon));
    Extractor rules = new Extractor(Gazetteer.bundled(), lexicon);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      PredictionTraining t = new PredictionTraining(rules, articles -> EvalCommand.parallel(pool, articles, pipeline::annotate), folds, seed, l2);
      PredictionTraining.Result r = t.run(gold, meantime);
      o.print(r.report());
      PredictionTraining.write(out, r);
      o.println("wrote " + out.resolve("prediction-filter.bin") + " and .json");
    } finally {
      pool.shutdownNow();
    }
    o.flush();
    return 0;
  }
}
