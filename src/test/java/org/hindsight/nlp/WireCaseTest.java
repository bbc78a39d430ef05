package org.hindsight.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.hindsight.article.Article;
import org.junit.jupiter.api.Test;

class WireCaseTest {

  @Test
  void theFunctionWordAfterUsIsReadLowerCase() {
    assertEquals("trade between the U.S. and Japan", WireCase.restore("trade between the U.S. And Japan"));
    assertEquals("the U.S. has signaled it wants talks, the U.K. would not", WireCase.restore("the U.S. Has signaled it wants talks, the U.K. Would not"));
    assertEquals("the dispute with the U.S. from erupting", WireCase.restore("the dispute with the U.S. From erupting"));
  }

  @Test
  void contentWordsAndPossibleSentenceStartsStay() {
    String text = "U.S. Treasury officials met. It sold to the U.S. The talks end today. Exports to the U.S. In March rose.";
    assertSame(text, WireCase.restore(text));
    assertEquals("purchases of U.S. Chips", WireCase.restore("purchases of U.S. Chips"));
    assertEquals("the USA And", WireCase.restore("the USA And"));
  }

  @Test
  void theSplitterKeepsTheSentenceWholeAndTheTextAsWritten() {
    String text = "Japan is seeking to prevent its computer chips dispute with the U.S. From erupting into a full-scale "
        + "trade war, officials said.";
    Article a = new Article("wire", "wire", "test", null, java.time.Instant.parse("1987-03-27T09:00:00Z"), null, "en", text,
        "test/wire.txt");
    AnnotatedDocument d = SharedPipeline.pipeline().annotate(a);
    assertEquals(1, d.sentences().size());
    List<String> words = d.sentences().get(0).tokens().stream().map(Token::text).toList();
    assertEquals("From", words.get(words.indexOf("U.S.") + 1));
    assertEquals("IN", d.sentences().get(0).tokens().get(words.indexOf("U.S.") + 1).pos());
  }
}
