package org.hindsight.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hindsight.article.Article;
import org.hindsight.check.evidence.MiniLmEmbedder;
import org.hindsight.check.verdict.CheckConfig;
import org.hindsight.check.verdict.CheckedPrediction;
import org.hindsight.check.verdict.Evidence;
import org.hindsight.check.verdict.Status;
import org.hindsight.eval.GoldOutcomes;
import org.hindsight.extract.Extraction;
import org.hindsight.index.Indexer;
import org.hindsight.index.SearchRequest;
import org.hindsight.index.Searcher;
import org.hindsight.nlp.SharedPipeline;
import org.hindsight.score.Scorecard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on real NLP: the seed and its later reporting (an announcement, a refuting summit
 * report, a distractor with the same actors, a later hedge) ingested through the shared pipeline,
 * then checked: verdicts with the right evidence, statuses searchable, an incremental second run,
 * a later article that settles an open prediction, a human verdict that survives re-ingest, and the
 * gold comparison.
 */
class CheckEndToEndTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
  private static final String SEED = "corpus/seed/000_42324508f161359d.txt";
  private static final String ANNOUNCED = "corpus/later/2025-08-07-alaska-summit-announced.txt";
  private static final String SUMMIT = "corpus/later/2025-08-16-alaska-summit-no-ceasefire.txt";
  private static final String DISTRACTOR = "corpus/later/2025-08-20-kremlin-prisoner-exchange.txt";
  private static final String HEDGE = "corpus/later/2025-08-25-analysis-sanctions-could-still-come.txt";
  private static final String OCTOBER = "corpus/later/2025-10-23-us-sanctions-rosneft-lukoil.txt";
  private static final String UNRELATED = "corpus/articles/uk-budget-starmer.txt";

  @TempDir Path dir;

  private static Extraction extract(Article a) {
    return SharedPipeline.extractor().extract(SharedPipeline.pipeline().annotate(a));
  }

  private void ingest(String... files) throws IOException {
    try (Indexer indexer = Indexer.open(dir, Indexer.Config.DEFAULT)) {
      for (String f : files) {
        indexer.index(extract(SharedPipeline.read(f)));
      }
    }
  }

  private static CheckedPrediction find(CheckRun.Result r, String text) {
    return r.predictions().stream()
        .filter(c -> c.indexed().prediction().text().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no prediction with '" + text + "' in "
            + r.predictions().stream().map(c -> c.indexed().prediction().text()).toList()));
  }

  private static Set<String> cited(CheckedPrediction c) {
    return c.verdict().evidence().stream().map(Evidence::articleId).collect(Collectors.toSet());
  }

  private static CheckRun.Result check(Path index) throws IOException {
    return CheckRun.run(index, CheckConfig.defaults(AS_OF), MiniLmEmbedder.shared(), 2, false);
  }

  @Test
  void checksTheSeedAgainstLaterReporting() throws IOException {
    ingest(SEED, ANNOUNCED, SUMMIT, DISTRACTOR, HEDGE, UNRELATED);
    String summit = SharedPipeline.read(SUMMIT).id();
    String announced = SharedPipeline.read(ANNOUNCED).id();
    String distractor = SharedPipeline.read(DISTRACTOR).id();
    String october = SharedPipeline.read(OCTOBER).id();
    String seed = SharedPipeline.read(SEED).id();

    // first run: everything examined
    CheckRun.Result first = check(dir);
    assertEquals(first.predictions().size(), first.examined().size());
    CheckedPrediction truce = find(first, "air truce");
    assertEquals(Status.REFUTED, truce.verdict().status(), truce.verdict().toString());
    assertTrue(cited(truce).contains(summit), "the air truce is refuted by the summit report: " + truce.verdict());
    CheckedPrediction reaction = find(first, "Trump's reaction will follow");
    assertEquals(Status.CONFIRMED, reaction.verdict().status(), reaction.verdict().toString());
    assertTrue(cited(reaction).contains(announced), reaction.verdict().toString());
    CheckedPrediction concessions = find(first, "limited concessions");
    assertEquals(Status.REFUTED, concessions.verdict().status(), concessions.verdict().toString());
    for (CheckedPrediction c : first.predictions()) {
      if (c.indexed().article().id().equals(seed)) {
        assertFalse(cited(c).contains(distractor), "the prisoner exchange is no evidence: " + c.verdict());
      }
    }
    // the later hedge ("could still come") settles nothing
    CheckedPrediction sanctions = find(first, "introduction of new sanctions");
    assertEquals(Status.OPEN, sanctions.verdict().status(), sanctions.verdict().toString());

    // statuses are searchable
    try (Searcher s = Searcher.open(dir)) {
      var refuted = s.search(SearchRequest.builder().kind("prediction").status("REFUTED").limit(50).build());
      assertTrue(refuted.hits().stream().anyMatch(h -> h.id().equals(truce.indexed().id())), refuted.hits().toString());
    }

    // nothing new: nothing examined
    CheckRun.Result second = check(dir);
    assertEquals("incremental", second.mode());
    assertTrue(second.examined().isEmpty(), "examined again: " + second.examined());
    assertEquals(first.counts(), second.counts());

    // a later article arrives: only what it could affect is examined, and sanctions are confirmed
    ingest(OCTOBER);
    CheckRun.Result third = check(dir);
    assertTrue(third.examined().contains(sanctions.indexed().id()), "sanctions re-examined");
    CheckedPrediction budget = find(third, "deliver her autumn Budget");
    assertFalse(third.examined().contains(budget.indexed().id()), "a UK Budget prediction shares no actor with the Rosneft sanctions");
    assertTrue(third.examined().size() < third.predictions().size());
    CheckedPrediction confirmed = find(third, "introduction of new sanctions");
    assertEquals(Status.CONFIRMED, confirmed.verdict().status(), confirmed.verdict().toString());
    assertTrue(cited(confirmed).contains(october), confirmed.verdict().toString());

    // a human verdict: at once in the index, and it survives re-ingest and re-check
    CheckedPrediction guarantees = find(third, "no guarantees that sanctions alone");
    String id = guarantees.indexed().id();
    Judgments.judge(dir, id, Status.REFUTED, "the war went on under sanctions");
    assertEquals("REFUTED", status(id));
    Article seedArticle = SharedPipeline.read(SEED);
    Article retitled =
        new Article(seedArticle.id(), seedArticle.title() + " (updated)", seedArticle.source(), seedArticle.author(), seedArticle.published(),
            seedArticle.url(), seedArticle.language(), seedArticle.text(), seedArticle.path());
    try (Indexer indexer = Indexer.open(dir, Indexer.Config.DEFAULT)) {
      assertEquals(Indexer.Outcome.REPLACED, indexer.index(extract(retitled)));
    }
    assertEquals("OPEN", status(id), "re-ingest rewrote the article's documents");
    CheckRun.Result fourth = check(dir);
    CheckedPrediction judged = find(fourth, "no guarantees that sanctions alone");
    assertEquals(Status.REFUTED, judged.verdict().status());
    assertTrue(judged.verdict().judged());
    assertEquals("the war went on under sanctions", judged.verdict().note());
    assertEquals("REFUTED", status(id), "the next check puts the human verdict back into the index");
    assertTrue(fourth.examined().contains(truce.indexed().id()), "the re-ingested article's predictions are examined again");
    assertEquals(Status.REFUTED, find(fourth, "air truce").verdict().status());

    // scorecards read the stored verdicts, judgments included
    List<CheckedPrediction> stored = Judgments.stored(dir);
    assertTrue(stored.stream().anyMatch(c -> c.indexed().id().equals(id) && c.verdict().judged()));
    Scorecard.Card card = Scorecard.of(stored, Scorecard.By.SOURCE);
    assertTrue(card.overall().resolved() >= 4);
    assertNotNull(card.overall().brier());
  }

  @Test
  void comparesWithGoldOutcomes() throws IOException {
    Path corpus = dir.resolve("corpus");
    for (String f : List.of(SEED, ANNOUNCED, SUMMIT)) {
      Path to = corpus.resolve(Path.of(f).subpath(1, 3).toString());
      Files.createDirectories(to.getParent());
      Files.copy(SharedPipeline.repo().resolve(f), to);
    }
    Path gold = corpus.resolve("gold/outcomes.json");
    Files.createDirectories(gold.getParent());
    Files.writeString(
        gold,
        """
        {"as_of": "2026-01-15", "outcomes": [
          {"article": "000_42324508f161359d.txt", "prediction": "A likely compromise could be a so-called \\"air truce\\"",
           "status": "REFUTED", "evidence": ["later/2025-08-16-alaska-summit-no-ceasefire.txt"]},
          {"article": "000_42324508f161359d.txt", "prediction": "may announce decisions in the hours following the meeting",
           "status": "CONFIRMED", "evidence": ["later/2025-08-07-alaska-summit-announced.txt"]},
          {"article": "000_42324508f161359d.txt", "prediction": "Such a scenario could lead to destabilization in Ukraine",
           "status": "OPEN", "evidence": []},
          {"article": "000_42324508f161359d.txt", "prediction": "a phrase nobody wrote", "status": "OPEN", "evidence": []}
        ]}
        """);
    Path index = dir.resolve("index");
    try (Indexer indexer = Indexer.open(index, Indexer.Config.DEFAULT)) {
      for (String f : List.of(SEED, ANNOUNCED, SUMMIT)) {
        indexer.index(extract(SharedPipeline.read(f)));
      }
    }
    CheckRun.Result r = check(index);
    GoldOutcomes.Report report = GoldOutcomes.read(gold).compare(r.predictions());
    assertEquals(4, report.gold());
    assertEquals(3, report.matched());
    assertEquals(1.0, report.verdictAccuracy(), 1e-9, report.rows().toString());
    assertEquals(2, report.evidenceChecked());
    assertEquals(2, report.evidenceCorrect());
    assertEquals(1, report.confusion().get(Status.REFUTED).get(Status.REFUTED));
  }

  private String status(String predictionId) throws IOException {
    try (Searcher s = Searcher.open(dir)) {
      return s.search(SearchRequest.builder().query("id:\"" + predictionId + "\"").limit(1).build()).hits().get(0).status();
    }
  }
}
