package org.hindsight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.hindsight.extract.Extraction;
import org.hindsight.index.Hit;
import org.hindsight.index.HitJson;
import org.hindsight.index.Indexer;
import org.hindsight.index.Schema;
import org.hindsight.index.SearchRequest;
import org.hindsight.index.SearchResult;
import org.hindsight.index.Searcher;
import org.hindsight.index.SyntheticCorpus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The index benchmark of issue 5: indexes a synthetic corpus of N claims and predictions through
 * {@link Indexer} (with their articles and actors), then measures warm search latency for actor +
 * text + date queries through {@link Searcher} (query parsing, alias resolution, stored fields,
 * highlighting and JSON) against the same queries as a bare Lucene BooleanQuery (term + actor id +
 * date range, top 10, nothing fetched) on the same index in the same JVM, and the wall time of a
 * cold-start {@code hindsight search} in a fresh JVM.
 */
@Command(
    name = "bench-index",
    mixinStandardHelpOptions = true,
    description = "Benchmark the index: synthetic ingest throughput, size, warm search latency (ours vs bare Lucene), cold CLI search.")
final class IndexBenchCommand implements Callable<Integer> {

  @Option(names = "--items", paramLabel = "N", defaultValue = "1000000", description = "Claims and predictions to index (default: ${DEFAULT-VALUE}).")
  long items;

  @Option(names = "--dir", paramLabel = "DIR", description = "Where to build the index (must be new or empty; default: a temporary directory, deleted afterwards).")
  Path dir;

  @Option(names = "--keep", description = "Keep the temporary index.")
  boolean keep;

  @Option(names = "--search-only", description = "Measure searches on the index already in --dir (built by an earlier run with the same --seed).")
  boolean searchOnly;

