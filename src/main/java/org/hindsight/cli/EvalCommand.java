package org.hindsight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hindsight.article.Article;
import org.hindsight.eval.GoldCorpus;
import org.hindsight.eval.GoldScorer;
import org.hindsight.extract.ExtractionJson;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.PipelineConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Scores extraction against gold files ({@code *.gold.json}), with the same figures as {@code
 * shared/eval/score.py}. Each gold file's {@code file} names its article (with {@code #N} for a
 * JSON Lines line), looked up under {@code --articles} (default: the gold folder's parent).
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score extraction against gold annotations (same figures as shared/eval/score.py).")
final class EvalCommand implements Callable<Integer> {

  @Parameters(paramLabel = "GOLD", arity = "1..*", description = "Gold files or folders of *.gold.json.")
  List<Path> gold;

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

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> goldFiles = GoldCorpus.goldFiles(gold);
    if (goldFiles.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no *.gold.json files in " + gold);
    }
    Path root = articles != null ? articles : goldFiles.get(0).toAbsolutePath().getParent().getParent();
    Stages stages = new Stages(full, PipelineConfig.DEFAULT_MAX_SENTENCE_TOKENS, PipelineConfig.DEFAULT_MAX_ARTICLE_TOKENS);
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
      ObjectNode system = ExtractionJson.toJson(stages.extractor.extract(doc));
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
}
