package org.hindsight.extract.prediction.clause;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hindsight.extract.claim.Attribution;
import org.hindsight.extract.prediction.cue.Hit;
import org.hindsight.extract.prediction.cue.Role;
import org.hindsight.nlp.Dependency;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * Several predictions in one sentence, each with its own span. Real wire copy coordinates whole
 * forecasts: "U.S. maize area is expected lower but oat sowings could rise". The parse hangs the
 * second clause inside the first one's subtree, so the first span held both and, by the scorer's
 * one-to-one matching, stood for only one of them. {@link #carve}, run after {@link ClauseGrouper},
 * ends a span before a coordinated clause of its own (a conjunct with its own subject, after
 * "but", "while", "whereas", "yet" or a comma and a conjunction: not "the mine and mill would
 * total"; or an adverbial clause with its own subject that "while", "whereas", "though" or
 * "although" opens: "expects to pay four cents a share, while the A share dividend will be
 * maintained") that is another prediction, and before the words that join them. {@link #split},
 * run before it, parts two forecasts the parse made one group of ("Ginsberg will act as chief
 * executive and Hecht will act as chief operating officer"). Need a parse; unparsed sentences pass
 * unchanged. Stateless.
 */
public final class Conjuncts {

  /** Words that join two clauses and mark a boundary between them by themselves. */
  private static final Set<String> CONTRAST = Set.of("but", "while", "whilst", "whereas", "yet", "though", "although");

  private Conjuncts() {}

  /** Words that open a relative, complement or adverbial clause: what follows them is no new subject. */
  private static final Set<String> SUBORDINATORS = Set.of("that", "which", "who", "whom", "whose", "if", "when", "because", "as");
  private static final Set<String> BE = Set.of("is", "are", "was", "were");

  /**
   * Two coordinated forecasts, each with its own subject and its own cue ("Ginsberg will act as
   * chief executive and Leonard N. Hecht, formerly chief executive, will act as chief operating
   * officer"; "the books would be closed by mid-April and the first 3.5 billion dlrs should arrive
   * by the end of the month"), that ended as one group: the parse hung the second clause under the
   * first as its complement, so both cues joined one span. Each becomes a group of its own, cut at
   * the "and" (or "but") between them: a noun phrase with no verb of its own lies between the
   * conjunction and the second cue (a modal, or a cue right after a form of "be"), and the first clause
   * has a verb before the conjunction. Needs a parse; unparsed sentences pass unchanged.
   */
  public static List<Group> split(Sentence s, List<Group> groups) {
    if (!s.parsed()) {
      return groups;
    }
    List<Group> out = new ArrayList<>();
    for (Group g : groups) {
      Group rest = g;
      while (rest != null) {
        Group second = splitOnce(s, rest);
        out.add(rest);
        rest = second;
      }
    }
    out.sort(java.util.Comparator.comparingInt(x -> x.from));
    return out;
  }

  /** Cuts the second forecast off {@code g} and returns it, or null when {@code g} holds one. */
  private static Group splitOnce(Sentence s, Group g) {
    List<Token> t = s.tokens();
    List<Hit> open = g.hits.stream().filter(h -> h.role() == Role.OPEN).sorted(java.util.Comparator.comparingInt(Hit::from)).toList();
    for (int i = 1; i < open.size(); i++) {
      Hit second = open.get(i);
      int cue = second.from();
      if (!t.get(cue).pos().equals("MD") && !(cue > 0 && BE.contains(t.get(cue - 1).lower()))) {
        continue;
      }
      int and = subjectStart(s, open.get(i - 1).to(), cue);
      if (and < 0 || and - 1 <= g.from || !verbBetween(t, g.from, and)) {
        continue;
      }
      Group inner = new Group(ClauseGrouper.climb(s, second.anchor()), and + 1, g.to);
      for (Hit h : g.hits) {
        if (h.from() > and) {
          inner.hits.add(h);
        }
      }
      g.hits.removeIf(h -> h.from() > and);
      g.to = and;
      if (g.head >= and) {
        g.head = ClauseGrouper.climb(s, open.get(i - 1).anchor());
      }
      ClauseGrouper.trim(s, g);
      ClauseGrouper.trim(s, inner);
      return inner;
    }
    return null;
  }

  /**
   * The index of the "and" or "but" that opens the subject of the cue's verb, searched after {@code
   * after}: one to nine words with a noun, no verb and no subordinator between it and {@code cue}.
   * The parse's subject, when the verb has one, bounds the phrase ("other producers and consumers
   * would" keeps its own "and"); a verb the parse left without one (it made "the first two billion
   * dlrs" a conjunct of "mid-April") is read off the words. -1 when there is none.
   */
  private static int subjectStart(Sentence s, int after, int cue) {
    List<Token> t = s.tokens();
    int verb = cue;
    Dependency up = s.head(cue);
    if (up != null && up.governor() >= 0 && (up.relation().startsWith("aux") || up.relation().equals("cop"))) {
      verb = up.governor();
    }
    int subject = -1;
    for (Dependency d : s.children(verb)) {
      if (d.relation().startsWith("nsubj") && d.dependent() < cue) {
        subject = Attribution.subtree(s, d.dependent())[0];
      }
    }
    for (int k = cue - 1; k > after && cue - k <= 10; k--) {
      Token w = t.get(k);
      if (w.pos().equals("CC") && (w.lower().equals("and") || w.lower().equals("but"))) {
        if (subject >= 0 && subject != k + 1) {
          return -1; // the parse's subject holds this conjunction, or starts elsewhere
        }
        if (subject < 0 && k > 0 && k + 1 < cue && t.get(k + 1).pos().equals(t.get(k - 1).pos()) && t.get(k + 1).isNoun()
            && !t.get(k + 1).isProperNoun()) {
          return -1; // "other producers and consumers would": two nouns of one subject
        }
        boolean noun = false;
        for (int j = k + 1; j < cue; j++) {
          noun |= t.get(j).isNoun() || t.get(j).pos().equals("PRP");
        }
        return noun && k + 1 < cue ? k : -1;
      }
      boolean be = k == cue - 1 && BE.contains(w.lower());
      if (w.isVerb() && !be || SUBORDINATORS.contains(w.lower()) || w.pos().equals("WDT")) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean verbBetween(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.get(k).isVerb()) {
        return true;
      }
    }
    return false;
  }

  /** Shortens every group that ends with another group of the list, coordinated; returns the list. */
  public static List<Group> carve(Sentence s, List<Group> groups) {
    if (!s.parsed()) {
      return groups;
    }
    List<Token> t = s.tokens();
    for (Group outer : groups) {
      for (Group inner : groups) {
        if (inner == outer || inner.from <= outer.from || inner.from >= outer.to || inner.to > outer.to) {
          continue;
        }
        boolean atEnd = true;
        for (int k = inner.to; k < outer.to; k++) {
          atEnd &= t.get(k).isPunctuation();
        }
        int cut = inner.from;
        while (cut > outer.from && joins(t.get(cut - 1))) {
          cut--;
        }
        if (!contrast(t, cut, inner.from)) {
          continue;
        }
        final int end = cut;
        boolean ownCues = outer.hits.stream().filter(h -> h.role() == Role.OPEN).allMatch(h -> h.to() <= end);
        if (atEnd && ownCues && end - outer.from >= 3 && outer.head < end && coordinated(s, inner)) {
          outer.to = end;
          outer.hits.removeIf(h -> h.from() >= end);
        }
      }
    }
    return groups;
  }

  /**
   * Whether a group is a clause of its own coordinated with what comes before: its predicate is a
   * conjunct or a parenthetical ({@code conj}, {@code parataxis}), or an adverbial clause a
   * contrasting word opens ({@code advcl} marked "while", "though"), and holds its own subject. A
   * relative clause, a complement, a clause of time or condition ("when", "if"), or a conjunct that
   * shares the subject before it ("the mine and mill would total") is no boundary.
   */
  private static boolean coordinated(Sentence s, Group g) {
    Dependency up = s.head(g.head);
    if (up == null || up.governor() < 0) {
      return false;
    }
    boolean contrasted = up.relation().equals("advcl") && s.children(g.head).stream()
        .anyMatch(d -> d.relation().equals("mark") && CONTRAST.contains(s.tokens().get(d.dependent()).lower()));
    if (!(up.relation().equals("conj") || up.relation().startsWith("parataxis") || contrasted)) {
      return false;
    }
    return s.children(g.head).stream().anyMatch(d -> d.relation().startsWith("nsubj") && g.covers(d.dependent()));
  }

  /** Whether the words that join two clauses mark a clause boundary: "but", "while", "whereas", "yet", or a comma and a conjunction. */
  private static boolean contrast(List<Token> t, int from, int to) {
    boolean comma = false;
    for (int k = from; k < to; k++) {
      String w = t.get(k).lower();
      if (CONTRAST.contains(w) || comma && t.get(k).pos().equals("CC")) {
        return true;
      }
      comma |= w.equals(",") || w.equals(";");
    }
    return false;
  }

  /** Punctuation, a conjunction, or a contrasting word that opens the clause after it ("while"). */
  private static boolean joins(Token t) {
    return t.isPunctuation() || t.pos().equals("CC") || CONTRAST.contains(t.lower());
  }
}
