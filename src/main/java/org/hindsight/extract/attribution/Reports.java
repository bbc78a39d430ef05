package org.hindsight.extract.attribution;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hindsight.article.Span;
import org.hindsight.extract.Holder;
import org.hindsight.nlp.Dependency;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * Reading a parsed sentence for its reports: the cue whose clause holds a statement, and the
 * cue's subject (or agent: "was first reported by a local station"). The parser's garden paths in wire copy
 * are repaired here ("It said proceeds will be used …" read as if "It said proceeds" were a
 * clausal subject). Immutable.
 */
public final class Reports {

  private final String text;
  private final Mentions mentions;
  private final Cues cues;
  private final Voices voices;
  private final UnparsedSpeakers unparsed;

  Reports(String text, Mentions mentions, Cues cues, UnparsedSpeakers unparsed) {
    this.text = text;
    this.mentions = mentions;
    this.cues = cues;
    this.unparsed = unparsed;
    this.voices = new Voices(text, mentions);
  }

  /**
   * The parse-based ties of a statement to a reporting cue, in the order the hand rules trusted
   * them: the statement is itself "X said that …" ({@code report}); a garden-path clausal subject
   * ({@code csubj}); a cue reached by climbing clausal relations ({@code climb}); the sentence's
   * root cue before the statement ({@code root}).
   */
  void governing(Sentence s, Span span, boolean prediction, List<Source> out) {
    int head = headOf(s, span);
    if (head < 0) {
      return;
    }
    Token h = s.tokens().get(head);
    // a prediction that keeps its forecasting verb is its subject's; a claim that says someone
    // forecasts something is the author's account of it; a speaker named after it ("…, president
    // Alex Taylor said") holds both, and a participle ("operations no longer expected to") is none
    boolean forecasts = prediction && FORECASTING.contains(h.lowerLemma()) && h.isVerb() && !h.pos().equals("VBN")
        && !saidAfter(s, head);
    // "he expressed skepticism that …": the subject holds it, unless the clause is itself reported
    // ("Traders said they have seen no sign that …": the traders')
    Dependency up = s.head(head);
    boolean reported = up != null && up.governor() >= 0 && !up.relation().equals("conj");
    // "Clinton pledged to push for …": who commits holds what she commits to do, unless someone
    // else reports the pledge
    boolean commits = prediction && COMMISSIVE.contains(h.lowerLemma()) && h.isVerb() && !reported && !saidAfter(s, head);
    boolean carries = prediction && h.isVerb() && !reported && s.children(head).stream().anyMatch(c -> carriesClause(s, c));
    if ((cues.verb(h) || forecasts || commits || carries) && !hasModal(s, head)) {
      for (Dependency c : s.children(head)) {
        // "X said Y will …"; "Cohen sees an average price of 425 dlrs", "it expects earnings to rise"
        boolean complement = c.relation().equals("ccomp") || c.relation().startsWith("parataxis");
        boolean forecastObject = forecasts && (c.relation().equals("obj") || c.relation().equals("xcomp"))
            || commits && c.relation().equals("xcomp");
        if (complement || forecastObject || carries && carriesClause(s, c)) {
          add(out, subject(s, head), "report", h);
          break;
        }
      }
    }
    for (Dependency c : s.children(head)) {
      Token v = s.tokens().get(c.dependent());
      if (c.relation().startsWith("csubj") && cues.verb(v) && reports(s, c.dependent())) {
        add(out, subject(s, c.dependent()), "csubj", v);
      }
      // "Gold could rise …, said Peter Witte": a report after the statement, hung on its head
      if (trailingSaying(s, head, c) && reports(s, c.dependent())) {
        add(out, subject(s, c.dependent()), "trailing", v);
      }
    }
    int node = head;
    for (int steps = 0; steps < 6; steps++) {
      Dependency d = s.head(node);
      if (d == null || d.governor() < 0) {
        break;
      }
      String rel = d.relation();
      Token g = s.tokens().get(d.governor());
      boolean clausal = rel.equals("ccomp") || rel.startsWith("parataxis") || rel.equals("xcomp")
          || rel.equals("advcl") || rel.equals("dep");
      if (clausal && cues.verb(g) && (!span.contains(g.span()) || reports(s, g.index()))) {
        add(out, subject(s, g.index()), "climb", g);
        add(out, agent(s, g.index()), "climb", g);
        break;
      }
      if (!(clausal || rel.equals("conj"))) {
        break;
      }
      node = d.governor();
    }
    for (Dependency d : s.dependencies()) {
      if (d.governor() < 0) {
        Token v = s.tokens().get(d.dependent());
        // a clause coordinated after the report stays the speaker's ("X said the conference has no
        // set agenda but one session will be devoted to …"), unless it is a report of its own ("X
        // said …, and Fico has threatened to …"). Leaving every coordinated clause with its own
        // subject to the author, as before, cost Reuters dev prediction holders 0.760 → 0.750
        if (cues.verb(v) && reports(s, d.dependent()) && v.span().end() <= span.begin()
            && !(coordinatedBetween(s, v, span) && ownReport(s, head, span))) {
          add(out, subject(s, d.dependent()), "root", v);
        }
      }
    }
  }

