package org.hindsight.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.hindsight.article.Article;
import org.hindsight.article.CorpusReader;
import org.hindsight.article.ReadOptions;
import org.hindsight.article.ReadOutcome;
import org.hindsight.extract.Extraction;
import org.hindsight.extract.ExtractionJson;
import org.hindsight.index.Indexer;
import org.hindsight.index.solr.SolrIngestIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import scala.Tuple2;

/**
 * {@code hindsight-spark}: read → annotate → extract on a Spark cluster, for corpora one machine
 * does not get through (a month of CC-NEWS WARCs, a newsroom archive). Run it with {@code
 * spark-submit --class org.hindsight.spark.SparkIngest target/hindsight.jar INPUT... --out DIR}.
 *
 * <p>Each input file is one unit of work: an executor copies it from wherever Hadoop reads it
 * (HDFS, S3, local) to its local disk, reads it with the {@code article} readers (WARC, JSON, HTML,
 * text, …: the format from the name, as the single-machine commands do), and annotates and
 * extracts its articles with the pipeline of its JVM ({@link ExecutorStages}, built on first
 * use). It writes:
 *
 * <ul>
 *   <li>{@code DIR/extractions/month=YYYY-MM/part-*.txt}: the contract of {@code hindsight extract
 *       --json}, one article per line ({@code month=undated} for articles with no date);
 *   <li>{@code DIR/outcomes/part-*.json}: one line per input file: {@code file}, {@code outcome}
 *       (processed, skipped, empty, failed), {@code articles}, {@code skipped} and {@code failed}
 *       records with reasons, and the file's own {@code reason} when it failed.
 * </ul>
 *
 * <p>With {@code --solr}, the executors also index the extractions into a SolrCloud collection
 * ({@link #index}). Stateless; the Spark session is the caller's.
 */
@Command(
    name = "hindsight-spark",
    mixinStandardHelpOptions = true,
    description = "Read, annotate and extract articles on a Spark cluster; write the extraction contract as JSON Lines partitioned by month, and one outcome per input file.")
public final class SparkIngest implements Callable<Integer> {

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or directories, any Hadoop-readable path (hdfs://, s3a://, file:, a glob).")
  List<String> inputs;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory (replaced): extractions/ and outcomes/.")
  String out;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0", description = "Tasks to spread the files over (default: Spark's default parallelism).")
  int partitions;

  @Option(names = "--solr", paramLabel = "ZK_OR_URL", description = "Also index the extractions into this SolrCloud cluster, from the executors (idempotent by content hash, like ingest).")
  String solr;

  @Option(names = "--collection", paramLabel = "NAME", defaultValue = "hindsight", description = "The collection on --solr (default: ${DEFAULT-VALUE}).")
  String collection;

  /** Counts of one run, for the driver's summary line. */
  public record Summary(long files, long processed, long skipped, long empty, long failed, long articles, double seconds) {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkIngest()).execute(args));
  }

  @Override
  public Integer call() {
    SparkSession spark = SparkSession.builder().appName("hindsight-spark").getOrCreate();
    try {
      Summary s = run(spark, inputs, out, partitions, solr, collection);
      report(s, out, System.err);
      return s.failed() > 0 ? 1 : 0;
    } finally {
      spark.stop();
    }
  }

  static void report(Summary s, String out, PrintStream err) {
    err.printf(
        Locale.ROOT,
        "hindsight-spark: %d files (%d processed, %d skipped, %d empty, %d failed), %d articles extracted in %.1f s; wrote %s%n",
        s.files(), s.processed(), s.skipped(), s.empty(), s.failed(), s.articles(), s.seconds(), out);
  }

  /**
   * Runs the job on a session: every file of {@code inputs}, output replaced in {@code out}.
   *
   * @param partitions how many tasks to spread the files over (0: Spark's default parallelism)
   */
  public static Summary run(SparkSession spark, List<String> inputs, String out, int partitions) {
    return run(spark, inputs, out, partitions, null, null);
  }

