package org.hindsight.eval.polnear;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.hindsight.article.Article;
import org.hindsight.article.Span;
import org.hindsight.extract.Claim;
import org.hindsight.extract.Extraction;
import org.hindsight.extract.Holder;
import org.hindsight.extract.Polarity;
import org.junit.jupiter.api.Test;

/**
 * Which of our items covers a PolNeAR attribution: the statement, not the author's account of the
 * report around it. Both hold every word of the content; the old rule kept whichever shared most
 * characters with it, so the report (which holds the content's quotation marks too) won and the
 * attribution counted as left to the author. The text is written for this test.
 */
class AttributionScorerTest {

  private static final String TEXT = "\u201cThose days are over,\u201d Clinton said.";
  private static final Article ARTICLE = new Article("a", "t", "s", null, null, null, "en", TEXT, "a.txt");
  private static final int CONTENT_END = TEXT.indexOf("\u201d") + 1;

  /** The quotation, its source "Clinton" and its cue "said", as PolNeAR annotates them. */
  private static PolnearCorpus.Document annotated() {
    int source = TEXT.indexOf("Clinton");
    PolnearCorpus.Attribution gold = new PolnearCorpus.Attribution(
        List.of(new Span(source, source + 7)),
        List.of(new Span(source + 8, source + 12)),
        List.of(new Span(0, CONTENT_END)));
    return new PolnearCorpus.Document(ARTICLE, Path.of("a_0000.ann"), List.of(gold));
  }

  @Test
  void theStatementCoversTheContentRatherThanTheReportAroundIt() {
    int statementEnd = TEXT.indexOf(",");
    Claim statement = claim("c1", new Span(1, statementEnd), Holder.actor("Clinton", null));
    Claim report = claim("c2", new Span(1, TEXT.length() - 1), Holder.author(null));
    AttributionScorer scorer = new AttributionScorer();
    scorer.score(annotated(), new Extraction(ARTICLE, List.of(), List.of(report, statement), List.of()));
    assertEquals(1.0, scorer.figures().get("attribution.recall"));
    assertEquals(1.0, scorer.figures().get("attribution.named_holder"));
  }

  @Test
  void aNamedSourceLeftToTheAuthorIsListedAsAMiss() {
    Claim report = claim("c2", new Span(1, TEXT.length() - 1), Holder.author(null));
    AttributionScorer scorer = new AttributionScorer();
    scorer.score(annotated(), new Extraction(ARTICLE, List.of(), List.of(report), List.of()));
    assertEquals(0.0, scorer.figures().get("attribution.named_holder"));
    assertEquals(1.0, scorer.figures().get("attribution.named_author_fallback"));
    assertEquals(List.of(new AttributionScorer.Miss("a", "Clinton", "said", TEXT.substring(0, CONTENT_END),
        report.text(), "author")), scorer.misses());
  }

  private static Claim claim(String id, Span span, Holder holder) {
    return new Claim(id, span.of(TEXT), span, holder, List.of(), List.of(), null, Polarity.POSITIVE);
  }
}
