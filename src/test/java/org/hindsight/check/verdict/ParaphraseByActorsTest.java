package org.hindsight.check.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hindsight.article.Article;
import org.hindsight.check.evidence.EvidenceIndex;
import org.hindsight.check.evidence.IndexedPrediction;
import org.hindsight.check.evidence.Lexicon;
import org.hindsight.check.evidence.MiniLmEmbedder;
import org.hindsight.index.Indexer;
import org.hindsight.nlp.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report that settles a prediction in other words ("completed its purchase of the Corsair hotel
 * chain" for "the deal is expected to close on March 31") shares the event's actors, not its
 * words: it is compared by meaning because it is among the best of the actor channel
 * ({@link CheckConfig#embedByActors}), though the words alone rank it below the embedded few. On
 * stories written for this test, with distractors that share the words "close" and "March 31".
 */
class ParaphraseByActorsTest {

  private static final LocalDate AS_OF = LocalDate.of(1987, 12, 31);

  @TempDir Path dir;

  private static Article story(String id, String title, String day, String text) {
    return new Article(id, title, "Test Wire", null, Instant.parse(day + "T12:00:00Z"), null, "en", text, id + ".txt");
  }

  @Test
  void aParaphraseAboutTheSameActorsIsReadByMeaning() throws IOException {
    List<Article> stories = new java.util.ArrayList<>(List.of(
        story("sale", "Halvorsen Trust Sets Payout Date", "1987-03-20",
            "Halvorsen Liquidating Trust said it will pay holders the proceeds from the sale of the Corsair hotel chain"
                + " to Brightwater Airlines Inc on April 9.\n\nThe deal is expected to close on March 31, the day trading in"
                + " the trust's units ends."),
        story("done", "Brightwater Completes Corsair Purchase", "1987-04-01",
            "Brightwater Airlines Inc said it completed its purchase of the Corsair hotel chain from Halvorsen Liquidating"
                + " Trust, paying 900 mln dlrs in cash and stock.")));
    for (int i = 0; i < 24; i++) {
      stories.add(story("market" + i, "Markets At The Close " + i, "1987-03-2" + (1 + i % 8),
          "Shares ended mixed at the close on Friday as traders squared positions before the fiscal year closes on March 31."
              + " Dealers said the close of the quarter kept volumes thin, and bond prices closed " + (i % 2 == 0 ? "higher" : "lower") + "."));
    }
    try (Indexer indexer = Indexer.open(dir, Indexer.Config.DEFAULT)) {
      for (Article a : stories) {
        indexer.index(SharedPipeline.extractor().extract(SharedPipeline.pipeline().annotate(a)));
      }
    }
    try (EvidenceIndex ix = EvidenceIndex.open(dir)) {
      IndexedPrediction deal = ix.predictions().stream().filter(p -> p.prediction().text().contains("expected to close")).findFirst()
          .orElseThrow(() -> new AssertionError("no prediction of the deal"));
      CheckConfig with = CheckConfig.defaults(AS_OF);
      CheckConfig without = new CheckConfig(AS_OF, with.graceDays(), with.perChannel(), with.embedTop(), 0, with.evidenceThreshold(),
          with.maxEvidence(), false);
      assertEquals(8, with.embedByActors());
      Checker.Candidate read = settling(new Checker(ix, Lexicon.bundled(), MiniLmEmbedder.shared(), with).candidates(deal));
      Checker.Candidate unread = settling(new Checker(ix, Lexicon.bundled(), MiniLmEmbedder.shared(), without).candidates(deal));
      assertEquals(0.0, unread.similarity(), "without the actor channel's embedding the paraphrase is never read by meaning");
      assertTrue(read.similarity() > 0.2, "similarity " + read.similarity());
      assertTrue(read.score() > unread.score(), read.score() + " vs " + unread.score());
    }
  }

  private static Checker.Candidate settling(List<Checker.Candidate> candidates) {
    Checker.Candidate c = candidates.stream().filter(x -> x.sentence().article().id().equals("done")).findFirst().orElse(null);
    assertNotNull(c, "the report of the completed purchase is not among the candidates");
    return c;
  }
}
