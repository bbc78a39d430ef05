package org.hindsight.check.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hindsight.check.evidence.EventQuery;
import org.hindsight.check.evidence.LaterSentence;
import org.hindsight.check.evidence.Lexicon;
import org.hindsight.check.evidence.Token;

/**
 * Aligns a prediction's event words with the words of a later sentence: each term's best word by
 * sameness, derivation or synonymy (an unhedged word preferred), an outcome verb of the subject for
 * a generic event ("Trump's reaction"), and antonyms of the head and object words near the other
 * matched words. Thread-safe (the lexicon is; each thread keeps its own memo of strengths).
 */
final class Aligner {

  /** One aligned word: which prediction term, where in the sentence, how well, and whether by antonym. */
  record Alignment(EventQuery.Term term, int at, double strength, boolean antonym) {}

  private static final Map<String, Double> MAGNITUDES =
      Map.of("hundred", 100.0, "thousand", 1_000.0, "million", 1_000_000.0, "billion", 1_000_000_000.0);
  private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "of", "for", "from", "with", "by", "into");
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "another", "any", "this", "that", "'s");

  private final Lexicon lex;
  private final Hedges hedges;
  private final Negations negations;

  Aligner(Lexicon lex, Hedges hedges, Negations negations) {
    this.lex = lex;
    this.hedges = hedges;
    this.negations = negations;
  }

  /**
   * {@link #strength} and {@link #antonym} of every term against each word already seen, for the
   * query this thread is checking: a prediction's candidates share most of their words, and the
   * lexicon's lookups behind a strength were most of the time a check took. One lookup per word
   * gives all the terms' values. Keyed by the query's identity, so a thread that moves to another
   * prediction starts afresh; both depend on nothing else.
   */
  private static final class Memo {
    EventQuery query;
    final HashMap<String, double[]> strengths = new HashMap<>();
    final HashMap<String, boolean[]> antonyms = new HashMap<>();
    /** Per term: what a word's lemma is worth to it (see {@link #table}); built on first use. */
    final List<Map<String, Double>> tables = new ArrayList<>();
  }

  private final ThreadLocal<Memo> memo = ThreadLocal.withInitial(Memo::new);

  private double[] strengths(Memo m, List<EventQuery.Term> terms, String word) {
    double[] v = m.strengths.get(word);
    if (v == null) {
      if (m.tables.isEmpty()) {
        for (EventQuery.Term t : terms) {
          m.tables.add(table(t));
        }
      }
      v = new double[terms.size()];
      Set<String> lemmas = null;
      for (int k = 0; k < v.length; k++) {
        EventQuery.Term t = terms.get(k);
        if (lemmas == null && !EventQuery.isNumber(t.norm())) {
          lemmas = lex.lemmas(word);
        }
        v[k] = strength(t, word, m.tables.get(k), lemmas);
      }
      m.strengths.put(word, v);
    }
    return v;
  }

  /**
   * What each lemma is worth to a word term, the best tier first: 1 for the term's own lemmas, 0.85
   * for their derivations, 0.7 for their synonyms; a number term has none.
   */
  private Map<String, Double> table(EventQuery.Term t) {
    Map<String, Double> out = new HashMap<>();
    if (EventQuery.isNumber(t.norm())) {
      return out;
    }
    for (String l : t.lemmas()) {
      out.put(l, 1.0);
    }
    if (t.role() == EventQuery.Role.TIME) {
      return out;
    }
    for (String l : t.lemmas()) {
      for (String d : lex.derivations(l)) {
        out.putIfAbsent(d, 0.85);
      }
    }
    if (t.role() == EventQuery.Role.CONTEXT) {
      return out;
    }
    for (String l : t.lemmas()) {
      for (String syn : lex.synonyms(l)) {
        out.putIfAbsent(syn, 0.7);
      }
    }
    return out;
  }

  /** The best tier of the word's lemmas in a term's {@link #table}; a synonym only for a content word. */
  private double byTable(Map<String, Double> table, String word, Set<String> lemmas) {
    double best = 0;
    for (String l : lemmas) {
      Double v = table.get(l);
      if (v != null && v > best) {
        best = v;
      }
    }
    // a synonym counts only for a content word ("said" is no synonym of anything)
    return best == 0.7 && !EventQuery.content(word, lex) ? 0 : best;
  }

  /** Whether the word is an antonym of each term; only head and object terms are asked. */
  private boolean[] antonyms(Memo m, List<EventQuery.Term> terms, String word) {
    boolean[] v = m.antonyms.get(word);
    if (v == null) {
      v = new boolean[terms.size()];
      for (int k = 0; k < v.length; k++) {
        EventQuery.Role r = terms.get(k).role();
        v[k] = (r == EventQuery.Role.ANCHOR || r == EventQuery.Role.OBJECT) && antonym(terms.get(k), word);
      }
      m.antonyms.put(word, v);
    }
    return v;
  }

  /** Each term's aligned word, in the order of the query's terms (null where none). */
  Alignment[] align(EventQuery q, LaterSentence s, Boolean[] hedgeMemo) {
    Memo memo = this.memo.get();
    if (memo.query != q) {
      memo.query = q;
      memo.strengths.clear();
      memo.antonyms.clear();
      memo.tables.clear();
    }
    List<Token> toks = s.tokens();
    int n = toks.size();
    // pass 1: each term's best word (not hedged preferred), by sameness, derivation or synonymy
    List<EventQuery.Term> terms = q.terms();
    Alignment[] best = new Alignment[terms.size()];
    double[] bestEffective = new double[terms.size()];
    // (words outer, terms inner: each term's choice depends only on the order of the words)
    for (int i = 0; i < n; i++) {
      Token tok = toks.get(i);
      if (!tok.word()) {
        continue;
      }
      double[] strength = strengths(memo, terms, tok.norm());
      for (int k = 0; k < terms.size(); k++) {
        EventQuery.Term t = terms.get(k);
        double m = strength[k];
        if (m == 0) {
          continue;
        }
        if (t == q.anchor() && q.particle() != null && !(i + 1 < n && toks.get(i + 1).norm().equals(q.particle()))) {
          // "sign up" is not "sign" ("much sign that"), "pull off" not "pull"
          m *= 0.5;
        }
        double effective = m * (hedges.hedged(toks, i, hedgeMemo) ? 0.4 : 1.0);
        if (effective > bestEffective[k]) {
          bestEffective[k] = effective;
          best[k] = new Alignment(t, i, m, false);
        }
      }
    }
    // a word another term matches exactly is that term's ("a first cut would be followed by
    // further easing": the later "cut" is the first cut, not the easing)
    for (int k = 0; k < terms.size(); k++) {
      if (best[k] == null || best[k].strength() >= 1.0 || terms.get(k) != q.anchor()) {
        continue;
      }
      for (int o = 0; o < terms.size(); o++) {
        if (o != k && best[o] != null && best[o].strength() >= 1.0 && best[o].at() == best[k].at()) {
          best[k] = null;
          bestEffective[k] = 0;
          break;
        }
      }
    }
    // a generic event ("Trump's reaction will follow", "a decision could come") is any reported
    // act of its subject: an outcome verb whose agent is that actor stands for the head word
    if (q.anchor() != null && q.subjectActor() != null && q.anchor().lemmas().stream().anyMatch(l -> lex.in("generic_event_nouns", l))) {
      int k = terms.indexOf(q.anchor());
      for (int i = 0; i < n && k >= 0; i++) {
        Token tok = toks.get(i);
        if (!tok.word() || !lex.lemmas(tok.norm()).stream().anyMatch(l -> lex.in("outcome_verbs", l))
            || !q.subjectActor().equals(Clauses.actorBefore(s, i)) || negations.negated(toks, i)) {
          continue;
        }
        double effective = 0.8 * (hedges.hedged(toks, i, hedgeMemo) ? 0.4 : 1.0);
        if (effective > bestEffective[k]) {
          bestEffective[k] = effective;
          best[k] = new Alignment(q.anchor(), i, 0.8, false);
        }
      }
    }
    // pass 2: antonyms of the head and object words, only near the other matched words (the
    // opposite of the same event: "kept its deposit rate at its October meeting" for "cut at its
    // October meeting", not a "cut" somewhere else in the sentence)
    for (int k = 0; k < terms.size(); k++) {
      EventQuery.Term t = terms.get(k);
      if (t.role() != EventQuery.Role.ANCHOR && t.role() != EventQuery.Role.OBJECT) {
        continue;
      }
      if (best[k] != null) {
        // the event itself is there: its opposite elsewhere in the sentence is another matter
        continue;
      }
      for (int i = 0; i < n; i++) {
        Token tok = toks.get(i);
        if (!tok.word() || !antonyms(memo, terms, tok.norm())[k] || !nearOthers(toks, i, best, k) || nounAfterDeterminer(toks, i)
            || i > 0 && PREPOSITIONS.contains(toks.get(i - 1).norm())) {
          continue;
        }
        double effective = 0.8 * 0.95 * (hedges.hedged(toks, i, hedgeMemo) ? 0.4 : 1.0);
        if (effective > bestEffective[k]) {
          bestEffective[k] = effective;
          best[k] = new Alignment(t, i, 0.8, true);
        }
      }
    }
    return best;
  }

  /** "a risk-management cut", "the hold": a noun, which names no contrary action ("the council kept" is a verb). */
  private boolean nounAfterDeterminer(List<Token> toks, int at) {
    if (!lex.canBeNoun(toks.get(at).norm())) {
      return false;
    }
    for (int i = at - 1; i >= Math.max(0, at - 3); i--) {
      String w = toks.get(i).norm();
      if (DETERMINERS.contains(w)) {
        return true;
      }
      if (!toks.get(i).word()) {
        return false;
      }
    }
    return false;
  }

  /** Whether token {@code at} lies within reach of a word aligned to another term, in the same clause; true when no other term aligned. */
  private static boolean nearOthers(List<Token> toks, int at, Alignment[] best, int self) {
    boolean any = false;
    for (int k = 0; k < best.length; k++) {
      if (k == self || best[k] == null || best[k].antonym()
          || best[k].term().role() == EventQuery.Role.CONTEXT || best[k].term().role() == EventQuery.Role.TIME) {
        continue;
      }
      any = true;
      int from = Math.min(at, best[k].at());
      int to = Math.max(at, best[k].at());
      if (to - from > 10) {
        continue;
      }
      boolean boundary = false;
      for (int i = from + 1; i < to; i++) {
        if (Clauses.STRONG_BOUNDARY.contains(toks.get(i).norm())) {
          boundary = true;
          break;
        }
      }
      if (!boundary) {
        return true;
      }
    }
    return !any;
  }

  /**
   * How well a sentence word stands for a prediction term: 1 the same number (or one in its range)
   * or lemma, 0.85 a derivation or a figure of the term's magnitude, 0.7 a synonym, else 0.
   *
   * @param table the term's {@link #table}
   * @param lemmas the word's lemmas (null for a number term)
   */
  private double strength(EventQuery.Term t, String word, Map<String, Double> table, Set<String> lemmas) {
    if (EventQuery.isNumber(t.norm())) {
      if (!EventQuery.isNumber(word)) {
        return 0;
      }
      if (sameNumber(t.norm(), word)) {
        return 1.0;
      }
      double[] r = t.range();
      if (r != null) {
        try {
          double v = Double.parseDouble(word);
          return v >= r[0] && v <= r[1] ? 1.0 : 0;
        } catch (NumberFormatException e) {
          return 0;
        }
      }
      return 0;
    }
    Double magnitude = MAGNITUDES.get(t.norm());
    if (magnitude != null && EventQuery.isNumber(word)) {
      // "a few hundred thousand votes" and "370,000 votes"
      double v = Double.parseDouble(word);
      return v >= magnitude && v < magnitude * 1000 ? 0.85 : 0;
    }
    return byTable(table, word, lemmas);
  }

  private boolean antonym(EventQuery.Term t, String word) {
    Set<String> lemmas = lex.lemmas(word);
    for (String l : t.lemmas()) {
      for (String a : lex.antonyms(l)) {
        if (lemmas.contains(a)) {
          // the rarer test first; then only content words (and "held", "kept") count
          return EventQuery.content(word, lex) || word.equals("held") || word.equals("kept");
        }
      }
    }
    return false;
  }

  private static boolean sameNumber(String a, String b) {
    try {
      return Math.abs(Double.parseDouble(a) - Double.parseDouble(b)) < 1e-9;
    } catch (NumberFormatException e) {
      return a.equals(b);
    }
  }

}
