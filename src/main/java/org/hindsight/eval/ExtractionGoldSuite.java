package org.hindsight.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hindsight.article.Article;
import org.hindsight.extract.Extraction;
import org.hindsight.extract.ExtractionJson;

/**
 * Gold files in our format ({@code *.gold.json}, scored as {@code shared/eval/score.py} does),
 * their articles found below a root: our corpus, or the Reuters-21578 stories we annotated (the
 * gold names them by id inside the shared JSON Lines file). Immutable apart from the article
 * look-up cache; thread-safe.
 */
public final class ExtractionGoldSuite implements Suite {

  private final String name;
  private final Tuning tuning;
  private final String description;
  private final Path goldDir;
  private final GoldCorpus articles;
  private final Path systemOut;

  public ExtractionGoldSuite(String name, Tuning tuning, String description, Path goldDir, Path articleRoot, Path systemOut) {
    this.name = name;
    this.tuning = tuning;
    this.description = description;
    this.goldDir = goldDir;
    this.articles = new GoldCorpus(articleRoot);
    this.systemOut = systemOut;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Tuning tuning() {
    return tuning;
  }

  @Override
  public String description() {
    return description;
  }

  /** Each gold file with its article; an article that cannot be found is an error. */
  public List<Scored> load() throws IOException {
    List<Scored> out = new ArrayList<>();
    for (Path g : GoldCorpus.goldFiles(List.of(goldDir))) {
      JsonNode gold = ExtractionJson.MAPPER.readTree(g.toFile());
      String file = gold.path("file").asText();
      Article a = articles.find(file);
      if (a == null) {
        throw new IOException(g + ": article '" + file + "' not found under " + articles.root());
      }
      out.add(new Scored(g, gold, a));
    }
    return out;
  }

  /** A gold file, its parsed JSON and its article. */
  public record Scored(Path file, JsonNode gold, Article article) {}

  @Override
  public Result run(Extract extract) throws IOException {
    List<Scored> files = load();
    List<Extraction> system = extract.all(files.stream().map(Scored::article).toList());
    List<GoldScorer> each = new ArrayList<>();
    int items = 0;
    for (int i = 0; i < files.size(); i++) {
      ObjectNode json = ExtractionJson.toJson(system.get(i));
      if (systemOut != null) {
        Path dir = systemOut.resolve(name);
        Files.createDirectories(dir);
        String out = files.get(i).file().getFileName().toString().replace(".gold.json", ".system.json");
        ExtractionJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(out).toFile(), json);
      }
      GoldScorer one = new GoldScorer();
      one.score(files.get(i).gold(), json);
      each.add(one);
      items += files.get(i).gold().path("predictions").size();
    }
    Map<String, Double> figures = GoldScorer.sum(each).figures();
    // the same figures over resamples of the gold files
    Map<String, Bootstrap.Interval> intervals = Bootstrap.intervals(each, sample -> GoldScorer.sum(sample).figures(), figures.keySet());
    return new Result(name, tuning, files.size(), "predictions", items, figures, intervals);
  }
}
