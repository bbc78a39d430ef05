package org.hindsight.check.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Closeness in meaning between a prediction and later sentences (sentence embeddings): a sentence
 * is as close as it is to the prediction itself, or a little less ({@link #CONTEXT_SIMILARITY}) to
 * the sentence around it; and closeness in topic, the later article's headline against the
 * prediction's article's headline or the sentence around the prediction. Thread-safe when the
 * embedder is.
 */
public final class Meaning {

  /** How much the meaning of the sentence around a prediction counts against the prediction's own. */
  public static final double CONTEXT_SIMILARITY = 0.85;

  private final Embedder embedder;

  public Meaning(Embedder embedder) {
    this.embedder = Objects.requireNonNull(embedder, "embedder");
  }

  /** Similarities by sentence key, and the vector of the sentence around the prediction (for topics). Immutable. */
  public record Similarities(Map<String, Double> byKey, float[] context) {
    public Similarities {
      byKey = Map.copyOf(byKey);
    }
  }

  /** The similarity of each sentence to the prediction read as {@code q}. */
  public Similarities similarities(EventQuery q, List<LaterSentence> sentences) {
    List<String> texts = new ArrayList<>();
    texts.add(q.text());
    texts.add(q.context());
    for (LaterSentence s : sentences) {
      texts.add(s.text());
    }
    List<float[]> v = embedder.embed(texts);
    Map<String, Double> out = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      // the prediction itself, or (a little less) the sentence around it
      double itself = Embedder.cosine(v.get(0), v.get(i + 2));
      double around = Embedder.cosine(v.get(1), v.get(i + 2));
      out.put(sentences.get(i).key(), Math.max(itself, CONTEXT_SIMILARITY * around));
    }
    return new Similarities(out, v.get(1));
  }

  /**
   * Topic closeness by sentence key: the sentence's article's headline against the prediction's
   * article's headline or the sentence around the prediction ({@code context}, from {@link
   * #similarities}).
   */
  public Map<String, Double> topics(ArticleRef own, float[] context, List<LaterSentence> sentences) {
    List<String> titles = new ArrayList<>();
    titles.add(title(own));
    for (LaterSentence s : sentences) {
      titles.add(title(s.article()));
    }
    List<float[]> t = embedder.embed(titles);
    Map<String, Double> out = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      float[] later = t.get(i + 1);
      out.put(sentences.get(i).key(), Math.max(Embedder.cosine(t.get(0), later), Embedder.cosine(context, later)));
    }
    return out;
  }

  /** The headline a topic is read from (the article id when it has none). */
  static String title(ArticleRef a) {
    return a.title() == null || a.title().isBlank() ? a.id() : a.title();
  }
}
