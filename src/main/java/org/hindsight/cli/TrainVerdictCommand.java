package org.hindsight.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hindsight.check.evidence.EvidenceIndex;
import org.hindsight.check.evidence.Lexicon;
import org.hindsight.check.evidence.MiniLmEmbedder;
import org.hindsight.check.verdict.CheckConfig;
import org.hindsight.check.verdict.Checker;
import org.hindsight.check.verdict.VerdictExamples;
import org.hindsight.check.verdict.VerdictModel;
import org.hindsight.check.verdict.VerdictTrainer;
import org.hindsight.eval.GoldOutcomes;
import org.hindsight.extract.ExtractionJson;
import org.hindsight.learn.Example;
import org.hindsight.learn.LearnedModel;
import org.hindsight.learn.MaxentTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hindsight train verdict}: rebuilds {@code models/verdict.bin} and {@code .json} from the
 * labelled pairs of the Reuters dev checks, featurised against the candidates the checker finds in
 * the check-eval index of the dev gold (built as {@code check-eval} builds it), and prints the
 * cross-validated figures and the out-of-fold reliability of the calibrated probability.
 */
@Command(
    name = "verdict",
    mixinStandardHelpOptions = true,
    description = "Train the verdict model (models/verdict.bin) on labelled prediction-sentence pairs of the Reuters dev checks.")
final class TrainVerdictCommand implements Callable<Integer> {

  @Option(names = "--pairs", paramLabel = "FILE", defaultValue = "corpus/gold/reuters/pairs-dev.jsonl", description = "Labelled pairs (default: ${DEFAULT-VALUE}).")
  Path pairs;

  @Option(names = "--gold", paramLabel = "FILE", defaultValue = "corpus/gold/reuters/outcomes-dev.json", description = "The outcome gold the pairs were drawn from; its check-eval index is used (default: ${DEFAULT-VALUE}).")
  Path gold;

  @Option(names = "--index", paramLabel = "DIR", description = "Use this index instead of the gold's check-eval index.")
  Path index;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "models", description = "Where verdict.bin and verdict.json are written (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds, grouped by story (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--seed", defaultValue = "12", description = "Seed of the folds (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--l2", defaultValue = "1.0", description = "L2 cost of the maxent model (default: ${DEFAULT-VALUE}).")
  double l2;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date recorded in the manifest (default: today).")
  LocalDate date;

  @Option(names = "--examples", paramLabel = "FILE",
      description = "Where the featurised examples are written, the file the model is rebuilt from (default: OUT/training/verdict-examples.tsv).")
  Path dump;

  @Option(names = "--from", paramLabel = "FILE",
      description = "Train on these featurised examples (as --examples writes them) instead of featurising the pairs: no index or ../shared needed, and the same file gives the same model whatever the extraction has become.")
  Path from;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** A path as the manifest records it: forward slashes on every system. */
  private static String slashed(Path p) {
    return p.toString().replace('\\', '/');
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter w = spec.commandLine().getOut();
    VerdictTrainer.Examples drawn;
    long labelled;
    String data;
    if (from != null) {
      if (!Files.isRegularFile(from)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--from " + from + ": no such file");
      }
      VerdictExamples.Loaded loaded = VerdictExamples.read(from);
      drawn = loaded.examples();
      labelled = loaded.labelled();
      data = slashed(from) + " (sha256 " + VerdictTrainer.sha256(Files.readAllBytes(from)) + "): the featurised examples of "
          + labelled + " labelled pairs of the Reuters dev checks (" + slashed(pairs) + "; see models/training/label_check_pairs.py)";
    } else {
      GoldOutcomes g = GoldOutcomes.read(gold);
      if (g.heldOut()) {
        throw new CommandLine.ParameterException(spec.commandLine(), gold + " is a held-out part: never trained on");
      }
      Path dir = index;
      if (dir == null) {
        CheckEvalCommand eval = new CheckEvalCommand();
        new CommandLine(eval).parseArgs(gold.toString());
        dir = eval.build(g);
      }
      CheckConfig config = CheckConfig.defaults(g.asOf());
      try (EvidenceIndex ix = EvidenceIndex.open(dir)) {
        Checker checker = new Checker(ix, Lexicon.bundled(), MiniLmEmbedder.shared(), config, null);
        drawn = VerdictTrainer.examples(pairs, checker, g.pairFinder(ix.predictions()), config, System.err);
        try (var lines = Files.lines(pairs, java.nio.charset.StandardCharsets.UTF_8)) {
          labelled = lines.filter(l -> !l.isBlank()).count();
        }
      }
      if (dump == null) {
        dump = out.resolve("training").resolve(VerdictExamples.BUNDLED.getFileName());
      }
      VerdictExamples.write(dump, drawn, labelled);
      w.printf(Locale.ROOT, "wrote %d featurised examples to %s%n", drawn.list().size(), dump);
      data = slashed(pairs) + " (" + labelled + " labelled pairs of the Reuters dev checks; see models/training/label_check_pairs.py), featurised on the check-eval index of "
          + slashed(gold) + " as of " + g.asOf() + " into " + slashed(dump) + " (sha256 "
          + VerdictTrainer.sha256(Files.readAllBytes(dump)) + ")";
    }
    java.util.List<Example> examples = drawn.list();
    MaxentTrainer.Params defaults = MaxentTrainer.Params.defaults();
    MaxentTrainer.Params params = new MaxentTrainer.Params(defaults.iterations(), l2, defaults.cutoff());
    ObjectNode provenance = ExtractionJson.MAPPER.createObjectNode();
    provenance.put("data", data);
    // the command that rebuilds this file: from the committed examples
    provenance.put("command", "hindsight train verdict --from " + slashed(from != null ? from : dump)
        + " --seed " + seed + " --folds " + folds + " --l2 " + l2);
    provenance.put("featurise", "hindsight train verdict --seed " + seed + " --folds " + folds + " --l2 " + l2
        + " (featurises the labelled pairs on the current extraction, rewrites the examples and the model)");
    provenance.put("trained", (date == null ? LocalDate.now(java.time.ZoneOffset.UTC) : date).toString());
    VerdictTrainer.Result r = VerdictTrainer.train(examples, drawn.settled(), folds, seed, params, provenance, (int) (labelled - examples.size()));
    LearnedModel.write(out, VerdictModel.NAME, r.model(), r.manifest());
    w.printf(Locale.ROOT, "verdict: %d examples (%d labelled pairs not among the candidates left out), %d-fold cross-validation grouped by story, seed %d%n",
        examples.size(), labelled - examples.size(), folds, seed);
    r.figures().forEach((k, v) -> w.printf(Locale.ROOT, "  %-22s %s%n", k, v));
    w.print(r.reliability().format());
    w.printf(Locale.ROOT, "wrote %s and %s%n", out.resolve("verdict.bin"), out.resolve("verdict.json"));
    w.flush();
    return 0;
  }
}
