package org.hindsight.check.evidence;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import org.hindsight.extract.Claim;
import org.hindsight.extract.Prediction;

/**
 * Embeds, ahead of any check, what a check of these articles compares in meaning, into the index's
 * stored vectors ({@link StoredVectors}): the sentence holding each claim and prediction (each
 * candidate a check retrieves is one of them), each headline (topics), and each prediction's event
 * text and the sentence around it as {@link Retriever#query} reads them. {@code ingest} runs it on
 * the articles it wrote, so that the first check of a corpus reads vectors back instead of
 * computing them (a check spends most of its first pass in the embedding model). The texts and the
 * model are the ones a check uses, so a check's verdicts are the same either way.
 *
 * <p>Runs on {@code threads} threads of its own, one article at a time each; an article that
 * cannot be read is skipped (the check embeds its sentences on first use).
 */
public final class EmbedAhead {

  /**
   * What a run did: articles read, texts met (distinct within each article; a headline or sentence
   * two articles share counts twice), vectors computed and stored now (the rest were stored
   * already), and the articles that could not be read, each with its reason.
   */
  public record Result(long articles, long texts, long embedded, List<String> failures) {}

  private EmbedAhead() {}

  /**
   * @param index the index just written
   * @param vectors the stored vectors of that index (a check's own)
   * @param articleIds the articles to embed ahead (unknown ids are skipped)
   */
  public static Result run(EvidenceIndex index, StoredVectors vectors, Collection<String> articleIds, int threads) throws IOException {
    return run(index, vectors, articleIds, threads, (done, total) -> {});
  }

  /**
   * As {@link #run(EvidenceIndex, StoredVectors, Collection, int)}, telling {@code progress} of each
   * article done (articles done so far, of how many), from any thread.
   */
  public static Result run(EvidenceIndex index, StoredVectors vectors, Collection<String> articleIds, int threads, BiConsumer<Integer, Integer> progress)
      throws IOException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    Retriever retriever = new Retriever(index, Lexicon.bundled(), 1, LocalDate.of(9999, 12, 30));
    AtomicLong articles = new AtomicLong();
    AtomicLong texts = new AtomicLong();
    long before = vectors.written();
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "hindsight-embed");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> done = new ArrayList<>();
      Set<String> ids = new LinkedHashSet<>(articleIds);
      AtomicInteger finished = new AtomicInteger();
      for (String id : ids) {
        done.add(pool.submit(() -> {
          try {
            List<String> t = texts(index, retriever, id);
            if (!t.isEmpty()) {
              vectors.embed(t);
              articles.incrementAndGet();
              texts.addAndGet(t.size());
            }
          } catch (IOException | RuntimeException e) {
            failures.add(id + ": " + e);
          }
          progress.accept(finished.incrementAndGet(), ids.size());
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while embedding ahead", e);
    } catch (ExecutionException e) {
      throw new IOException("embedding ahead failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return new Result(articles.get(), texts.get(), vectors.written() - before, List.copyOf(failures));
  }

  /** The distinct texts a check embeds for one article, in a fixed order; empty when it is not in the index. */
  static List<String> texts(EvidenceIndex index, Retriever retriever, String id) throws IOException {
    ArticleView view = index.article(id);
    if (view == null) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    out.add(Meaning.title(view.ref()));
    for (Claim c : view.claims()) {
      add(out, view.sentenceAt(c.span().begin()));
    }
    for (Prediction p : view.predictions()) {
      add(out, view.sentenceAt(p.span().begin()));
      // the query reads the prediction and its article, not the status the index shows for it
      EventQuery q = retriever.query(new IndexedPrediction(p, view.ref(), null), view);
      out.add(q.text());
      out.add(q.context());
    }
    return new ArrayList<>(out);
  }

  private static void add(Set<String> out, LaterSentence s) {
    if (s != null) {
      out.add(s.text());
    }
  }
}
