package org.hindsight.check.verdict;

import java.time.Instant;
import java.util.Objects;
import org.hindsight.check.stance.Stance;

/**
 * One piece of evidence for a verdict: a sentence of a later article, its offsets into that
 * article's text, its stance toward the prediction as stated (the stance judge's for the rules'
 * verdicts, the verdict model's reading for the model's), and how strongly it matches the predicted
 * event (0–1). Immutable.
 */
public record Evidence(
    String articleId,
    String title,
    String url,
    Instant published,
    String sentence,
    int start,
    int end,
    Stance stance,
    double score) {

  public Evidence {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(stance, "stance");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad evidence offsets [" + start + ", " + end + ")");
    }
  }
}
