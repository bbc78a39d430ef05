package org.hindsight.extract.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hindsight.article.Span;
import org.hindsight.extract.Holder;
import org.hindsight.extract.actor.Actor;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * Every possible source of a statement in one document, and how each is tied to it: through the
 * parse (the subject of the cue that governs the statement, of the sentence's root report, of any
 * cue), through the words (the names nearest a cue on either side, "according to X", "X:", an
 * interview's "Name:" label), through quotations and reported speech running over several
 * sentences (the speaker of this sentence, of the sentences before, of the next one), and the
 * author. The hand rules' own choice among them is kept as {@link Found#rulePick}. One instance
 * per document; not thread-safe (it caches each sentence's speaker).
 */
public final class Candidates {

  /** One possible holder and every way it surfaced. */
  public record Candidate(Holder holder, List<Source> sources) {
    public Candidate {
      sources = List.copyOf(sources);
    }

    public boolean isAuthor() {
      return holder.isAuthor();
    }
  }

  /**
   * A statement (a prediction, or a claim), its candidates (the author last) and the key of the
   * hand rules' pick ("" for the author).
   */
  public record Found(
      Sentence sentence, Span span, boolean prediction, boolean quoted, List<Candidate> candidates, String rulePick) {
    public Found {
      candidates = List.copyOf(candidates);
    }

    /**
     * Only the ties that may name who holds the statement: a name inside the statement is part of
     * what it says ("The ECB will publish …", "Nothing guarantees that the E3 will …", "EU leaders
     * are expected to …"), unless it is the subject of the speech verb whose report a prediction
     * keeps ("Google said it would appeal"); and no tie through a speech verb the prediction foresees
     * ({@link #foreseen}). What the learned model chooses among.
     */
    public Found speakers() {
      List<Candidate> kept = new ArrayList<>();
      for (Candidate c : candidates) {
        List<Source> ok = c.sources().stream()
            .filter(src -> (!span.overlaps(src.surface()) || reportsInside(src)) && (src.cueSpan() == null || !foreseen(src.cueSpan())))
            .toList();
        if (c.isAuthor() || !ok.isEmpty()) {
          kept.add(new Candidate(c.holder(), ok));
        }
      }
      return new Found(sentence, span, prediction, quoted, kept, rulePick);
    }

    /**
     * When a prediction keeps its own reporting clause ("Fico has threatened to hold up …"), only
     * the subject of that clause's speech verb may hold it, not the speaker of a clause beside it;
     * otherwise this statement as it is.
     */
    public Found ownReport() {
      List<Candidate> own = candidates.stream()
          .filter(c -> c.isAuthor() || c.sources().stream().anyMatch(this::reportsInside)).toList();
      return own.size() > 1 ? new Found(sentence, span, prediction, quoted, own, rulePick) : this;
    }

    private boolean reportsInside(Source src) {
      return prediction && SUBJECT_TIES.contains(src.link()) && src.cueSpan() != null && span.contains(src.cueSpan())
          && Cues.SPEECH_VERBS.contains(src.cue().substring(0, Math.max(0, src.cue().lastIndexOf('/'))))
          && !foreseenAct(src.cueSpan());
    }

    /**
     * Whether a cue inside a prediction is the act it foresees ("Trump … may announce decisions"):
     * no report, so no tie to a holder and no cue for the model. PolNeAR marks such a verb's subject
     * as the source of its object, where our guide leaves the forecast to whoever makes it.
     */
    public boolean foreseen(Span cue) {
      return prediction && span.contains(cue) && foreseenAct(cue);
    }

    /**
     * Whether the speech verb is itself what the prediction foresees, not the report that carries
     * it: a modal or "to" before it ("Trump … may announce decisions", "Hoechst will announce its
     * dividend proposal", "is expected to announce"), where "has threatened to" reports.
     */
    private boolean foreseenAct(Span cue) {
      List<Token> t = sentence.tokens();
      int k = 0;
      while (k < t.size() && t.get(k).span().begin() < cue.begin()) {
        k++;
      }
      for (k--; k >= 0 && t.get(k).pos().startsWith("RB"); k--) {
        // "will soon announce", "may not announce"
      }
      return k >= 0 && (t.get(k).pos().equals("MD") || t.get(k).lower().equals("to"));
    }
  }

  /** The ties through the active subject of a cue verb (by the parse, or the hand rules' nearest name without one). */
  private static final java.util.Set<String> SUBJECT_TIES = java.util.Set.of("report", "climb", "csubj", "root", "cue_subj", "token", "trailing");

  /** How far a token-only tie may reach from its cue, in characters (the hand rules' window). */
  private static final int NEAR_CHARS = 40;

  private final AnnotatedDocument doc;
  private final String text;
  private final Mentions mentions;
  private final Quotes quotes;
  private final Cues cues;
  private final Reports reports;
  private final Holder author;
  private final List<Actor> actors;
  private final Map<Integer, Source> speakers = new HashMap<>();
  private final UnparsedSpeakers unparsed;

  public Candidates(AnnotatedDocument doc, List<Actor> actors, Cues cues, Holder author) {
    this.doc = doc;
    this.text = doc.article().text();
    this.actors = actors;
    this.mentions = new Mentions(actors);
    this.quotes = new Quotes(text);
    this.cues = cues;
    this.unparsed = new UnparsedSpeakers(mentions, quotes);
    this.reports = new Reports(text, mentions, cues, unparsed);
    this.author = author;
  }

  public Quotes quotes() {
    return quotes;
  }

  /**
   * The candidates of a statement. A prediction's span keeps its reporting clause ("Google said it
   * would appeal": Google's), while a claim that is a whole report is the author's account, so the
   * two are told apart.
   */
  public Found find(Sentence s, Span span, boolean prediction) {
    List<Source> out = new ArrayList<>();
    boolean quoted = quotes.inside(span);
    if (s.parsed()) {
      reports.governing(s, span, prediction, out);
    } else {
      tokenSpeaker(s, span, out);
    }
    Sentential around = sentential(s);
    String rule = !out.isEmpty() ? out.get(0).key() : around.rule();
    out.addAll(around.near());
    colon(s, span, out);
    Source same = speaker(s, span);
    if (same != null) {
      out.add(same.with("same", same.cue(), same.cueSpan(), 0));
    }
    if (rule == null && quoted) {
      rule = same != null ? same.key() : around.around().isEmpty() ? null : around.around().get(0).key();
    }
    out.addAll(around.around());
    Map<String, List<Source>> byKey = new LinkedHashMap<>();
    for (Source src : out) {
      byKey.computeIfAbsent(src.key(), k -> new ArrayList<>()).add(src);
    }
    List<Candidate> found = new ArrayList<>();
    byKey.values().forEach(v -> found.add(new Candidate(v.get(0).holder(), v)));
    found.add(new Candidate(author, List.of()));
    return new Found(s, span, prediction, quoted, found, rule == null ? "" : rule);
  }

  /**
   * What a sentence offers every statement in it: the arguments of its cues, the names beside
   * them, "according to", an interview label ({@code near}, with the hand rules' pick among the
   * last two), and the speakers of the sentences around it ({@code around}).
   */
  private record Sentential(List<Source> near, String rule, List<Source> around) {}

  private final Map<Integer, Sentential> sentential = new HashMap<>();

  private Sentential sentential(Sentence s) {
    Sentential cached = sentential.get(s.index());
    if (cached != null) {
      return cached;
    }
    List<Source> near = new ArrayList<>();
    if (s.parsed()) {
      reports.cueArguments(s, quotes, near);
    }
    nearCues(s, near);
    int before = near.size();
    accordingTo(s, near);
    interview(s, near);
    String rule = near.size() > before ? near.get(before).key() : null;
    List<Source> around = new ArrayList<>();
    int para = quotes.paragraph(s.span().begin());
    for (int k = s.index() - 1; k >= 0 && k >= s.index() - 6; k--) {
      Sentence prev = doc.sentences().get(k);
      if (quotes.paragraph(prev.span().begin()) < para - 2) {
        break;
      }
      Source p = speaker(prev, null);
      if (p != null) {
        String link = prev.tokens().get(prev.tokens().size() - 1).text().equals(":") ? "prev_colon" : "prev";
        around.add(p.with(link, p.cue(), p.cueSpan(), s.index() - k));
      }
    }
    for (int k = s.index() + 1; k < doc.sentences().size() && k <= s.index() + 3; k++) {
      Sentence next = doc.sentences().get(k);
      if (quotes.paragraph(next.span().begin()) != para) {
        break;
      }
      Source n = speaker(next, null);
      if (n != null) {
        around.add(n.with("next", n.cue(), n.cueSpan(), k - s.index()));
      }
    }
    Sentential made = new Sentential(List.copyOf(near), rule, List.copyOf(around));
    sentential.put(s.index(), made);
    return made;
  }

  /**
   * Without a parse, the hand rules' tie: a cue verb outside the statement, or a reporting verb
   * ("said", "says") inside a statement that is the whole report; the mention nearest to it.
   */
  private void tokenSpeaker(Sentence s, Span span, List<Source> out) {
    for (Token t : s.tokens()) {
      boolean attribution = t.pos().equals("VBD") || t.pos().equals("VBZ");
      if (cues.verb(t) && (!span.contains(t.span()) || attribution) && !quotes.inside(t.span())) {
        // a report outside the statement is not spoken by a name inside it ("the minister said the governor is …")
        Mentions.Placed m = unparsed.speaker(s, t, NEAR_CHARS, span.contains(t.span()) ? null : span);
        if (m != null) {
          out.add(source(m, "token", t, tokensBetween(s, m.span(), t)));
          return;
        }
      }
    }
  }

  /** The nearest names on each side of every cue of the sentence outside quotations. */
  private void nearCues(Sentence s, List<Source> out) {
    for (Token t : s.tokens()) {
      if (!cues.any(t) || quotes.inside(t.span())) {
        continue;
      }
      Mentions.Placed b = mentions.nearestOnSide(s, t, true);
      if (b != null) {
        out.add(source(b, "cue_before", t, tokensBetween(s, b.span(), t)));
      }
      Mentions.Placed a = mentions.nearestOnSide(s, t, false);
      if (a != null) {
        out.add(source(a, "cue_after", t, tokensBetween(s, a.span(), t)));
      }
      if (!s.parsed() && t.isVerb()) {
        phraseNextTo(s, t, true, out);
        phraseNextTo(s, t, false, out);
      }
    }
  }

  /**
   * Without a parse: the noun phrase right before a cue verb ("the website explains", "The poll
   * shows", skipping adverbs and auxiliaries) or right after it ("…, said the website"), as the
   * actor it mentions or, naming none, as its words.
   */
  private void phraseNextTo(Sentence s, Token cue, boolean before, List<Source> out) {
    List<Token> tokens = s.tokens();
    int step = before ? -1 : 1;
    int i = cue.index() + step;
    while (i >= 0 && i < tokens.size() && (tokens.get(i).pos().startsWith("RB") || (before && tokens.get(i).isVerb()))) {
      i += step;
    }
    int end = i;
    boolean noun = false;
    while (i >= 0 && i < tokens.size() && NP.contains(tokens.get(i).pos())) {
      noun |= tokens.get(i).isNoun();
      i += step;
    }
    if (!noun) {
      return;
    }
    int from = before ? i + 1 : end;
    int to = before ? end : i - 1;
    Span words = s.span(from, to + 1);
    Mentions.Placed m = mentions.firstIn(words);
    String link = before ? "np_before" : "np_after";
    int distance = before ? cue.index() - to - 1 : from - cue.index() - 1;
    if (m != null) {
      out.add(source(m, link, cue, distance));
    } else if (!tokens.get(before ? to : from).pos().startsWith("PRP")) {
      out.add(words(words, link, cue, distance));
    }
  }

  private static final java.util.Set<String> NP =
      java.util.Set.of("DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "HYPH");

  private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("in", "at", "on", "from", "for");

  /**
   * "according to X": the actor named in the phrase after it (up to a comma, a verb, a relative
   * pronoun, ten words or a place's preposition) or, naming none, the phrase's words ("according
   * to FEC filings", "according to trade sources"), never a name of the statement beyond it.
   */
  private void accordingTo(Sentence s, List<Source> out) {
    List<Token> tokens = s.tokens();
    for (int i = 0; i + 2 < tokens.size(); i++) {
      if (tokens.get(i).lower().equals("according") && tokens.get(i + 1).lower().equals("to")) {
        int end = i + 2;
        boolean noun = false;
        while (end < tokens.size() && end < i + 12 && !tokens.get(end).isVerb() && !tokens.get(end).pos().startsWith("W")
            && !tokens.get(end).isPunctuation()) {
          if (noun && PLACE_PREPOSITIONS.contains(tokens.get(end).lower())) {
            break; // "trade sources in Bonn": the sources, not the capital
          }
          noun |= tokens.get(end).isNoun();
          end++;
        }
        if (end == i + 2) {
          continue;
        }
        Span phrase = s.span(i + 2, end);
        Mentions.Placed m = mentions.firstIn(phrase);
        if (m != null) {
          out.add(source(m, "according", tokens.get(i), tokensBetween(s, m.span(), tokens.get(i))));
        } else if (noun && !tokens.get(i + 2).pos().startsWith("PRP")) {
          out.add(words(phrase, "according", tokens.get(i), 0));
        }
      }
    }
  }

  /** "Stone: …" inside the sentence: the name just before a colon that precedes the statement. */
  private void colon(Sentence s, Span span, List<Source> out) {
    for (Token t : s.tokens()) {
      if (t.text().equals(":") && t.span().end() <= span.begin()) {
        Mentions.Placed m = mentions.nearestOnSide(s, t, true);
        if (m != null && tokensBetween(s, m.span(), t) <= 2) {
          out.add(source(m, "colon", t, tokensBetween(s, m.span(), t)));
        }
      }
    }
  }

  /** In an interview, a paragraph opened by "Name:" is that person's answer. */
  private void interview(Sentence s, List<Source> out) {
    int start = quotes.paragraphStart(s.span().begin());
    int colon = text.indexOf(':', start);
    if (colon < 0 || colon - start > 40 || colon > s.span().end()) {
      return;
    }
    String label = text.substring(start, colon).strip();
    if (!label.matches("\\p{Lu}[\\p{L}.'-]*( \\p{Lu}[\\p{L}.'-]*){0,3}") || label.equals("Q")) {
      return;
    }
    Span where = new Span(start, colon);
    for (Actor a : actors) {
      if (a.type().equals("PERSON")
          && (a.name().equals(label) || a.name().endsWith(" " + label) || a.aliases().contains(label))) {
        out.add(new Source(Holder.actor(a.name(), a.id()), where, "interview", ":/P", null, 0, "NAME", a.type()));
        return;
      }
    }
    out.add(new Source(Holder.actor(label, null), where, "interview", ":/P", null, 0, "WORDS", ""));
  }

  /**
   * The speaker of a sentence: the subject of its first cue verb outside quotations (and outside
   * {@code exclude}), else the mention nearest that verb. Cached per sentence when nothing is excluded.
   */
  private Source speaker(Sentence s, Span exclude) {
    if (exclude == null && speakers.containsKey(s.index())) {
      return speakers.get(s.index());
    }
    Source found = null;
    for (Token t : s.tokens()) {
      if (cues.verb(t) && (exclude == null || !exclude.contains(t.span())) && !quotes.inside(t.span())) {
        Source subj = s.parsed() ? reports.subject(s, t.index()) : null;
        if (subj != null) {
          found = subj.with("", Cues.form(t), t.span(), 0);
          break;
        }
        Mentions.Placed m = s.parsed() ? mentions.nearest(s, t, NEAR_CHARS) : unparsed.speaker(s, t, NEAR_CHARS, null);
        if (m != null) {
          found = source(m, "", t, 0);
          break;
        }
      }
    }
    if (exclude == null) {
      speakers.put(s.index(), found);
    }
    return found;
  }

  /** A source that names no actor: the words of a phrase tied to a cue ("the website", "trade sources"). */
  private Source words(Span words, String link, Token cue, int distance) {
    return new Source(Holder.words(words.of(text)), words, link, Cues.form(cue), cue.span(), distance, "WORDS", "");
  }

  private static Source source(Mentions.Placed m, String link, Token cue, int distance) {
    return new Source(m.holder(), m.span(), link, Cues.form(cue), cue.span(), distance, m.mention().role(), m.actor().type());
  }

  /** Tokens strictly between a mention and a cue token. */
  private static int tokensBetween(Sentence s, Span mention, Token cue) {
    int n = 0;
    for (Token t : s.tokens()) {
      boolean between = mention.end() <= cue.span().begin()
          ? t.span().begin() >= mention.end() && t.span().end() <= cue.span().begin()
          : t.span().begin() >= cue.span().end() && t.span().end() <= mention.begin();
      n += between ? 1 : 0;
    }
    return n;
  }
}
