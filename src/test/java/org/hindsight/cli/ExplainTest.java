package org.hindsight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.hindsight.extract.Extraction;
import org.hindsight.extract.prediction.learned.PredictionModel;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.SharedPipeline;
import org.junit.jupiter.api.Test;

/** {@code extract --explain} on the seed: every candidate with the model's probability and what weighed. */
class ExplainTest {

  private static final Pattern HEAD = Pattern.compile("(KEEP|drop) p=(\\d\\.\\d\\d) .+");
  private static final Pattern WEIGHT = Pattern.compile(" {7}[+-]\\d+\\.\\d\\d \\S.*");

  @Test
  void theSeedsCandidatesAreExplainedAndTheKeptOnesAreThePredictions() {
    AnnotatedDocument d = SharedPipeline.pipeline().annotate(SharedPipeline.seed());
    PredictionModel model = PredictionModel.bundled();
    String text = ExtractCommand.explanation(d, SharedPipeline.extractor().predictions(), model);
    List<String> lines = text.lines().toList();
    int kept = 0;
    int dropped = 0;
    for (String line : lines) {
      if (line.startsWith("KEEP") || line.startsWith("drop")) {
        var m = HEAD.matcher(line);
        assertTrue(m.matches(), line);
        double p = Double.parseDouble(m.group(2));
        assertTrue(p >= 0 && p <= 1, line);
        kept += line.startsWith("KEEP") ? 1 : 0;
        dropped += line.startsWith("drop") ? 1 : 0;
      } else {
        assertTrue(WEIGHT.matcher(line).matches(), "a weight line: " + line);
      }
    }
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("KEEP") && l.contains("might make limited concessions")), text);
    assertTrue(dropped > 0, "some candidate of the seed is dropped by the model: " + text);
    Extraction x = SharedPipeline.extractor().extract(d);
    assertEquals(x.predictions().size(), kept, text);
  }
}
