package org.hindsight.check.evidence;

import java.time.LocalDate;
import java.util.Objects;
import org.hindsight.extract.Prediction;

/**
 * A prediction as the index holds it: the extraction contract's prediction, the article it comes
 * from, and the status the index shows for it now. Immutable.
 */
public record IndexedPrediction(Prediction prediction, ArticleRef article, String indexStatus) {

  /**
   * How long a prediction without a horizon stays open: one year after publication. Long enough
   * for slow outcomes (an election next spring), short enough that stale forecasts expire.
   */
  public static final int DEFAULT_HORIZON_DAYS = 365;

  public IndexedPrediction {
    Objects.requireNonNull(prediction, "prediction");
    Objects.requireNonNull(article, "article");
  }

  public String id() {
    return prediction.id();
  }

  /**
   * The date by which the predicted event must have happened: the horizon's end, else {@link
   * #DEFAULT_HORIZON_DAYS} after publication; null for an undated article without a horizon.
   */
  public LocalDate deadline() {
    if (prediction.horizon() != null && prediction.horizon().end() != null) {
      return prediction.horizon().end();
    }
    LocalDate day = article.day();
    return day == null ? null : day.plusDays(DEFAULT_HORIZON_DAYS);
  }
}