  @Option(names = "--queries", paramLabel = "N", defaultValue = "3000", description = "Measured queries (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "2000", description = "Warm-up queries (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--threads", paramLabel = "N", description = "Indexing threads (default: the number of cores).")
  Integer threads;

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "200", description = "Commit every N articles, as ingest does (default: ${DEFAULT-VALUE}).")
  int commitEvery;

  @Option(names = "--ram-mb", paramLabel = "MB", defaultValue = "64", description = "Indexing RAM buffer (default: ${DEFAULT-VALUE}).")
  double ramMb;

  @Option(names = "--cold-runs", paramLabel = "N", defaultValue = "5", description = "Cold-start CLI searches to time (default: ${DEFAULT-VALUE}; 0 skips).")
  int coldRuns;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--no-optimize", description = "Measure the index only as built, not also after merging it into one segment (what ingest --optimize does).")
  boolean noOptimize;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    boolean temporary = dir == null;
    Path where = temporary ? Files.createTempDirectory("hindsight-bench-index") : dir;
    if (searchOnly && temporary) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--search-only needs --dir");
    }
    if (!temporary && !searchOnly && Files.exists(where)) {
      try (Stream<Path> s = Files.list(where)) {
        if (s.findAny().isPresent()) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--dir " + where + " is not empty");
        }
      }
    }
    try {
      SyntheticCorpus corpus = new SyntheticCorpus(seed, "syn");
      if (!searchOnly) {
        index(out, corpus, where);
      }
      search(out, corpus, where, "as built");
      if (coldRuns > 0) {
        cold(out, corpus, where);
      }
      if (!noOptimize) {
        long t0 = System.nanoTime();
        int segments;
        try (Indexer indexer = Indexer.open(where, Indexer.Config.DEFAULT)) {
          segments = indexer.optimize();
        }
        out.printf(
            Locale.ROOT,
            "optimize (ingest --optimize): %d segments merged into one in %.1f s; index size %.1f MB%n",
            segments, (System.nanoTime() - t0) / 1e9, size(where) / 1e6);
        out.flush();
        search(out, corpus, where, "after optimize");
        if (coldRuns > 0) {
          cold(out, corpus, where);
        }
      }
    } finally {
      if (temporary && !keep) {
        delete(where);
      } else {
        out.println("index kept in " + where);
      }
      out.flush();
    }
    return 0;
  }

  private void index(PrintWriter out, SyntheticCorpus corpus, Path where) throws Exception {
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
    AtomicLong nextArticle = new AtomicLong();
    AtomicLong itemsDone = new AtomicLong();
    AtomicLong articles = new AtomicLong();
    AtomicReference<Exception> failure = new AtomicReference<>();
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    long cpu0 = processCpuNanos();
    long t0 = System.nanoTime();
    long docs;
    try (Indexer indexer = Indexer.open(where, new Indexer.Config(commitEvery, ramMb))) {
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < n; t++) {
        Thread w =
            new Thread(
                () -> {
                  try {
                    while (itemsDone.get() < items && failure.get() == null) {
                      Extraction x = corpus.article(nextArticle.getAndIncrement());
                      indexer.index(x);
                      articles.incrementAndGet();
                      itemsDone.addAndGet(x.claims().size() + x.predictions().size());
                    }
                  } catch (Exception e) {
                    failure.compareAndSet(null, e);
                  }
                },
                "bench-index-" + t);
        w.start();
        workers.add(w);
      }
      long lastReport = System.nanoTime();
      for (Thread w : workers) {
        while (w.isAlive()) {
          w.join(1000);
          if (System.nanoTime() - lastReport > 30e9) {
            lastReport = System.nanoTime();
            System.err.printf(Locale.ROOT, "bench-index: %,d items indexed…%n", itemsDone.get());
          }
        }
      }
      if (failure.get() != null) {
        throw failure.get();
      }
      indexer.commit();
      docs = indexer.documentCount();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
    long bytes = size(where);
    int segments;
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(where))) {
      segments = r.leaves().size();
    }
    out.printf(
        Locale.ROOT,
        "indexing: %,d items (claims and predictions, in %,d articles; %,d documents with the articles and actors) in %.1f s on %d threads: %,.0f items/s (%,.0f documents/s); a commit every %d articles%n",
        itemsDone.get(), articles.get(), docs, seconds, n, itemsDone.get() / seconds, docs / seconds, commitEvery);
    out.printf(
        Locale.ROOT,
        "  process CPU %.0f s (%,.0f items per CPU-second, merges included); system load average %.1f on %d cores when it started%n",
        cpuSeconds, itemsDone.get() / cpuSeconds, load, Runtime.getRuntime().availableProcessors());
    out.printf(Locale.ROOT, "index size: %.1f MB in %d segments (%s)%n", bytes / 1e6, segments, where);
    out.flush();
  }

  private void search(PrintWriter out, SyntheticCorpus corpus, Path where, String label) throws IOException {
    List<SyntheticCorpus.Query> qs = corpus.queries(warmup + queries, seed + 1);
    Schema schema = new Schema();
    List<Query> bare = new ArrayList<>();
    for (SyntheticCorpus.Query q : qs) {
      bare.add(
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(Schema.TEXT, stem(schema, q.word()))), Occur.MUST)
              .add(new TermQuery(new Term(Schema.ACTOR_ID, q.actorId())), Occur.FILTER)
              .add(LongPoint.newRangeQuery(Schema.PUBLISHED, q.from().toEpochMilli(), q.to().toEpochMilli()), Occur.FILTER)
              .build());
    }
    long[] ours = new long[queries];
    long[] lucene = new long[queries];
    long oursHits = 0;
    long bareHits = 0;
    long bytes = 0;
    int highlighted = 0;
    int segments;
    try (Searcher searcher = Searcher.open(where);
        DirectoryReader reader = DirectoryReader.open(FSDirectory.open(where))) {
      segments = reader.leaves().size();
      IndexSearcher plain = new IndexSearcher(reader);
      for (int i = 0; i < qs.size(); i++) {
        SyntheticCorpus.Query q = qs.get(i);
        SearchRequest request =
            SearchRequest.builder().query(q.word()).actor(q.actorName()).from(q.from()).to(q.to()).limit(10).build();
        long a = System.nanoTime();
        SearchResult r = searcher.search(request);
        int rank = 0;
        for (Hit h : r.hits()) {
          bytes += HitJson.hit(h, ++rank).length();
        }
        long b = System.nanoTime();
        TopDocs top = plain.search(bare.get(i), 10);
        long c = System.nanoTime();
        if (i >= warmup) {
          ours[i - warmup] = b - a;
          lucene[i - warmup] = c - b;
          oursHits += r.hits().size();
          bareHits += top.scoreDocs.length;
          highlighted += (int) r.hits().stream().filter(h -> h.highlight() != null).count();
        }
      }
    }
    Arrays.sort(ours);
    Arrays.sort(lucene);
    double o50 = ms(pct(ours, 50)), o99 = ms(pct(ours, 99));
    double l50 = ms(pct(lucene, 50)), l99 = ms(pct(lucene, 99));
    out.printf(
        Locale.ROOT,
        "search, index %s (%d segments), warm, %d actor+text+date queries after %d warm-up (mean %.1f hits; %d highlighted; %,d JSON bytes; load average %.1f):%n",
        label, segments, queries, warmup, oursHits / (double) queries, highlighted, bytes, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    out.printf(Locale.ROOT, "  hindsight Searcher (parse, aliases, stored fields, highlight, JSON): p50 %.3f ms  p99 %.3f ms  mean %.3f ms%n", o50, o99, ms(mean(ours)));
    out.printf(Locale.ROOT, "  bare Lucene BooleanQuery (term + actor id + date, top 10):           p50 %.3f ms  p99 %.3f ms  mean %.3f ms  (mean %.1f hits)%n", l50, l99, ms(mean(lucene)), bareHits / (double) queries);
    out.printf(Locale.ROOT, "  ratio hindsight / bare: p50 %.1f×  p99 %.1f×%n", o50 / l50, o99 / l99);
    out.flush();
  }

  /**
   * Times {@code hindsight search} in fresh JVMs: as {@code java -cp} runs it, then with flags a
   * launcher could add — C1 only ({@code -XX:TieredStopAtLevel=1}), and C1 with an AppCDS archive
   * of the classes a search loads (only when the class path is all jars, as CDS requires).
   */
  private void cold(PrintWriter out, SyntheticCorpus corpus, Path where) throws IOException, InterruptedException {
    SyntheticCorpus.Query q = corpus.queries(1, seed + 2).get(0);
    String classPath = System.getProperty("java.class.path");
    List<String> search =
        List.of(
            "-cp", classPath, "org.hindsight.cli.Main", "search", q.word(),
            "--actor", q.actorName(),
            "--from", q.from().atZone(ZoneOffset.UTC).toLocalDate().toString(),
            "--to", q.to().atZone(ZoneOffset.UTC).toLocalDate().toString(),
            "--index", where.toString());
    out.printf(
        Locale.ROOT,
        "cold CLI search (fresh JVM: start, parse options, open, query, print), median of %d: hindsight search %s --actor \"%s\" --from … --to …%n",
        coldRuns, q.word(), q.actorName());
    out.printf(Locale.ROOT, "  java -cp …:                         %s%n", coldRuns(search, List.of()));
    out.printf(Locale.ROOT, "  java -XX:TieredStopAtLevel=1 -cp …: %s%n", coldRuns(search, List.of("-XX:TieredStopAtLevel=1")));
    boolean jarsOnly = Arrays.stream(classPath.split(java.io.File.pathSeparator)).allMatch(e -> e.endsWith(".jar"));
    if (jarsOnly) {
      Path archive = Files.createTempFile("hindsight-search", ".jsa");
      try {
        Files.delete(archive);
        run(search, List.of("-XX:ArchiveClassesAtExit=" + archive));
        out.printf(
            Locale.ROOT,
            "  … with an AppCDS archive (-XX:SharedArchiveFile): %s%n",
            coldRuns(search, List.of("-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=" + archive)));
      } finally {
        Files.deleteIfExists(archive);
      }
    } else {
      out.println("  (AppCDS not tried: the class path holds directories)");
    }
    out.flush();
  }

  private String coldRuns(List<String> search, List<String> flags) throws IOException, InterruptedException {
    long[] wall = new long[coldRuns];
    for (int i = 0; i < coldRuns; i++) {
      wall[i] = run(search, flags);
    }
    long[] sorted = wall.clone();
    Arrays.sort(sorted);
    StringBuilder runs = new StringBuilder();
    for (long w : wall) {
      runs.append(runs.length() == 0 ? "" : ", ").append(Math.round(ms(w)));
    }
    return String.format(Locale.ROOT, "%.0f ms (%s)", ms(sorted[sorted.length / 2]), runs);
  }

  private static long run(List<String> search, List<String> flags) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.addAll(flags);
    cmd.addAll(search);
    long t0 = System.nanoTime();
    Process p =
        new ProcessBuilder(cmd)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    int code = p.waitFor();
    long wall = System.nanoTime() - t0;
    if (code != 0) {
      throw new IOException("cold search exited with " + code + ": " + String.join(" ", cmd));
    }
    return wall;
  }

  /** CPU time of this process, all threads (indexing, merges, JIT), or 0 if the JVM cannot tell. */
  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }

  private static String stem(Schema schema, String word) throws IOException {
    try (TokenStream ts = schema.analyzer().tokenStream(Schema.TEXT, new StringReader(word))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String out = ts.incrementToken() ? term.toString() : word;
      ts.end();
      return out;
    }
  }

  private static long pct(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static double mean(long[] v) {
    return Arrays.stream(v).average().orElse(0);
  }

  private static double ms(double nanos) {
    return nanos / 1e6;
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .sum();
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
