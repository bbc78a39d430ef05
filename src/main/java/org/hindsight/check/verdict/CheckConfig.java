package org.hindsight.check.verdict;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How the checker decides. Immutable; {@link #defaults(LocalDate)} gives the tuned values.
 *
 * @param asOf the date verdicts are given as of: later articles published after it are ignored,
 *     deadlines before it have passed
 * @param graceDays how long after the deadline an event may be dated and still confirm the
 *     prediction (reporting lag: a Sunday vote reported on Monday)
 * @param perChannel candidates taken from each retrieval channel (actors, words)
 * @param embedTop candidate sentences, best by words and actors, whose meaning is compared by
 *     embedding
 * @param embedByActors candidate sentences, best in the actor channel, whose meaning is compared
 *     too whatever their words (a paraphrase shares the actors, not the words)
 * @param evidenceThreshold the match score (0–1) a sentence needs to count as evidence
 * @param maxEvidence evidence sentences kept per verdict
 * @param learnedVerdict whether the verdict model ({@code models/verdict.bin}) decides instead of
 *     the hand rules (off by default: on our own corpus the rules, tuned there, are still better)
 */
public record CheckConfig(
    LocalDate asOf, int graceDays, int perChannel, int embedTop, int embedByActors, double evidenceThreshold, int maxEvidence, boolean learnedVerdict) {

  public CheckConfig {
    Objects.requireNonNull(asOf, "asOf");
    if (graceDays < 0 || perChannel < 1 || embedTop < 0 || embedByActors < 0 || maxEvidence < 1) {
      throw new IllegalArgumentException("bad check configuration: " + graceDays + "/" + perChannel + "/" + embedTop + "/" + embedByActors + "/" + maxEvidence);
    }
    if (evidenceThreshold <= 0 || evidenceThreshold >= 1) {
      throw new IllegalArgumentException("evidence threshold must be in (0, 1): " + evidenceThreshold);
    }
  }

  public static CheckConfig defaults(LocalDate asOf) {
    return new CheckConfig(asOf, 3, 40, 16, 8, 0.5, 3, false);
  }

  public CheckConfig withAsOf(LocalDate d) {
    return new CheckConfig(d, graceDays, perChannel, embedTop, embedByActors, evidenceThreshold, maxEvidence, learnedVerdict);
  }

  /** The same, decided by the verdict model (true) or the hand rules (false). */
  public CheckConfig withLearnedVerdict(boolean learned) {
    return new CheckConfig(asOf, graceDays, perChannel, embedTop, embedByActors, evidenceThreshold, maxEvidence, learned);
  }

  /**
   * A fingerprint of everything that changes verdicts: when it differs from the last run's, an
   * incremental check re-examines every prediction.
   */
  public String fingerprint() {
    return "checker-1;grace=" + graceDays + ";channel=" + perChannel + ";embed=" + embedTop + (embedByActors == 0 ? "" : "+" + embedByActors) + ";t=" + evidenceThreshold + ";max=" + maxEvidence + (learnedVerdict ? ";verdict=model" : "");
  }
}
