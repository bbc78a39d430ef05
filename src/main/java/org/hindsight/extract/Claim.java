package org.hindsight.extract;

import java.util.List;
import org.hindsight.article.Span;

/**
 * A statement about the present or past, with its holder, the actors it is about (actor ids), its
 * hedge cues and certainty ({@code probability} null when unhedged) and polarity. Immutable.
 */
public record Claim(
    String id,
    String text,
    Span span,
    Holder holder,
    List<String> actors,
    List<Cue> cues,
    Double probability,
    Polarity polarity) {

  public Claim {
    actors = List.copyOf(actors);
    cues = List.copyOf(cues);
  }
}