  /** {@link #run(SparkSession, List, String, int)}, and the extractions indexed into a collection when {@code solr} is given. */
  public static Summary run(SparkSession spark, List<String> inputs, String out, int partitions, String solr, String collection) {
    long t0 = System.nanoTime();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int n = partitions > 0 ? partitions : sc.defaultParallelism();
    JavaPairRDD<String, PortableDataStream> files = sc.binaryFiles(String.join(",", inputs), n);
    if (files.getNumPartitions() < n) {
      files = files.repartition(n);
    }
    JavaRDD<FileResult> results = files.map(f -> process(f._1(), f._2()));
    // two outputs from one pass: annotating twice would double the cost
    results.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      StructType lines =
          new StructType().add("json", DataTypes.StringType, false).add("month", DataTypes.StringType, false);
      JavaRDD<Row> lineRows =
          results.flatMap(r -> r.extractions().stream().map(l -> RowFactory.create(l.json(), l.month())).iterator());
      spark.createDataFrame(lineRows, lines).write().mode(SaveMode.Overwrite).partitionBy("month").text(out + "/extractions");

      StructType outcomes =
          new StructType()
              .add("file", DataTypes.StringType, false)
              .add("outcome", DataTypes.StringType, false)
              .add("articles", DataTypes.IntegerType, false)
              .add("skipped", DataTypes.createArrayType(DataTypes.StringType), false)
              .add("failed", DataTypes.createArrayType(DataTypes.StringType), false)
              .add("reason", DataTypes.StringType, true);
      JavaRDD<Row> outcomeRows =
          results.map(
              r ->
                  RowFactory.create(
                      r.file(), r.outcome(), r.extractions().size(),
                      scala.jdk.javaapi.CollectionConverters.asScala(r.skipped()).toSeq(),
                      scala.jdk.javaapi.CollectionConverters.asScala(r.failed()).toSeq(),
                      r.reason()));
      Dataset<Row> outcomeFrame = spark.createDataFrame(outcomeRows, outcomes);
      outcomeFrame.coalesce(1).write().mode(SaveMode.Overwrite).json(out + "/outcomes");
      if (solr != null) {
        index(results.flatMap(r -> r.extractions().stream().map(FileResult.Line::json).iterator()), solr, collection);
      }

      List<Tuple2<String, Integer>> counts =
          results.mapToPair(r -> new Tuple2<>(r.outcome(), r.extractions().size())).collect();
      long processed = 0, skipped = 0, empty = 0, failed = 0, articles = 0;
      for (Tuple2<String, Integer> c : counts) {
        articles += c._2();
        switch (c._1()) {
          case FileResult.PROCESSED -> processed++;
          case FileResult.SKIPPED -> skipped++;
          case FileResult.EMPTY -> empty++;
          default -> failed++;
        }
      }
      return new Summary(counts.size(), processed, skipped, empty, failed, articles, (System.nanoTime() - t0) / 1e9);
    } finally {
      results.unpersist(false);
    }
  }

  /**
   * Indexes extraction contract lines into a SolrCloud collection from the executors: one
   * connection per partition, articles sent in {@link SolrIngestIndex}'s batches, an article the
   * collection holds unchanged not sent again (content hash), committed at the end of each
   * partition. Returns how many articles were written (added or replaced).
   */
  public static long index(JavaRDD<String> extractionJson, String solr, String collection) {
    return extractionJson
        .mapPartitions(
            lines -> {
              long written = 0;
              try (SolrIngestIndex ix = SolrIngestIndex.open(solr, collection, Indexer.Config.DEFAULT)) {
                while (lines.hasNext()) {
                  Extraction x = ExtractionJson.fromJson(ExtractionJson.MAPPER.readTree(lines.next()));
                  if (ix.index(x) != Indexer.Outcome.UNCHANGED) {
                    written++;
                  }
                }
              }
              return List.of(written).iterator();
            })
        .reduce(Long::sum);
  }

  /**
   * One input file, in an executor: copied to local disk under its own name (the readers choose
   * the format by it), read, and each article annotated and extracted. A failure inside the file
   * is counted against the record; only an unreadable file fails whole.
   */
  static FileResult process(String file, PortableDataStream stream) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("hindsight-spark-");
      Path local = dir.resolve(fileName(file));
      try (InputStream in = stream.open()) {
        Files.copy(in, local);
      }
      String prefix = local.toString();
      List<FileResult.Line> lines = new ArrayList<>();
      List<String> skipped = new ArrayList<>();
      List<String> failed = new ArrayList<>();
      for (ReadOutcome o : new CorpusReader(ReadOptions.defaults()).read(List.of(local))) {
        if (o instanceof ReadOutcome.Read r) {
          Article a = r.article();
          try {
            Extraction x = ExecutorStages.extract(a);
            lines.add(new FileResult.Line(month(a), ExtractionJson.toJson(x).toString()));
          } catch (RuntimeException e) {
            failed.add(where(r.location(), prefix, file) + ": " + oneLine(e));
          }
        } else if (o instanceof ReadOutcome.Skipped s) {
          skipped.add(where(s.location(), prefix, file) + ": " + s.reason());
        } else if (o instanceof ReadOutcome.Failed f) {
          failed.add(where(f.location(), prefix, file) + ": " + f.reason());
        }
      }
      String outcome =
          !lines.isEmpty() ? FileResult.PROCESSED
              : !failed.isEmpty() ? FileResult.FAILED
              : !skipped.isEmpty() ? FileResult.SKIPPED
              : FileResult.EMPTY;
      return new FileResult(file, outcome, lines, skipped, failed, null);
    } catch (IOException | UncheckedIOException e) {
      return new FileResult(file, FileResult.FAILED, List.of(), List.of(), List.of(), oneLine(e));
    } finally {
      if (dir != null) {
        deleteQuietly(dir);
      }
    }
  }

  /** {@code YYYY-MM} of publication (UTC), or {@code undated}: the partition of an extraction. */
  static String month(Article a) {
    return a.published() == null ? "undated" : YearMonth.from(a.published().atZone(ZoneOffset.UTC)).toString();
  }

  private static String fileName(String uri) {
    String s = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    return s.substring(s.lastIndexOf('/') + 1);
  }

  /** A reader's location with the local copy's path put back to the input's. */
  private static String where(String location, String localPath, String file) {
    return location.startsWith(localPath) ? file + location.substring(localPath.length()) : location;
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    return m.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temp directory left behind costs disk, not correctness: say so
      System.err.println("hindsight-spark: could not delete " + dir + ": " + oneLine(e));
    }
  }
}
