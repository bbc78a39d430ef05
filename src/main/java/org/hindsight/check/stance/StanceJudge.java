package org.hindsight.check.stance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hindsight.check.evidence.EventQuery;
import org.hindsight.check.evidence.LaterSentence;
import org.hindsight.check.evidence.Lexicon;
import org.hindsight.check.evidence.Token;
import org.hindsight.check.stance.Aligner.Alignment;
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

  private final Lexicon lex;
  private final Hedges hedges;
  private final Negations negations;
  private final Aligner aligner;
  private final Contests contests;

  public StanceJudge(Lexicon lexicon) {
    this.lex = Objects.requireNonNull(lexicon, "lexicon");
    this.hedges = new Hedges(lex);
    this.negations = new Negations(lex);
    this.aligner = new Aligner(lex, hedges, negations);
    this.contests = new Contests(lex, hedges, negations);
  }

  public Judgement judge(EventQuery q, LaterSentence s) {
    List<Token> toks = s.tokens();
    int n = toks.size();
    Boolean[] hedgeMemo = new Boolean[n];
    List<Alignment> aligned = new ArrayList<>();
    double total = 0;
    double covered = 0;
    Alignment anchor = null;
    List<EventQuery.Term> terms = q.terms();
    Alignment[] best = aligner.align(q, s, hedgeMemo);
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
      hedged = hedges.hedged(toks, focus, hedgeMemo) || hedges.modalAfter(toks, focus);
      negated = negations.negated(toks, focus);
      contrary = anchor.antonym();
      if (hedged && negated) {
        // "CSR said it had dropped plans to float": the plan is reported cancelled, not forecast
        int v = negations.negatorBefore(toks, focus);
        hedged = !(v >= 0 && !hedges.hedged(toks, v, hedgeMemo));
      }
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
        if (hedges.hedged(toks, a.at(), hedgeMemo)) {
          hw += x;
        }
        if (negations.negated(toks, a.at())) {
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
    provisional = focus >= 0 && Negations.provisional(toks, focus);
    if (hedged && focus >= 0 && hedges.forecastConfounded(toks, focus)) {
      // "…, confounding the forecast that it would peak at 4 percent": the forecast failed
      hedged = false;
      negated = true;
    }

    Stance contest = q.contest() && q.subjectActor() != null ? contests.contest(q, s, hedgeMemo) : Stance.UNRELATED;
    LocalDate eventDate = focus >= 0 ? EventDates.eventDate(s, focus) : null;
    boolean monthClash = EventDates.monthClash(q, s, focus);

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
    Set<String> agents = focus >= 0 ? Clauses.actorsBefore(s, focus) : Set.of();
    int matchedTerms = 0;
    for (Alignment a : aligned) {
      if (a.term().role() != EventQuery.Role.TIME && a.term().role() != EventQuery.Role.CONTEXT) {
        matchedTerms++;
      }
    }
    return new Judgement(coverage, anchor != null, hedged && contest == Stance.UNRELATED, negated, contrary, provisional,
        contest, stance, eventDate, monthClash, agents, matchedTerms, reason);
  }
}
