package org.hindsight.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hindsight.article.Span;
import org.hindsight.check.CheckFixtures;
import org.hindsight.check.evidence.IndexedPrediction;
import org.hindsight.check.stance.Stance;
import org.hindsight.check.verdict.CheckedPrediction;
import org.hindsight.check.verdict.Evidence;
import org.hindsight.check.verdict.Status;
import org.hindsight.check.verdict.Verdict;
import org.hindsight.extract.Holder;
import org.hindsight.extract.Polarity;
import org.hindsight.extract.Prediction;
import org.hindsight.report.CheckReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Reuters gold format: story ids for articles and evidence, accepted statuses, the held-out mark. */
class GoldOutcomesTest {

  @TempDir Path dir;

  private static CheckedPrediction checked(String article, String id, String text, Status status, String evidenceArticle, Stance stance) {
    Prediction p = new Prediction(id, text, new Span(0, text.length()), Holder.author(null), List.of(), List.of(), 0.6, "LIKELY", Polarity.POSITIVE, null, null);
    IndexedPrediction ip = new IndexedPrediction(p, CheckFixtures.ref(article, LocalDate.of(1987, 3, 26)), "OPEN");
    List<Evidence> ev = evidenceArticle == null ? List.of()
        : List.of(new Evidence(evidenceArticle, "t", null, null, "It happened.", 0, 12, stance, 0.9));
    return new CheckedPrediction(ip, new Verdict(id, status, 0.7, ev, LocalDate.of(1987, 12, 31), false, null));
  }

  private Path gold(String part) throws IOException {
    Path f = dir.resolve("outcomes-" + part + ".json");
    Files.writeString(f, """
        {"as_of": "1987-12-31", "part": "%s", "outcomes": [
          {"article": "reuters21578-9559", "prediction": "a buffer stock accord would be agreed to by Friday",
           "status": "CONFIRMED", "accept": ["CONFIRMED"], "deadline": "1987-03-27",
           "evidence": ["reuters21578-10505", "reuters21578-10600"], "evidence_sentence": "The accord was agreed.", "why": "it was"},
          {"article": "reuters21578-9600", "prediction": "a decision is expected in early April",
           "status": "EXPIRED", "accept": ["EXPIRED", "OPEN"], "deadline": null, "evidence": []},
          {"article": "reuters21578-9700", "prediction": "a key nobody extracted", "status": "OPEN", "evidence": []}
        ]}
        """.formatted(part));
    return f;
  }

  @Test
  void readsStoryIdsAcceptedStatusesAndEvidence() throws IOException {
    GoldOutcomes g = GoldOutcomes.read(gold("dev"));
    assertEquals("dev", g.part());
    assertFalse(g.heldOut());
    GoldOutcomes.Outcome first = g.outcomes().get(0);
    assertEquals(List.of("reuters21578-10505", "reuters21578-10600"), List.copyOf(g.evidenceIds(first)));
    assertEquals("reuters21578-9559", g.articleIdOf(first));
    assertEquals("The accord was agreed.", first.evidenceSentence());
    assertEquals(LocalDate.of(1987, 3, 27), first.deadline());
    assertEquals(Set.of(Status.EXPIRED, Status.OPEN), g.outcomes().get(1).accept());
    assertNull(g.outcomes().get(1).deadline());
    assertTrue(GoldOutcomes.read(gold("test")).heldOut());
  }

