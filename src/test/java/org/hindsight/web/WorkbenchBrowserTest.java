package org.hindsight.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hindsight.article.Article;
import org.hindsight.check.verdict.CheckConfig;
import org.hindsight.check.CheckRun;
import org.hindsight.check.Judgments;
import org.hindsight.check.evidence.MiniLmEmbedder;
import org.hindsight.index.Indexer;
import org.hindsight.nlp.SharedPipeline;
import org.hindsight.report.HtmlReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench in a real browser: Debian's headless Chromium driven by Selenium through Debian's
 * chromedriver. The whole corpus (and a hostile article) is ingested once through the shared
 * pipeline and checked as of 2026-01-15; then an analyst searches by actor, follows a hit to its
 * prediction, reads the evidence, judges it and sees the verdict change, downloads a CSV and parses
 * it, and opens every page of the hostile article, where nothing may run. Screenshots of every page
 * at 1280 px and at a phone's 390 px go to {@code target/screenshots/}.
 *
 * <p>Skips, loudly, only when no Chromium and chromedriver are installed and {@code
 * HINDSIGHT_REQUIRE_BROWSER} is unset ({@code .ci/run} sets it once it has installed them).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
  static final String SEED_PREDICTION = "limited concessions";
  static final Path SHOTS = SharedPipeline.repo().resolve("target/screenshots");

  @TempDir static Path dir;
  @TempDir static Path downloads;
  @TempDir static Path profile;
  static WebServer server;
  static ChromeDriver driver;
  static String base;

  @BeforeAll
  static void setUp() throws IOException {
    String chromium = firstExisting(System.getenv("HINDSIGHT_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser");
    String chromedriver = firstExisting(System.getenv("HINDSIGHT_CHROMEDRIVER"), "/usr/bin/chromedriver");
    if (chromium == null || chromedriver == null) {
      String why = "no " + (chromium == null ? "chromium" : "chromedriver") + " installed (apt-get install chromium chromium-driver)";
      if (System.getenv("HINDSIGHT_REQUIRE_BROWSER") != null) {
        throw new IllegalStateException("browser test required but " + why);
      }
      System.err.println("\n*** BROWSER TEST SKIPPED: " + why + " ***\n");
      Assumptions.abort(why);
    }
    ingestAndCheck();
    server = WebServer.start(new WebServer.Options(dir, "127.0.0.1", 0));
    base = "http://127.0.0.1:" + server.port();
    ChromeOptions o = new ChromeOptions();
    o.setBinary(chromium);
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900");
    o.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
    driver = new ChromeDriver(service, o);
    driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    Files.createDirectories(SHOTS);
  }

  /** The corpus, the seed, later reporting and the hostile article, through the shared pipeline; then a check. */
  static void ingestAndCheck() throws IOException {
    List<Article> articles = new ArrayList<>();
    for (String folder : List.of("corpus/articles", "corpus/seed", "corpus/later", "src/test/resources/web/xss-article.json")) {
      articles.addAll(SharedPipeline.readAll(folder));
    }
    try (Indexer indexer = Indexer.open(dir, Indexer.Config.DEFAULT)) {
      articles.parallelStream()
          .map(a -> SharedPipeline.extractor().extract(SharedPipeline.pipeline().annotate(a)))
          .forEachOrdered(x -> {
            try {
              indexer.index(x);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
    }
    CheckRun.run(dir, CheckConfig.defaults(AS_OF), MiniLmEmbedder.shared(), 2, false);
  }

  @AfterAll
  static void tearDown() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void searchByActor() {
    driver.get(base + "/");
    WebElement actor = driver.findElement(By.name("actor"));
    actor.sendKeys("putin");
    actor.submit();
    waitFor(() -> driver.getCurrentUrl().contains("actor=putin"));
    assertTrue(hits().size() > 3, "hits about Putin");
    assertTrue(facetValues("Actor").contains("Vladimir Putin"), "the actor facet names him");
    assertFalse(driver.findElements(By.cssSelector(".timeline rect.bar")).isEmpty(), "the timeline is drawn");
    shot("search");
    // drill down by the kind facet: the link keeps the actor
    facetLink("Kind", "prediction").click();
    waitFor(() -> driver.getCurrentUrl().contains("kind=prediction"));
    assertTrue(driver.getCurrentUrl().contains("actor=putin"));
    assertTrue(hits().stream().allMatch(h -> h.findElement(By.cssSelector(".badge.kind")).getText().equalsIgnoreCase("prediction")));
  }

  @Test
  @Order(2)
  void followAHitToItsPredictionAndEvidence() {
    driver.get(base + "/?actor=putin&kind=prediction");
    WebElement hit = hits().stream().filter(h -> h.getText().contains(SEED_PREDICTION)).findFirst().orElseThrow();
    hit.findElement(By.cssSelector(".hit-link")).click();
    waitFor(() -> driver.getCurrentUrl().contains("/prediction?id="));
    assertTrue(driver.findElement(By.cssSelector("blockquote.context")).getText().contains(SEED_PREDICTION));
    assertEquals("REFUTED", driver.findElement(By.id("verdict-status")).getText());
    List<WebElement> evidence = driver.findElements(By.cssSelector(".evidence-list li"));
    assertFalse(evidence.isEmpty(), "the evidence is quoted");
    assertTrue(evidence.get(0).getText().contains("Putin made no concessions"), evidence.get(0).getText());
    assertFalse(evidence.get(0).findElements(By.cssSelector(".ev-src a")).isEmpty(), "with its article");
    assertFalse(driver.findElements(By.cssSelector(".context .m-cue")).isEmpty(), "the cue is marked");
    shot("prediction");
  }

  @Test
  @Order(3)
  void judgingChangesTheVerdict() {
    driver.get(base + "/?actor=putin&kind=prediction");
    hits().stream().filter(h -> h.getText().contains(SEED_PREDICTION)).findFirst().orElseThrow().findElement(By.cssSelector(".hit-link")).click();
    waitFor(() -> driver.getCurrentUrl().contains("/prediction?id="));
    driver.findElement(By.cssSelector("input[name=status][value=CONFIRMED]")).click();
    driver.findElement(By.name("note")).sendKeys("Browser test: a human overrules the checker");
    driver.findElement(By.cssSelector("#judge-form button[type=submit]")).click();
    waitFor(() -> driver.getCurrentUrl().contains("judged=1"));
    assertEquals("CONFIRMED", driver.findElement(By.id("verdict-status")).getText());
    assertFalse(driver.findElements(By.cssSelector(".badge.judged")).isEmpty());
    List<WebElement> history = driver.findElements(By.cssSelector("#history li"));
    assertEquals(1, history.size());
    assertTrue(history.get(0).getText().contains("a human overrules the checker"));
    shot("prediction-judged");
    // the index has the new status: search finds it among confirmed predictions
    driver.get(base + "/?actor=putin&kind=prediction&status=CONFIRMED");
    assertTrue(hits().stream().anyMatch(h -> h.getText().contains(SEED_PREDICTION)));
  }

  @Test
  @Order(4)
  void downloadTheCsvOfWhatIsShown() throws Exception {
    driver.get(base + "/?actor=putin&kind=prediction&size=10");
    List<String> shown = new ArrayList<>();
    for (WebElement h : hits()) {
      String href = h.findElement(By.cssSelector(".hit-link")).getAttribute("href");
      shown.add(URLDecoder.decode(href.substring(href.indexOf("id=") + 3), StandardCharsets.UTF_8));
    }
    driver.findElement(By.id("export-csv")).click();
    Path csv = downloads.resolve("hindsight-search.csv");
    waitFor(() -> Files.exists(csv) && !Files.exists(downloads.resolve("hindsight-search.csv.crdownload")));
    List<List<String>> rows = parseCsv(Files.readString(csv, StandardCharsets.UTF_8));
    assertEquals(Exports.CSV_COLUMNS, rows.get(0));
    List<String> ids = rows.subList(1, rows.size()).stream().map(r -> r.get(2)).toList();
    assertEquals(shown, ids, "the CSV holds exactly the hits shown, in order");
    int text = Exports.CSV_COLUMNS.indexOf("text");
    assertTrue(rows.get(1).get(text).length() > 10);
  }

  @Test
  @Order(5)
  void everyPageLooksRightAtBothWidths() throws IOException {
    driver.get(base + "/ledger?asof=2026-01-15&view=expired");
    assertTrue(driver.findElement(By.cssSelector(".tab.active")).getText().startsWith("Expired unresolved"));
    assertFalse(hits().isEmpty(), "predictions whose deadline passed without evidence");
    shot("ledger");
    driver.get(base + "/actor?name=Vladimir%20Putin");
    assertEquals(2, driver.findElements(By.cssSelector(".record")).size());
    shot("actor");
    driver.get(base + "/source?name=Meridian%20Wire");
    shot("source");
    String seed = SharedPipeline.seed().id();
    driver.get(base + "/article?id=" + seed);
    assertFalse(driver.findElements(By.cssSelector(".text .m-pred")).isEmpty());
    assertFalse(driver.findElements(By.cssSelector(".text .m-actor")).isEmpty());
    shot("article");
    Path report = SHOTS.resolve("report.html");
    Files.writeString(report, HtmlReport.html(Judgments.stored(dir), "Prediction ledger and scorecards"), StandardCharsets.UTF_8);
    driver.get(report.toUri().toString());
    assertTrue(driver.findElements(By.cssSelector("table tbody tr")).size() > 10);
    shot("report");
  }

  @Test
  @Order(6)
  void aHostileArticleRunsNothing() throws IOException {
    List<String> pages = List.of(
        "/article?id=xss-probe",
        "/prediction?id=xss-probe:p0",
        "/?q=script",
        "/?actor=putin&q=ceasefire",
        "/source?name=" + java.net.URLEncoder.encode("<b onmouseover=\"window.__xss='source'\">Evil</b> Wire", StandardCharsets.UTF_8),
        "/actor?name=" + java.net.URLEncoder.encode("<i>Mallory</i>", StandardCharsets.UTF_8),
        "/ledger?view=all&q=ceasefire",
        "/?q=%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E");
    for (String page : pages) {
      driver.get(base + page);
      assertInert(page);
    }
    driver.get(base + "/article?id=xss-probe");
    String text = driver.findElement(By.tagName("main")).getText();
    assertTrue(text.contains("<script>window.__xss='body'</script>"), "the markup is shown as text");
    assertTrue(text.contains("onerror="), "the attribute is shown as text");
    assertTrue(driver.findElements(By.partialLinkText("original")).isEmpty(), "a javascript: URL is no link");
    shot("article-hostile");
    driver.get(base + "/prediction?id=xss-probe:p0");
    shot("prediction-hostile");
    driver.get(SHOTS.resolve("report.html").toUri().toString());
    assertInert("report.html");
  }

  private static void assertInert(String page) {
    try {
      driver.switchTo().alert();
      throw new AssertionError(page + ": an alert opened");
    } catch (NoAlertPresentException expected) {
      // nothing ran
    }
    JavascriptExecutor js = driver;
    assertEquals("undefined", js.executeScript("return typeof window.__xss"), page + ": a payload ran");
    Number live = (Number) js.executeScript(
        "return document.querySelectorAll('[onerror],[onmouseover],[onclick],[onload],a[href^=\"javascript:\" i],iframe,object,embed').length");
    assertEquals(0, live.intValue(), page + ": live markup from the article");
    @SuppressWarnings("unchecked")
    List<Object> scripts = (List<Object>) js.executeScript("return Array.from(document.scripts).map(s => s.getAttribute('src'))");
    for (Object src : scripts) {
      assertNotNull(src, page + ": an inline script");
      assertTrue(String.valueOf(src).equals("/static/app.js"), page + ": script " + src);
    }
  }

  // ---- helpers ----

  private static List<WebElement> hits() {
    return driver.findElements(By.cssSelector("ol.hits > li.hit"));
  }

  private static WebElement facet(String label) {
    return driver.findElements(By.cssSelector("section.facet")).stream()
        .filter(s -> s.findElement(By.tagName("h2")).getText().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no facet " + label));
  }

  private static List<String> facetValues(String label) {
    return facet(label).findElements(By.cssSelector(".fv")).stream().map(WebElement::getText).toList();
  }

  private static WebElement facetLink(String label, String value) {
    return facet(label).findElements(By.cssSelector("li a")).stream()
        .filter(a -> a.findElement(By.cssSelector(".fv")).getText().equals(value))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + value + " in facet " + label));
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
  }

  /** Screenshots of the page (its first 2,400 px; a phone's first 1,800) at 1280 px and at a phone's 390 px. */
  private static void shot(String name) {
    for (int width : new int[] {1280, 390}) {
      driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
          Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 500));
      long height = (Long) driver.executeScript("return Math.min(" + (width < 500 ? 1800 : 2400) + ", document.documentElement.scrollHeight)");
      driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
          Map.of("width", width, "height", (int) height, "deviceScaleFactor", 1, "mobile", width < 500));
      byte[] png = driver.getScreenshotAs(OutputType.BYTES);
      try {
        Files.write(SHOTS.resolve(name + "-" + width + ".png"), png);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  private static String firstExisting(String... paths) {
    return Stream.of(paths).filter(p -> p != null && Files.isExecutable(Path.of(p))).findFirst().orElse(null);
  }

  /** RFC 4180: quoted cells with doubled quotes and line breaks inside, CRLF between records. */
  static List<List<String>> parseCsv(String s) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r') {
        // CRLF: the \n ends the record
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }
}
