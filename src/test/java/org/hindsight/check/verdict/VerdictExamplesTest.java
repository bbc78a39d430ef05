package org.hindsight.check.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hindsight.learn.Example;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The featurised verdict examples as a file: written and read back unchanged, malformed lines named, drift counted. */
class VerdictExamplesTest {

  @TempDir Path dir;

  private static Example ex(String label, String source, String... features) {
    return new Example(label, List.of(features), source.substring(0, source.indexOf(':')), source);
  }

  @Test
  void writesAndReadsBackTheSameExamplesInOrder() throws IOException {
    List<Example> list = List.of(
        ex("SUPPORTS", "reuters21578-10006:p1>reuters21578-17689@0", "bias", "stance=SUPPORTS", "score:=0.6553", "meaningBin&rank=0.5&top"),
        ex("UNRELATED", "reuters21578-10006:p1>reuters21578-10581@300", "bias", "gap=>31d"),
        ex("REFUTES", "reuters21578-9300:p2>reuters21578-12000@45", "bias", "figure=OUTSIDE"));
    Path file = dir.resolve("training/verdict-examples.tsv");
    VerdictExamples.write(file, new VerdictTrainer.Examples(list, Map.of("reuters21578-10006:p1", true, "reuters21578-9300:p2", false)), 5);
    VerdictExamples.Loaded back = VerdictExamples.read(file);
    assertEquals(list, back.examples().list());
    assertEquals(Map.of("reuters21578-10006:p1", true, "reuters21578-9300:p2", false), back.examples().settled());
    assertEquals(5, back.labelled());
    // the real values come back as the same strings, so the model trained on them is the same
    assertEquals(0.6553f, back.examples().list().get(0).values()[2]);
  }

  @Test
  void namesTheFileAndLineOfAMalformedExample() throws IOException {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, "# labelled pairs: 2\nSUPPORTS\ts\ts:p1>t@0\tsettled\tbias\nMAYBE\ts\ts:p1>t@9\t-\tbias\n");
    IOException e = assertThrows(IOException.class, () -> VerdictExamples.read(file));
    assertTrue(e.getMessage().contains("bad.tsv:3") && e.getMessage().contains("MAYBE"), e.getMessage());
    Files.writeString(file, "SUPPORTS\ts\ts:p1>t@0\tbias\n");
    e = assertThrows(IOException.class, () -> VerdictExamples.read(file));
    assertTrue(e.getMessage().contains("bad.tsv:1") && e.getMessage().contains("4 tab-separated columns"), e.getMessage());
    Files.writeString(file, "SUPPORTS\ts\ts:p1>t@0\tyes\tbias\n");
    e = assertThrows(IOException.class, () -> VerdictExamples.read(file));
    assertTrue(e.getMessage().contains("settled is 'yes'"), e.getMessage());
  }

  @Test
  void aFeatureWithASpaceCannotBeWritten() {
    List<Example> list = List.of(ex("SUPPORTS", "s:p1>t@0", "bias", "two words"));
    assertThrows(IllegalArgumentException.class,
        () -> VerdictExamples.write(dir.resolve("x.tsv"), new VerdictTrainer.Examples(list, Map.of()), 1));
  }

  @Test
  void driftCountsChangedExamplesButNotRenumberedPredictions() {
    List<Example> committed = List.of(
        ex("SUPPORTS", "s:p1>t@0", "bias", "rank=1"),
        ex("UNRELATED", "s:p1>t@90", "bias", "rank=2-3"),
        ex("UNRELATED", "s:p1>u@0", "bias", "afterWindow"));
    // the extractor found one more prediction before it (p1 is now p2), one example's date feature
    // changed, and a pair newly among the candidates gives an example more
    List<Example> current = List.of(
        ex("SUPPORTS", "s:p2>t@0", "bias", "rank=1"),
        ex("UNRELATED", "s:p2>t@90", "bias", "rank=2-3"),
        ex("UNRELATED", "s:p2>u@0", "bias"),
        ex("UNRELATED", "s:p2>v@0", "bias"));
    VerdictExamples.Drift d = VerdictExamples.drift(committed, current);
    assertEquals(1, d.lost());
    assertEquals(2, d.added());
    assertEquals(2, d.changed());
    assertEquals(new VerdictExamples.Drift(0, 0), VerdictExamples.drift(committed, committed));
  }

  @Test
  void realValuesMayMoveInTheThirdDecimal() {
    List<Example> committed = List.of(ex("SUPPORTS", "s:p1>t@0", "bias", "score:=0.4100", "coverage:=0.5000"));
    assertEquals(new VerdictExamples.Drift(0, 0),
        VerdictExamples.drift(committed, List.of(ex("SUPPORTS", "s:p1>t@0", "bias", "score:=0.4180", "coverage:=0.4950"))));
    assertEquals(new VerdictExamples.Drift(1, 1),
        VerdictExamples.drift(committed, List.of(ex("SUPPORTS", "s:p1>t@0", "bias", "score:=0.4300", "coverage:=0.5000"))));
    // a real value gone is a change, whatever it was
    assertEquals(new VerdictExamples.Drift(1, 1),
        VerdictExamples.drift(committed, List.of(ex("SUPPORTS", "s:p1>t@0", "bias", "score:=0.4100"))));
  }
}