  /** The subject and agent of every cue of the sentence outside quotations ({@code cue_subj}, {@code cue_agent}). */
  void cueArguments(Sentence s, Quotes quotes, List<Source> out) {
    for (Token t : s.tokens()) {
      if (cues.any(t) && !quotes.inside(t.span())) {
        add(out, subject(s, t.index()), "cue_subj", t);
        add(out, agent(s, t.index()), "cue_agent", t);
      }
    }
  }

  private static void add(List<Source> out, Source src, String link, Token cue) {
    if (src != null) {
      out.add(src.with(link, Cues.form(cue), cue.span(), 0));
    }
  }

  /**
   * The subject of a verb: an actor mention inside it, the institution an unnamed voice speaks for
   * ({@link Voices}: "the spokesman"), or its words; null for an unresolved pronoun.
   */
  Source subject(Sentence s, int verb) {
    if (Cues.participleAfterNoun(s.tokens(), verb)) {
      return null;
    }
    String lemma = s.tokens().get(verb).lowerLemma();
    // "…, said Peter Witte, director of …": after a comma or a quotation mark, the parser reads the
    // inverted speaker as the object, or, when the name is also a word ("…, said Lucky"), as the
    // verb's complement — even when it also hangs a subject from the statement before on the verb
    // ("…, as will counties which …, said Ron Burgess")
    Source inverted = SAYING.contains(lemma) && UnparsedSpeakers.afterCommaOrQuote(s.tokens(), verb) ? invertedSpeaker(s, verb) : null;
    if (inverted != null) {
      return inverted;
    }
    // the subject nearest the verb: a garbled parse may give it two ("Temperatures could stay in the
    // mid-20's for up to eight hours, Mohler said": "mid-20" and "Mohler")
    Dependency subject = null;
    for (Dependency d : s.children(verb)) {
      if (d.relation().startsWith("nsubj") && !d.relation().equals("nsubj:pass")
          && (subject == null || Math.abs(d.dependent() - verb) < Math.abs(subject.dependent() - verb))) {
        subject = d;
      }
    }
    if (subject != null) {
      int speaker = datelineApposition(s, subject.dependent());
      if (speaker >= 0) {
        return phrase(s, speaker);
      }
      Source adjacent = s.tokens().get(subject.dependent()).isVerb() ? nameRightBefore(s, verb) : null;
      return adjacent != null ? adjacent : phrase(s, subject.dependent());
    }
    if (TRAILING.contains(lemma)) {
      // "He declined to give details, but said …": a verb of saying coordinated with an earlier
      // verb shares its subject
      Dependency up = s.head(verb);
      if (up != null && up.relation().equals("conj") && up.governor() >= 0 && up.governor() < verb
          && s.tokens().get(up.governor()).isVerb()) {
        return subject(s, up.governor());
      }
    }
    if (SAYING.contains(lemma)) {
      // "X, in testimony prepared for …, said …": the parser made X the subject of the inserted phrase
      Mentions.Placed m = unparsed.beforeApposition(s, s.tokens().get(verb));
      if (m != null) {
        return named(m);
      }
      // "…, and chairman and chief executive officer of the unit, the company said.": a parse that
      // ran the report into the statement's appositions left the verb no subject; the noun phrase
      // between the comma and the verb is its speaker
      int np = phraseAfterComma(s.tokens(), verb);
      if (np >= 0) {
        return phrase(s, np);
      }
    }
    return null;
  }

  /** The last word of a short noun phrase between a comma (or quotation mark) and the verb at {@code verb}, or -1. */
  private static int phraseAfterComma(List<Token> t, int verb) {
    if (verb < 2 || !(t.get(verb - 1).pos().startsWith("NN") || t.get(verb - 1).pos().equals("PRP"))) {
      return -1;
    }
    for (int k = verb - 2; k >= 0 && k >= verb - 7; k--) {
      Token x = t.get(k);
      if (x.text().equals(",") || x.isQuoteMark()) {
        return verb - 1;
      }
      String pos = x.pos();
      if (!(pos.startsWith("NN") || pos.equals("DT") || pos.startsWith("JJ") || pos.equals("POS") || pos.equals("PRP$"))) {
        return -1;
      }
    }
    return -1;
  }

