package org.hindsight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.hindsight.check.evidence.EvidenceIndex;
import org.hindsight.check.evidence.IndexedPrediction;
import org.hindsight.check.evidence.Lexicon;
import org.hindsight.check.evidence.MiniLmEmbedder;
import org.hindsight.check.verdict.CheckConfig;
import org.hindsight.check.verdict.Checker;
import org.hindsight.check.verdict.Status;
import org.hindsight.check.verdict.Verdict;
import org.hindsight.extract.Extraction;
import org.hindsight.index.Indexer;
import org.hindsight.index.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * The check benchmark of issue 6: builds an index of at least {@code --later-items} synthetic
 * claims and predictions (the index package's {@link SyntheticCorpus}: real actor names, Zipf
 * words, dates over 2023–2025), checks the {@code --predictions} earliest predictions (so nearly
 * every item is later reporting for them) on {@code --threads} threads, and reports predictions
 * checked per second; then measures sentence-embedding throughput (all-MiniLM-L6-v2) on one
 * thread and on {@code --threads}.
 */
@Command(
    name = "bench-check",
    mixinStandardHelpOptions = true,
    description = "Benchmark check: predictions checked per second against an index of synthetic later items, and embedding throughput.")
final class CheckBenchCommand implements Callable<Integer> {

  @Option(names = "--later-items", paramLabel = "N", defaultValue = "100000", description = "Claims and predictions in the index (default: ${DEFAULT-VALUE}).")
  long items;

  @Option(names = "--predictions", paramLabel = "M", defaultValue = "300", description = "Predictions to check, the earliest published (default: ${DEFAULT-VALUE}).")
  int predictions;

  @Option(names = "--threads", paramLabel = "N", description = "Checking threads (default: the number of cores).")
  Integer threads;

  @Option(names = "--embed-sentences", paramLabel = "K", defaultValue = "1000", description = "Sentences embedded for the embedding throughput (default: ${DEFAULT-VALUE}).")
  int sentences;

  @Option(names = "--dir", paramLabel = "DIR", description = "Where to build the index (new or empty; default: a temporary directory, deleted afterwards). An index already there is reused.")
  Path dir;

