package org.hindsight.check.evidence;

import static org.hindsight.check.evidence.EventAnchor.PARTICLES;
import static org.hindsight.check.evidence.EventAnchor.findAnchor;
import static org.hindsight.check.evidence.EventAnchor.generic;
import static org.hindsight.check.evidence.EventQuery.content;
import static org.hindsight.check.evidence.EventQuery.isNumber;
import static org.hindsight.check.evidence.EventQuery.month;

import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.hindsight.article.Span;
import org.hindsight.check.evidence.EventQuery.Role;
import org.hindsight.check.evidence.EventQuery.Term;
import org.hindsight.extract.Cue;
import org.hindsight.extract.Prediction;

/**
 * Reads an {@link EventQuery} out of a prediction: its words with roles and weights, the sentence
 * around it, the actor the event is about and the actors that only speak. The head word comes from
 * {@link EventAnchor}. Stateless.
 */
final class EventReader {

  private EventReader() {}

  private static final double ANCHOR_WEIGHT = 3.0;
  private static final double OBJECT_WEIGHT = 1.0;
  private static final double SUBJECT_WEIGHT = 0.6;
  private static final double TIME_WEIGHT = 0.25;
  /** Words beyond the event's clause count this much of their weight. */
  private static final double CONTEXT_FACTOR = 0.3;
  private static final double NUMBER_WEIGHT = 1.0;

  /** See {@link EventQuery#of}. */
  static EventQuery read(Prediction p, ArticleView article, Lexicon lexicon, ToDoubleFunction<String> rarity) {
    int skip = Token.datelineEnd(p.text());
    String text = p.text().substring(skip);
    List<Token> tokens = Token.tokenize(text, p.span().begin() + skip);
    int n = tokens.size();
    boolean[] cue = new boolean[n];
    String[] actorAt = new String[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      Span ts = new Span(t.start(), t.end());
      for (Cue c : p.cues()) {
        if (c.span().overlaps(ts)) {
          cue[i] = true;
        }
      }
      if (article != null && t.word()) {
        actorAt[i] = article.actorAt(ts, false);
      }
    }
    int firstCue = -1;
    for (int i = 0; i < n; i++) {
      if (cue[i]) {
        firstCue = i;
        break;
      }
    }
    int anchor = findAnchor(tokens, cue, actorAt, firstCue, lexicon);
    int eventStart = firstCue < 0 ? 0 : firstCue + 1;
    while (eventStart < n && cue[eventStart]) {
      eventStart++;
    }
    if (anchor >= 0 && anchor < eventStart) {
      eventStart = anchor;
    }
    // "Trzaskowski told reporters that …", "Dealers said the Bundesbank would …": the attribution
    // is not part of the event (wire copy drops the "that": a speech verb before the cue is enough)
    boolean[] attribution = new boolean[n];
    int eventFrom = Math.min(n, anchor < 0 ? n : anchor);
    if (firstCue >= 0) {
      eventFrom = Math.min(eventFrom, firstCue);
    }
    for (int i = 0; i < Math.min(n, anchor < 0 ? n : anchor); i++) {
      if (lexicon.in("speech_verbs", tokens.get(i).norm())) {
        int end = i < eventFrom ? i : -1;
        for (int k = i + 1; k < Math.min(n, i + 6) && (anchor < 0 || k < anchor); k++) {
          if (tokens.get(k).norm().equals("that")) {
            end = k;
            break;
          }
        }
        for (int m = 0; m <= end; m++) {
          attribution[m] = true;
        }
      }
    }
    // "dealers expect …", "most economists expect …": the holder named before the cue is who
    // forecasts, not what is forecast; the settling story reports the event, not the dealers
    if (firstCue >= 0 && p.holder() != null && p.holder().name() != null) {
      Set<String> holder = new HashSet<>();
      for (Token h : Token.tokenize(p.holder().name(), 0)) {
        holder.add(h.norm());
      }
      for (int i = 0; i < Math.min(firstCue, anchor < 0 ? n : anchor); i++) {
        attribution[i] |= holder.contains(tokens.get(i).norm());
      }
    }
    // words after the event's clause ("…, saying a cooling job market …") are context: they weigh less
    int clauseEnd = n;
    for (int i = Math.max(anchor, eventStart); i >= 0 && i < n; i++) {
      String w = tokens.get(i).norm();
      if (i > anchor && (w.equals(",") || w.equals(";") || w.equals("\u2014") || w.equals("\u2013") || w.equals(":") && i > anchor + 1)) {
        clauseEnd = i;
        break;
      }
    }

    List<Term> terms = new ArrayList<>();
    Term anchorTerm = null;
    Set<String> seen = new LinkedHashSet<>();
    Set<Month> months = new LinkedHashSet<>();
    boolean contest = false;
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      if (!t.word() || cue[i] || actorAt[i] != null || attribution[i] && i != anchor) {
        continue;
      }
      String w = t.norm();
      Month month = month(w);
      if (i >= eventStart && month != null) {
        months.add(month);
      }
      if (lexicon.in("contest_words", w) && i >= eventStart) {
        contest = true;
      }
      boolean phraseVerb = i == anchor - 1 && PARTICLES.contains(tokens.get(anchor).norm());
      if (!content(w, lexicon) && i != anchor && !phraseVerb) {
        continue;
      }
      if (!seen.add(w)) {
        continue;
      }
      Role role;
      double weight;
      if (i == anchor) {
        role = Role.ANCHOR;
        weight = ANCHOR_WEIGHT;
      } else if (isNumber(w)) {
        role = Role.NUMBER;
        weight = NUMBER_WEIGHT;
      } else if (lexicon.in("time_words", w) || month != null) {
        role = Role.TIME;
        weight = TIME_WEIGHT;
      } else if (i >= eventStart) {
        role = Role.OBJECT;
        weight = OBJECT_WEIGHT;
      } else {
        role = Role.SUBJECT;
        weight = SUBJECT_WEIGHT;
      }
      if (role != Role.NUMBER && role != Role.TIME) {
        weight *= 0.25 + 0.75 * rarity.applyAsDouble(w);
      }
      if (i > clauseEnd) {
        weight *= CONTEXT_FACTOR;
      }
      if (i != anchor && i != anchor - 1 && (generic(w) || lexicon.in("aspect_verbs", w))) {
        // "done", "follow", "keep": they say little about which event
        weight *= CONTEXT_FACTOR;
      }
      Term term = new Term(w, lexicon.lemmas(w), weight, role, role == Role.NUMBER ? range(tokens, i) : null);
      terms.add(term);
      if (i == anchor) {
        anchorTerm = term;
      }
    }

