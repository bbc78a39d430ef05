package org.hindsight.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.hindsight.article.Article;
import org.junit.jupiter.api.Test;

/**
 * The fast pipeline's bounds on real models: batches of sentences give the same document as one
 * call, an interrupted thread stops at the next step, an article over the token limit fails right
 * after tokenizing.
 */
class BoundedPipelineTest {

  private static CoreNlpPipeline pipeline() {
    return (CoreNlpPipeline) SharedPipeline.pipeline();
  }

  /** Bundled articles one after another: about 5,000 tokens. */
  private static Article longArticle() {
    List<String> texts = new ArrayList<>();
    int chars = 0;
    for (Article a : SharedPipeline.readAll("corpus/articles")) {
      if (chars > 25_000) {
        break;
      }
      texts.add(a.text());
      chars += a.text().length();
    }
    return new Article("long", "Long", "test", null, Instant.parse("2025-08-06T09:00:00Z"), null, "en", String.join("\n\n", texts), "test/long.txt");
  }

  @Test
  void batchesGiveTheSameDocumentAsOneCall() {
    Article a = longArticle();
    AnnotatedDocument inBatches = pipeline().annotate(a, true, 700);
    AnnotatedDocument whole = pipeline().annotate(a, true, Integer.MAX_VALUE);
    assertTrue(whole.tokenCount() > 4_000, whole.tokenCount() + " tokens");
    assertEquals(whole, inBatches);
  }

  @Test
  void anInterruptedThreadStopsAtTheNextStep() throws Exception {
    Article a = longArticle();
    AtomicReference<Thread> worker = new AtomicReference<>();
    CompletableFuture<AnnotatedDocument> f =
        CompletableFuture.supplyAsync(
            () -> {
              worker.set(Thread.currentThread());
              return pipeline().annotate(a, true, 500);
            });
    while (worker.get() == null) {
      Thread.sleep(10);
    }
    Thread.sleep(300);
    long t0 = System.nanoTime();
    // as the processor does: again and again, since a step may swallow one interrupt
    while (!f.isDone() && System.nanoTime() - t0 < 60_000_000_000L) {
      worker.get().interrupt();
      Thread.sleep(50);
    }
    ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(1, TimeUnit.SECONDS));
    assertTrue(e.getCause() instanceof NlpException && e.getCause().getMessage().contains("interrupted"), e.toString());
    assertTrue((System.nanoTime() - t0) / 1e9 < 20, "stopped within a batch");
  }

  @Test
  void anArticleOverTheTokenLimitFailsRightAfterTokenizing() {
    CoreNlpPipeline small =
        new CoreNlpPipeline(PipelineConfig.fastEverySentence().withLimits(PipelineConfig.DEFAULT_MAX_SENTENCE_TOKENS, 1_000));
    Article a = longArticle();
    long t0 = System.nanoTime();
    NlpException e = assertThrows(NlpException.class, () -> small.annotate(a));
    assertTrue(e.getMessage().matches("too long for one article: [0-9,]+ tokens, over the limit of 1,000 .*"), e.getMessage());
    assertTrue((System.nanoTime() - t0) / 1e9 < 10, "only tokenized");
  }
}
