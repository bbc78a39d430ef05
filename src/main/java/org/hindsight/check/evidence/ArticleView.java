package org.hindsight.check.evidence;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.hindsight.article.Span;
import org.hindsight.extract.Claim;
import org.hindsight.extract.Prediction;
import org.hindsight.extract.actor.Actor;
import org.hindsight.extract.actor.ActorMention;

/**
 * One indexed article as the checker reads it: its text, actors (with mention offsets), claims and
 * predictions, and its sentences. Sentences come from a rule-based sentence iterator, with every
 * boundary that would cut an extracted claim or prediction removed (the extractor's sentences came
 * from CoreNLP, which knows "U.S." from a full stop). Immutable; the sentences are computed once,
 * on first use, and safely published.
 */
public final class ArticleView {

  private final ArticleRef ref;
  private final String text;
  private final List<Actor> actors;
  private final List<Claim> claims;
  private final List<Prediction> predictions;
  private volatile List<LaterSentence> sentences;

  public ArticleView(ArticleRef ref, String text, List<Actor> actors, List<Claim> claims, List<Prediction> predictions) {
    this.ref = Objects.requireNonNull(ref, "ref");
    this.text = text == null ? "" : text;
    this.actors = List.copyOf(actors);
    this.claims = List.copyOf(claims);
    this.predictions = List.copyOf(predictions);
  }

  public ArticleRef ref() {
    return ref;
  }

  public String text() {
    return text;
  }

  public List<Actor> actors() {
    return actors;
  }

  public List<Claim> claims() {
    return claims;
  }

  public List<Prediction> predictions() {
    return predictions;
  }

  /** The sentences of the text, in order. */
  public List<LaterSentence> sentences() {
    List<LaterSentence> s = sentences;
    if (s == null) {
      synchronized (this) {
        s = sentences;
        if (s == null) {
          sentences = s = split();
        }
      }
    }
    return s;
  }

  /**
   * The sentence holding the character offset {@code at} (or the next one, when {@code at} falls
   * in the space or dateline before it), or null past the last.
   */
  public LaterSentence sentenceAt(int at) {
    for (LaterSentence s : sentences()) {
      if (at < s.end()) {
        return s;
      }
    }
    return null;
  }

  /** The actor id of the mention covering {@code span}, or null. */
  public String actorAt(Span span) {
    return actorAt(span, true);
  }

  /**
   * The actor id of the mention covering {@code span}, or null; pronoun mentions ("they", "it")
   * only when {@code pronouns} (the extractor resolves them to the last organisation or state,
   * which is often wrong).
   */
  public String actorAt(Span span, boolean pronouns) {
    for (Actor a : actors) {
      for (ActorMention m : a.mentions()) {
        if (m.span().overlaps(span) && (pronouns || !"PRONOUN".equals(m.role()))) {
          return a.id();
        }
      }
    }
    return null;
  }

  private List<LaterSentence> split() {
    List<Span> items = new ArrayList<>();
    claims.forEach(c -> items.add(c.span()));
    predictions.forEach(p -> items.add(p.span()));
    TreeSet<Integer> bounds = new TreeSet<>();
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    it.setText(text);
    for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
      bounds.add(b);
    }
    // paragraph breaks always end a sentence
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      bounds.add(i + 1);
    }
    bounds.add(text.length());
    bounds.removeIf(b -> items.stream().anyMatch(sp -> sp.begin() < b && b < sp.end() && !paragraphBreakAt(b)));
    // mention offsets, token by token
    List<int[]> mentionSpans = new ArrayList<>();
    List<String> mentionIds = new ArrayList<>();
    for (Actor a : actors) {
      for (ActorMention m : a.mentions()) {
        mentionSpans.add(new int[] {m.span().begin(), m.span().end()});
        mentionIds.add(a.id());
      }
    }
    List<LaterSentence> out = new ArrayList<>();
    int begin = 0;
    for (int end : bounds) {
      if (end <= begin) {
        continue;
      }
      int b = begin;
      int e = end;
      while (b < e && Character.isWhitespace(text.charAt(b))) {
        b++;
      }
      while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      begin = end;
      if (e - b < 2) {
        continue;
      }
      b += Token.datelineEnd(text.substring(b, e));
      String sentence = text.substring(b, e);
      List<Token> tokens = Token.tokenize(sentence, b);
      String[] tokenActors = new String[tokens.size()];
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        for (int m = 0; m < mentionSpans.size(); m++) {
          int[] sp = mentionSpans.get(m);
          if (sp[0] < t.end() && t.start() < sp[1]) {
            tokenActors[i] = mentionIds.get(m);
            break;
          }
        }
      }
      Set<String> ids = new LinkedHashSet<>();
      for (String id : tokenActors) {
        if (id != null) {
          ids.add(id);
        }
      }
      Span span = new Span(b, e);
      for (Claim c : claims) {
        if (span.overlaps(c.span())) {
          ids.addAll(c.actors());
        }
      }
      for (Prediction p : predictions) {
        if (span.overlaps(p.span())) {
          ids.addAll(p.actors());
        }
      }
      out.add(new LaterSentence(ref, out.size(), b, e, sentence, tokens, Arrays.asList(tokenActors), ids));
    }
    return List.copyOf(out);
  }

  private boolean paragraphBreakAt(int b) {
    return b > 0 && b <= text.length() && text.charAt(b - 1) == '\n' && b >= 2 && text.charAt(b - 2) == '\n';
  }
}