  /** A named speaker as a source: the mention itself, no cue. */
  private static Source named(Mentions.Placed m) {
    return new Source(m.holder(), m.span(), "", "", null, 0, m.mention().role(), m.actor().type());
  }

  /** The name right after a verb of saying, read by the parser as its object or complement. */
  private Source invertedSpeaker(Sentence s, int verb) {
    for (Dependency d : s.children(verb)) {
      if ((d.relation().equals("obj") || d.relation().equals("xcomp")) && d.dependent() > verb && d.dependent() <= verb + 4
          && s.tokens().get(d.dependent()).isProperNoun()) {
        return phrase(s, d.dependent());
      }
    }
    return null;
  }

  /**
   * The name written right before a verb, when the parser took an opening participle for its
   * subject ("Asked about plans for its Texas plant, president John Keel said …": not "Asked", nor
   * the first name under it, "its").
   */
  private Source nameRightBefore(Sentence s, int verb) {
    Token v = s.tokens().get(verb);
    Mentions.Placed m = mentions.nearestOnSide(s, v, true);
    if (m == null || !Mentions.speaks(m)) {
      return null;
    }
    for (Token t : s.tokens()) {
      if (t.span().begin() >= m.span().end() && t.span().end() <= v.span().begin()) {
        return null; // a word between the name and the verb
      }
    }
    return named(m);
  }

  /** A verb of saying after the word that governs it or hangs on it: "X expects …, Z said". */
  private static boolean saidAfter(Sentence s, int word) {
    Dependency up = s.head(word);
    if (up != null && up.governor() > word && TRAILING.contains(s.tokens().get(up.governor()).lowerLemma())) {
      return true;
    }
    return s.children(word).stream().anyMatch(c -> trailingSaying(s, word, c));
  }

  /** A verb of saying hung after the word as an adverbial clause or a parenthetical ("…, said Peter Witte"). */
  private static boolean trailingSaying(Sentence s, int word, Dependency c) {
    boolean hung = c.relation().equals("advcl") || c.relation().startsWith("parataxis");
    return hung && c.dependent() > word && TRAILING.contains(s.tokens().get(c.dependent()).lowerLemma());
  }

  /**
   * Verbs whose subject holds the forecast in their object: "Cohen sees an average price of 425
   * dlrs"; and verbs of doubt and denial, whose subject holds the forecast that the event will not
   * happen, kept in the prediction's span ("he doubted Japan could show enough progress").
   */
  private static final Set<String> FORECASTING = Set.of(
      "see", "foresee", "expect", "predict", "forecast", "estimate", "project", "anticipate",
      "doubt", "deny", "dismiss", "discount", "dispute");

  /**
   * Verbs of commitment whose subject holds the act they commit to: "pledged to", "vowed to". Not
   * "threaten", which says as often what a thing risks ("such targets threatened to cause conflicts").
   */
  private static final Set<String> COMMISSIVE = Set.of("pledge", "promise", "vow", "undertake", "swear");

  /**
   * A noun that carries a statement's clause as the object of the cue ("expressed doubts that …",
   * "gave assurances that …", "voiced hope that …"): the cue's subject holds it.
   */
  private static boolean carriesClause(Sentence s, Dependency obj) {
    if (!obj.relation().equals("obj") || !s.tokens().get(obj.dependent()).isNoun()) {
      return false;
    }
    return s.children(obj.dependent()).stream()
        .anyMatch(c -> (c.relation().equals("ccomp") || c.relation().equals("acl")) && c.dependent() > obj.dependent()
            && s.children(c.dependent()).stream().anyMatch(m -> s.tokens().get(m.dependent()).lower().equals("that")));
  }

  /** Verbs of saying whose object is never a person: after them, a name is the inverted speaker. */
  private static final Set<String> SAYING =
      Set.of("say", "add", "state", "note", "explain", "comment", "write", "declare", "remark", "observe");

  /**
   * Verbs of saying that may follow what they report: {@link #SAYING}, and "tell" ("…, he told the
   * conference"). The prediction extractor ends a prediction's text before such a report.
   */
  public static final Set<String> TRAILING =
      Stream.concat(SAYING.stream(), Stream.of("tell")).collect(Collectors.toUnmodifiableSet());

