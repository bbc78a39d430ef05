package org.hindsight.check.evidence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A sentence of an indexed article, as a candidate piece of evidence: its offsets into the
 * article's text, its tokens, the actor id each token mentions (null where none), and every actor
 * the sentence is about (mentions plus the actors of the claims and predictions inside it).
 * Immutable.
 */
public record LaterSentence(
    ArticleRef article,
    int index,
    int begin,
    int end,
    String text,
    List<Token> tokens,
    List<String> tokenActors,
    Set<String> actors) {

  public LaterSentence {
    tokens = List.copyOf(tokens);
    tokenActors = Collections.unmodifiableList(new ArrayList<>(tokenActors));
    actors = Set.copyOf(actors);
    if (tokens.size() != tokenActors.size()) {
      throw new IllegalArgumentException("one actor slot per token expected");
    }
  }

  /** A key unique in the index: article id and sentence start. */
  public String key() {
    return article.id() + "@" + begin;
  }
}
