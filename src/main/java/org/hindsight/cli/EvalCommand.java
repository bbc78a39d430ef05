package org.hindsight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.hindsight.article.Article;
import org.hindsight.eval.CueSentenceBaseline;
import org.hindsight.eval.EvalTable;
import org.hindsight.eval.GoldCorpus;
import org.hindsight.eval.GoldScorer;
import org.hindsight.eval.Suite;
import org.hindsight.eval.Suites;
import org.hindsight.extract.Extraction;
import org.hindsight.extract.ExtractionJson;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.PipelineConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Scores extraction. With GOLD files, against them, with the same figures as {@code
 * shared/eval/score.py}: each gold file's {@code file} names its article (with {@code #N} for a
 * JSON Lines line, {@code #ID} for the line with that id), looked up under {@code --articles}
 * (default: the gold folder's parent). Without, on the named suites ({@link Suites}: our corpus,
 * Reuters dev and test, MEANTIME, PolNeAR), printed as one table that says of each suite whether it
 * was tuned on.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score extraction against gold annotations: GOLD files (same figures as shared/eval/score.py), or the eval suites",
      "(--suite all: our corpus, Reuters-21578 dev and test, MEANTIME dev, PolNeAR dev) in one table."
    })
final class EvalCommand implements Callable<Integer> {

  @Parameters(paramLabel = "GOLD", arity = "0..*", description = "Gold files or folders of *.gold.json (default: --suite all).")
  List<Path> gold = new ArrayList<>();

  @Option(names = "--suite", paramLabel = "NAME", split = ",", description = "Suites to run: all, corpus, reuters-dev, reuters-test, meantime-dev, polnear-dev, polnear-train (repeatable, comma-separated).")
  List<String> suites = new ArrayList<>();

  @Option(names = "--shared", paramLabel = "DIR", description = "The shared data folder (default: $HINDSIGHT_SHARED, else ../shared beside the repository).")
  Path shared;

  @Option(names = "--polnear", paramLabel = "DIR", description = "The PolNeAR checkout (default: $HINDSIGHT_POLNEAR, else ../polnear beside the repository).")
  Path polnear;

  @Option(names = "--threads", paramLabel = "N", description = "Threads that annotate (default: cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--articles", paramLabel = "DIR", description = "Where to find the articles (default: the parent of the gold folder).")
  Path articles;

  @Option(names = "--system-out", paramLabel = "DIR", description = "Also write each article's extraction JSON here (NAME.system.json), e.g. to run score.py on.")
  Path systemOut;

  @Option(names = "--json", description = "Print the figures as a JSON object.")
  boolean json;

  @Option(names = "--per-file", description = "Also print the figures of each gold file.")
  boolean perFile;

  @Option(names = "--full", description = "Annotate with CoreNLP's naive full pipeline (every annotator, statistical coreference) instead of the fast one: the quality the fast pipeline must not fall below.")
  boolean full;

  @Option(names = "--baseline", description = "Score the naive baseline instead (every sentence with a cue word is one author-held prediction): what the extractor must beat.")
  boolean baseline;