    // the sentence around the prediction (and the one before, when the prediction opens with a
    // pronoun: "But it may only be another 90 days"): for meaning, and as light context words
    String context = text;
    List<Token> contextTokens = List.of();
    String[] contextActors = new String[0];
    if (article != null && !article.text().isEmpty()) {
      LaterSentence own = article.sentenceAt(p.span().begin());
      if (own != null) {
        int from = own.begin();
        String first = n > 0 ? tokens.get(0).norm() : "";
        // a comparative with nothing to compare to ("the group could go further") looks back too
        String last = n > 0 ? tokens.get(n - 1).norm() : "";
        for (int i = n - 1; i >= 0 && !tokens.get(i).word(); i--) {
          last = i > 0 ? tokens.get(i - 1).norm() : "";
        }
        boolean elliptic = Set.of("further", "more", "higher", "lower", "larger", "bigger", "smaller", "faster", "longer").contains(last);
        if (elliptic || ANAPHORA.contains(first) || n > 1 && tokens.get(0).norm().equals("but") && ANAPHORA.contains(tokens.get(1).norm())) {
          if (own.index() > 0) {
            from = article.sentences().get(own.index() - 1).begin();
          }
        }
        int to = Math.max(own.end(), Math.min(article.text().length(), p.span().end()));
        context = article.text().substring(from, to);
        contextTokens = Token.tokenize(context, from);
        contextActors = new String[contextTokens.size()];
        for (int i = 0; i < contextTokens.size(); i++) {
          Token t = contextTokens.get(i);
          if (t.word()) {
            contextActors[i] = article.actorAt(new Span(t.start(), t.end()), false);
          }
        }
      }
    }
    // "he would take a similar approach", "do the same": the event is the one the sentence names
    double contextWeight = CONTEXT_FACTOR * SUBJECT_WEIGHT;
    boolean borrowed = false;
    for (Token t : tokens) {
      if (Set.of("similar", "same", "likewise", "suit").contains(t.norm())) {
        contextWeight = OBJECT_WEIGHT;
        borrowed = true;
      }
    }
    for (int i = 0; i < contextTokens.size(); i++) {
      Token t = contextTokens.get(i);
      if (t.start() >= p.span().begin() && t.end() <= p.span().end()) {
        continue;
      }
      String w = t.norm();
      if (!t.word() || contextActors[i] != null || !content(w, lexicon) || lexicon.in("time_words", w) || month(w) != null || !seen.add(w)) {
        continue;
      }
      Term term = new Term(w, lexicon.lemmas(w), contextWeight * (0.25 + 0.75 * rarity.applyAsDouble(w)), Role.CONTEXT);
      if (borrowed && t.start() < p.span().begin() && pastVerb(w, lexicon) && anchorTerm != null && anchorTerm.role() == Role.ANCHOR) {
        // the event is the one named before: its verb is the head ("has vetoed a string of bills")
        terms.set(terms.indexOf(anchorTerm), new Term(anchorTerm.norm(), anchorTerm.lemmas(), OBJECT_WEIGHT, Role.OBJECT));
        term = new Term(w, lexicon.lemmas(w), ANCHOR_WEIGHT * (0.25 + 0.75 * rarity.applyAsDouble(w)), Role.ANCHOR);
        anchorTerm = term;
        borrowed = false;
      }
      terms.add(term);
    }

