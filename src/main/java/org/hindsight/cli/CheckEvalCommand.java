package org.hindsight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.hindsight.check.evidence.EvidenceIndex;
import org.hindsight.check.evidence.Lexicon;
import org.hindsight.check.evidence.MiniLmEmbedder;
import org.hindsight.check.verdict.CheckConfig;
import org.hindsight.check.verdict.Checker;
import org.hindsight.check.verdict.VerdictModel;
import org.hindsight.eval.CheckEval;
import org.hindsight.eval.CheckEvalTable;
import org.hindsight.eval.CheckPairs;
import org.hindsight.eval.CheckIndexSet;
import org.hindsight.eval.GoldOutcomes;
import org.hindsight.eval.Suites;
import org.hindsight.extract.ExtractionJson;
import org.hindsight.learn.LearnedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * Evaluates {@code check} on gold outcomes of a large JSON Lines corpus (Reuters-21578): builds the
 * check index once (the gold's prediction and evidence stories plus every {@code --every}th story
 * as distractors, ingested into a cache folder keyed by the stories and the extraction code), then
 * checks the predictions that match gold keys as of the gold's date and prints extraction,
 * retrieval recall, verdict and evidence accuracy per status and the calibration of confidence. A
 * held-out part ({@code "part": "test"}) gets aggregate figures only.
 */
@Command(
    name = "check-eval",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate check on gold outcomes of Reuters-21578: extracted, retrieval recall (is a settling story among the candidates,",
      "at which rank), verdict accuracy per status, REFUTED recall, evidence accuracy, reliability and ECE of the confidence."
    })
public final class CheckEvalCommand implements Callable<Integer> {

  @Parameters(paramLabel = "GOLD", arity = "0..1", description = "Gold outcomes (default: ${DEFAULT-VALUE}).", defaultValue = "corpus/gold/reuters/outcomes-dev.json")
  Path gold;

  @Option(names = "--reuters", paramLabel = "PATH", description = "reuters21578.jsonl or its folder (default: $HINDSIGHT_SHARED/data/reuters21578, else ../shared/data/reuters21578).")
  Path reuters;

  @Option(names = "--cache", paramLabel = "DIR", defaultValue = "target/check-eval", description = "Where the ingested check indexes are kept (default: ${DEFAULT-VALUE}).")
  Path cache;

  @Option(names = "--index", paramLabel = "DIR", description = "Check this index instead of building one (e.g. the whole corpus ingested).")
  Path index;

