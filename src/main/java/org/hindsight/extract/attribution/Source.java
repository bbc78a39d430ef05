package org.hindsight.extract.attribution;

import org.hindsight.article.Span;
import org.hindsight.extract.Holder;

/**
 * One way a possible source surfaced for a statement: the holder it names, the words that named it
 * ({@code surface}: a mention, or a subject's words), how it is tied to the statement ({@code
 * link}, e.g. {@code climb}: the subject of the cue that governs the statement's clause), the cue
 * token involved (its form and span, or "" and null), a distance (tokens between cue and name, or sentences back or ahead)
 * and the mention's role ({@code NAME}, {@code TITLE}, {@code PRONOUN}, …, or {@code WORDS} for a
 * subject that is no actor mention). Immutable.
 */
public record Source(
    Holder holder, Span surface, String link, String cue, Span cueSpan, int distance, String role, String type) {

  /** The key candidates are merged by: the actor id, else the lower-cased name. */
  public String key() {
    return holder.actor() != null ? holder.actor() : holder.name().toLowerCase(java.util.Locale.ROOT);
  }

  public Source with(String newLink, String newCue, Span newCueSpan, int newDistance) {
    return new Source(holder, surface, newLink, newCue, newCueSpan, newDistance, role, type);
  }
}
