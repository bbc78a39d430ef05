package org.hindsight.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hindsight.article.Article;
import org.hindsight.article.ReadOutcome;
import org.hindsight.extract.Extraction;
import org.hindsight.index.Indexer;
import org.hindsight.index.IngestIndex;
import org.hindsight.index.Schema;

/**
 * The work of {@code ingest}, apart from its options: articles are annotated and extracted on the
 * processor's threads and indexed on the calling thread as they finish, so a slow article never
 * holds back the commit of the ones after it (an article's id, not its place in the input, decides
 * where it goes; the index ends the same whatever the order). Not thread-safe: one run at a time.
 *
 * <ul>
 *   <li>An article the index already holds unchanged (as of the last commit) is not annotated
 *       again unless {@code reextract}; nor is a copy of an article read a little earlier in the
 *       same run (syndicated wire copy repeats verbatim), which the last commit may not hold yet.
 *   <li>The indexer commits every {@code --commit-every} changed articles, and at least every
 *       {@link #COMMIT_SECONDS} seconds while there are changes, so a kill loses little.
 *   <li>An article Lucene refuses fails alone ("not indexed"); a failure of the index writer (disk
 *       full, I/O error) ends the run with {@link RunFailure}: what was committed stays readable.
 * </ul>
 */
final class Ingest {

  /** Changes are committed at least this often, even when fewer than a batch. */
  static final long COMMIT_SECONDS = 30;

  /** How many recently read articles are remembered to skip their copies. */
  static final int RECENT = 10_000;

  /** What one run did, beyond the processor's counts. */
  record Summary(Processor.Counts counts, long added, long replaced, long unchanged, long duplicates, long notIndexed) {
    long failed() {
      return counts.failed() + notIndexed;
    }

    int exitCode() {
      return counts.internalErrors() > 0 ? Main.RUN_FAILED : failed() > 0 ? Main.INPUTS_FAILED : Main.OK;
    }
  }

  /** Told, on the calling thread, of each article handed to the indexer and of each commit. */
  interface Listener {
    Listener NONE = (articleId, committed) -> {};

    /**
     * @param articleId the article just written (or found unchanged)
     * @param committed whether everything written so far, this article included, is now committed
     */
    void indexed(String articleId, boolean committed);
  }

  /** What a job hands the indexing sink. */
  private record Item(Extraction extraction, String location, boolean duplicate) {}

  private final IngestIndex indexer;
  private final boolean reextract;
  private final Processor.Job<Extraction> extract;
  private final PrintStream err;
  private final Listener listener;
  private final Map<String, Boolean> recent =
      Collections.synchronizedMap(
          new LinkedHashMap<>(1024, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
              return size() > RECENT;
            }
          });

  private long added;
  private long replaced;
  private long unchanged;
  private long duplicates;
  private long notIndexed;
  private long lastCommit = System.nanoTime();

  /**
   * @param extract annotates and extracts one article (called on several threads); its {@code
   *     prepare} (loading the models) is called only for an article that needs it
   */
  Ingest(IngestIndex indexer, boolean reextract, Processor.Job<Extraction> extract, PrintStream err) {
    this(indexer, reextract, extract, err, Listener.NONE);
  }

  Ingest(
      IngestIndex indexer,
      boolean reextract,
      Processor.Job<Extraction> extract,
      PrintStream err,
      Listener listener) {
    this.indexer = indexer;
    this.reextract = reextract;
    this.extract = extract;
    this.err = err;
    this.listener = listener;
  }

  /**
   * Ingests {@code inputs} and commits.
   *
   * @throws RunFailure when the run itself failed; what was committed stays readable, and the
   *     message says so
   */
  Summary run(Processor processor, List<Path> inputs) {
    Processor.Counts counts;
    try {
      counts =
          processor.run(
              inputs,
              new Processor.Job<Item>() {
                @Override
                public void prepare(Article a) {
                  if (!known(a)) {
                    extract.prepare(a);
                  }
                }

                @Override
                public Processor.Result<Item> apply(Article a) {
                  return job(a);
                }
              },
              this::index);
      indexer.commit();
    } catch (IOException | RuntimeException | Error e) {
      throw new RunFailure(RunFailure.describe(e) + "; " + committed() + "; run the same ingest again to do the rest", e);
    }
    return new Summary(counts, added, replaced, unchanged, duplicates, notIndexed);
  }

  /** Whether the article needs no annotation: a copy of one read just before, or one indexed. */
  private boolean known(Article a) {
    try {
      return recent.containsKey(Schema.articleKey(a)) || (!reextract && indexer.contains(a));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** On a worker thread: skip what is known, else annotate and extract. */
  private Processor.Result<Item> job(Article a) {
    String key = Schema.articleKey(a);
    if (recent.putIfAbsent(key, Boolean.TRUE) != null) {
      return new Processor.Result<>(new Item(null, ReadOutcome.Read.locationOf(a), true), 0);
    }
    try {
      if (!reextract && indexer.contains(a)) {
        return new Processor.Result<>(new Item(null, ReadOutcome.Read.locationOf(a), false), 0);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Processor.Result<Extraction> r = extract.apply(a);
    return new Processor.Result<>(new Item(r.value(), ReadOutcome.Read.locationOf(a), false), r.tokens(), r.warnings());
  }

  /** On the calling thread: index one finished article. */
  private void index(Item item) {
    if (item.extraction() == null) {
      if (item.duplicate()) {
        duplicates++;
      } else {
        unchanged++;
      }
      return;
    }
    try {
      long commits = indexer.commits();
      switch (indexer.index(item.extraction())) {
        case ADDED -> added++;
        case REPLACED -> replaced++;
        case UNCHANGED -> unchanged++;
      }
      if (System.nanoTime() - lastCommit > TimeUnit.SECONDS.toNanos(COMMIT_SECONDS)) {
        indexer.commit();
      }
      if (indexer.commits() != commits) {
        lastCommit = System.nanoTime();
      }
      listener.indexed(item.extraction().article().id(), indexer.commits() != commits);
    } catch (IOException e) {
      throw new RunFailure(indexer.describe() + ": cannot write the index: " + RunFailure.describe(e), e);
    } catch (RuntimeException e) {
      if (indexer.failure() != null) {
        throw new RunFailure(indexer.describe() + ": the index writer failed: " + RunFailure.describe(indexer.failure()), e);
      }
      notIndexed++;
      err.println(item.location() + ": not indexed: " + RunFailure.oneLine(RunFailure.message(e)));
    }
  }

  /** What a failed run leaves: the committed articles, counted when the index can still say. */
  private String committed() {
    try {
      if (indexer.failure() == null) {
        indexer.commit();
      }
      return String.format(java.util.Locale.ROOT, "%s holds %,d articles, committed and readable", indexer.describe(), indexer.articleCount());
    } catch (IOException | RuntimeException | Error e) {
      return indexer.describe() + " holds what its last commit holds, readable";
    }
  }
}
