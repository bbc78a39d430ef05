package org.hindsight.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.hindsight.extract.Extraction;
import org.hindsight.extract.ExtractionJson;
import org.hindsight.extract.Prediction;
import org.hindsight.extract.actor.Actor;
import org.hindsight.nlp.AnnotatedDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Actors, claims and predictions of each article: the JSON contract of ARCHITECTURE.md. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Extract actors, claims and hedged predictions. With --json: one contract object per article (JSON Lines, input order).")
final class ExtractCommand implements Callable<Integer> {

  @Mixin InputOptions input;

  @Option(names = "--json", description = "Print the JSON contract (one object per line).")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return Job.run(input, json, spec.commandLine().getOut());
  }

  /**
   * The work, in a nested class so that picocli's reflection over this command (which happens for
   * every command line, also {@code search}) never loads the NLP stages.
   */
  private static final class Job {
    static int run(InputOptions input, boolean json, PrintWriter out) {
      Processor p = input.processor(Processor.Order.INPUT, System.err);
      Stages stages = new Stages(false, input.maxSentenceTokens, input.maxArticleTokens);
      Processor.Counts counts =
          p.run(
              input.paths,
              a -> {
                AnnotatedDocument d = stages.pipeline.annotate(a);
                return new Processor.Result<>(stages.extractor.extract(d), d.tokenCount(), d.warnings());
              },
              x -> {
                if (json) {
                  out.println(ExtractionJson.toJson(x).toString());
                } else {
                  printText(out, x);
                }
                out.flush();
              });
      return counts.exitCode();
    }
  }

  static void printText(PrintWriter out, Extraction x) {
    out.println("# " + x.article().title() + "  [" + x.article().path() + ", " + x.article().publishedText() + "]");
    out.println("actors:");
    for (Actor a : x.actors()) {
      out.printf("  %-28s %-12s %2d mentions  %s%n", a.name(), a.type(), a.mentions().size(), a.id());
    }
    out.println("predictions:");
    for (Prediction p : x.predictions()) {
      out.printf(
          "  p=%.3f %-19s %-8s holder=%s%s%n      %s%n",
          p.probability(),
          p.level(),
          p.polarity(),
          p.holder().isAuthor() ? "author" : p.holder().name(),
          p.horizon() == null ? "" : "  by " + p.horizon().end() + " (" + p.horizon().text() + ")",
          p.text().replace('\n', ' '));
    }
    out.println("claims: " + x.claims().size());
    out.println();
  }
}
