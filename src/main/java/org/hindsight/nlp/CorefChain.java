package org.hindsight.nlp;

import java.util.List;
import org.hindsight.article.Span;

/** A coreference chain: mentions of one discourse entity, the representative first. Immutable. */
public record CorefChain(int id, List<Mention> mentions) {

  public CorefChain {
    mentions = List.copyOf(mentions);
  }

  /** One mention in a chain. */
  public record Mention(String text, Span span, int sentence, boolean representative) {}
}
