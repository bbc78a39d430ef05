package org.hindsight.extract.prediction.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.hindsight.article.Span;
import org.hindsight.nlp.Token;
import org.junit.jupiter.api.Test;

/**
 * The antecedent read from the words, on tagged token sequences in the shapes Reuters dev copy
 * showed (written for the test): the span start moves back to the noun phrase a relative clause
 * describes, and stays where no relative clause follows a noun.
 */
class AntecedentsTest {

  /** Tokens from "word/TAG" pairs. */
  private static List<Token> tagged(String text) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String wt : text.split(" ")) {
      int slash = wt.lastIndexOf('/');
      String w = wt.substring(0, slash);
      out.add(new Token(out.size(), w, new Span(at, at + w.length()), wt.substring(slash + 1), w.toLowerCase(), "O"));
      at += w.length() + 1;
    }
    return out;
  }

  private static int index(List<Token> t, String word) {
    for (Token x : t) {
      if (x.text().equals(word)) {
        return x.index();
      }
    }
    throw new AssertionError(word);
  }

  @Test
  void aModalAfterARelativeClauseSetOffByCommasStartsAtItsAntecedent() {
    List<Token> t = tagged("He/PRP said/VBD the/DT shipping/NN arm/NN ,/, which/WDT the/DT family/NN wants/VBZ to/TO keep/VB ,/, may/MD be/VB worth/JJ more/JJR");
    assertEquals(index(t, "the"), Antecedents.before(t, index(t, "may"), CutSubjects.MAX_REACH));
  }

  @Test
  void aRelativePronounStartsAtTheNounPhraseItDescribesThroughItsPrepositions() {
    List<Token> t = tagged("The/DT bank/NN has/VBZ heavy/JJ exposure/NN to/TO coffee/NN growers/NNS ,/, that/WDT will/MD weigh/VB on/IN profits/NNS");
    assertEquals(index(t, "heavy"), Antecedents.before(t, index(t, "that"), CutSubjects.MAX_REACH));
  }

  @Test
  void noRelativeClauseNoMove() {
    // a complementizer "that" before a subject, a modal right after a verb, a speaker set off by commas
    List<Token> said = tagged("Officials/NNS expect/VBP that/IN rates/NNS will/MD fall/VB");
    assertEquals(-1, Antecedents.before(said, index(said, "that"), CutSubjects.MAX_REACH));
    List<Token> verb = tagged("Dealers/NNS said/VBD rates/NNS would/MD fall/VB");
    assertEquals(-1, Antecedents.before(verb, index(verb, "would"), CutSubjects.MAX_REACH));
    List<Token> noun = tagged("The/DT plan/NN ,/, officials/NNS said/VBD ,/, would/MD help/VB");
    assertEquals(-1, Antecedents.before(noun, index(noun, "would"), CutSubjects.MAX_REACH), "a frame between commas is no relative clause");
  }
}
