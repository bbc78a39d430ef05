package org.hindsight.extract;

import java.util.List;
import org.hindsight.article.Article;
import org.hindsight.extract.actor.Actor;

/**
 * Everything the extract stage finds in one article — the value behind the JSON contract in
 * ARCHITECTURE.md (see {@link ExtractionJson}). Immutable.
 */
public record Extraction(
    Article article, List<Actor> actors, List<Claim> claims, List<Prediction> predictions) {
  public Extraction {
    actors = List.copyOf(actors);
    claims = List.copyOf(claims);
    predictions = List.copyOf(predictions);
  }

  /** The actor with this id, or null. */
  public Actor actor(String id) {
    for (Actor a : actors) {
      if (a.id().equals(id)) {
        return a;
      }
    }
    return null;
  }
}
