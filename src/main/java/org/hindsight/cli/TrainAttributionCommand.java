package org.hindsight.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hindsight.article.Span;
import org.hindsight.eval.polnear.PolnearCorpus;
import org.hindsight.extract.Extractor;
import org.hindsight.extract.Prediction;
import org.hindsight.extract.actor.Actor;
import org.hindsight.extract.actor.ActorResolver;
import org.hindsight.extract.actor.gazetteer.Gazetteer;
import org.hindsight.extract.attribution.CueLexicon;
import org.hindsight.extract.attribution.Cues;
import org.hindsight.extract.attribution.SourceModel;
import org.hindsight.extract.attribution.SourceTrainer;
import org.hindsight.extract.claim.Attribution;
import org.hindsight.extract.claim.ClaimExtractor;
import org.hindsight.extract.prediction.HedgeLexicon;
import org.hindsight.extract.prediction.PredictionExtractor;
import org.hindsight.learn.Example;
import org.hindsight.learn.LearnedModel;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.CoreNlpPipeline;
import org.hindsight.nlp.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hindsight train attribution}: rebuilds {@code models/attribution-attributed} and {@code
 * models/attribution-source} ({@code .bin} and {@code .json}) from PolNeAR train (840 articles of 2016 US political news with source, cue and content
 * annotated): annotates each article with the fast pipeline, finds our claims and predictions,
 * learns the cue lexicon, and trains the choice of source ({@link SourceTrainer}). Prints the
 * cross-validated figures and the reliability table.
 */
@Command(
    name = "attribution",
    mixinStandardHelpOptions = true,
    description = "Rebuild models/attribution-{attributed,source}.{bin,json} (who holds a statement) from PolNeAR train.")
final class TrainAttributionCommand implements Callable<Integer> {

  @Option(names = "--polnear", paramLabel = "DIR", description = "The PolNeAR checkout (default: $HINDSIGHT_POLNEAR, else ../polnear).")
  Path polnear;

  @Option(names = "--out", paramLabel = "DIR", description = "Where to write the model (default: models).")
  Path out = Path.of("models");

  @Option(names = "--threads", paramLabel = "N", description = "Threads that annotate (default: cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the cross-validation folds (default: 42).")
  long seed = 42;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date recorded in the manifest (default: today); pass the manifest's to rebuild it bit for bit.")
  String date = LocalDate.now().toString();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter w = spec.commandLine().getOut();
    Path root = polnear != null ? polnear
        : System.getenv("HINDSIGHT_POLNEAR") != null ? Path.of(System.getenv("HINDSIGHT_POLNEAR"))
        : Path.of("").toAbsolutePath().getParent().resolve("polnear");
    List<PolnearCorpus.Document> docs = new ArrayList<>(PolnearCorpus.read(root, "train"));
    docs.sort(Comparator.comparing(d -> d.article().id()));
    HedgeLexicon lexicon = HedgeLexicon.bundled();
    Pipeline pipeline = new CoreNlpPipeline(Extractor.pipelineConfig(lexicon));
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    List<AnnotatedDocument> annotated;
    try {
      annotated = EvalCommand.parallel(pool, docs.stream().map(PolnearCorpus.Document::article).toList(), pipeline::annotate);
    } finally {
      pool.shutdownNow();
    }
    SourceTrainer.Params params = new SourceTrainer.Params(5, 0.15, 5, seed, org.hindsight.learn.MaxentTrainer.Params.defaults());
    List<SourceTrainer.Labelled> labelled = labelled(docs, annotated, lexicon, new SourceTrainer(params));
    SourceTrainer.Trained t = train(labelled, params, docs.size(), date);
    w.printf(Locale.ROOT, "data: %s%n", t.source().manifest().path("size"));
    for (SourceTrainer.Result r : List.of(t.attributed(), t.source())) {
      String name = r.manifest().path("name").asText();
      LearnedModel.write(out, name, r.model(), r.manifest());
      w.printf(Locale.ROOT, "%s (%s), cross-validated by article:%n", name, r.manifest().path("decides").asText());
      r.figures().forEach((k, v) -> w.printf(Locale.ROOT, "  %-24s %s%n", k, v));
      w.print(r.reliability().format());
      w.printf(Locale.ROOT, "wrote %s and %s%n", out.resolve(name + ".bin"), out.resolve(name + ".json"));
    }
    w.flush();
    return 0;
  }

  /**
   * Our statements on each annotated article, found with the cue lexicon learned from the same
   * articles (holders by the hand rules: only the spans matter here).
   */
  static List<SourceTrainer.Labelled> labelled(
      List<PolnearCorpus.Document> docs, List<AnnotatedDocument> annotated, HedgeLexicon lexicon, SourceTrainer trainer) {
    List<SourceTrainer.Labelled> bare = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      bare.add(new SourceTrainer.Labelled(annotated.get(i).article().id(), annotated.get(i), List.of(), List.of(), List.of(), gold(docs.get(i))));
    }
    Cues cues = new Cues(trainer.cues(bare));
    ActorResolver resolver = new ActorResolver(Gazetteer.bundled());
    PredictionExtractor predictions = new PredictionExtractor(lexicon);
    ClaimExtractor claims = new ClaimExtractor();
    List<SourceTrainer.Labelled> out = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      AnnotatedDocument doc = annotated.get(i);
      List<Actor> actors = resolver.resolve(doc);
      Attribution rules = new Attribution(doc, actors, null, cues);
      List<Prediction> p = predictions.extract(doc, actors, rules);
      List<Span> spans = p.stream().map(Prediction::span).toList();
      out.add(new SourceTrainer.Labelled(doc.article().id(), doc, actors, spans, claims.attributable(doc, p, rules), gold(docs.get(i))));
    }
    return out;
  }

  private static List<SourceTrainer.Gold> gold(PolnearCorpus.Document d) {
    return d.attributions().stream().map(a -> new SourceTrainer.Gold(a.source(), a.cue(), a.content())).toList();
  }

  /** Learns the cues, builds the examples and trains; the manifest records where the data came from. */
  static SourceTrainer.Trained train(List<SourceTrainer.Labelled> labelled, SourceTrainer.Params params, int articles, String date) {
    SourceTrainer trainer = new SourceTrainer(params);
    CueLexicon lexicon = trainer.cues(labelled);
    Cues cues = new Cues(lexicon);
    SourceTrainer.Tally tally = new SourceTrainer.Tally();
    List<Example> attributed = new ArrayList<>();
    List<Example> source = new ArrayList<>();
    for (SourceTrainer.Labelled d : labelled) {
      SourceTrainer.Examples e = trainer.examples(d, cues, tally);
      attributed.addAll(e.attributed());
      source.addAll(e.source());
    }
    ObjectNode provenance = JsonNodeFactory.instance.objectNode();
    provenance.put("data", "PolNeAR v1.0.0 train (github:networkdynamics/PolNeAR, data/train): " + articles
        + " articles of 2016 US political news, the first annotation file of each; annotated by the fast pipeline");
    provenance.put("command", "hindsight train attribution --polnear DIR --seed " + params.seed() + " --date " + date);
    provenance.put("date", date);
    provenance.put("cue_forms", lexicon.size());
    return trainer.train(new SourceTrainer.Examples(attributed, source), lexicon, provenance, tally);
  }
}