  @Test
  void scoresAcceptedStatusesAndGoldEvidenceByStoryId() throws IOException {
    GoldOutcomes g = GoldOutcomes.read(gold("dev"));
    List<CheckedPrediction> ours = List.of(
        checked("reuters21578-9559", "reuters21578-9559:p2", "Dealers said a buffer stock accord would be agreed to by Friday.", Status.CONFIRMED,
            "reuters21578-10600", Stance.SUPPORTS),
        // accepted though not the gold status
        checked("reuters21578-9600", "reuters21578-9600:p0", "A decision is expected in early April.", Status.OPEN, null, null),
        // same key words, other story: not a match
        checked("reuters21578-9559", "reuters21578-9559:p3", "a key nobody extracted", Status.OPEN, null, null));
    GoldOutcomes.Report r = g.compare(ours);
    assertEquals(3, r.gold());
    assertEquals(2, r.matched());
    assertEquals(2, r.statusCorrect());
    assertEquals(1, r.evidenceChecked());
    assertEquals(1, r.evidenceCorrect());
    // every matched verdict right: no resample of the stories can say otherwise, and one without a
    // matched outcome counts nothing (not zero); the one cited outcome lies in one story of three,
    // which about 30 % of the resamples leave out: too few define it for an interval
    assertEquals(new Bootstrap.Interval(1.0, 1.0), r.intervals().get("verdict_accuracy"));
    assertNull(r.intervals().get("evidence_accuracy"));
    Map<Integer, IndexedPrediction> m = g.match(ours.stream().map(CheckedPrediction::indexed).toList());
    assertEquals("reuters21578-9559:p2", m.get(0).id());
  }

  /**
   * A held-out part's comparison shows aggregate figures only, in text and JSON: `check --gold
   * outcomes-test.json` printed every disagreement with its key.
   */
  @Test
  void aHeldOutPartShowsNoOutcomeOneByOne() throws IOException {
    List<CheckedPrediction> ours = List.of(
        checked("reuters21578-9559", "reuters21578-9559:p2", "Dealers said a buffer stock accord would be agreed to by Friday.", Status.EXPIRED, null, null));
    GoldOutcomes.Report test = GoldOutcomes.read(gold("test")).compare(ours);
    String text = CheckReport.gold(test, true);
    assertTrue(text.contains("verdict accuracy: 0.000 (0/1)"), text);
    assertFalse(text.contains("buffer stock") || text.contains("a key nobody extracted") || text.contains("reuters21578-9559"), text);
    assertFalse(CheckReport.goldJson(test, true).has("rows"));
    GoldOutcomes.Report dev = GoldOutcomes.read(gold("dev")).compare(ours);
    assertTrue(CheckReport.gold(dev, false).contains("a buffer stock accord would be agreed to by Friday"));
    assertEquals(3, CheckReport.goldJson(dev, false).path("rows").size());
  }

  @Test
  void tellsFilesFromIds() {
    assertTrue(GoldOutcomes.isFile("later/2025-08-07-alaska-summit-announced.txt"));
    assertTrue(GoldOutcomes.isFile("wire-2025.jsonl#1"));
    assertFalse(GoldOutcomes.isFile("reuters21578-10505"));
  }

  @Test
  void aLabelledPairFindsItsPredictionByTheOutcomeItNamesNotByItsId() throws IOException {
    // a story's prediction ids shift when the extractor changes: pairs are matched by their key,
    // as the scorer matches keys
    assertEquals(1.0, GoldScorer.overlap("the Fed will cut", "Dealers said the Fed  will cut rates"));
    assertEquals(0.8, GoldScorer.overlap("the Fed will cut rates", "the Fed will cut its rate"), 1e-9);
    assertTrue(GoldScorer.overlap("talks will resume Friday", "the strike may end") < 0.8);
    GoldOutcomes g = GoldOutcomes.read(gold("dev"));
    IndexedPrediction other = checked("reuters21578-9559", "reuters21578-9559:p2", "Cocoa stocks will rise.", Status.OPEN, null, null).indexed();
    IndexedPrediction moved = checked("reuters21578-9559", "reuters21578-9559:p4", "Dealers said a buffer stock accord would be agreed to by Friday.",
        Status.OPEN, null, null).indexed();
    var finder = g.pairFinder(List.of(other, moved));
    String key = "a buffer stock accord would be agreed to by Friday";
    assertEquals("reuters21578-9559:p4", finder.find("reuters21578-9559:p2", "reuters21578-9559", key).id());
    assertNull(finder.find("reuters21578-9700:p0", "reuters21578-9700", "a key nobody extracted"));
  }
}
