package org.hindsight.extract.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hindsight.article.Span;
import org.hindsight.extract.Holder;
import org.hindsight.extract.actor.Actor;
import org.hindsight.extract.actor.ActorMention;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * The actor mentions of one document in text order, each with its actor, and the look-ups
 * attribution needs: the mention at a token, the first in a span, the nearest to a cue. Holders are
 * resolved through these mentions only (the actor resolver owns coreference). Immutable.
 */
public final class Mentions {

  /** A mention and the actor it belongs to. */
  public record Placed(ActorMention mention, Actor actor) {
    public Span span() {
      return mention.span();
    }

    public Holder holder() {
      return Holder.actor(actor.name(), actor.id());
    }
  }

  private final List<Placed> all;

  public Mentions(List<Actor> actors) {
    List<Placed> list = new ArrayList<>();
    for (Actor a : actors) {
      for (ActorMention m : a.mentions()) {
        list.add(new Placed(m, a));
      }
    }
    list.sort(Comparator.comparing((Placed p) -> p.span()).thenComparing(p -> p.actor().id()));
    this.all = List.copyOf(list);
  }

  /** Every mention, in text order. */
  public List<Placed> all() {
    return all;
  }

  /** Whether a mention's actor is a person. */
  static boolean isPerson(Placed p) {
    return p.actor().type().equals("PERSON");
  }

  /** Mentions that can speak: not a place use ("in Moscow") nor a bare nationality adjective. */
  static boolean speaks(Placed p) {
    String role = p.mention().role();
    return !role.equals("PLACE") && !role.equals("DEMONYM");
  }

  /** The longest mention covering a token (the subject's head word), or null. */
  public Placed at(Span token) {
    Placed best = null;
    for (Placed p : all) {
      if (p.span().begin() > token.begin()) {
        break;
      }
      if (p.span().contains(token) && (best == null || p.span().length() > best.span().length())) {
        best = p;
      }
    }
    return best;
  }

  /** The first speaking mention inside a span (the longest of those starting first), or null. */
  public Placed firstIn(Span span) {
    Placed best = null;
    for (Placed p : all) {
      if (p.span().begin() >= span.end()) {
        break;
      }
      if (span.contains(p.span()) && !p.mention().role().equals("DEMONYM")
          && (best == null || p.span().begin() < best.span().begin()
              || (p.span().begin() == best.span().begin() && p.span().length() > best.span().length()))) {
        best = p;
      }
    }
    return best;
  }

  /** Speaking mentions inside a span, in text order. */
  public List<Placed> in(Span span) {
    List<Placed> out = new ArrayList<>();
    for (Placed p : all) {
      if (p.span().begin() >= span.end()) {
        break;
      }
      if (span.contains(p.span()) && speaks(p)) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The speaking mention of sentence {@code s} nearest to a cue token, on either side, within
   * {@code maxChars} characters (ties go to the one before).
   */
  public Placed nearest(Sentence s, Token cue, int maxChars) {
    return nearest(s, cue, maxChars, null);
  }

  /** The same, leaving out mentions inside {@code outside} (null: none left out). */
  public Placed nearest(Sentence s, Token cue, int maxChars, Span outside) {
    Placed best = null;
    int bestDist = Integer.MAX_VALUE;
    for (Placed p : in(s.span())) {
      if (outside != null && outside.contains(p.span())) {
        continue;
      }
      int dist = p.span().end() <= cue.span().begin()
          ? cue.span().begin() - p.span().end()
          : p.span().begin() - cue.span().end() + 1;
      if (dist >= 0 && dist < bestDist && dist < maxChars) {
        bestDist = dist;
        best = p;
      }
    }
    return best;
  }

  /** The nearest speaking mention of the sentence ending before ({@code before}) or starting after a token. */
  public Placed nearestOnSide(Sentence s, Token cue, boolean before) {
    Placed best = null;
    for (Placed p : in(s.span())) {
      if (before && p.span().end() <= cue.span().begin()) {
        best = p; // text order: the last one before wins
      } else if (!before && p.span().begin() >= cue.span().end()) {
        return p;
      }
    }
    return best;
  }
}
