package org.hindsight.extract.actor;

import java.time.Instant;
import java.util.List;
import org.hindsight.article.Article;
import org.hindsight.extract.actor.gazetteer.Gazetteer;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.SharedPipeline;

/** The names of the actors the resolver finds in a text written for a test, as a Reuters story of a given day. */
final class ResolvedNames {

  private ResolvedNames() {}

  /** The actors' names, in the resolver's order; {@code id} names the test's article. */
  static List<String> of(String id, String text, String published) {
    Article a = new Article(id, "Test", "Reuters", null, Instant.parse(published), null, "en", text, "test/" + id + ".txt");
    AnnotatedDocument doc = SharedPipeline.pipeline().annotate(a);
    return new ActorResolver(Gazetteer.bundled()).resolve(doc).stream().map(Actor::name).toList();
  }
}
