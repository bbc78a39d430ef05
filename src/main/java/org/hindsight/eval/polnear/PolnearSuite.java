package org.hindsight.eval.polnear;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hindsight.eval.Bootstrap;
import org.hindsight.eval.Suite;
import org.hindsight.extract.Extraction;

/**
 * PolNeAR (real 2016 US political news, attribution relations) as an eval suite: {@code
 * polnear-train} (where attribution is learned and its errors read) or {@code polnear-dev}
 * (measured). Scored by {@link AttributionScorer}. Thread-safe.
 */
public final class PolnearSuite implements Suite {

  private final Path root;
  private final String part;
  private final Tuning tuning;
  private final Path systemOut;

  /**
   * {@code systemOut}, when not null, receives {@code polnear-PART/named-holder-misses.tsv}: every
   * named source we got wrong (document, source, cue, content, our item, our holder), and {@code
   * attributed-outside.tsv}: every item we gave a source that lies outside the annotated contents
   * (document, our item, our holder, the content it overlaps most), to read errors by kind. Both
   * hold PolNeAR text: keep them out of the repository.
   */
  public PolnearSuite(Path root, String part, Tuning tuning, Path systemOut) {
    this.root = root;
    this.part = part;
    this.tuning = tuning;
    this.systemOut = systemOut;
  }

  @Override
  public String name() {
    return "polnear-" + part;
  }

  @Override
  public Tuning tuning() {
    return tuning;
  }

  @Override
  public String description() {
    return "PolNeAR " + part + ", 2016 US political news with attribution relations (source, cue, content)";
  }

  @Override
  public Result run(Extract extract) throws IOException {
    List<PolnearCorpus.Document> docs = PolnearCorpus.read(root, part);
    List<Extraction> system = extract.all(docs.stream().map(PolnearCorpus.Document::article).toList());
    List<AttributionScorer> each = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      AttributionScorer one = new AttributionScorer();
      one.score(docs.get(i), system.get(i));
      each.add(one);
    }
    AttributionScorer scorer = AttributionScorer.sum(each);
    if (systemOut != null) {
      writeMisses(scorer.misses(), systemOut.resolve(name()).resolve("named-holder-misses.tsv"));
      writeOutside(scorer.outside(), systemOut.resolve(name()).resolve("attributed-outside.tsv"));
    }
    Map<String, Double> figures = scorer.figures();
    Map<String, Bootstrap.Interval> intervals = Bootstrap.intervals(each, sample -> AttributionScorer.sum(sample).figures(),
        List.of("attribution.recall", "attribution.recall_attributed", "attribution.named_holder", "attribution.precision"));
    return new Result(name(), tuning, docs.size(), "attributions", scorer.gold(), figures, intervals);
  }

  private static void writeMisses(List<AttributionScorer.Miss> misses, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    List<String> lines = new ArrayList<>();
    lines.add("document\tsource\tcue\tcontent\tour_item\tour_holder");
    for (AttributionScorer.Miss m : misses) {
      lines.add(String.join("\t", cell(m.document()), cell(m.source()), cell(m.cue()), cell(m.content()), cell(m.item()), cell(m.holder())));
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private static void writeOutside(List<AttributionScorer.Outside> outside, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    List<String> lines = new ArrayList<>();
    lines.add("document\tour_item\tour_holder\tnearest_content");
    for (AttributionScorer.Outside o : outside) {
      lines.add(String.join("\t", cell(o.document()), cell(o.item()), cell(o.holder()), cell(o.nearest())));
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private static String cell(String s) {
    return s.replaceAll("[\\t\\r\\n]+", " ");
  }
}