  @Option(names = "--rules-only", description = "Keep every prediction candidate the rules propose (no trained prediction filter): what the model adds.")
  boolean rulesOnly;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (gold.isEmpty() || !suites.isEmpty()) {
      return runSuites();
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Path> goldFiles = GoldCorpus.goldFiles(gold);
    if (goldFiles.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no *.gold.json files in " + gold);
    }
    Path root = articles != null ? articles : goldFiles.get(0).toAbsolutePath().getParent().getParent();
    Stages stages = new Stages(full, PipelineConfig.DEFAULT_MAX_SENTENCE_TOKENS, PipelineConfig.DEFAULT_MAX_ARTICLE_TOKENS, rulesOnly);
    Function<AnnotatedDocument, Extraction> extract = CueSentenceBaseline.orExtractor(baseline, stages.extractor, stages.lexicon);
    GoldScorer total = new GoldScorer();
    int failed = 0;
    if (systemOut != null) {
      Files.createDirectories(systemOut);
    }
    for (Path g : goldFiles) {
      JsonNode goldJson;
      try {
        goldJson = ExtractionJson.MAPPER.readTree(g.toFile());
      } catch (IOException e) {
        System.err.println(g + ": broken JSON: " + e.getMessage().lines().findFirst().orElse(""));
        failed++;
        continue;
      }
      String file = goldJson.path("file").asText();
      Article article = GoldCorpus.findArticle(root, file);
      if (article == null) {
        System.err.println(g + ": article '" + file + "' not found under " + root);
        failed++;
        continue;
      }
      AnnotatedDocument doc = stages.pipeline.annotate(article);
      ObjectNode system = ExtractionJson.toJson(extract.apply(doc));
      if (systemOut != null) {
        String name = g.getFileName().toString().replace(".gold.json", ".system.json");
        ExtractionJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(systemOut.resolve(name).toFile(), system);
      }
      total.score(goldJson, system);
      if (perFile) {
        GoldScorer one = new GoldScorer();
        one.score(goldJson, system);
        out.println("== " + g.getFileName());
        out.print(one.report());
      }
    }
    if (json) {
      ObjectNode o = ExtractionJson.MAPPER.createObjectNode();
      for (Map.Entry<String, Double> e : total.figures().entrySet()) {
        o.put(e.getKey(), e.getValue());
      }
      out.println(ExtractionJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o));
    } else {
      out.print(total.report());
    }
    out.flush();
    return failed > 0 ? 1 : 0;
  }

  private int runSuites() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<String> names;
    try {
      names = Suites.names(suites.isEmpty() ? List.of("all") : suites);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Suites where = Suites.beside(Path.of("").toAbsolutePath(), systemOut);
    where = shared != null ? where.withShared(shared) : where;
    where = polnear != null ? where.withPolnear(polnear) : where;
    Stages stages = new Stages(full, PipelineConfig.DEFAULT_MAX_SENTENCE_TOKENS, PipelineConfig.DEFAULT_MAX_ARTICLE_TOKENS, rulesOnly);
    List<Suite.Result> results = new ArrayList<>();
    List<Suites.Missing> missing = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      Function<AnnotatedDocument, Extraction> one = CueSentenceBaseline.orExtractor(baseline, stages.extractor, stages.lexicon);
      Suite.Extract extract = articles -> parallel(pool, articles, a -> one.apply(stages.pipeline.annotate(a)));
      for (String name : names) {
        Suites.Lookup found = where.get(name);
        if (found instanceof Suites.Missing m) {
          System.err.println("eval: suite " + m.name() + " unavailable: " + m.reason());
          missing.add(m);
          continue;
        }
        Suite suite = ((Suites.Found) found).suite();
        long t0 = System.nanoTime();
        results.add(suite.run(extract));
        System.err.printf(Locale.ROOT, "eval: %s done in %.1f s%n", name, (System.nanoTime() - t0) / 1e9);
      }
    } finally {
      pool.shutdownNow();
    }
    if (json) {
      ObjectNode o = ExtractionJson.MAPPER.createObjectNode();
      for (Suite.Result r : results) {
        ObjectNode s = o.putObject(r.suite());
        s.put("data", r.tuning().label());
        s.put("documents", r.documents());
        s.put("items", r.items());
        s.put("unit", r.unit());
        ObjectNode f = s.putObject("figures");
        r.figures().forEach(f::put);
        if (!r.intervals().isEmpty()) {
          ObjectNode ci = s.putObject("intervals");
          r.intervals().forEach((name, i) -> ci.putArray(name).add(GoldScorer.round(i.lo())).add(GoldScorer.round(i.hi())));
        }
      }
      for (Suites.Missing m : missing) {
        o.putObject(m.name()).put("unavailable", m.reason());
      }
      out.println(ExtractionJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o));
    } else {
      out.print(EvalTable.format(results, missing));
    }
    out.flush();
    return 0;
  }

  /** Applies the job to every article on the pool; results in input order. */
  static <T> List<T> parallel(ExecutorService pool, List<Article> articles, Function<Article, T> job) {
    List<Future<T>> futures = new ArrayList<>();
    for (Article a : articles) {
      futures.add(pool.submit(() -> job.apply(a)));
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < futures.size(); i++) {
      try {
        out.add(futures.get(i).get());
      } catch (ExecutionException e) {
        throw new IllegalStateException(articles.get(i).path() + ": " + e.getCause(), e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    return out;
  }
}
