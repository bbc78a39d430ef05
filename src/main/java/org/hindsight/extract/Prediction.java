package org.hindsight.extract;

import java.util.List;
import org.hindsight.article.Span;

/**
 * A statement about the future relative to the article's publication date: holder, actors (ids),
 * the hedge cues, the probability they map to and its band ({@code level}), polarity, an optional
 * condition ("if …", "unless …") and horizon. Immutable.
 */
public record Prediction(
    String id,
    String text,
    Span span,
    Holder holder,
    List<String> actors,
    List<Cue> cues,
    double probability,
    String level,
    Polarity polarity,
    String condition,
    Horizon horizon) {

  public Prediction {
    actors = List.copyOf(actors);
    cues = List.copyOf(cues);
    if (probability < 0 || probability > 1) {
      throw new IllegalArgumentException("probability out of [0,1]: " + probability);
    }
  }

  /** The same prediction held by {@code h}. */
  public Prediction withHolder(Holder h) {
    return new Prediction(id, text, span, h, actors, cues, probability, level, polarity, condition, horizon);
  }
}
