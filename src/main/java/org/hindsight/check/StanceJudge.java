package org.hindsight.check;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hindsight.extract.Polarity;

/**
 * Judges what one later sentence says about one predicted event: which of the event's words it
 * has (with WordNet synonyms, derivations and antonyms), whether it reports or only forecasts
 * (modal verbs, "expected to", "pencils in", "bets on", "if"), whether it negates the event ("no
 * concessions", "did not travel", "without agreeing", "failed to"), reports the contrary ("kept
 * rates" against "cut", "extended" against "expire"), or — for a prediction that someone wins —
 * who won. Signals are read around the sentence's word for the event's head (the anchor), else
 * by the weight of all matched words.
 *
 * <p>Heuristic and parser-free by design: it runs at check time, where no CoreNLP pipeline is
 * loaded. Thread-safe (stateless apart from the shared, thread-safe {@link Lexicon}).
 */
public final class StanceJudge {

  /** How far back (in tokens) a negation reaches across commas ("no agreement to halt air strikes …, the air truce"). */
  static final int NEGATION_REACH = 14;
  /** How far (in tokens) from the event word a month dates it. */
  static final int MONTH_REACH = 16;
  /** How far back a hedge reaches within its clause. */
  static final int HEDGE_REACH = 12;

  private static final Set<String> STRONG_BOUNDARY = Set.of(";", ":", "(", ")", "?", "!", "but", "although", "though", "whereas", "while", "because", "unless");
  private static final Set<String> CLAUSE_BOUNDARY = Set.of(",", "—", "–", "which", "who", "whose", "and", "\"");
  private static final Set<String> AUXILIARIES =
      Set.of("did", "does", "do", "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "can", "may", "might");
  private static final Set<String> PROVISIONAL = Set.of("yet", "now", "so far", "for now", "for the time being", "so far this year");
  private static final java.util.Map<String, Double> MAGNITUDES =
      java.util.Map.of("hundred", 100.0, "thousand", 1_000.0, "million", 1_000_000.0, "billion", 1_000_000_000.0);
  private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "of", "for", "from", "with", "by", "into");
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "another", "any", "this", "that", "'s");
  private static final Set<String> HEDGE_ADJECTIVES = Set.of("possible", "potential", "planned", "proposed", "expected", "likely", "probable", "mooted", "hoped-for");

  private final Lexicon lex;

  public StanceJudge(Lexicon lexicon) {
    this.lex = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** One aligned word: which prediction term, where in the sentence, how well, and whether by antonym. */
  private record Alignment(EventQuery.Term term, int at, double strength, boolean antonym) {}

  public Judgement judge(EventQuery q, LaterSentence s) {
    List<Token> toks = s.tokens();
    int n = toks.size();
    Boolean[] hedgeMemo = new Boolean[n];
    List<Alignment> aligned = new ArrayList<>();
    double total = 0;
    double covered = 0;
    Alignment anchor = null;
    // pass 1: each term's best word (not hedged preferred), by sameness, derivation or synonymy
    List<EventQuery.Term> terms = q.terms();
    Alignment[] best = new Alignment[terms.size()];
    double[] bestEffective = new double[terms.size()];
    for (int k = 0; k < terms.size(); k++) {
      EventQuery.Term t = terms.get(k);
      for (int i = 0; i < n; i++) {
        Token tok = toks.get(i);
        if (!tok.word()) {
          continue;
        }
        double m = strength(t, tok.norm());
        if (m == 0) {
          continue;
        }
        if (t == q.anchor() && q.particle() != null && !(i + 1 < n && toks.get(i + 1).norm().equals(q.particle()))) {
          // "sign up" is not "sign" ("much sign that"), "pull off" not "pull"
          m *= 0.5;
        }
        double effective = m * (hedged(toks, i, hedgeMemo) ? 0.4 : 1.0);
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
            || !q.subjectActor().equals(actorBefore(s, i)) || negated(toks, i)) {
          continue;
        }
        double effective = 0.8 * (hedged(toks, i, hedgeMemo) ? 0.4 : 1.0);
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
        if (!tok.word() || !antonym(t, tok.norm()) || !nearOthers(toks, i, best, k) || nounAfterDeterminer(toks, i)
            || i > 0 && PREPOSITIONS.contains(toks.get(i - 1).norm())) {
          continue;
        }
        double effective = 0.8 * 0.95 * (hedged(toks, i, hedgeMemo) ? 0.4 : 1.0);
        if (effective > bestEffective[k]) {
          bestEffective[k] = effective;
          best[k] = new Alignment(t, i, 0.8, true);
        }
      }
    }
    for (int k = 0; k < terms.size(); k++) {
      EventQuery.Term t = terms.get(k);
      total += t.weight();
      Alignment a = best[k];
      if (a != null) {
        aligned.add(a);
        covered += t.weight() * (a.antonym() ? (t.role() == EventQuery.Role.ANCHOR ? 0.8 : 0.3) : a.strength());
        if (t == q.anchor()) {
          anchor = a;
        }
      }
    }
    double coverage = total == 0 ? 0 : covered / total;

    // where to read hedging and negation: the anchor, else every aligned word by weight
    boolean hedged;
    boolean negated;
    boolean contrary;
    boolean provisional;
    int focus;
    if (anchor != null) {
      focus = anchor.at();
      hedged = hedged(toks, focus, hedgeMemo) || modalAfter(toks, focus);
      negated = negated(toks, focus);
      contrary = anchor.antonym();
    } else {
      double w = 0;
      double hw = 0;
      double nw = 0;
      double cw = 0;
      focus = -1;
      double strongest = 0;
      for (Alignment a : aligned) {
        if (a.term().role() == EventQuery.Role.TIME) {
          continue;
        }
        double x = a.term().weight() * a.strength();
        w += x;
        if (hedged(toks, a.at(), hedgeMemo)) {
          hw += x;
        }
        if (negated(toks, a.at())) {
          nw += x;
        }
        if (a.antonym()) {
          cw += x;
        }
        if (x > strongest) {
          strongest = x;
          focus = a.at();
        }
      }
      hedged = w > 0 && hw * 2 > w;
      negated = w > 0 && nw * 2 > w;
      contrary = w > 0 && cw * 2 > w;
    }
    provisional = focus >= 0 && provisional(toks, focus);
    if (hedged && focus >= 0 && forecastConfounded(toks, focus)) {
      // "…, confounding the forecast that it would peak at 4 percent": the forecast failed
      hedged = false;
      negated = true;
    }

    Stance contest = q.contest() && q.subjectActor() != null ? contest(q, s, hedgeMemo) : Stance.UNRELATED;
    LocalDate eventDate = focus >= 0 ? eventDate(s, focus) : null;
    boolean monthClash = monthClash(q, s, focus);

    Boolean happened;
    if (hedged && contest == Stance.UNRELATED) {
      happened = null;
    } else if (contest != Stance.UNRELATED) {
      happened = contest == Stance.SUPPORTS;
    } else {
      happened = !(negated ^ contrary);
    }
    Stance stance;
    if (happened == null) {
      stance = Stance.UNRELATED;
    } else {
      stance = happened == (q.polarity() == Polarity.POSITIVE) ? Stance.SUPPORTS : Stance.REFUTES;
    }
    String reason =
        String.format(
            java.util.Locale.ROOT,
            "coverage %.2f%s%s%s%s%s%s%s",
            coverage,
            anchor == null ? "" : " anchor " + (anchor.antonym() ? "antonym " : "") + "'" + toks.get(anchor.at()).norm() + "'",
            hedged ? " hedged" : "",
            negated ? " negated" : "",
            contrary ? " contrary" : "",
            provisional ? " provisional" : "",
            contest == Stance.UNRELATED ? "" : " contest " + contest,
            monthClash ? " month-clash" : "");
    Set<String> agents = focus >= 0 ? actorsBefore(s, focus) : Set.of();
    int matchedTerms = 0;
    for (Alignment a : aligned) {
      if (a.term().role() != EventQuery.Role.TIME && a.term().role() != EventQuery.Role.CONTEXT) {
        matchedTerms++;
      }
    }
    return new Judgement(coverage, anchor != null, hedged && contest == Stance.UNRELATED, negated, contrary, provisional,
        contest, stance, eventDate, monthClash, agents, matchedTerms, reason);
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
        if (STRONG_BOUNDARY.contains(toks.get(i).norm())) {
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

  /** How well a sentence word stands for a prediction term: 1 same lemma, 0.85 derivation, 0.7 synonym, else 0. */
  double strength(EventQuery.Term t, String word) {
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
    Set<String> lemmas = lex.lemmas(word);
    for (String l : t.lemmas()) {
      if (lemmas.contains(l)) {
        return 1.0;
      }
    }
    if (t.role() == EventQuery.Role.TIME) {
      return 0;
    }
    for (String l : t.lemmas()) {
      for (String d : lex.derivations(l)) {
        if (lemmas.contains(d)) {
          return 0.85;
        }
      }
    }
    if (!EventQuery.content(word, lex) || t.role() == EventQuery.Role.CONTEXT) {
      return 0;
    }
    for (String l : t.lemmas()) {
      for (String syn : lex.synonyms(l)) {
        if (lemmas.contains(syn)) {
          return 0.7;
        }
      }
    }
    return 0;
  }

  private boolean antonym(EventQuery.Term t, String word) {
    if (!EventQuery.content(word, lex) && !word.equals("held") && !word.equals("kept")) {
      return false;
    }
    Set<String> lemmas = lex.lemmas(word);
    for (String l : t.lemmas()) {
      for (String a : lex.antonyms(l)) {
        if (lemmas.contains(a)) {
          return true;
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

  /**
   * Whether the word at {@code at} stands in a forecast rather than a report: a modal, an "X to"
   * frame, a forecasting or believing verb, a hedging adverb, adjective or noun, or a condition
   * earlier in its clause. "had expected", "as expected", "than expected" and "the predicted"
   * mention a past forecast and do not hedge.
   */
  boolean hedged(List<Token> toks, int at, Boolean[] memo) {
    if (memo[at] != null) {
      return memo[at];
    }
    boolean h = false;
    for (int i = at - 1, steps = 0; i >= 0 && steps < HEDGE_REACH; i--, steps++) {
      Token t = toks.get(i);
      String w = t.norm();
      if (STRONG_BOUNDARY.contains(w)) {
        break;
      }
      if (lex.in("modals", w) || w.equals("will") || w.equals("going") && i + 1 < toks.size() && toks.get(i + 1).norm().equals("to")) {
        h = true;
        break;
      }
      if (w.equals("to") && i > 0 && lex.in("hedge_frames", toks.get(i - 1).norm()) && !pastMention(toks, i - 1)) {
        h = true;
        break;
      }
      if (w.equals("to") && i > 1 && lex.in("hedge_frames", toks.get(i - 2).norm()) && !pastMention(toks, i - 2)) {
        h = true;
        break;
      }
      if ((lex.in("hedge_verbs", w) || lex.in("hedge_adverbs", w) || HEDGE_ADJECTIVES.contains(w)) && !pastMention(toks, i)
          && !(lex.in("hedge_verbs", w) && nounUse(toks, i))) {
        h = true;
        break;
      }
      if (lex.in("conditionals", w) && !w.equals("should")) {
        h = true;
        break;
      }
      if (w.equals("still") && i + 1 < toks.size() && toks.get(i + 1).norm().endsWith("ing")) {
        // "are still negotiating a joint statement": under way, not done
        h = true;
        break;
      }
      if (lex.in("hedge_nouns", w) && i + 1 < toks.size() && Set.of("of", "that", "to", "on", "for").contains(toks.get(i + 1).norm())) {
        h = true;
        break;
      }
      if (w.equals("that") && thatFrameHedges(toks, i)) {
        h = true;
        break;
      }
      if (CLAUSE_BOUNDARY.contains(w) && !w.equals("and")) {
        break;
      }
    }
    memo[at] = h;
    return h;
  }

  /**
   * Whether the forecast governing {@code at} is reported as failed: a negating verb ("confounding",
   * "defying") or "contrary to" before the forecast's noun ("the forecast that", "expectations
   * that"), in reach.
   */
  boolean forecastConfounded(List<Token> toks, int at) {
    for (int i = at - 1, steps = 0; i >= 0 && steps < HEDGE_REACH + 6; i--, steps++) {
      String w = toks.get(i).norm();
      if (STRONG_BOUNDARY.contains(w)) {
        return false;
      }
      if ((w.startsWith("forecast") || w.startsWith("expectation") || w.startsWith("prediction") || w.startsWith("projection"))
          && i + 1 < toks.size() && (toks.get(i + 1).norm().equals("that") || toks.get(i + 1).norm().equals("of"))) {
        for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
          String v = toks.get(k).norm();
          if (lex.in("negator_verbs", lemmaOf(v)) || v.equals("contrary") || v.equals("despite")) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a noun or adjective at {@code at} is the subject of a modal that follows ("the pace of
   * further increases would depend", "the talks could drag on"). A past verb form at {@code at}
   * is a report of its own ("Nawrocki won the runoff and will be sworn in").
   */
  boolean modalAfter(List<Token> toks, int at) {
    String w = toks.get(at).norm();
    if (w.endsWith("ed") || w.endsWith("ing") || lex.canBeVerb(w) && !lex.canBeNoun(w) && !lex.lemmas(w).stream().allMatch(w::equals)) {
      return false;
    }
    for (int i = at + 1; i < Math.min(toks.size(), at + 5); i++) {
      String x = toks.get(i).norm();
      if (!toks.get(i).word() || Set.of("and", "but", "that", "which", "who", "as").contains(x)) {
        return false;
      }
      if (lex.in("modals", x) || x.equals("will")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words before a "that" make its clause a forecast: "the most probable outcome is
   * that", "the risk that", "bets that", "forecast that" (commas crossed, a few words back).
   */
  private boolean thatFrameHedges(List<Token> toks, int that) {
    for (int i = that - 1, steps = 0; i >= 0 && steps < 6; i--, steps++) {
      String w = toks.get(i).norm();
      if (STRONG_BOUNDARY.contains(w)) {
        return false;
      }
      if ((lex.in("hedge_verbs", w) || lex.in("hedge_nouns", w) || lex.in("hedge_adverbs", w) || HEDGE_ADJECTIVES.contains(w)) && !pastMention(toks, i)) {
        return true;
      }
    }
    return false;
  }

  /** "had expected", "as expected", "than expected", "the predicted (peak)": a past forecast named, not made. */
  private boolean pastMention(List<Token> toks, int i) {
    if (i == 0) {
      return false;
    }
    return lex.in("past_expectation_markers", toks.get(i - 1).norm());
  }

  /** "the forecasts, published …", "its forecast for growth": the noun, which hedges nothing after it. */
  private static boolean nounUse(List<Token> toks, int i) {
    String w = toks.get(i).norm();
    if (!(w.startsWith("forecast") || w.startsWith("estimate") || w.startsWith("project") || w.startsWith("bet") || w.startsWith("price"))) {
      return false;
    }
    if (i + 1 >= toks.size()) {
      return true;
    }
    String next = toks.get(i + 1).norm();
    if (next.equals("that") || next.equals("to")) {
      return false;
    }
    String prev = i > 0 ? toks.get(i - 1).norm() : "";
    return next.equals(",") || next.equals("for") || next.equals("of") || prev.equals("its") || prev.equals("their") || prev.equals("the") || prev.equals("'s");
  }

  /**
   * Whether the word at {@code at} is negated: a negation cue ("no", "not", "never", "without",
   * "failed to", "no longer"…) or a negating verb ("called off", "confounding") before it in
   * reach, not beyond a clause boundary such as "but"; or, for a subject, "did not", "never",
   * "failed" right after it ("the predicted peak did not come").
   */
  boolean negated(List<Token> toks, int at) {
    for (int i = at - 1, steps = 0; i >= 0 && steps < NEGATION_REACH; i--, steps++) {
      String w = toks.get(i).norm();
      if (STRONG_BOUNDARY.contains(w)) {
        break;
      }
      if (w.equals("and") && i > 0 && toks.get(i - 1).norm().equals(",")) {
        break;
      }
      if (lex.in("negations", w)) {
        // "not only", "no sooner": not a negation of what follows
        if (i + 1 < toks.size() && Set.of("only", "sooner", "less", "doubt").contains(toks.get(i + 1).norm())) {
          continue;
        }
        return true;
      }
      if (phraseEndsAt(toks, i, "negation_phrases")) {
        return true;
      }
      if (lex.in("negator_verbs", lemmaOf(w)) && i < at - 1) {
        return true;
      }
    }
    // after a subject: "… peak did not come", "the truce … did not lapse"
    for (int i = at + 1, steps = 0; i < toks.size() && steps < 4; i++, steps++) {
      String w = toks.get(i).norm();
      if (!toks.get(i).word() || STRONG_BOUNDARY.contains(w)) {
        break;
      }
      if (w.equals("never") || w.equals("failed")) {
        return true;
      }
      if (AUXILIARIES.contains(w) && i + 1 < toks.size() && toks.get(i + 1).norm().equals("not")) {
        return true;
      }
    }
    return false;
  }

  private String lemmaOf(String w) {
    for (String l : lex.lemmas(w)) {
      if (!l.equals(w)) {
        return l;
      }
    }
    return w;
  }

  private boolean phraseEndsAt(List<Token> toks, int i, String list) {
    // two- and three-word phrases ending at token i
    for (int len = 2; len <= 3; len++) {
      if (i - len + 1 < 0) {
        continue;
      }
      StringBuilder b = new StringBuilder();
      for (int k = i - len + 1; k <= i; k++) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(toks.get(k).norm());
      }
      if (lex.in(list, b.toString())) {
        return true;
      }
    }
    return false;
  }

  /** "for now", "so far", "yet" near the event: a state that may still change before the deadline. */
  private static boolean provisional(List<Token> toks, int at) {
    int from = Math.max(0, at - 8);
    int to = Math.min(toks.size(), at + 12);
    for (int i = from; i < to; i++) {
      String w = toks.get(i).norm();
      String two = i + 1 < toks.size() ? w + " " + toks.get(i + 1).norm() : w;
      if (PROVISIONAL.contains(two) && two.contains(" ")) {
        return true;
      }
      if (w.equals("yet") && i > at) {
        return true;
      }
    }
    return false;
  }

  /**
   * For "X will win": SUPPORTS when the sentence reports X winning (or X's rival losing), REFUTES
   * when another actor won or X lost or was defeated, UNRELATED when it says nothing of who won.
   */
  private Stance contest(EventQuery q, LaterSentence s, Boolean[] hedgeMemo) {
    List<Token> toks = s.tokens();
    String subject = q.subjectActor();
    Stance out = Stance.UNRELATED;
    for (int i = 0; i < toks.size(); i++) {
      String w = toks.get(i).norm();
      boolean winWord = lex.in("contest_words", w) && !lex.in("contest_losing", w) && !lex.in("contest_beating", w);
      boolean beatWord = lex.in("contest_beating", w);
      boolean loseWord = lex.in("contest_losing", w);
      if (!winWord && !beatWord && !loseWord) {
        continue;
      }
      if (hedged(toks, i, hedgeMemo) || negated(toks, i)) {
        continue;
      }
      String before = actorBefore(s, i);
      String after = actorAfter(s, i);
      String winner = null;
      String loser = null;
      if (winWord) {
        winner = before;
      } else if (beatWord) {
        if (w.equals("defeated") || w.equals("beaten")) {
          // "X defeated Y" or "Y was defeated by X": read the active form
          if (i > 0 && Set.of("was", "were", "been", "is").contains(toks.get(i - 1).norm())) {
            loser = before;
            winner = after;
          } else {
            winner = before;
            loser = after;
          }
        } else {
          winner = before;
          loser = after;
        }
      } else {
        loser = before;
      }
      if (subject.equals(winner) || (loser != null && !subject.equals(loser) && q.actors().contains(loser))) {
        return Stance.SUPPORTS;
      }
      if (subject.equals(loser) || (winner != null && !subject.equals(winner) && isContender(winner, q))) {
        out = Stance.REFUTES;
      }
    }
    return out;
  }

  /** Whether an actor can be a rival: any actor other than the place the contest is held in. */
  private static boolean isContender(String actorId, EventQuery q) {
    return !actorId.startsWith("country/") || q.subjectActor().startsWith("country/");
  }

  /** The nearest actor named in the clause before {@code at}. */
  private static String actorBefore(LaterSentence s, int at) {
    return actorsBefore(s, at).stream().findFirst().orElse(null);
  }

  /** Every actor named in the clause before {@code at} ("the European Union and the United States agreed"). */
  private static Set<String> actorsBefore(LaterSentence s, int at) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (int i = at - 1, steps = 0; i >= 0 && steps < 20; i--, steps++) {
      String w = s.tokens().get(i).norm();
      if (STRONG_BOUNDARY.contains(w) || w.equals("that")) {
        break;
      }
      String a = s.tokenActors().get(i);
      if (a != null) {
        out.add(a);
      }
    }
    return out;
  }

  private static String actorAfter(LaterSentence s, int at) {
    for (int i = at + 1, steps = 0; i < s.tokens().size() && steps < 6; i++, steps++) {
      String a = s.tokenActors().get(i);
      if (a != null) {
        return a;
      }
      if (STRONG_BOUNDARY.contains(s.tokens().get(i).norm())) {
        break;
      }
    }
    return null;
  }

  /**
   * The date the sentence gives its event near {@code at}: "September 18", "18 September", "on
   * Sunday" (the last such day on or before publication); null when it names none.
   */
  static LocalDate eventDate(LaterSentence s, int at) {
    LocalDate published = s.article().day();
    if (published == null) {
      return null;
    }
    List<Token> toks = s.tokens();
    LocalDate best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < toks.size(); i++) {
      String w = toks.get(i).norm();
      LocalDate d = null;
      Month m = EventQuery.month(w);
      if (m != null) {
        Integer day = dayNumber(toks, i + 1);
        if (day == null) {
          day = dayNumber(toks, i - 1);
        }
        if (day != null) {
          try {
            d = LocalDate.of(published.getYear(), m, day);
            if (d.isAfter(published)) {
              d = d.minusYears(1);
            }
          } catch (java.time.DateTimeException e) {
            d = null;
          }
        }
      } else {
        DayOfWeek dow = dayOfWeek(w);
        if (dow != null && i > 0 && Set.of("on", "late", "early", "last").contains(toks.get(i - 1).norm())) {
          d = published.with(TemporalAdjusters.previousOrSame(dow));
        }
      }
      if (d != null) {
        int distance = Math.abs(i - at);
        if (distance < bestDistance) {
          bestDistance = distance;
          best = d;
        }
      }
    }
    return best;
  }

  private static Integer dayNumber(List<Token> toks, int i) {
    if (i < 0 || i >= toks.size()) {
      return null;
    }
    String w = toks.get(i).norm();
    if (w.length() > 2 || w.isEmpty()) {
      return null;
    }
    for (int k = 0; k < w.length(); k++) {
      if (!Character.isDigit(w.charAt(k))) {
        return null;
      }
    }
    int d = Integer.parseInt(w);
    return d >= 1 && d <= 31 ? d : null;
  }

  private static DayOfWeek dayOfWeek(String w) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().equalsIgnoreCase(w)) {
        return d;
      }
    }
    return null;
  }

  /** The prediction names months and the sentence dates its event to none of them. */
  private static boolean monthClash(EventQuery q, LaterSentence s, int focus) {
    if (q.months().isEmpty() || focus < 0) {
      return false;
    }
    List<Token> toks = s.tokens();
    boolean any = false;
    for (int i = Math.max(0, focus - MONTH_REACH); i < Math.min(toks.size(), focus + MONTH_REACH); i++) {
      Month m = EventQuery.month(toks.get(i).norm());
      // "its first reduction since December": a reference point, not the event's month
      if (m != null && !(i > 0 && Set.of("since", "from", "than").contains(toks.get(i - 1).norm()))) {
        any = true;
        if (q.months().contains(m)) {
          return false;
        }
      }
    }
    return any;
  }
}