  @Option(names = "--every", paramLabel = "N", defaultValue = "20", description = "Distractors: every Nth story of the corpus (default: ${DEFAULT-VALUE}; 0 for none).")
  int every;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Verdicts as of this date (default: the gold file's as_of).")
  String asOf;

  @Option(names = "--no-embed", description = "Judge by words and actors only.")
  boolean noEmbed;

  @Option(names = "--threads", paramLabel = "N", description = "Checking threads (default: cores).")
  Integer threads;

  @Option(names = "--json", description = "The figures as one JSON object.")
  boolean json;

  @Option(names = "--rows", description = "Also one line per gold outcome (refused for a held-out part).")
  boolean rows;

  @Option(names = "--pairs", paramLabel = "FILE", description = "Write prediction-candidate pairs for labelling (JSON Lines): per extracted check its top candidates and any gold evidence sentence not among them (refused for a held-out part).")
  Path pairs;

  @Option(names = "--pairs-top", paramLabel = "N", defaultValue = "8", description = "Candidates per check in --pairs (default: ${DEFAULT-VALUE}).")
  int pairsTop;

  @Option(names = "--verdict", paramLabel = "model|rules", defaultValue = "rules", description = "What decides: the hand rules or the verdict model, models/verdict.bin (default: ${DEFAULT-VALUE}).")
  String verdict;

  @Option(names = "--against", paramLabel = "rules|model|DIR", description = "Also check the same outcomes with another decider (the other of rules and model, or the verdict model in DIR/verdict.bin and DIR/verdict.json, e.g. the shipped one against a retrained one) and print the difference of every figure with its paired 95%% interval: is one better beyond the noise of this many stories?")
  String against;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    GoldOutcomes g = GoldOutcomes.read(gold);
    if (g.heldOut() && (rows || pairs != null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), gold + " is a held-out part: its rows and pairs are never shown (aggregate figures only)");
    }
    LocalDate day = asOf != null ? CheckCommand.asOfDate(spec, asOf) : g.asOf();
    if (day == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), gold + " gives no as_of date: pass --as-of");
    }
    VerdictModel otherModel = against == null ? null : otherModel(against);
    if (against != null && against.equals(verdict)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--against " + against + " is the decider of this run: name the other one");
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    Path dir = index != null ? index : build(g);
    long t0 = System.nanoTime();
    CheckEval.Report report;
    CheckEval.Report other = null;
    try (EvidenceIndex ix = EvidenceIndex.open(dir)) {
      Checker checker = new Checker(ix, Lexicon.bundled(), noEmbed ? null : MiniLmEmbedder.shared(), CheckConfig.defaults(day).withLearnedVerdict(CheckCommand.learned(spec, verdict)));
      report = CheckEval.run(gold.toString(), g, ix, checker, n, System.err);
      if (against != null) {
        Checker second = new Checker(ix, Lexicon.bundled(), noEmbed ? null : MiniLmEmbedder.shared(), CheckConfig.defaults(day), otherModel);
        other = CheckEval.run(gold.toString(), g, ix, second, n, System.err);
      }
      if (pairs != null) {
        int written = CheckPairs.write(report, ix, pairsTop, pairs, System.err);
        System.err.printf(Locale.ROOT, "check-eval: %d pairs written to %s%n", written, pairs);
      }
    }
    System.err.printf(Locale.ROOT, "check-eval: checked %d matched predictions as of %s in %.1f s%n",
        report.all().extracted(), day, (System.nanoTime() - t0) / 1e9);
    if (json) {
      var o = CheckEvalTable.json(report, rows);
      if (other != null) {
        o.set("against", CheckEvalTable.againstJson(report, other, against));
      }
      out.println(ExtractionJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o));
    } else {
      out.print(CheckEvalTable.format(report));
      if (other != null) {
        out.print(CheckEvalTable.against(report, other, against));
      }
      if (rows) {
        out.print(CheckEvalTable.rows(report));
      }
    }
    out.flush();
    return 0;
  }

  /**
   * The decider {@code --against} names: null for the hand rules, the shipped verdict model, or the
   * one in a folder ({@code verdict.bin} and {@code verdict.json}).
   */
  private VerdictModel otherModel(String name) {
    if (name.equals("rules")) {
      return null;
    }
    if (name.equals("model")) {
      CheckCommand.learned(spec, "model");
      return VerdictModel.bundled();
    }
    Path dir = Path.of(name);
    if (!Files.isRegularFile(dir.resolve(VerdictModel.NAME + ".bin")) || !Files.isRegularFile(dir.resolve(VerdictModel.NAME + ".json"))) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--against: 'rules', 'model' or a folder holding verdict.bin and verdict.json, not '" + name + "'");
    }
    try {
      return new VerdictModel(LearnedModel.load(dir, VerdictModel.NAME));
    } catch (IOException | RuntimeException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--against " + name + ": not a verdict model: " + e.getMessage());
    }
  }

  /**
   * The cached check index of this gold file for the current extraction code, or null when it has
   * not been built: what tests that need the index read, without building it.
   */
  public Path cached(GoldOutcomes g) throws IOException {
    Path folder = folder(g, CheckIndexSet.select(corpus(), required(g), every));
    return Files.isRegularFile(folder.resolve("READY")) ? folder.resolve("index") : null;
  }

  private Set<String> required(GoldOutcomes g) throws IOException {
    Set<String> required = new LinkedHashSet<>();
    for (GoldOutcomes.Outcome o : g.outcomes()) {
      String id = g.articleIdOf(o);
      if (id == null) {
        throw new IOException(gold + ": cannot find the story of outcome '" + o.key() + "'");
      }
      required.add(id);
      required.addAll(g.evidenceIds(o));
    }
    return required;
  }

  private Path folder(GoldOutcomes g, CheckIndexSet set) {
    String stem = gold.getFileName().toString().replaceFirst("\\.json$", "");
    return cache.resolve(stem + "-" + set.key());
  }

  /** The cached check index for this gold file, ingested first when missing. */
  Path build(GoldOutcomes g) throws IOException {
    Path corpus = corpus();
    Set<String> required = required(g);
    CheckIndexSet set = CheckIndexSet.select(corpus, required, every);
    Path folder = folder(g, set);
    Path dir = folder.resolve("index");
    Path ready = folder.resolve("READY");
    if (Files.isRegularFile(ready)) {
      System.err.println("check-eval: using the cached index " + dir + " (" + set.ids().size() + " stories)");
      return dir;
    }
    Path stories = folder.resolve("stories.jsonl");
    set.write(stories);
    System.err.printf(Locale.ROOT, "check-eval: ingesting %d stories (%d gold, every %dth of %d) into %s%n",
        set.ids().size(), required.size(), every, set.lines(), dir);
    int code = Main.commandLine().execute("ingest", "--quiet", "--index", dir.toString(), stories.toString());
    if (code == 2) {
      throw new IOException("ingest of " + stories + " refused its arguments");
    }
    if (code != 0) {
      System.err.println("check-eval: some stories failed to ingest (named above); the rest are indexed");
    }
    Files.writeString(ready, set.key() + "\n", StandardCharsets.UTF_8);
    return dir;
  }

  private Path corpus() {
    Path p = reuters;
    if (p == null) {
      // the same rule as eval's suites: $HINDSIGHT_SHARED, else ../shared beside the working directory
      p = Suites.beside(Path.of(""), null).shared().resolve("data/reuters21578");
    }
    Path file = Files.isDirectory(p) ? p.resolve("reuters21578.jsonl") : p;
    if (!Files.isRegularFile(file)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no Reuters corpus at " + file + " (pass --reuters)");
    }
    return file;
  }
}
