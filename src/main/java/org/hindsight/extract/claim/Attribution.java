package org.hindsight.extract.claim;

import java.util.List;
import java.util.Set;
import org.hindsight.article.Span;
import org.hindsight.extract.Holder;
import org.hindsight.extract.actor.Actor;
import org.hindsight.extract.actor.ActorMention;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.Dependency;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * Finds who holds a statement: the subject of a speech or belief verb that governs it ("Powell
 * said that …", "…, said Maria Alvarez"), the object of "according to", the speaker of the quote it
 * stands in (also for quotes that run across paragraphs, and for quotes whose speaker was named in
 * the previous sentence); otherwise the article's own voice. Immutable; thread-safe.
 */
public final class Attribution {

  /** Verbs whose subject holds the content of their complement. */
  public static final Set<String> SPEECH_VERBS =
      Set.of(
          "say", "tell", "add", "state", "warn", "predict", "expect", "argue", "note", "claim",
          "insist", "believe", "think", "write", "announce", "forecast", "estimate", "caution",
          "suggest", "reckon", "acknowledge", "contend", "explain", "stress", "emphasize",
          "emphasise", "anticipate", "fear", "project", "assert", "maintain", "report", "testify",
          "conclude", "concede", "admit", "pledge", "promise", "vow", "threaten", "signal",
          "confirm", "deny", "declare", "tweet", "post", "predicts", "reply", "respond", "answer",
          "observe", "remark", "recall", "doubt", "hope", "wager", "bet", "calculate", "figure");

  private final AnnotatedDocument doc;
  private final List<Actor> actors;
  private final String text;
  private final Holder author;

  public Attribution(AnnotatedDocument doc, List<Actor> actors) {
    this.doc = doc;
    this.actors = actors;
    this.text = doc.article().text();
    String byline = doc.article().author() != null ? doc.article().author() : doc.article().source();
    this.author = Holder.author(byline);
  }

  public Holder author() {
    return author;
  }

  /** The holder of the statement at {@code span} in sentence {@code s}. */
  public Holder holder(Sentence s, Span span) {
    Holder h = governingSpeaker(s, span);
    if (h != null) {
      return h;
    }
    h = accordingTo(s);
    if (h != null) {
      return h;
    }
    Holder interviewee = interviewSpeaker(s);
    if (interviewee != null) {
      return interviewee;
    }
    if (insideQuote(span)) {
      h = speakerOfSentence(s, span);
      if (h != null) {
        return h;
      }
      // the speaker is named next to the quote: earlier in the paragraph, later in it, then the
      // paragraphs before (a quote that runs on), then the next sentence
      int para = paragraphOf(s);
      for (int k = s.index() - 1; k >= 0 && k >= s.index() - 6; k--) {
        Sentence prev = doc.sentences().get(k);
        if (paragraphOf(prev) < para - 2) {
          break;
        }
        h = speakerOfSentence(prev, null);
        if (h != null) {
          return h;
        }
      }
      for (int k = s.index() + 1; k < doc.sentences().size() && k <= s.index() + 3; k++) {
        Sentence next = doc.sentences().get(k);
        if (paragraphOf(next) != para) {
          break;
        }
        h = speakerOfSentence(next, null);
        if (h != null) {
          return h;
        }
      }
    }
    return author;
  }

  /** The paragraph number of a sentence (paragraphs are separated by blank lines). */
  private int paragraphOf(Sentence s) {
    int n = 0;
    int at = text.indexOf("\n\n");
    while (at >= 0 && at < s.span().begin()) {
      n++;
      at = text.indexOf("\n\n", at + 2);
    }
    return n;
  }

  /** In an interview, a paragraph opened by "Name:" is that person's answer. */
  private Holder interviewSpeaker(Sentence s) {
    int start = text.lastIndexOf("\n\n", s.span().begin());
    start = start < 0 ? 0 : start + 2;
    int colon = text.indexOf(':', start);
    if (colon < 0 || colon - start > 40 || colon > s.span().end()) {
      return null;
    }
    String label = text.substring(start, colon).strip();
    if (!label.matches("\\p{Lu}[\\p{L}.'-]*( \\p{Lu}[\\p{L}.'-]*){0,3}") || label.equals("Q")) {
      return null;
    }
    for (Actor a : actors) {
      if (a.type().equals("PERSON")
          && (a.name().equals(label) || a.name().endsWith(" " + label) || a.aliases().contains(label))) {
        return Holder.actor(a.name(), a.id());
      }
    }
    return Holder.actor(label, null);
  }

  /** With a parse: climb from the span's head through complement clauses to a speech verb. */
  private Holder governingSpeaker(Sentence s, Span span) {
    if (!s.parsed()) {
      return tokenSpeaker(s, span);
    }
    int head = headOf(s, span);
    if (head < 0) {
      return null;
    }
    // the span is itself "X said that …": its holder is X (not "X will argue that …")
    if (SPEECH_VERBS.contains(lemma(s.tokens().get(head))) && !hasModal(s, head)) {
      for (Dependency c : s.children(head)) {
        if (c.relation().equals("ccomp") || c.relation().startsWith("parataxis")) {
          Holder h = subjectHolder(s, head);
          if (h != null) {
            return h;
          }
        }
      }
    }
    // the parser reads "It said proceeds will be used" as if "It said proceeds" were the subject
    // of "used" (csubj), a garden path it takes on most "X said NOUN will …" without "that"
    for (Dependency c : s.children(head)) {
      if (c.relation().startsWith("csubj")
          && SPEECH_VERBS.contains(lemma(s.tokens().get(c.dependent())))
          && reports(s, c.dependent())) {
        Holder h = subjectHolder(s, c.dependent());
        if (h != null) {
          return h;
        }
      }
    }
    int node = head;
    for (int steps = 0; steps < 6; steps++) {
      Dependency d = s.head(node);
      if (d == null || d.governor() < 0) {
        break;
      }
      String rel = d.relation();
      int gov = d.governor();
      Token g = s.tokens().get(gov);
      boolean clausal =
          rel.equals("ccomp") || rel.startsWith("parataxis") || rel.equals("xcomp") || rel.equals("advcl")
              || rel.equals("dep");
      // a speech verb inside the span is its reporting clause ("It said proceeds will be used"),
      // unless it is itself predicted ("Trump will say that …")
      if (clausal && SPEECH_VERBS.contains(lemma(g)) && (!within(span, g.span()) || reports(s, gov))) {
        return subjectHolder(s, gov);
      }
      if (!(clausal || rel.equals("conj"))) {
        break;
      }
      node = gov;
    }
    return rootReport(s, span);
  }

  /**
   * "X said …" where the reporting verb is the sentence's root and the span comes after it: X
   * holds the span, whatever the parser made of the rest ("Ohio Mattress Co said its first
   * quarter, ending February 28, profits may be below …" came out as an apposition of "quarter").
   * Not when a coordinator comes first and the span has a subject of its own: "Orbán said …, and
   * Fico has threatened to …" is two reports.
   */
  private Holder rootReport(Sentence s, Span span) {
    for (Dependency d : s.dependencies()) {
      if (d.governor() < 0) {
        Token v = s.tokens().get(d.dependent());
        if (SPEECH_VERBS.contains(lemma(v)) && reports(s, d.dependent()) && v.span().end() <= span.begin()
            && !(coordinatedBetween(s, v, span) && hasOwnSubject(s, span))) {
          return subjectHolder(s, d.dependent());
        }
      }
    }
    return null;
  }

  private static final Set<String> COORDINATORS = Set.of("and", "but", "while", "whereas", "yet", ";");

  private static boolean coordinatedBetween(Sentence s, Token verb, Span span) {
    return s.tokens().stream()
        .anyMatch(t -> t.index() > verb.index() && t.span().end() <= span.begin() && COORDINATORS.contains(t.lower()));
  }

  private static boolean hasOwnSubject(Sentence s, Span span) {
    int head = headOf(s, span);
    return head >= 0 && s.children(head).stream().anyMatch(c -> c.relation().startsWith("nsubj")
        && span.contains(s.tokens().get(c.dependent()).span()));
  }

  /** A speech verb that reports (said, says, tell), with no modal of its own. */
  private static boolean reports(Sentence s, int verb) {
    String pos = s.tokens().get(verb).pos();
    return (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) && !hasModal(s, verb);
  }

  /** Whether a verb has a modal auxiliary ("will argue", "could say"). */
  private static boolean hasModal(Sentence s, int verb) {
    return s.children(verb).stream()
        .anyMatch(c -> c.relation().startsWith("aux") && s.tokens().get(c.dependent()).pos().equals("MD"));
  }

  /**
   * Without a parse: a speech verb outside the span, or an attribution verb ("said", "says",
   * "told") inside a span that is the whole report; its subject before it or after it.
   */
  private Holder tokenSpeaker(Sentence s, Span span) {
    for (Token t : s.tokens()) {
      boolean attribution = t.pos().equals("VBD") || t.pos().equals("VBZ");
      if (t.isVerb() && SPEECH_VERBS.contains(lemma(t)) && (!within(span, t.span()) || attribution)
          && !insideQuote(t.span())) {
        ActorMention m = nearestMention(s, t);
        if (m != null) {
          return holderFor(m);
        }
      }
    }
    return null;
  }

  private Holder speakerOfSentence(Sentence s, Span exclude) {
    for (Token t : s.tokens()) {
      if (t.isVerb()
          && SPEECH_VERBS.contains(lemma(t))
          && (exclude == null || !within(exclude, t.span()))
          && !insideQuote(t.span())) {
        if (s.parsed()) {
          Holder h = subjectHolder(s, t.index());
          if (h != null) {
            return h;
          }
        }
        ActorMention m = nearestMention(s, t);
        if (m != null) {
          return holderFor(m);
        }
      }
    }
    return null;
  }

  private Holder accordingTo(Sentence s) {
    List<Token> tokens = s.tokens();
    for (int i = 0; i + 2 < tokens.size(); i++) {
      if (tokens.get(i).lower().equals("according") && tokens.get(i + 1).lower().equals("to")) {
        Span rest = new Span(tokens.get(i + 2).span().begin(), s.span().end());
        ActorMention m = firstMentionIn(rest);
        if (m != null) {
          return holderFor(m);
        }
      }
    }
    return null;
  }

  /** The subject of verb {@code verb}: an actor mention inside it, or its words. */
  private Holder subjectHolder(Sentence s, int verb) {
    for (Dependency d : s.children(verb)) {
      if (d.relation().startsWith("nsubj")) {
        int[] range = subtree(s, d.dependent());
        Span subj = s.span(range[0], range[1] + 1);
        ActorMention m = mentionAt(s.tokens().get(d.dependent()).span());
        if (m == null) {
          m = firstMentionIn(subj);
        }
        if (m != null) {
          return holderFor(m);
        }
        Token t = s.tokens().get(d.dependent());
        if (t.pos().startsWith("PRP")) {
          return null; // an unresolved pronoun: not enough to name a holder
        }
        return Holder.actor(subj.of(text), null);
      }
    }
    return null;
  }

  private ActorMention nearestMention(Sentence s, Token verb) {
    ActorMention best = null;
    int bestDist = Integer.MAX_VALUE;
    for (Actor a : actors) {
      for (ActorMention m : a.mentions()) {
        if (!s.span().contains(m.span()) || m.role().equals("PLACE") || m.role().equals("DEMONYM")) {
          continue;
        }
        int dist = m.span().end() <= verb.span().begin()
            ? verb.span().begin() - m.span().end()
            : m.span().begin() - verb.span().end() + 1;
        if (dist >= 0 && dist < bestDist && dist < 40) {
          bestDist = dist;
          best = m;
        }
      }
    }
    return best;
  }

  /** The mention that covers a token (the subject's head word), preferring the longest. */
  private ActorMention mentionAt(Span token) {
    ActorMention best = null;
    for (Actor a : actors) {
      for (ActorMention m : a.mentions()) {
        if (m.span().contains(token) && (best == null || m.span().length() > best.span().length())) {
          best = m;
        }
      }
    }
    return best;
  }

  private ActorMention firstMentionIn(Span span) {
    ActorMention best = null;
    for (Actor a : actors) {
      for (ActorMention m : a.mentions()) {
        if (span.contains(m.span())
            && !m.role().equals("DEMONYM")
            && (best == null || m.span().begin() < best.span().begin()
                || (m.span().begin() == best.span().begin() && m.span().length() > best.span().length()))) {
          best = m;
        }
      }
    }
    return best;
  }

  private Holder holderFor(ActorMention m) {
    for (Actor a : actors) {
      if (a.mentions().contains(m)) {
        return Holder.actor(a.name(), a.id());
      }
    }
    return Holder.actor(m.text(), null);
  }

  /**
   * Whether {@code span} lies inside quotation marks. Straight quotes open after white space or at
   * a paragraph start and close otherwise; a quote still open at a paragraph's end runs on, and
   * the next paragraph's opening mark continues it (the newspaper convention).
   */
  boolean insideQuote(Span span) {
    boolean inside = false;
    for (int i = 0; i < span.begin() && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u201c') {
        inside = true;
      } else if (c == '\u201d') {
        inside = false;
      } else if (c == '"') {
        char before = i == 0 ? '\n' : text.charAt(i - 1);
        inside = Character.isWhitespace(before) || before == '(' || before == '[' || before == '\u2014';
      }
    }
    return inside;
  }

  static int headOf(Sentence s, Span span) {
    int best = -1;
    int bestDepth = Integer.MAX_VALUE;
    for (Token t : s.tokens()) {
      if (!span.contains(t.span())) {
        continue;
      }
      int depth = 0;
      int node = t.index();
      Dependency d;
      while ((d = s.head(node)) != null && d.governor() >= 0 && depth < 50) {
        node = d.governor();
        depth++;
      }
      if (depth < bestDepth) {
        bestDepth = depth;
        best = t.index();
      }
    }
    return best;
  }

  /** The token range [min, max] of the subtree under {@code node}. */
  public static int[] subtree(Sentence s, int node) {
    int min = node;
    int max = node;
    java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
    stack.push(node);
    int guard = 0;
    while (!stack.isEmpty() && guard++ < 500) {
      int n = stack.pop();
      min = Math.min(min, n);
      max = Math.max(max, n);
      for (Dependency d : s.children(n)) {
        stack.push(d.dependent());
      }
    }
    return new int[] {min, max};
  }

  private static boolean within(Span outer, Span inner) {
    return outer != null && outer.contains(inner);
  }

  /**
   * Whether a sentence has a speech or belief verb: its holder is found through the parse, so the
   * fast pipeline parses it when it also holds a cue word.
   */
  public static boolean hasSpeechVerb(Sentence s) {
    return s.tokens().stream().anyMatch(t -> t.isVerb() && SPEECH_VERBS.contains(lemma(t)));
  }

  private static String lemma(Token t) {
    return t.lemma() == null ? t.lower() : t.lemma().toLowerCase(java.util.Locale.ROOT);
  }
}
