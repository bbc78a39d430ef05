package org.hindsight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.Locale;
import org.hindsight.check.CheckIndex;
import org.hindsight.check.Progress;
import org.hindsight.check.evidence.EmbedAhead;
import org.hindsight.check.evidence.EvidenceIndex;
import org.hindsight.check.evidence.MiniLmEmbedder;
import org.hindsight.check.evidence.StoredVectors;

/**
 * {@code ingest}'s last step: the sentences a check of the written articles compares in meaning,
 * embedded into the index's stored vectors ({@link EmbedAhead}). Its own class so that {@code
 * ingest}'s methods name no check type (picocli reflects on every command at start-up). A failure
 * here costs speed, not data: it is one line on stderr, and the check embeds on first use.
 */
final class EmbedStep {

  private EmbedStep() {}

  static void run(CheckIndex where, Collection<String> articleIds, int threads, PrintWriter err) {
    long t0 = System.nanoTime();
    try (where;
        EvidenceIndex evidence = where.openEvidence();
        StoredVectors vectors = StoredVectors.open(where.state(), MiniLmEmbedder.shared())) {
      // a progress line on a terminal: the step takes about as long as the ingest before it
      Progress progress = System.console() != null ? Progress.line(System.err, "hindsight ingest, embedding for check", "articles") : Progress.NONE;
      EmbedAhead.Result r = EmbedAhead.run(evidence, vectors, articleIds, threads, progress::done);
      for (String f : r.failures()) {
        err.println("hindsight ingest: not embedded ahead (check will embed it): " + f);
      }
      err.printf(
          Locale.ROOT,
          "hindsight ingest: %,d sentences embedded for check in %.1f s (%,d texts of %,d articles; the others were stored already)%n",
          r.embedded(), (System.nanoTime() - t0) / 1e9, r.texts(), r.articles());
    } catch (IOException | RuntimeException e) {
      err.println("hindsight ingest: sentences not embedded ahead (check will embed them on first use): " + RunFailure.oneLine(RunFailure.describe(e)));
    }
    err.flush();
  }
}
