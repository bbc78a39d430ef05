package org.hindsight.check;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hindsight.check.evidence.EvidenceIndex;
import org.hindsight.check.evidence.IndexedPrediction;
import org.hindsight.check.store.VerdictStore;
import org.hindsight.check.verdict.CheckedPrediction;
import org.hindsight.check.verdict.Status;
import org.hindsight.check.verdict.Verdict;
import org.hindsight.index.IngestIndex;

/**
 * Human verdicts: recording and removing a judgment, laying judgments over the checker's verdicts
 * (here and in every {@link CheckRun}), and the verdicts the store holds with judgments laid over,
 * for scorecards, reports and the workbench. A judgment follows its prediction's text when
 * re-ingest renumbers the article. Stateless.
 */
public final class Judgments {

  private Judgments() {}

  /**
   * Records a human verdict and sets the prediction's status in the index at once. The judgment
   * overrides the checker's verdict in every later check, and survives re-ingest.
   *
   * @return the judged prediction
   * @throws IllegalArgumentException if the index holds no prediction with that id
   */
  public static IndexedPrediction judge(Path indexDir, String predictionId, Status status, String note) throws IOException {
    return judge(CheckIndex.embedded(indexDir), predictionId, status, note);
  }

  /** As {@link #judge(Path, String, Status, String)}, on any index. */
  public static IndexedPrediction judge(CheckIndex where, String predictionId, Status status, String note) throws IOException {
    IndexedPrediction p;
    try (EvidenceIndex index = where.openEvidence()) {
      p = index.prediction(predictionId);
    }
    if (p == null) {
      throw new IllegalArgumentException("no prediction " + predictionId + " in " + where + " (ids look like <article id>:p<N>; see hindsight search --kind prediction)");
    }
    try (VerdictStore store = VerdictStore.open(where.state())) {
      store.putJudgment(new VerdictStore.Judgment(predictionId, p.prediction().text(), status, note, Instant.now()));
      try (IngestIndex indexer = where.openWriter()) {
        indexer.setStatuses(Map.of(predictionId, status.name()));
      }
      store.commit(null);
    }
    return p;
  }

  /**
   * Removes a human verdict; the prediction's status in the index is left as the judgment set it
   * until the next check puts the checker's back.
   *
   * @return whether there was a judgment
   */
  public static boolean unjudge(Path stateDir, String predictionId) throws IOException {
    try (VerdictStore store = VerdictStore.open(stateDir)) {
      boolean had = store.removeJudgment(predictionId);
      // the checker's verdict must be looked at again
      store.removeVerdicts(List.of(predictionId));
      store.commit(null);
      return had;
    }
  }

  /** The verdicts the store holds (checker's, with judgments laid over), for scorecards and reports. */
  public static List<CheckedPrediction> stored(Path indexDir) throws IOException {
    return stored(CheckIndex.embedded(indexDir));
  }

  /** As {@link #stored(Path)}, on any index. */
  public static List<CheckedPrediction> stored(CheckIndex where) throws IOException {
    if (!VerdictStore.exists(where.state())) {
      throw new IOException(where + ": no verdicts yet (run hindsight check first)");
    }
    try (EvidenceIndex index = where.openEvidence();
        VerdictStore store = VerdictStore.open(where.state())) {
      List<IndexedPrediction> predictions = index.predictions();
      Map<String, Verdict> effective = new LinkedHashMap<>();
      for (IndexedPrediction p : predictions) {
        VerdictStore.StoredVerdict v = store.verdicts().get(p.id());
        if (v != null) {
          effective.put(p.id(), v.verdict());
        }
      }
      layOver(effective, store.judgments().values(), predictions, store.state().asOf());
      List<CheckedPrediction> out = new ArrayList<>();
      for (IndexedPrediction p : predictions) {
        Verdict v = effective.get(p.id());
        if (v != null) {
          out.add(new CheckedPrediction(p, v));
        }
      }
      return out;
    }
  }

  /**
   * Lays human judgments over the checker's verdicts ({@code effective}, by prediction id, changed
   * in place), each on the prediction it is about now ({@link #judged}).
   *
   * @return the ids of the judgments whose prediction is gone (orphans, kept in the store)
   */
  static List<String> layOver(Map<String, Verdict> effective, Collection<VerdictStore.Judgment> judgments,
      List<IndexedPrediction> predictions, LocalDate asOf) {
    Map<String, IndexedPrediction> byId = new HashMap<>();
    predictions.forEach(p -> byId.put(p.id(), p));
    List<String> orphans = new ArrayList<>();
    for (VerdictStore.Judgment j : judgments) {
      IndexedPrediction target = judged(j, byId, predictions);
      if (target == null) {
        orphans.add(j.predictionId());
        continue;
      }
      effective.put(target.id(), override(effective.get(target.id()), j, asOf));
    }
    return orphans;
  }

  /** A human judgment laid over the checker's verdict (or standing alone when there is none). */
  private static Verdict override(Verdict machine, VerdictStore.Judgment j, LocalDate asOf) {
    String note = j.note() == null || j.note().isBlank() ? "human verdict" : j.note();
    double confidence = 1.0;
    return new Verdict(
        machine == null ? j.predictionId() : machine.predictionId(),
        j.status(),
        confidence,
        machine == null ? List.of() : machine.evidence(),
        asOf != null ? asOf : machine == null ? null : machine.asOf(),
        true,
        note);
  }

  /** The prediction a judgment is about now: its id if the text still matches, else the same text in the same article. */
  private static IndexedPrediction judged(VerdictStore.Judgment j, Map<String, IndexedPrediction> byId, List<IndexedPrediction> all) {
    IndexedPrediction p = byId.get(j.predictionId());
    if (p != null && (j.predictionText() == null || j.predictionText().equals(p.prediction().text()))) {
      return p;
    }
    String article = j.predictionId().contains(":") ? j.predictionId().substring(0, j.predictionId().lastIndexOf(':')) : null;
    for (IndexedPrediction q : all) {
      if (q.article().id().equals(article) && q.prediction().text().equals(j.predictionText())) {
        return q;
      }
    }
    return null;
  }
}
