package org.hindsight.check.verdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.hindsight.check.evidence.IndexedPrediction;
import org.hindsight.check.evidence.LaterSentence;
import org.hindsight.check.stance.Stance;

/**
 * A verdict from the verdict model: each of the best {@link VerdictFeatures#READ} candidates is
 * read by {@link VerdictModel} (the stronger of SUPPORTS and REFUTES), except what the outcome's
 * definition rules out (a confirmation dated after the window, a "for now" report published
 * before the deadline, an event before a later window opens). The strongest reading gives the
 * probability that the prediction is settled (calibrated on held-out folds): from 0.5 the verdict
 * is that reading's label (CONFIRMED or REFUTED) with that probability as confidence, and its
 * evidence the readings of that label that would settle it each by itself (or that the pair model
 * labels so outright), strongest first, up to {@link CheckConfig#maxEvidence}; under 0.5 the
 * prediction is EXPIRED once its deadline has passed, else OPEN, with confidence one minus the
 * probability that its outcome is settled at all ({@link VerdictModel#settledAtAll}: the settling
 * report may be one retrieval never found). Stateless.
 */
final class VerdictByModel {

  private VerdictByModel() {}

  /**
   * The model's reading of each of the best {@link VerdictFeatures#READ} candidates, in rank order,
   * each marked when the outcome's definition rules it out: what {@link #decide} weighs, and what
   * {@code check --explain} shows.
   */
  static List<Checker.Read> read(VerdictModel model, CheckConfig config, IndexedPrediction p, List<Checker.Candidate> candidates) {
    VerdictFeatures.Window window = VerdictFeatures.window(p, config.graceDays());
    VerdictFeatures.Field field = VerdictFeatures.Field.of(candidates);
    List<Checker.Read> out = new ArrayList<>();
    for (int i = 0; i < Math.min(VerdictFeatures.READ, candidates.size()); i++) {
      Checker.Candidate c = candidates.get(i);
      VerdictModel.Reading r = model.read(p, c, i + 1, field, config);
      out.add(new Checker.Read(c, r, ruledOut(c, r, window, p.deadline())));
    }
    return out;
  }

  /** The readings the verdict weighs: those not ruled out, strongest first (ties by sentence key). */
  static List<Checker.Read> weighed(List<Checker.Read> read) {
    List<Checker.Read> out = new ArrayList<>(read.stream().filter(x -> !x.ruledOut()).toList());
    out.sort(Comparator.comparingDouble((Checker.Read x) -> -x.reading().raw()).thenComparing(x -> x.candidate().sentence().key()));
    return out;
  }

  static Verdict decide(VerdictModel model, CheckConfig config, IndexedPrediction p, List<Checker.Candidate> candidates) {
    LocalDate asOf = config.asOf();
    LocalDate deadline = p.deadline();
    List<Checker.Read> read = weighed(read(model, config, p, candidates));
    double strongest = read.isEmpty() ? 0 : read.get(0).reading().raw();
    double settled = model.settled(strongest);
    if (settled >= 0.5) {
      Checker.Read best = read.get(0);
      String label = best.reading().label();
      boolean confirmed = label.equals(VerdictFeatures.SUPPORTS);
      List<Evidence> ev = new ArrayList<>();
      double against = 0;
      for (Checker.Read x : read) {
        if (x.reading().label().equals(label)) {
          // the first is the strongest reading, which settles it (settled >= 0.5)
          if (ev.size() < config.maxEvidence() && (x.reading().settles() || model.settled(x.reading().raw()) >= 0.5)) {
            // its stance is the model's reading, which the verdict stands on (the stance judge's
            // own label of the sentence may be UNRELATED)
            ev.add(Checker.evidence(x.candidate(), confirmed ? Stance.SUPPORTS : Stance.REFUTES));
          }
        } else {
          against = Math.max(against, x.reading().raw());
        }
      }
      return new Verdict(
          p.id(),
          confirmed ? Status.CONFIRMED : Status.REFUTED,
          Checker.round(Checker.clamp(settled, 0.01, 0.99)),
          ev,
          asOf,
          false,
          String.format(Locale.ROOT, "model: settled %.2f, best %s %.2f (against %.2f)", settled, confirmed ? "support" : "refutation", best.reading().raw(), against));
    }
    double confidence = Checker.round(Checker.clamp(1 - model.settledAtAll(strongest), 0.01, 0.99));
    if (Checker.deadlinePassed(deadline, asOf)) {
      return new Verdict(p.id(), Status.EXPIRED, confidence, List.of(), asOf, false,
          String.format(Locale.ROOT, "deadline %s passed without evidence (model: settled %.2f)", deadline, settled));
    }
    return new Verdict(p.id(), Status.OPEN, confidence, List.of(), asOf, false,
        (deadline == null ? "no deadline" : "deadline " + deadline + " not reached") + String.format(Locale.ROOT, " (model: settled %.2f)", settled));
  }

  /** What the outcome's definition rules out, whatever the model reads. */
  private static boolean ruledOut(Checker.Candidate c, VerdictModel.Reading r, VerdictFeatures.Window w, LocalDate deadline) {
    LaterSentence s = c.sentence();
    LocalDate published = s.article().day();
    LocalDate when = c.judgement().eventDate() != null ? c.judgement().eventDate() : published;
    if (when != null && w.first() != null && when.isBefore(w.first())) {
      return true;
    }
    if (r.label().equals(VerdictFeatures.SUPPORTS)) {
      return when != null && w.last() != null && when.isAfter(w.last());
    }
    return c.judgement().provisional() && deadline != null && published != null && published.isBefore(deadline);
  }
}