    // who the event is about, and who only speaks
    int anchorOffset = anchor >= 0 ? tokens.get(anchor).start() : (firstCue >= 0 ? tokens.get(firstCue).start() : p.span().end());
    EventActors who = EventActors.of(p, article, contextTokens.isEmpty() ? tokens : contextTokens,
        contextTokens.isEmpty() ? actorAt : contextActors, !contextTokens.isEmpty(), anchorOffset,
        firstCue >= 0 ? tokens.get(firstCue).start() : anchorOffset, lexicon);
    Set<String> actors = who.actors();
    String subject = who.subject();
    // a phrasal verb's particle ("sign up", "pull out", "call off") belongs to the event
    String particle = null;
    if (anchor >= 0 && anchor + 1 < n && VERB_PARTICLES.contains(tokens.get(anchor + 1).norm()) && lexicon.canBeVerb(tokens.get(anchor).norm())) {
      particle = tokens.get(anchor + 1).norm();
    }
    return new EventQuery(p.id(), text, context, terms, anchorTerm, actors, subject, months, p.polarity(), contest, particle, who.lead());
  }

  /**
   * The range a number bounds: "between 20 … and 30", "from 20 … to 30" (a few words such as
   * "billion" may follow each number), or null.
   */
  private static double[] range(List<Token> tokens, int at) {
    int n = tokens.size();
    // as the lower bound: between/from N … and/to M
    for (int k = at - 1; k >= Math.max(0, at - 2); k--) {
      String w = tokens.get(k).norm();
      if (w.equals("between") || w.equals("from")) {
        for (int m = at + 1; m < Math.min(n, at + 4); m++) {
          String x = tokens.get(m).norm();
          if ((x.equals("and") || x.equals("to")) && m + 1 < n && isNumber(tokens.get(m + 1).norm())) {
            return bounds(tokens.get(at).norm(), tokens.get(m + 1).norm());
          }
        }
      }
    }
    // as the upper bound
    for (int m = at - 1; m >= Math.max(0, at - 2); m--) {
      String x = tokens.get(m).norm();
      if (x.equals("and") || x.equals("to")) {
        for (int k = m - 1; k >= Math.max(0, m - 3); k--) {
          if (isNumber(tokens.get(k).norm()) && k > 0 && (tokens.get(k - 1).norm().equals("between") || tokens.get(k - 1).norm().equals("from"))) {
            return bounds(tokens.get(k).norm(), tokens.get(at).norm());
          }
        }
      }
    }
    return null;
  }

  private static double[] bounds(String a, String b) {
    try {
      double x = Double.parseDouble(a);
      double y = Double.parseDouble(b);
      return new double[] {Math.min(x, y), Math.max(x, y)};
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A past verb form ("vetoed", "held"), not a base form. */
  private static boolean pastVerb(String w, Lexicon lex) {
    if (!lex.canBeVerb(w) || w.endsWith("ing") || w.endsWith("s")) {
      return false;
    }
    return w.endsWith("ed") || lex.lemmas(w).stream().anyMatch(l -> !l.equals(w) && lex.canBeVerb(l));
  }

  /** Particles of phrasal verbs. */
  private static final Set<String> VERB_PARTICLES = Set.of("up", "off", "out", "down", "in", "over", "back", "through", "away");

  /** Words that send a prediction back to an earlier sentence for its meaning. */
  private static final Set<String> ANAPHORA = Set.of("it", "they", "this", "that", "these", "those", "he", "she", "such", "then");


}
