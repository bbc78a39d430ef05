package org.hindsight.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.hindsight.extract.Extraction;
import org.hindsight.extract.ExtractionJson;
import org.hindsight.extract.Prediction;
import org.hindsight.extract.actor.Actor;
import org.hindsight.nlp.AnnotatedDocument;
import java.util.Locale;
import org.hindsight.extract.prediction.PredictionExtractor;
import org.hindsight.extract.prediction.learned.PredictionModel;
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

  @Option(names = "--explain", description = "Also print, on stderr, every prediction candidate the rules propose, the trained model's probability that it is one, and the features that weighed most.")
  boolean explain;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return Job.run(input, json, explain, spec.commandLine().getOut());
  }

  /**
   * The work, in a nested class so that picocli's reflection over this command (which happens for
   * every command line, also {@code search}) never loads the NLP stages.
   */
  private static final class Job {
    static int run(InputOptions input, boolean json, boolean explain, PrintWriter out) {
      Processor p = input.processor(Processor.Order.INPUT, System.err);
      Stages stages = new Stages(false, input.maxSentenceTokens, input.maxArticleTokens);
      PredictionModel model = explain ? PredictionModel.bundled() : null;
      Processor.Counts counts =
          p.run(
              input.paths,
              a -> {
                AnnotatedDocument d = stages.pipeline.annotate(a);
                if (model != null) {
                  System.err.print(explanation(d, stages.extractor.predictions(), model));
                }
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

  /** Each candidate, kept or dropped, with its probability and the six features that weighed most. */
  static String explanation(AnnotatedDocument d, PredictionExtractor predictions, PredictionModel model) {
    StringBuilder sb = new StringBuilder();
    String text = d.article().text();
    for (PredictionExtractor.Candidate c : predictions.candidates(d)) {
      double p = model.probability(d, c);
      boolean byModel = p >= model.threshold(c);
      sb.append(String.format(Locale.ROOT, "%s p=%.2f %s%s%n", byModel || model.keep(d, c) ? "KEEP" : "drop", p,
          byModel || !model.keep(d, c) ? "" : "(anticipated, kept by rule) ",
          c.sentence().span(c.group().from, c.group().to).of(text).replace('\n', ' ')));
      model.explain(d, c).stream().limit(6).forEach(w ->
          sb.append(String.format(Locale.ROOT, "       %+.2f %s%n", w.contribution(), w.feature())));
    }
    return sb.toString();
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
