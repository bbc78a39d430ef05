package org.hindsight.index.solr;

import java.io.Closeable;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudLegacySolrClient;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.hindsight.index.IncompatibleIndexException;
import org.hindsight.index.Schema;

/**
 * One hindsight collection on a SolrCloud cluster: the client (Apache HttpClient based, so no
 * Jetty on our classpath), the collection's name, and the few request shapes the backend uses.
 * Opening checks that the collection was made from this {@link Schema#VERSION}'s configset.
 * Thread-safe (SolrJ's cloud client is).
 */
public final class SolrCollection implements Closeable {

  private final SolrClient client;
  private final String address;
  private final String name;

  private SolrCollection(SolrClient client, String address, String name) {
    this.client = client;
    this.address = address;
    this.name = name;
  }

  /**
   * Connects to a collection.
   *
   * @param address ZooKeeper hosts ({@code zk1:2181,zk2:2181/solr}) or Solr URLs ({@code
   *     http://node1:8983/solr,http://node2:8983/solr})
   * @throws IncompatibleIndexException when the collection has another schema
   * @throws IOException when the cluster or the collection cannot be reached
   */
  public static SolrCollection open(String address, String collection) throws IOException {
    SolrCollection c = new SolrCollection(client(address), address, collection);
    try {
      c.requireSchema();
      return c;
    } catch (IOException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  /** A cloud client for ZooKeeper hosts or Solr URLs. */
  public static CloudLegacySolrClient client(String address) {
    String a = address.strip();
    if (a.startsWith("http://") || a.startsWith("https://")) {
      return new CloudLegacySolrClient.Builder(Arrays.stream(a.split(",")).map(String::strip).toList()).build();
    }
    int slash = a.indexOf('/');
    String hosts = slash < 0 ? a : a.substring(0, slash);
    Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(a.substring(slash));
    return new CloudLegacySolrClient.Builder(List.of(hosts.split(",")), chroot).build();
  }

  private void requireSchema() throws IOException {
    String schema;
    try {
      schema = new SchemaRequest.SchemaName().process(client, name).getSchemaName();
    } catch (SolrServerException | RuntimeException e) {
      throw new IOException(describe() + ": cannot read the collection's schema (create the collection from `hindsight solr-configset`): " + oneLine(e), e);
    }
    if (!SolrConfigset.SCHEMA_NAME.equals(schema)) {
      throw new IncompatibleIndexException(
          describe() + ": schema '" + schema + "', but this hindsight needs '" + SolrConfigset.SCHEMA_NAME
              + "'; create a new collection from `hindsight solr-configset` and ingest again");
    }
  }

  public SolrClient client() {
    return client;
  }

  public String name() {
    return name;
  }

  /** {@code collection NAME on ADDRESS}, for messages. */
  public String describe() {
    return "collection " + name + " on " + address;
  }

  /** Runs a query (POSTed: filters of many ids make long requests). */
  public QueryResponse query(ModifiableSolrParams p) throws IOException {
    try {
      return client.query(name, p, SolrRequest.METHOD.POST);
    } catch (SolrServerException | RuntimeException e) {
      throw new IOException(describe() + ": " + oneLine(e), e);
    }
  }

  /** Every document a query matches, in {@link Schema#KEY} order, a page at a time (a cursor). */
  public void forEach(ModifiableSolrParams p, int page, Consumer<SolrDocument> each) throws IOException {
    ModifiableSolrParams q = new ModifiableSolrParams(p);
    q.set("sort", Schema.KEY + " asc");
    q.set("rows", page);
    String mark = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, mark);
      QueryResponse r = query(q);
      r.getResults().forEach(each);
      String next = r.getNextCursorMark();
      if (next == null || next.equals(mark)) {
        return;
      }
      mark = next;
    }
  }

  /** A one-line reason from a SolrJ exception (remote errors carry the server's message). */
  static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    return m.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
