package org.hindsight.eval.polnear;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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

  public PolnearSuite(Path root, String part, Tuning tuning) {
    this.root = root;
    this.part = part;
    this.tuning = tuning;
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
    AttributionScorer scorer = new AttributionScorer();
    for (int i = 0; i < docs.size(); i++) {
      scorer.score(docs.get(i), system.get(i));
    }
    return new Result(name(), tuning, docs.size(), "attributions", scorer.gold(), scorer.figures());
  }
}
