package org.hindsight.extract.attribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hindsight.article.Span;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * The attribution cues: word forms that introduce a source's statement ("said", "told", "warned",
 * "according to", "called for", a colon after a name), each a lemma with a coarse part of speech
 * ({@code say/V}, {@code statement/N}, {@code :/P}). Learned from annotated text, not written by
 * hand: a form is a cue when annotators marked it part of a cue at least {@code minCount} times
 * and in at least {@code minShare} of its occurrences ({@link #learn}). Immutable; thread-safe.
 */
public final class CueLexicon {

  /** How often a form was seen and how often inside an annotated cue. */
  public record Count(int seen, int cue) {
    public double share() {
      return seen == 0 ? 0 : (double) cue / seen;
    }
  }

  /** Auxiliaries: inside many annotated cues ("has said", "is expected"), never a cue by themselves. */
  static final Set<String> AUXILIARIES = Set.of("be/V", "have/V", "do/V", "will/V", "would/V");

  private final Map<String, Count> cues;

  public CueLexicon(Map<String, Count> cues) {
    this.cues = Map.copyOf(cues);
  }

  /** The coarse key of a token: lemma (lower case) and V, N, J, R, I (preposition), P (punctuation) or O. */
  public static String key(Token t) {
    String lemma = t.lowerLemma();
    return lemma + "/" + coarse(t.pos());
  }

  static String coarse(String pos) {
    if (pos.startsWith("VB") || pos.equals("MD")) {
      return "V";
    }
    if (pos.startsWith("NN")) {
      return "N";
    }
    if (pos.startsWith("JJ")) {
      return "J";
    }
    if (pos.startsWith("RB")) {
      return "R";
    }
    if (pos.equals("IN") || pos.equals("TO")) {
      return "I";
    }
    return pos.chars().anyMatch(Character::isLetterOrDigit) ? "O" : "P";
  }

  public boolean isCue(Token t) {
    return cues.containsKey(key(t));
  }

  /** The share of a cue form's occurrences that annotators marked (0 for a non-cue). */
  public double share(Token t) {
    Count c = cues.get(key(t));
    return c == null ? 0 : c.share();
  }

  /** The cue tokens of a sentence, in order. */
  public List<Token> cuesIn(Sentence s) {
    return s.tokens().stream().filter(this::isCue).toList();
  }

  public Set<String> forms() {
    return new TreeSet<>(cues.keySet());
  }

  public int size() {
    return cues.size();
  }

  /** Counts forms over sentences whose annotated cue spans are given, then keeps the cue forms. */
  public static final class Learner {
    private final Map<String, int[]> counts = new HashMap<>();

    public void add(Sentence s, List<Span> cueSpans) {
      for (Token t : s.tokens()) {
        if (AUXILIARIES.contains(key(t))) {
          continue; // "has said", "is expected": the auxiliary rides along with the cue
        }
        int[] c = counts.computeIfAbsent(key(t), k -> new int[2]);
        c[0]++;
        for (Span cue : cueSpans) {
          if (cue.overlaps(t.span())) {
            c[1]++;
            break;
          }
        }
      }
    }

    public CueLexicon build(int minCount, double minShare) {
      Map<String, Count> out = new TreeMap<>();
      counts.forEach((k, c) -> {
        if (c[1] >= minCount && (double) c[1] / c[0] >= minShare) {
          out.put(k, new Count(c[0], c[1]));
        }
      });
      return new CueLexicon(out);
    }
  }

  /** As stored in a model manifest: {@code [{"cue": "say/V", "seen": n, "marked": m}, …]}, sorted. */
  public ArrayNode toJson() {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    new TreeMap<>(cues).forEach((k, c) -> a.addObject().put("cue", k).put("seen", c.seen()).put("marked", c.cue()));
    return a;
  }

  public static CueLexicon fromJson(JsonNode a) {
    Map<String, Count> m = new HashMap<>();
    for (JsonNode n : a) {
      m.put(n.path("cue").asText(), new Count(n.path("seen").asInt(), n.path("marked").asInt()));
    }
    return new CueLexicon(m);
  }
}
