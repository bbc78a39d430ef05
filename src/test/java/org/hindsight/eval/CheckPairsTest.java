package org.hindsight.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding a gold evidence sentence in its story, and no pairs from a held-out part. */
class CheckPairsTest {

  @Test
  void findsTheSentenceVerbatimOrAcrossLineBreaks() {
    String text = "CSR said it would sell.\n\nThe previously announced float of part of its Delhi\ninterest will not now proceed, CSR said.";
    assertArrayEquals(new int[] {0, 23}, CheckPairs.find(text, "CSR said it would sell."));
    int[] at = CheckPairs.find(text, "The previously announced float of part of its Delhi interest will not now proceed");
    assertArrayEquals(new int[] {25, 106}, at);
    assertNull(CheckPairs.find(text, "Nothing of the kind."));
  }

  @Test
  void refusesAHeldOutPart() {
    CheckEval.Report heldOut = new CheckEval.Report("outcomes-test.json", "test", true, 0, List.of());
    assertThrows(IllegalArgumentException.class, () -> CheckPairs.write(heldOut, null, 8, Path.of("x.jsonl"), System.err));
  }
}
