package org.hindsight.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hindsight.article.Span;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;
import org.junit.jupiter.api.Test;

/** The cue lexicon is learned from annotated cue spans: counts, the share rule, auxiliaries, JSON. */
class CueLexiconTest {

  /** A sentence of (word, POS, lemma) triples laid out with single spaces. */
  static Sentence sentence(String... wpl) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < wpl.length; i += 3) {
      tokens.add(new Token(i / 3, wpl[i], new Span(at, at + wpl[i].length()), wpl[i + 1], wpl[i + 2], "O"));
      at += wpl[i].length() + 1;
    }
    return new Sentence(0, new Span(0, at - 1), tokens, List.of(), false);
  }

  @Test
  void keepsFormsAnnotatorsMarkedOftenEnoughAndNeverAnAuxiliary() {
    Sentence said = sentence("Kim", "NNP", "Kim", "has", "VBZ", "have", "said", "VBN", "say", "no", "DT", "no");
    Sentence walked = sentence("Kim", "NNP", "Kim", "said", "VBD", "say", "and", "CC", "and", "walked", "VBD", "walk");
    CueLexicon.Learner learner = new CueLexicon.Learner();
    for (int i = 0; i < 3; i++) {
      learner.add(said, List.of(new Span(4, 12))); // "has said" marked
      learner.add(walked, List.of()); // nothing marked
    }
    CueLexicon lexicon = learner.build(3, 0.4);
    assertEquals(java.util.Set.of("say/V"), lexicon.forms(), "say: 3 of 6 marked; 'has' is an auxiliary; 'walk' never marked");
    assertTrue(lexicon.isCue(said.tokens().get(2)));
    assertFalse(lexicon.isCue(said.tokens().get(1)));
    assertEquals(0.5, lexicon.share(said.tokens().get(2)), 1e-9);
    assertEquals(lexicon.forms(), CueLexicon.fromJson(lexicon.toJson()).forms());
    assertTrue(learner.build(4, 0.4).forms().isEmpty(), "3 marks are below a minimum of 4");
  }
}
