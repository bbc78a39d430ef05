package org.hindsight.check.evidence;

import java.time.Month;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.hindsight.extract.Polarity;
import org.hindsight.extract.Prediction;

/**
 * What a prediction says will happen, in the terms the checker matches later sentences against:
 * the event's head word (the {@code anchor}: the verb after the modal or "expected to", the noun
 * after "possible" or "the odds of", the subject of "will follow"), the other content words with
 * weights (rarer words weigh more; the subject's words less than the event's; time words little),
 * the actors, the actor the event is about (for contests: who wins), the months it names, its
 * polarity, and, for an event that names no actor, the actors its story opens with ({@code
 * leadActors}: retrieval looks for them; scoring does not count them). Built without a parser, from the extractor's cue offsets and WordNet parts of speech.
 * Immutable.
 */
public record EventQuery(
    String predictionId,
    String text,
    String context,
    List<Term> terms,
    Term anchor,
    Set<String> actors,
    String subjectActor,
    Set<Month> months,
    Polarity polarity,
    boolean contest,
    String particle,
    Set<String> leadActors) {

  /** The part a word plays in the predicted event. */
  public enum Role {
    ANCHOR,
    OBJECT,
    SUBJECT,
    TIME,
    NUMBER,
    /** A word of the sentence around the prediction, outside it. */
    CONTEXT
  }

  /**
   * One content word of the prediction: its normalised form, lemmas, weight and role; a number
   * that bounds a range ("between £20 billion and £30 billion") carries the range, which any number
   * inside it matches. Immutable.
   */
  public record Term(String norm, Set<String> lemmas, double weight, Role role, double[] range) {
    public Term {
      lemmas = Collections.unmodifiableSet(new LinkedHashSet<>(lemmas));
      range = range == null ? null : range.clone();
    }

    public Term(String norm, Set<String> lemmas, double weight, Role role) {
      this(norm, lemmas, weight, role, null);
    }
  }

  public EventQuery {
    Objects.requireNonNull(predictionId, "predictionId");
    context = context == null ? text : context;
    terms = List.copyOf(terms);
    actors = Collections.unmodifiableSet(new LinkedHashSet<>(actors));
    months = Collections.unmodifiableSet(new LinkedHashSet<>(months));
    leadActors = Collections.unmodifiableSet(new LinkedHashSet<>(leadActors));
  }

  /** Sum of the term weights. */
  public double totalWeight() {
    double w = 0;
    for (Term t : terms) {
      w += t.weight();
    }
    return w;
  }

  /**
   * Reads the event out of a prediction.
   *
   * @param p the prediction
   * @param article the prediction's article (for actor mentions and the sentence around the
   *     prediction; may be null)
   * @param lexicon word knowledge
   * @param rarity how much a word counts, 0–1 (1 for words no other document has)
   */
  public static EventQuery of(
      Prediction p, ArticleView article, Lexicon lexicon, ToDoubleFunction<String> rarity) {
    return EventReader.read(p, article, lexicon, rarity);
  }

  /** Whether a word carries content: not a stop, light, speech or hedge word, not punctuation. */
  public static boolean content(String w, Lexicon lex) {
    if (w.isEmpty() || w.startsWith("'")) {
      return false;
    }
    if (isNumber(w)) {
      return true;
    }
    if (w.length() < 2) {
      return false;
    }
    return !lex.in("stop_words", w)
        && !lex.in("light_verbs", w)
        && !lex.in("speech_verbs", w)
        && !lex.in("modals", w)
        && !lex.in("hedge_adverbs", w)
        && !lex.in("hedge_verbs", w)
        && !lex.in("negations", w)
        && !lex.in("conditionals", w)
        && !Set.of("think", "expected", "likely", "unlikely", "possible", "guarantee", "guarantees", "risk", "chance", "odds").contains(w);
  }

  /** Whether a token is a plain decimal number ("3.8", "548000"), one {@link Double#parseDouble} reads. */
  public static boolean isNumber(String w) {
    // digits with at most one decimal point between digits: "3.8", "548000"; not "1.2.3" (a
    // version, a date) nor "4." — what this accepts, Double.parseDouble reads
    int dots = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == '.') {
        if (++dots > 1 || i == 0 || i == w.length() - 1) {
          return false;
        }
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    return !w.isEmpty();
  }


  /** The month a word names ("sept." and "sep" too), or null. */
  public static Month month(String w) {
    String s = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    return s.length() < 3 ? null : MONTHS.get(s);
  }

  /** Month names and their three- and four-letter abbreviations ("mar" and "may" are words too). */
  private static final Map<String, Month> MONTHS = monthNames();

  private static Map<String, Month> monthNames() {
    Map<String, Month> out = new HashMap<>();
    for (Month m : Month.values()) {
      out.put(m.name().toLowerCase(Locale.ROOT), m);
    }
    for (Month m : Month.values()) {
      String name = m.name().toLowerCase(Locale.ROOT);
      for (int n = 3; n <= 4 && n < name.length(); n++) {
        String prefix = name.substring(0, n);
        if (!prefix.equals("mar") && !prefix.equals("may")) {
          out.putIfAbsent(prefix, m);
        }
      }
    }
    return Map.copyOf(out);
  }
}
