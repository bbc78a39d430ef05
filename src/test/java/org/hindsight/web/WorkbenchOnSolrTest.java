package org.hindsight.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hindsight.check.CheckIndex;
import org.hindsight.check.CheckRun;
import org.hindsight.check.Progress;
import org.hindsight.check.evidence.MiniLmEmbedder;
import org.hindsight.check.verdict.CheckConfig;
import org.hindsight.check.verdict.CheckedPrediction;
import org.hindsight.index.SearchIndex;
import org.hindsight.index.Searcher;
import org.hindsight.index.solr.SolrSearchIndex;
import org.hindsight.index.solr.SolrTestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The workbench's pages over a SolrCloud collection against the same pages over the embedded index
 * with the same extractions and the same check: the ledger in each of its views, every
 * prediction's page (verdict, evidence, judging form), every article's page and the actor and
 * source profiles, rendered by the templates {@code serve} uses, HTML for HTML. (The HTTP server
 * itself is not started here: this JVM carries Solr's Jetty, not Javalin's; the server only routes
 * to what is compared.)
 */
@Tag("solr-cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbenchOnSolrTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
  private static final String COLLECTION = "workbench";

  private Side embedded;
  private Side solr;
  private List<CheckedPrediction> checked;

  /** One backend's workbench, as {@code WebServer} builds it. */
  private record Side(CheckIndex where, SearchIndex search, Workbench lists, ItemPages items) {
    static Side of(CheckIndex where, SearchIndex search) {
      Verdicts verdicts = new Verdicts(where);
      return new Side(where, search, new Workbench(search, verdicts), new ItemPages(where, verdicts));
    }
  }

  @BeforeAll
  void start() throws Exception {
    SolrTestCluster cluster = SolrTestCluster.shared();
    Path dir = cluster.twinIndexes(COLLECTION);
    CheckIndex e = CheckIndex.embedded(dir);
    CheckIndex s = CheckIndex.solr(cluster.address(), COLLECTION, cluster.tmp().resolve("state-" + COLLECTION));
    checked = CheckRun.run(e, CheckConfig.defaults(AS_OF), MiniLmEmbedder.shared(), 2, false, Progress.NONE).predictions();
    CheckRun.run(s, CheckConfig.defaults(AS_OF), MiniLmEmbedder.shared(), 2, false, Progress.NONE);
    embedded = Side.of(e, Searcher.open(dir));
    solr = Side.of(s, SolrSearchIndex.open(cluster.address(), COLLECTION));
  }

  @AfterAll
  void stop() throws IOException {
    for (Side side : new Side[] {embedded, solr}) {
      if (side != null) {
        side.search().close();
        side.where().close();
      }
    }
  }

  private static String ledger(Side side, Map<String, String> form) throws IOException {
    SearchForm f = SearchForm.of(form);
    return Templates.render("ledger.jte", side.lists().ledger(f, side.lists().ledgerResult(f)));
  }

  @Test
  void ledgerViewsAreTheSame() throws IOException {
    List<Map<String, String>> forms = new ArrayList<>();
    forms.add(Map.of());
    for (Workbench.View v : Workbench.View.values()) {
      forms.add(Map.of("view", v.name().toLowerCase(java.util.Locale.ROOT), "asof", AS_OF.toString()));
    }
    forms.add(Map.of("actor", "putin", "asof", AS_OF.toString()));
    for (Map<String, String> form : forms) {
      assertEquals(ledger(embedded, form), ledger(solr, form), form.toString());
    }
  }

  @Test
  void everyPredictionAndArticlePageIsTheSame() throws IOException {
    assertTrue(checked.size() > 30, "predictions: " + checked.size());
    java.util.Set<String> articles = new java.util.TreeSet<>();
    for (CheckedPrediction c : checked) {
      String id = c.indexed().id();
      ItemPages.Item e = embedded.items().item(id);
      ItemPages.Item s = solr.items().item(id);
      assertNotNull(s, id);
      assertEquals(
          Templates.render("prediction.jte", embedded.items().prediction(e, "token", null)),
          Templates.render("prediction.jte", solr.items().prediction(s, "token", null)), id);
      articles.add(c.indexed().article().id());
    }
    for (String a : articles) {
      assertEquals(
          Templates.render("article.jte", embedded.items().article(embedded.items().article(a), null)),
          Templates.render("article.jte", solr.items().article(solr.items().article(a), null)), a);
    }
  }

  @Test
  void profilesAreTheSame() throws IOException {
    for (String actor : List.of("Putin", "Trump", "the Kremlin", "Zelensky")) {
      Pages.Profile e = embedded.lists().actor(actor);
      assertNotNull(e, actor);
      assertEquals(Templates.render("profile.jte", e), Templates.render("profile.jte", solr.lists().actor(actor)), actor);
    }
    String source = checked.get(0).indexed().article().source();
    if (source != null) {
      assertEquals(Templates.render("profile.jte", embedded.lists().source(source)), Templates.render("profile.jte", solr.lists().source(source)), source);
    }
  }

  /**
   * Prints (asserts nothing about speed) the warm cost of every prediction's page, read and
   * rendered, on both backends: what {@code serve} spends on a page besides HTTP.
   */
  @Test
  void measurePredictionPages() throws IOException {
    double[] ms = new double[2];
    Side[] sides = {embedded, solr};
    for (int round = 0; round < 3; round++) {
      for (int k = 0; k < 2; k++) {
        long t0 = System.nanoTime();
        for (CheckedPrediction c : checked) {
          ItemPages.Item item = sides[k].items().item(c.indexed().id());
          Templates.render("prediction.jte", sides[k].items().prediction(item, "token", null));
        }
        if (round > 0) {
          ms[k] += (System.nanoTime() - t0) / 1e6 / checked.size() / 2;
        }
      }
    }
    System.out.printf(java.util.Locale.ROOT, "WorkbenchOnSolrTest: a prediction page, read and rendered, warm: embedded %.2f ms, 2-node mini cluster %.2f ms (%.1fx), over %d predictions%n",
        ms[0], ms[1], ms[1] / ms[0], checked.size());
  }
}
