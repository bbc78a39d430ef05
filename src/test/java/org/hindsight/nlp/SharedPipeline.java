package org.hindsight.nlp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hindsight.article.Article;
import org.hindsight.article.CorpusReader;
import org.hindsight.article.ReadOptions;
import org.hindsight.article.ReadOutcome;
import org.hindsight.extract.Extractor;
import org.hindsight.extract.prediction.HedgeLexicon;

/**
 * One fast CoreNLP pipeline and extractor per test JVM (CoreNLP takes seconds and gigabytes to
 * load): every test that needs real models asks this class. Thread-safe lazy holder.
 */
public final class SharedPipeline {

  private SharedPipeline() {}

  private static final class Holder {
    static final HedgeLexicon LEXICON = HedgeLexicon.bundled();
    static final Pipeline PIPELINE =
        new CoreNlpPipeline(Extractor.pipelineConfig(LEXICON));
    static final Extractor EXTRACTOR = Extractor.bundled();
  }

  public static Pipeline pipeline() {
    return Holder.PIPELINE;
  }

  public static Extractor extractor() {
    return Holder.EXTRACTOR;
  }

  /** The repository root (the folder with pom.xml), wherever the tests run from. */
  public static Path repo() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("pom.xml"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("pom.xml not found above " + Path.of("").toAbsolutePath());
    }
    return p;
  }

  /** Reads one article file of the corpus (the first article of a JSON Lines file). */
  public static Article read(String relative) {
    return readAll(relative).get(0);
  }

  public static List<Article> readAll(String relative) {
    List<ReadOutcome> outcomes = new CorpusReader(ReadOptions.defaults()).read(List.of(repo().resolve(relative)));
    return outcomes.stream()
        .filter(o -> o instanceof ReadOutcome.Read)
        .map(o -> ((ReadOutcome.Read) o).article())
        .toList();
  }

  /** The seed article, as bundled in corpus/seed/. */
  public static Article seed() {
    return read("corpus/seed/000_42324508f161359d.txt");
  }
}
