package org.hindsight.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hindsight.article.Span;
import org.junit.jupiter.api.Test;

/** Where quotations lie: balanced, unbalanced within a paragraph, and quotations over paragraphs. */
class QuotesTest {

  private static Span at(String text, String word) {
    int i = text.indexOf(word);
    return new Span(i, i + word.length());
  }

  @Test
  void aQuotationIsInsideAndTheReportAfterItIsNot() {
    String text = "\u201cWe will win,\u201d Smith said.";
    Quotes q = new Quotes(text);
    assertTrue(q.inside(at(text, "win")));
    assertFalse(q.inside(at(text, "said")));
  }

  @Test
  void aQuotationContinuedInTheNextParagraphOpensItAgain() {
    String text = "Smith said: \u201cWe will win.\n\n\u201cAnd we will keep winning,\u201d he said.";
    Quotes q = new Quotes(text);
    assertTrue(q.inside(at(text, "keep")));
    assertFalse(q.inside(at(text, "he said")));
  }

  @Test
  void anUnclosedQuotationEndsWithItsParagraph() {
    // a tweet pasted with a stray opening mark at its end (as in a PolNeAR train article): nothing
    // was quoted after it, and the reports of the next paragraphs, which open with no mark, are no
    // quotations
    String text = "\u201c@someone: \u201cFortune favours the bold.\u201d #Again\u201c\n\n"
        + "The post was written as a joke by a campaign volunteer.\n\n"
        + "Varga said she meant to show that the mayor repeats whatever his supporters send him.";
    Quotes q = new Quotes(text);
    assertTrue(q.inside(at(text, "bold")));
    assertFalse(q.inside(at(text, "Varga said")));
    assertFalse(q.inside(at(text, "said she")));
  }
}
