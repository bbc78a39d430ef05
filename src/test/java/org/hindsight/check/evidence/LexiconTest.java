package org.hindsight.check.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The check lexicon answers in a fixed order: the verdict model is trained on what the stance
 * judge reads, and the judge takes "the first lemma other than the word" (a negating verb's), so
 * an order that changed from one JVM to the next made two trainings on the same pairs differ.
 * WordNet only.
 */
class LexiconTest {

  private static final Lexicon LEX = Lexicon.bundled();

  @Test
  void lemmasComeInWordNetOrderTheWordFirst() {
    // "left": the word, then its verb lemma ("leave"), whatever order a hash would give
    List<String> left = new ArrayList<>(LEX.lemmas("left"));
    assertEquals("left", left.get(0), left.toString());
    assertEquals("leave", left.get(1), left.toString());
    List<String> dropped = new ArrayList<>(LEX.lemmas("dropped"));
    assertEquals(List.of("dropped", "drop"), dropped);
    // asked again (cached), the same order
    assertEquals(left, new ArrayList<>(LEX.lemmas("left")));
  }
}
