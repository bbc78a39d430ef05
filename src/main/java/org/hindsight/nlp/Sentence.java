package org.hindsight.nlp;

import java.util.ArrayList;
import java.util.List;
import org.hindsight.article.Span;

/**
 * One sentence: its tokens and, when the pipeline parsed it, its dependencies ({@code parsed}
 * says whether the parser ran on it; the fast profile parses only sentences that may hold a claim
 * or prediction). Immutable.
 */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies, boolean parsed) {

  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  /** The dependents of token {@code head}, in token order. */
  public List<Dependency> children(int head) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == head) {
        out.add(d);
      }
    }
    return out;
  }

  /** The arc that governs token {@code dependent}, or null (root or unparsed). */
  public Dependency head(int dependent) {
    for (Dependency d : dependencies) {
      if (d.dependent() == dependent) {
        return d;
      }
    }
    return null;
  }

  /** The character span covering tokens {@code [from, to)}. */
  public Span span(int from, int to) {
    return new Span(tokens.get(from).span().begin(), tokens.get(to - 1).span().end());
  }
}
