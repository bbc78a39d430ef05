package org.hindsight.index.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.hindsight.article.Article;
import org.hindsight.cli.Main;
import org.hindsight.extract.Extraction;
import org.hindsight.index.Indexer;
import org.hindsight.nlp.SharedPipeline;
import picocli.CommandLine;

/**
 * One two-node MiniSolrCloudCluster per test JVM (the tests tagged {@code solr-cluster} share it),
 * and the extractions every such test indexes: the corpus articles, the seed and five later
 * reports about it (22 articles, annotated once with the real models), so that a check finds
 * confirming and refuting evidence. Shut down when the JVM ends. Thread-safe lazy holder.
 */
public final class SolrTestCluster {

  /** The later reports of the seed's story that settle or do not settle its predictions. */
  private static final List<String> LATER = List.of(
      "corpus/later/2025-08-07-alaska-summit-announced.txt",
      "corpus/later/2025-08-16-alaska-summit-no-ceasefire.txt",
      "corpus/later/2025-08-20-kremlin-prisoner-exchange.txt",
      "corpus/later/2025-08-25-analysis-sanctions-could-still-come.txt",
      "corpus/later/2025-10-23-us-sanctions-rosneft-lukoil.txt");

  private static SolrTestCluster shared;

  private final Path tmp;
  private final MiniSolrCloudCluster cluster;
  private final List<Extraction> extractions;

  private SolrTestCluster(Path tmp, MiniSolrCloudCluster cluster, List<Extraction> extractions) {
    this.tmp = tmp;
    this.cluster = cluster;
    this.extractions = List.copyOf(extractions);
  }

  /** The cluster, started (and the articles annotated) on first use. */
  public static synchronized SolrTestCluster shared() throws Exception {
    if (shared != null) {
      return shared;
    }
    Path tmp = Files.createTempDirectory("hindsight-solr");
    long t0 = System.nanoTime();
    List<Article> articles = new ArrayList<>(SharedPipeline.readAll("corpus/articles"));
    articles.addAll(SharedPipeline.readAll("corpus/seed"));
    for (String f : LATER) {
      articles.add(SharedPipeline.read(f));
    }
    List<Extraction> extractions = new ArrayList<>();
    for (Article a : articles) {
      extractions.add(SharedPipeline.extractor().extract(SharedPipeline.pipeline().annotate(a)));
    }
    System.out.printf("SolrTestCluster: %d articles annotated in %.1f s%n", extractions.size(), (System.nanoTime() - t0) / 1e9);
    long t1 = System.nanoTime();
    Path conf = tmp.resolve("configset");
    SolrConfigset.write(conf);
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, tmp.resolve("cluster")).addConfig(SolrConfigset.CONFIGSET_NAME, conf).build();
    shared = new SolrTestCluster(tmp, cluster, extractions);
    System.out.printf("SolrTestCluster: 2 nodes up in %.1f s at %s%n", (System.nanoTime() - t1) / 1e9, shared.address());
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        cluster.shutdown();
      } catch (Exception e) {
        System.err.println("SolrTestCluster: shutdown: " + e);
      }
    }, "solr-test-cluster-shutdown"));
    return shared;
  }

  /** ZooKeeper's address: what {@code --solr} takes. */
  public String address() {
    return cluster.getZkServer().getZkAddress();
  }

  public MiniSolrCloudCluster cluster() {
    return cluster;
  }

  /** A scratch directory for this JVM's tests. */
  public Path tmp() {
    return tmp;
  }

  public List<Extraction> extractions() {
    return extractions;
  }

  /** Creates a collection of two shards from the generated configset. */
  public void createCollection(String name) throws Exception {
    CollectionAdminRequest.createCollection(name, SolrConfigset.CONFIGSET_NAME, 2, 1).process(cluster.getSolrClient());
    cluster.waitForActiveCollection(name, 2, 2);
  }

  /** Creates a collection and ingests every extraction into it and into a new embedded index; returns the embedded index's directory. */
  public Path twinIndexes(String collection) throws Exception {
    createCollection(collection);
    try (SolrIngestIndex ingest = SolrIngestIndex.open(address(), collection, Indexer.Config.DEFAULT)) {
      for (Extraction x : extractions) {
        ingest.index(x);
      }
    }
    Path dir = tmp.resolve("embedded-" + collection);
    try (Indexer indexer = Indexer.open(dir, Indexer.Config.DEFAULT)) {
      for (Extraction x : extractions) {
        indexer.index(x);
      }
    }
    return dir;
  }

  /** Runs the command line; asserts it exits 0 and returns what it printed. */
  public static String cli(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    assertEquals(0, code, String.join(" ", args) + ": " + err);
    return out.toString();
  }

  /** The arguments with more appended. */
  public static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