  /** The agent of a passive cue ("was first reported by a local station"). */
  private Source agent(Sentence s, int verb) {
    for (Dependency d : s.children(verb)) {
      if (d.relation().equals("obl:agent") || d.relation().equals("nmod:agent")) {
        return phrase(s, d.dependent());
      }
    }
    return null;
  }

  /**
   * "WASHINGTON, March 27 - Senate Republican Leader Robert Dole said …": the parser makes the
   * dateline's city the subject and the speaker its apposition; the apposition (its head), or -1
   * when {@code subject} is not a dateline's first word (upper case, opening the sentence, a dash
   * within the next eight tokens).
   */
  static int datelineApposition(Sentence s, int subject) {
    List<Token> t = s.tokens();
    String w = t.get(subject).text();
    if (subject != 0 || w.length() < 2 || !w.equals(w.toUpperCase(Locale.ROOT)) || !w.chars().anyMatch(Character::isLetter)) {
      return -1;
    }
    boolean dash = false;
    for (int k = 1; k < Math.min(t.size(), 9) && !dash; k++) {
      dash = t.get(k).text().equals("-") || t.get(k).text().equals("--") || t.get(k).text().equals("\u2014");
    }
    if (!dash) {
      return -1;
    }
    for (Dependency c : s.children(subject)) {
      if (c.relation().equals("appos") && c.dependent() > subject) {
        return c.dependent();
      }
    }
    return -1;
  }

  private Source phrase(Sentence s, int node) {
    int[] range = subtree(s, node);
    Span words = s.span(range[0], range[1] + 1);
    Token head = s.tokens().get(node);
    Mentions.Placed m = mentions.at(head.span());
    if (m == null && !Voices.isVoice(head)) {
      // "The Senate Republican leader said": the leader named before, not the Senate in front of him
      Mentions.Placed described = voices.definite(s, range[0], node);
      if (described != null) {
        return new Source(described.holder(), words, "", "", null, 0, "DESCRIPTION", described.actor().type());
      }
    }
    // "Chairman of the FCA, Frank Naylor, said": the person in apposition speaks, not the title or body
    Mentions.Placed person = m == null || !Mentions.isPerson(m) ? voices.apposedPerson(s, node) : null;
    if (person != null) {
      m = person;
    } else if (m == null) {
      m = mentions.firstIn(words);
    }
    if (m != null) {
      return named(m);
    }
    if (head.pos().equals("PRP") && range[0] == range[1]) {
      Mentions.Placed who = voices.pronoun(head);
      if (who != null) {
        return new Source(who.holder(), words, "", "", null, 0, "PRONOUN", who.actor().type());
      }
    }
    if (head.pos().startsWith("PRP") || head.pos().startsWith("W") || head.pos().equals("DT")) {
      return null; // an unresolved pronoun: not enough to name a holder
    }
    if (Voices.isVoice(head)) {
      Mentions.Placed owner = voices.owner(s, range[0], node);
      if (owner != null) {
        return new Source(owner.holder(), words, "", "", null, 0, "VOICE", owner.actor().type());
      }
    }
    return new Source(Holder.words(words.of(text)), words, "", "", null, 0, "WORDS", "");
  }

  /** A cue that reports (said, says, tell), with no modal of its own. */
  static boolean reports(Sentence s, int verb) {
    String pos = s.tokens().get(verb).pos();
    return (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) && !hasModal(s, verb);
  }

  /** Whether a verb has a modal auxiliary ("will argue", "could say"). */
  static boolean hasModal(Sentence s, int verb) {
    return s.children(verb).stream()
        .anyMatch(c -> c.relation().startsWith("aux") && s.tokens().get(c.dependent()).pos().equals("MD"));
  }

  private static final Set<String> COORDINATORS = Set.of("and", "but", "while", "whereas", "yet", ";");

  private static boolean coordinatedBetween(Sentence s, Token verb, Span span) {
    return s.tokens().stream()
        .anyMatch(t -> t.index() > verb.index() && t.span().end() <= span.begin() && COORDINATORS.contains(t.lower()));
  }

  /** Whether the span's head is a cue verb with a subject of its own inside the span: a report beside the first. */
  private boolean ownReport(Sentence s, int head, Span span) {
    return cues.verb(s.tokens().get(head)) && s.children(head).stream().anyMatch(c -> c.relation().startsWith("nsubj")
        && span.contains(s.tokens().get(c.dependent()).span()));
  }

  /** The token of a span nearest the parse's root. */
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
    ArrayDeque<Integer> stack = new ArrayDeque<>();
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
}
