package org.hindsight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.hindsight.article.Article;
import org.hindsight.article.ArticleReader;
import org.hindsight.article.CorpusReader;
import org.hindsight.article.ReadOptions;
import org.hindsight.article.ReadOutcome;
import org.hindsight.nlp.NlpException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor's contract with jobs that stand in for the NLP stage: order, time budget,
 * abandoned threads, bounded reading, and which failures are the input's and which the run's. No
 * models are loaded.
 */
@Timeout(60)
class ProcessorTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  /** Articles read but not yet delivered, and the most there ever were. */
  private final AtomicInteger undelivered = new AtomicInteger();

  private final AtomicInteger mostUndelivered = new AtomicInteger();

  private Path corpus;

  /** A corpus of {@code n} articles made up by a reader (the file {@code n.gen} is empty). */
  private final class Generated implements ArticleReader {
    @Override
    public boolean accepts(Path file) {
      return file.toString().endsWith(".gen");
    }

    @Override
    public List<ReadOutcome> read(Path file, byte[] content, ReadOptions options) {
      throw new UnsupportedOperationException("streams only");
    }

    @Override
    public void read(Path file, InputStream in, long size, ReadOptions options, Consumer<? super ReadOutcome> sink) {
      int n = Integer.parseInt(file.getFileName().toString().replace(".gen", ""));
      for (int i = 0; i < n; i++) {
        Article a = new Article("a" + i, "t", null, null, null, null, "en", "Article " + i + ".", file + "#" + (i + 1));
        mostUndelivered.accumulateAndGet(undelivered.incrementAndGet(), Math::max);
        sink.accept(new ReadOutcome.Read(a, List.of()));
      }
    }
  }

  @BeforeEach
  void corpus() throws Exception {
    corpus = Files.createFile(dir.resolve("40.gen"));
  }

  private Processor processor(int threads, Duration timeout, Processor.Order order) {
    return new Processor(
        new CorpusReader(ReadOptions.defaults(), List.of(new Generated())),
        new Processor.Settings(threads, timeout, order, false, 0),
        err);
  }

  private static int number(Article a) {
    return Integer.parseInt(a.id().substring(1));
  }

  private Processor.Counts run(Processor p, Processor.Job<Integer> job, List<Integer> delivered) {
    return p.run(
        List.of(corpus),
        job,
        i -> {
          undelivered.decrementAndGet();
          delivered.add(i);
        });
  }

  private String err() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void inputOrderIsKeptWhateverTheThreadsDo() {
    List<Integer> delivered = new ArrayList<>();
    Processor.Counts c =
        run(
            processor(3, Duration.ZERO, Processor.Order.INPUT),
            a -> {
              sleep((number(a) * 7) % 5);
              return new Processor.Result<>(number(a), 10);
            },
            delivered);
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      expected.add(i);
    }
    assertEquals(expected, delivered);
    assertEquals(new Processor.Counts(40, 0, 0, 400, 0, 0), c);
    assertEquals(Main.OK, c.exitCode());
  }

  @Test
  void aSlowArticleDoesNotHoldBackTheOnesAfterIt() {
    CountDownLatch othersDelivered = new CountDownLatch(39);
    List<Integer> delivered = Collections.synchronizedList(new ArrayList<>());
    run(
        processor(2, Duration.ZERO, Processor.Order.COMPLETION),
        a -> {
          if (number(a) == 0) {
            await(othersDelivered); // finishes only once all the others were handed on
          }
          return new Processor.Result<>(number(a), 1);
        },
        new ArrayList<>() {
          @Override
          public boolean add(Integer i) {
            delivered.add(i);
            othersDelivered.countDown();
            return true;
          }
        });
    assertEquals(40, delivered.size());
    assertEquals(0, delivered.get(39), "the slow article came last: " + delivered);
  }

  @Test
  void anArticlePastItsBudgetFailsAloneAndItsThreadIsReplaced() {
    List<Integer> delivered = new ArrayList<>();
    java.util.concurrent.atomic.AtomicLong firstStart = new java.util.concurrent.atomic.AtomicLong();
    Processor.Counts c =
        run(
            processor(2, Duration.ofMillis(300), Processor.Order.COMPLETION),
            a -> {
              int n = number(a);
              firstStart.compareAndSet(0, System.nanoTime());
              if (n == 3 || n == 4 || n == 5) {
                waitIgnoringInterrupts(3_000); // cannot be interrupted: it is abandoned
              } else if (n == 10) {
                sleep(3_600_000); // can be: it stops at once
              }
              return new Processor.Result<>(n, 1);
            },
            delivered);
    double seconds = (System.nanoTime() - firstStart.get()) / 1e9; // (not the language model's loading)
    assertEquals(36, c.processed());
    assertEquals(4, c.failed());
    assertEquals(4, c.timedOut());
    assertEquals(Main.INPUTS_FAILED, c.exitCode());
    assertTrue(seconds < 2.5, "the run waited for abandoned articles: " + seconds + " s");
    for (int n : List.of(4, 5, 6, 11)) { // lines are 1-based
      assertTrue(err().lines().anyMatch(l -> l.startsWith(corpus + ":" + n + ": failed: not done within the time budget of 300 ms")), err());
    }
    assertEquals(4, err().lines().count(), err());
  }

  @Test
  void loadingWhatTheJobNeedsIsNotTimed() {
    java.util.concurrent.atomic.AtomicBoolean loaded = new java.util.concurrent.atomic.AtomicBoolean();
    Processor.Counts c =
        run(
            processor(2, Duration.ofMillis(300), Processor.Order.COMPLETION),
            new Processor.Job<>() {
              @Override
              public synchronized void prepare(Article a) {
                if (!loaded.get()) {
                  sleep(1_000); // models loading: no article's fault
                  loaded.set(true);
                }
              }

              @Override
              public Processor.Result<Integer> apply(Article a) {
                return new Processor.Result<>(number(a), 1);
              }
            },
            new ArrayList<>());
    assertEquals(new Processor.Counts(40, 0, 0, 40, 0, 0), c);
  }

  @Test
  void readingStopsWhileTheWindowIsFull() throws Exception {
    Files.delete(corpus);
    corpus = Files.createFile(dir.resolve("5000.gen"));
    Processor.Counts c = run(processor(2, Duration.ZERO, Processor.Order.COMPLETION), a -> new Processor.Result<>(number(a), 1), new ArrayList<>());
    assertEquals(5000, c.processed());
    // the reader counts an article before it waits for room to hand it over
    assertTrue(mostUndelivered.get() <= new Processor.Settings(2, Duration.ZERO, Processor.Order.COMPLETION, false, 0).window() + 1,
        "articles held at once: " + mostUndelivered.get());
  }

  @Test
  void theInputsFaultFailsTheArticleABugFailsItAndTheRun() {
    Processor.Counts c =
        run(
            processor(2, Duration.ZERO, Processor.Order.INPUT),
            a -> {
              switch (number(a)) {
                case 1 -> throw new NlpException("CoreNLP failed: bad token");
                case 2 -> throw new StackOverflowError();
                case 3 -> throw new IllegalStateException("a bug");
                default -> {
                  return new Processor.Result<>(number(a), 1, number(a) == 4 ? List.of("a remark") : List.of());
                }
              }
            },
            new ArrayList<>());
    assertEquals(37, c.processed());
    assertEquals(3, c.failed());
    assertEquals(1, c.internalErrors());
    assertEquals(Main.RUN_FAILED, c.exitCode());
    List<String> lines = err().lines().toList();
    assertEquals(List.of(
        corpus + ":2: failed: CoreNLP failed: bad token",
        corpus + ":3: failed: too deeply nested to process (stack overflow)",
        corpus + ":4: failed: internal error: a bug (a bug: please report it; HINDSIGHT_DEBUG=1 prints the stack trace)",
        corpus + ":5: warning: a remark"), lines);
  }

  @Test
  void outOfMemoryEndsTheRunAfterDeliveringWhatFinished() {
    List<Integer> delivered = Collections.synchronizedList(new ArrayList<>());
    RunFailure f =
        assertThrows(
            RunFailure.class,
            () ->
                run(
                    processor(2, Duration.ZERO, Processor.Order.COMPLETION),
                    a -> {
                      if (number(a) == 20) {
                        throw new OutOfMemoryError("Java heap space");
                      }
                      return new Processor.Result<>(number(a), 1);
                    },
                    delivered));
    assertTrue(f.getMessage().startsWith("out of memory"), f.getMessage());
    assertTrue(delivered.size() >= 15 && delivered.size() < 40, delivered.toString());
  }

  @Test
  void readFailuresAndSkipsAreNamedInOrder() throws Exception {
    Path notes = Files.writeString(dir.resolve("notes.pdf"), "x");
    Processor.Counts c =
        new Processor(new CorpusReader(ReadOptions.defaults(), List.of(new Generated())), new Processor.Settings(2, Duration.ZERO, Processor.Order.INPUT, false, 0), err)
            .run(List.of(dir.resolve("missing.gen"), notes, corpus), a -> new Processor.Result<>(number(a), 1), i -> {});
    assertEquals(new Processor.Counts(40, 1, 1, 40, 0, 0), c);
    assertEquals(List.of(dir.resolve("missing.gen") + ": no such file or directory", notes + ": skipped: unsupported extension .pdf"), err().lines().toList());
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      throw new NlpException("interrupted");
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(20, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      throw new NlpException("interrupted");
    }
  }

  /** Waits {@code ms}, deaf to interrupts, as a CoreNLP annotator is (without using a core). */
  private static void waitIgnoringInterrupts(long ms) {
    long end = System.nanoTime() + ms * 1_000_000;
    for (long left; (left = end - System.nanoTime()) > 0; ) {
      Thread.interrupted();
      java.util.concurrent.locks.LockSupport.parkNanos(left);
    }
  }
}
