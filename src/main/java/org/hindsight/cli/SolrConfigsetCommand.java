package org.hindsight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hindsight.index.solr.SolrConfigset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Writes the Solr configset of hindsight's collections (schema.xml and solrconfig.xml, generated
 * from the one {@code Schema}) into a directory, and says how to upload it and create a collection.
 */
@Command(
    name = "solr-configset",
    mixinStandardHelpOptions = true,
    description = "Write the Solr configset (schema.xml, solrconfig.xml) generated from hindsight's index schema.")
final class SolrConfigsetCommand implements Callable<Integer> {

  @Parameters(paramLabel = "DIR", description = "Directory to write into (created if needed).")
  Path dir;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    SolrConfigset.write(dir);
    PrintWriter err = spec.commandLine().getErr();
    err.println("hindsight solr-configset: wrote " + dir.resolve("schema.xml") + " and " + dir.resolve("solrconfig.xml") + " (schema " + SolrConfigset.SCHEMA_NAME + ")");
    err.println("upload:  bin/solr zk upconfig -z ZK_HOST -n " + SolrConfigset.CONFIGSET_NAME + " -d " + dir);
    err.println("create:  curl 'http://SOLR:8983/solr/admin/collections?action=CREATE&name=hindsight&collection.configName="
        + SolrConfigset.CONFIGSET_NAME + "&numShards=2&replicationFactor=2'");
    err.flush();
    return 0;
  }
}