  @Option(names = "--keep", description = "Keep the temporary index.")
  boolean keep;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "6", description = "Seed of the synthetic corpus (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--no-embed", description = "Check by words and actors only.")
  boolean noEmbed;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1 || items < 1 || predictions < 1 || sentences < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads, --later-items, --predictions and --embed-sentences must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    boolean temporary = dir == null;
    Path index = temporary ? Files.createTempDirectory("hindsight-bench-check") : dir;
    try {
      out.printf(Locale.ROOT, "bench-check: %d cores, %d checking threads, heap %d MB%n",
          Runtime.getRuntime().availableProcessors(), n, Runtime.getRuntime().maxMemory() >> 20);
      long indexed = build(index, out);
      try (EvidenceIndex ix = EvidenceIndex.open(index)) {
        List<IndexedPrediction> all = new ArrayList<>(ix.predictions());
        all.removeIf(p -> p.article().published() == null);
        all.sort(Comparator.comparing((IndexedPrediction p) -> p.article().published()).thenComparing(IndexedPrediction::id));
        List<IndexedPrediction> sample = all.subList(0, Math.min(predictions, all.size()));
        LocalDate asOf = LocalDate.of(2026, 1, 15);
        MiniLmEmbedder embedder = noEmbed ? null : MiniLmEmbedder.shared();
        long t0 = System.nanoTime();
        Lexicon.bundled();
        if (embedder != null) {
          embedder.embed(List.of("warm up the model"));
        }
        out.printf(Locale.ROOT, "models loaded in %.1f s (WordNet%s)%n", (System.nanoTime() - t0) / 1e9, embedder == null ? "" : ", all-MiniLM-L6-v2");
        Checker checker = new Checker(ix, Lexicon.bundled(), embedder, CheckConfig.defaults(asOf));
        // warm-up on other predictions than the measured ones
        List<IndexedPrediction> warm = all.subList(Math.min(all.size(), predictions), Math.min(all.size(), predictions + 20));
        run(checker, warm, n);
        long embeddedBefore = embedder == null ? 0 : embedder.computed();
        long t1 = System.nanoTime();
        List<Verdict> verdicts = run(checker, sample, n);
        double seconds = (System.nanoTime() - t1) / 1e9;
        long embedded = embedder == null ? 0 : embedder.computed() - embeddedBefore;
        long resolved = verdicts.stream().filter(v -> v.status().resolved()).count();
        long open = verdicts.stream().filter(v -> v.status() == Status.OPEN).count();
        out.printf(Locale.ROOT, "checked %d predictions (published %s to %s) against %d items in %.1f s: %.1f predictions/s, %.1f ms each (%d resolved, %d open, %d expired; %d sentences embedded)%n",
            sample.size(), sample.get(0).article().day(), sample.get(sample.size() - 1).article().day(), indexed, seconds, sample.size() / seconds,
            1000 * seconds / sample.size() * n, resolved, open, sample.size() - resolved - open, embedded);
        if (embedder != null) {
          embeddingThroughput(embedder, n, out);
        }
      }
    } finally {
      if (temporary && !keep) {
        delete(index);
      } else if (temporary) {
        out.println("index kept in " + index);
      }
    }
    out.flush();
    return 0;
  }

  /** Indexes synthetic articles until the index holds {@link #items} claims and predictions; returns how many. */
  private long build(Path index, PrintWriter out) throws IOException {
    SyntheticCorpus corpus = new SyntheticCorpus(seed, "bench");
    long count = 0;
    long articles = 0;
    long t0 = System.nanoTime();
    try (Indexer indexer = Indexer.open(index, Indexer.Config.DEFAULT.withCommitEvery(2000))) {
      while (count < items) {
        Extraction x = corpus.article(articles++);
        indexer.index(x);
        count += x.claims().size() + x.predictions().size();
      }
    }
    out.printf(Locale.ROOT, "index: %d articles, %d claims and predictions, built in %.1f s%n", articles, count, (System.nanoTime() - t0) / 1e9);
    return count;
  }

  private static List<Verdict> run(Checker checker, List<IndexedPrediction> todo, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Verdict>> futures = new ArrayList<>();
      for (IndexedPrediction p : todo) {
        futures.add(pool.submit(() -> checker.check(p)));
      }
      List<Verdict> out = new ArrayList<>();
      for (Future<Verdict> f : futures) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Sentences per second on one thread, then on {@code threads}, with texts the cache has never seen. */
  private void embeddingThroughput(MiniLmEmbedder embedder, int threads, PrintWriter out) throws Exception {
    List<String> texts = new ArrayList<>();
    String base = "The central bank kept interest rates unchanged on Thursday as officials weighed slowing growth against sticky inflation, run ";
    for (int i = 0; i < sentences; i++) {
      texts.add(base + i + " of " + System.nanoTime());
    }
    long t0 = System.nanoTime();
    for (int i = 0; i < texts.size() / 2; i += 16) {
      embedder.embed(texts.subList(i, Math.min(texts.size() / 2, i + 16)));
    }
    double one = (texts.size() / 2) / ((System.nanoTime() - t0) / 1e9);
    List<String> rest = texts.subList(texts.size() / 2, texts.size());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long t1 = System.nanoTime();
      List<Future<?>> fs = new ArrayList<>();
      for (int i = 0; i < rest.size(); i += 16) {
        List<String> chunk = rest.subList(i, Math.min(rest.size(), i + 16));
        fs.add(pool.submit(() -> embedder.embed(chunk)));
      }
      for (Future<?> f : fs) {
        f.get();
      }
      double many = rest.size() / ((System.nanoTime() - t1) / 1e9);
      out.printf(Locale.ROOT, "embedding (all-MiniLM-L6-v2, ONNX Runtime): %.0f sentences/s on 1 thread, %.0f sentences/s on %d threads%n", one, many, threads);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
