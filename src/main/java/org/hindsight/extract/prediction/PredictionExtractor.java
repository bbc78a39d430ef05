package org.hindsight.extract.prediction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hindsight.article.Span;
import org.hindsight.extract.Cue;
import org.hindsight.extract.Holder;
import org.hindsight.extract.Polarity;
import org.hindsight.extract.Prediction;
import org.hindsight.extract.actor.Actor;
import org.hindsight.extract.actor.ActorMention;
import org.hindsight.extract.claim.Attribution;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.Dependency;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.TimeExpression;
import org.hindsight.nlp.Token;

/**
 * Finds future-oriented statements and gives each its hedge cues, probability, level, polarity,
 * condition, horizon, holder and actors.
 *
 * <p>Cues come from the {@link HedgeLexicon} (matched longest first on normalised words: "won't" →
 * "will not", "are set to" → "is set to", "planned to" → "plans to"). A cue either opens a
 * prediction (modals and future forms, verb frames, "there is a risk that", "no guarantee that",
 * "none … guarantees", an adjective on an event noun: "the possible introduction of", explicit
 * odds) or only hedges one (adverbs, attributive adjectives, intensifiers). Not predictions:
 * questions and embedded questions ("whether X will …"), counterfactual past ("could have moved"),
 * modals in clauses dated before publication, and deontic "should" without a horizon. The span is
 * the clause the cue governs (the dependency subtree of its predicate); a frame and the modal clause
 * it introduces are one prediction. Stateless after construction; thread-safe.
 */
public final class PredictionExtractor {

  /** What a matched cue does. */
  enum Role {
    OPEN,
    HEDGE,
    OPERATOR
  }

  /** A lexicon cue found in a sentence: tokens [from, to), anchor token for the parse. */
  record Hit(int from, int to, int anchor, HedgeLexicon.Entry entry, Role role, Double value) {}

  private static final Set<String> CLIMB =
      Set.of("aux", "aux:pass", "cop", "advmod", "amod", "det", "nummod", "compound", "case", "mark", "neg");
  private static final Set<String> COMPLEMENT =
      Set.of("ccomp", "acl", "xcomp", "csubj", "nsubj", "obj", "nmod", "obl", "nsubj:pass", "expl", "appos", "dep");
  private static final Set<String> PREDICATIVE = Set.of("as", "more", "less", "most", "least", "very", "highly", "seem", "seems");
  /** Belief verbs that hedge the clause they govern ("I think they will …" reads as "likely"). */
  private static final Set<String> BELIEF_VERBS = Set.of("think", "believe", "expect", "suspect", "guess", "reckon", "suppose", "feel", "see");
  private static final Set<String> WH_EMBEDDING = Set.of("how", "what", "whether");
  private static final Set<String> WH_RELATIVE = Set.of("which", "who", "when", "where");
  private static final Set<String> NEGATORS = Set.of("not", "no", "none", "nothing", "never", "neither", "nobody");
  private static final Set<String> EMBEDDING = Set.of("ask", "wonder", "know", "unclear", "question", "see", "decide", "doubt", "uncertain", "clear");
  private static final Set<String> PREDICTION_VERBS = Set.of("expect", "predict", "forecast", "anticipate", "project");
  private static final Pattern PERCENT =
      Pattern.compile("(?i)(\\d{1,3}(?:\\.\\d+)?)\\s*(%|percent|per cent|percentage points?)");
  /** An odds noun within a few words before the number, or right after it ("a 70 percent chance"). */
  private static final Pattern ODDS_BEFORE =
      Pattern.compile("(?i)\\b(odds|chances?|probability|likelihood|bets?|priced in|pricing)\\b[^.;]{0,60}$");
  private static final Pattern ODDS_AFTER =
      Pattern.compile("(?i)^\\s*(chance|probability|likelihood|odds)\\b");

  private final HedgeLexicon lexicon;
  /** "I think …" hedges like "likely" (CAPphrase 'Likely'/'Probable' median, via the lexicon). */
  private final HedgeLexicon.Entry beliefHedge;
  private final HedgeLexicon.Entry futureEntry;

  public PredictionExtractor(HedgeLexicon lexicon) {
    this.lexicon = lexicon;
    HedgeLexicon.Entry likely = lexicon.get("likely");
    this.beliefHedge = likely == null ? null : new HedgeLexicon.Entry("think", "ADJECTIVE", likely.probability(), null);
    this.futureEntry = lexicon.get("will");
  }

  public HedgeLexicon lexicon() {
    return lexicon;
  }

  public List<Prediction> extract(AnnotatedDocument doc, List<Actor> actors, Attribution attribution) {
    List<Prediction> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      if (isQuestion(doc, s)) {
        continue;
      }
      List<Hit> hits = findCues(doc, s);
      List<Group> groups = group(s, hits);
      for (Group g : groups) {
        out.add(build(doc, s, g, actors, attribution, out.size()));
      }
    }
    return out;
  }

  /**
   * Whether a sentence of a document not parsed yet may hold a prediction: it is no question, and
   * it holds a cue the lexicon accepts in this context, or a date after publication (a scheduled
   * event in the present tense). The fast pipeline parses only these sentences.
   */
  public boolean mayHoldPrediction(AnnotatedDocument unparsed, Sentence s) {
    if (isQuestion(unparsed, s)) {
      return false;
    }
    if (!findCues(unparsed, s).isEmpty()) {
      return true;
    }
    LocalDate pub = published(unparsed);
    return pub != null
        && unparsed.times().stream().anyMatch(t -> t.sentence() == s.index() && t.resolved() && t.begin().isAfter(pub));
  }

  // ------------------------------------------------------------------ cues

  private static boolean isQuestion(AnnotatedDocument doc, Sentence s) {
    List<Token> t = s.tokens();
    String last = t.get(t.size() - 1).text();
    return last.equals("?") || (t.size() > 1 && last.matches("[\"”']+") && t.get(t.size() - 2).text().equals("?"));
  }

  /** Lower-cased words, one per token, with contractions spelt out. */
  static String[] words(Sentence s) {
    List<Token> tokens = s.tokens();
    String[] w = new String[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      String x = tokens.get(i).lower().replace('\u2019', '\'');
      boolean nextNot = i + 1 < tokens.size() && tokens.get(i + 1).lower().replace('\u2019', '\'').equals("n't");
      if (x.equals("wo") && nextNot) {
        x = "will";
      } else if (x.equals("ca") && nextNot) {
        x = "can";
      } else if (x.equals("n't")) {
        x = "not";
      } else if (x.equals("'ll")) {
        x = "will";
      }
      w[i] = x;
    }
    return w;
  }

  private static final Set<String> BE = Set.of("is", "are", "was", "were", "'s", "'re", "be", "been", "am", "being");

  List<Hit> findCues(AnnotatedDocument doc, Sentence s) {
    String[] w = words(s);
    List<Token> tokens = s.tokens();
    List<Hit> hits = new ArrayList<>();
    int i = 0;
    while (i < w.length) {
      int matched = 0;
      for (int n = Math.min(lexicon.maxWords(), w.length - i); n >= 1 && matched == 0; n--) {
        HedgeLexicon.Entry e = lookup(w, tokens, i, n);
        if (e == null) {
          continue;
        }
        Hit h = classify(doc, s, w, i, i + n, e);
        if (h != null) {
          hits.add(h);
          matched = n;
        }
      }
      if (matched == 0) {
        Hit h = predictionVerb(s, w, i);
        if (h != null) {
          hits.add(h);
        }
      }
      i += Math.max(1, matched);
    }
    Hit odds = explicitOdds(doc, s);
    if (odds != null) {
      hits.add(odds);
    }
    if (hits.stream().noneMatch(h -> h.role() == Role.OPEN)) {
      Hit scheduled = presentWithFutureDate(doc, s, w);
      if (scheduled != null) {
        hits.add(scheduled);
      }
    }
    // "none of the X guarantees": a negation scoping over a certainty verb
    for (int k = 0; k < w.length; k++) {
      if (w[k].equals("none") || w[k].equals("nothing")) {
        for (int j = k + 1; j < Math.min(w.length, k + 10); j++) {
          if (w[j].startsWith("guarantee") && tokens.get(j).isVerb()) {
            HedgeLexicon.Entry e = lexicon.get("guarantees");
            if (e != null) {
              final int verb = j;
              hits.removeIf(h -> h.from() <= verb && verb < h.to());
              hits.add(new Hit(k, k + 1, j, e, Role.OPEN, e.probability()));
              hits.add(new Hit(j, j + 1, j, e, Role.HEDGE, e.probability()));
            }
            break;
          }
        }
      }
    }
    hits.sort(Comparator.comparingInt(Hit::from));
    return hits;
  }

  private HedgeLexicon.Entry lookup(String[] w, List<Token> tokens, int i, int n) {
    String phrase = String.join(" ", java.util.Arrays.copyOfRange(w, i, i + n));
    HedgeLexicon.Entry e = lexicon.get(phrase);
    if (e != null) {
      return e;
    }
    if (BE.contains(w[i]) && n > 1) {
      e = lexicon.get("is " + phrase.substring(w[i].length() + 1));
      if (e != null) {
        return e;
      }
    }
    Token first = tokens.get(i);
    if (n > 1 && first.pos().startsWith("VB") && first.lemma() != null) {
      String rest = phrase.substring(w[i].length());
      String lemma = first.lemma().toLowerCase(Locale.ROOT);
      for (String form : List.of(lemma + "s", lemma + "ed", lemma + "d")) {
        e = lexicon.get(form + rest);
        if (e != null) {
          return e;
        }
      }
    }
    return null;
  }

  private Hit classify(AnnotatedDocument doc, Sentence s, String[] w, int from, int to, HedgeLexicon.Entry e) {
    List<Token> tokens = s.tokens();
    Token first = tokens.get(from);
    String kind = e.kind();
    int next = to < w.length ? to : -1;
    if (e.isOperator()) {
      return new Hit(from, to, from, e, Role.OPERATOR, null);
    }
    if (embeddedQuestion(s, w, from)) {
      return null;
    }
    switch (kind) {
      case "FUTURE", "MODAL" -> {
        if (to - from == 1 && !first.pos().equals("MD")) {
          return null;
        }
        if (counterfactual(w, tokens, to) || pastDated(doc, s, from)) {
          return null;
        }
        if (w[from].equals("should") && !futureDated(doc, s)) {
          return null;
        }
        if (w[from].equals("would") && next >= 0 && (w[next].equals("like") || w[next].equals("rather"))) {
          return null;
        }
        return new Hit(from, to, from, e, Role.OPEN, e.probability());
      }
      case "VERB_FRAME" -> {
        // "… to" frames take a verb: "is due to meet", not "due to the strike"
        if (w[to - 1].equals("to") && (next < 0 || !tokens.get(next).pos().equals("VB"))) {
          return null;
        }
        int anchor = from;
        for (int k = from; k < to; k++) {
          if (!BE.contains(w[k]) && (tokens.get(k).pos().startsWith("VB") || tokens.get(k).pos().startsWith("JJ"))) {
            anchor = k;
            break;
          }
        }
        if (w[from].equals("there")) {
          anchor = from + 1;
        }
        return new Hit(from, to, anchor, e, Role.OPEN, e.probability());
      }
      case "NEGATION" -> {
        if (w[from].equals("guarantees") || w[from].startsWith("guarantee")) {
          if (!negatedBefore(w, from)) {
            return null;
          }
        }
        if (w[from].equals("no") && w.length > from + 1 && w[from + 1].equals("doubt")) {
          return new Hit(from, to, from, e, Role.HEDGE, e.probability());
        }
        int anchor = to - 1;
        for (int k = from; k < to; k++) {
          if (tokens.get(k).isVerb() || tokens.get(k).isNoun() || tokens.get(k).pos().startsWith("JJ")) {
            anchor = k;
          }
        }
        if (tokens.get(from).pos().equals("MD")) {
          anchor = from;
        }
        return new Hit(from, to, anchor, e, Role.OPEN, e.probability());
      }
      case "ADJECTIVE" -> {
        if (next >= 0 && (w[next].equals("to") || w[next].equals("that"))) {
          return new Hit(from, to, to - 1, e, Role.OPEN, e.probability());
        }
        // predicative: "remains unlikely", "looks likely", "is expected shortly", "as less likely"
        boolean predicative =
            from > 0
                && (tokens.get(from - 1).pos().startsWith("VB") || PREDICATIVE.contains(w[from - 1]))
                && (next < 0 || !tokens.get(next).isNoun());
        if (predicative && !w[from].equals("certain")) {
          return new Hit(from, to, to - 1, e, Role.OPEN, e.probability());
        }
        if (w[from].equals("certain") && to - from == 1) {
          return null;
        }
        if (next >= 0 && tokens.get(next).isNoun()) {
          int noun = next;
          while (noun + 1 < w.length && tokens.get(noun + 1).isNoun()) {
            noun++;
          }
          boolean eventArgument = noun + 1 < w.length && (w[noun + 1].equals("of") || w[noun + 1].equals("to"));
          if (eventArgument && !w[from].equals("expected") || eventArgument && from > 0 && w[from - 1].equals("the")) {
            return new Hit(from, to, to - 1, e, Role.OPEN, e.probability());
          }
        }
        return new Hit(from, to, to - 1, e, Role.HEDGE, e.probability());
      }
      case "NOUN" -> {
        Token last = tokens.get(to - 1);
        if (!last.isNoun() && !w[to - 1].equals("of")) {
          return null;
        }
        boolean framed =
            (next >= 0 && Set.of("that", "of", "to", "for").contains(w[next]))
                || w[to - 1].equals("of")
                || (from >= 2 && w[from - 1].matches("an?|the|some|little|no") && BE.contains(w[from - 2]))
                || (from >= 3 && BE.contains(w[from - 3]) && w[from - 4 < 0 ? 0 : from - 4].equals("there"));
        return new Hit(from, to, to - 1, e, framed ? Role.OPEN : Role.HEDGE, e.probability());
      }
      default -> {
        return new Hit(from, to, to - 1, e, Role.HEDGE, e.probability());
      }
    }
  }

  /** "X expects the Fed to cut", "analysts predict that …": the verb opens a prediction. */
  private Hit predictionVerb(Sentence s, String[] w, int i) {
    Token t = s.tokens().get(i);
    if (!t.pos().startsWith("VB") || t.lemma() == null || !PREDICTION_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
      return null;
    }
    if (i > 0 && BE.contains(w[i - 1])) {
      return null; // passive "is expected" is a lexicon frame
    }
    HedgeLexicon.Entry e = lexicon.get("expected to");
    if (e == null || embeddedQuestion(s, w, i)) {
      return null;
    }
    return new Hit(i, i + 1, i, e, Role.OPEN, e.probability());
  }

  private Hit explicitOdds(AnnotatedDocument doc, Sentence s) {
    String text = s.span().of(doc.article().text());
    Matcher m = PERCENT.matcher(text);
    boolean found = false;
    while (!found && m.find()) {
      found = ODDS_BEFORE.matcher(text.substring(0, m.start())).find()
          || ODDS_AFTER.matcher(text.substring(m.end())).find();
    }
    if (!found) {
      return null;
    }
    double value = Double.parseDouble(m.group(1)) / 100.0;
    if (value > 1 || m.group(2).startsWith("percentage")) {
      return null;
    }
    int begin = s.span().begin() + m.start();
    int end = s.span().begin() + m.end();
    int from = -1;
    int to = -1;
    for (Token t : s.tokens()) {
      if (t.span().end() > begin && t.span().begin() < end) {
        if (from < 0) {
          from = t.index();
        }
        to = t.index() + 1;
      }
    }
    if (from < 0) {
      return null;
    }
    HedgeLexicon.Entry number = new HedgeLexicon.Entry(m.group(), "NUMBER", value, null);
    return new Hit(from, to, from, number, Role.OPEN, value);
  }

  /**
   * "Leaders gather in The Hague next week", "I think it gets done in the next week or so": a
   * present-tense verb with a date after publication states a future event.
   */
  private Hit presentWithFutureDate(AnnotatedDocument doc, Sentence s, String[] w) {
    LocalDate pub = published(doc);
    if (pub == null || futureEntry == null || !s.parsed()) {
      return null;
    }
    for (TimeExpression t : doc.times()) {
      if (t.sentence() != s.index() || !t.resolved() || !t.begin().isAfter(pub)) {
        continue;
      }
      int tok = -1;
      for (Token k : s.tokens()) {
        if (t.span().contains(k.span())) {
          tok = k.index();
          break;
        }
      }
      if (tok < 0) {
        continue;
      }
      int verb = governingVerb(s, tok);
      Token v = s.tokens().get(verb);
      if (!(v.pos().equals("VBZ") || v.pos().equals("VBP")) || embeddedQuestion(s, w, verb)) {
        continue;
      }
      boolean hasAux = s.children(verb).stream().anyMatch(d -> d.relation().startsWith("aux"));
      if (hasAux) {
        continue;
      }
      HedgeLexicon.Entry e = new HedgeLexicon.Entry(t.text(), "FUTURE", futureEntry.probability(), null);
      int end = tok;
      while (end + 1 < s.tokens().size() && t.span().contains(s.tokens().get(end + 1).span())) {
        end++;
      }
      return new Hit(tok, end + 1, verb, e, Role.OPEN, futureEntry.probability());
    }
    return null;
  }

  private static boolean counterfactual(String[] w, List<Token> tokens, int after) {
    for (int k = after; k < Math.min(w.length, after + 3); k++) {
      if (w[k].equals("have") && k + 1 < w.length && tokens.get(k + 1).pos().equals("VBN")) {
        return true;
      }
      if (!(tokens.get(k).pos().startsWith("RB") || w[k].equals("not"))) {
        break;
      }
    }
    return false;
  }

  private static boolean embeddedQuestion(Sentence s, String[] w, int at) {
    // "how aid would be distributed", "what a blockade would require": no verb in between
    for (int k = at - 1; k >= Math.max(0, at - 6); k--) {
      if (s.tokens().get(k).isVerb() || w[k].equals(",")) {
        break;
      }
      if (WH_EMBEDDING.contains(w[k]) || (WH_RELATIVE.contains(w[k]) && w[at].equals("would"))) {
        return true;
      }
    }
    for (int k = at - 1; k >= 0; k--) {
      if (w[k].equals(";") || w[k].equals(":")) {
        return false;
      }
      if (w[k].equals("whether")) {
        return true;
      }
      if (w[k].equals("if") && k > 0) {
        Token prev = s.tokens().get(k - 1);
        String lemma = prev.lemma() == null ? prev.lower() : prev.lemma().toLowerCase(Locale.ROOT);
        if (EMBEDDING.contains(lemma)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean negatedBefore(String[] w, int at) {
    for (int k = at - 1; k >= Math.max(0, at - 8); k--) {
      if (NEGATORS.contains(w[k])) {
        return true;
      }
      if (w[k].equals(",") || w[k].equals(";")) {
        return false;
      }
    }
    return false;
  }

  /** A time expression dated before publication close after the modal: "could not … last week". */
  private static boolean pastDated(AnnotatedDocument doc, Sentence s, int cue) {
    LocalDate pub = published(doc);
    if (pub == null) {
      return false;
    }
    boolean past = false;
    int from = s.tokens().get(cue).span().begin();
    int to = s.tokens().get(Math.min(s.tokens().size() - 1, cue + 7)).span().end();
    for (TimeExpression t : doc.times()) {
      if (t.sentence() == s.index() && t.resolved() && t.span().begin() >= from && t.span().end() <= to) {
        if (!t.end().isBefore(pub)) {
          return false;
        }
        past = true;
      }
    }
    return past;
  }

  private static boolean futureDated(AnnotatedDocument doc, Sentence s) {
    LocalDate pub = published(doc);
    for (TimeExpression t : doc.times()) {
      if (t.sentence() == s.index() && t.resolved() && pub != null && t.end().isAfter(pub)) {
        return true;
      }
    }
    return false;
  }

  private static LocalDate published(AnnotatedDocument doc) {
    return doc.article().publishedDate();
  }

  // ------------------------------------------------------------------ spans

  /** A prediction being assembled: the clause head and its token range, with its cues. */
  static final class Group {
    int head;
    int from;
    int to;
    final List<Hit> hits = new ArrayList<>();

    Group(int head, int from, int to) {
      this.head = head;
      this.from = from;
      this.to = to;
    }

    int size() {
      return to - from;
    }

    boolean covers(int token) {
      return from <= token && token < to;
    }
  }

  private List<Group> group(Sentence s, List<Hit> hits) {
    List<Group> groups = new ArrayList<>();
    for (Hit h : hits) {
      if (h.role() != Role.OPEN) {
        continue;
      }
      int head = s.parsed() ? climb(s, h.anchor()) : h.anchor();
      if (s.parsed() && h.entry().kind().equals("NUMBER")) {
        head = governingVerb(s, head);
      }
      Group same = null;
      for (Group g : groups) {
        if (g.head == head) {
          same = g;
        }
      }
      if (same != null) {
        same.hits.add(h);
        continue;
      }
      int[] range = s.parsed() ? Attribution.subtree(s, head) : clause(s, h.from());
      Group g = new Group(head, range[0], range[1] + 1);
      g.hits.add(h);
      groups.add(g);
    }
    // a frame ("there is a risk that", "no guarantee that") and the modal clause it embeds are one
    groups.sort(Comparator.comparingInt(Group::size).reversed());
    List<Group> kept = new ArrayList<>();
    for (Group g : groups) {
      Group outer = null;
      for (Group k : kept) {
        if (k.covers(g.head) && (!s.parsed() || complementPath(s, g.head, k.head))) {
          outer = k;
          break;
        }
      }
      if (outer != null) {
        outer.hits.addAll(g.hits);
      } else {
        kept.add(g);
      }
    }
    // hedges and operators join the smallest prediction around them
    for (Hit h : hits) {
      if (h.role() == Role.OPEN) {
        continue;
      }
      Group best = null;
      for (Group g : kept) {
        if (g.covers(h.from()) && (best == null || g.size() < best.size())) {
          best = g;
        }
      }
      if (best != null) {
        best.hits.add(h);
      }
    }
    for (Group g : kept) {
      coverFrame(s, g);
      trim(s, g);
      includeReportingClause(s, g);
      g.hits.sort(Comparator.comparingInt(Hit::from));
    }
    // a bare "I expect" whose complement the parser did not attach is no prediction of its own
    kept.removeIf(g -> g.size() < 3 && g.hits.stream().allMatch(h -> h.entry().phrase().equals("expected to")));
    kept.sort(Comparator.comparingInt(g -> g.from));
    return kept;
  }

  /** A span must reach past its cue: when the parse cut it short, take the rest of the clause. */
  private static void coverFrame(Sentence s, Group g) {
    for (Hit h : g.hits) {
      if (h.role() == Role.OPEN && g.to <= h.to()) {
        int[] c = clause(s, h.from());
        g.from = Math.min(g.from, c[0]);
        g.to = Math.max(g.to, c[1] + 1);
      }
    }
  }

  /**
   * Reported speech keeps its reporting clause in front: "Google said it would appeal", "I think
   * they will deliver a cut" — the span starts at the speaker, so the holder is in view.
   */
  private void includeReportingClause(Sentence s, Group g) {
    if (!s.parsed()) {
      return;
    }
    for (Dependency c : s.children(g.head)) {
      Token v = s.tokens().get(c.dependent());
      String l = v.lemma() == null ? v.lower() : v.lemma().toLowerCase(Locale.ROOT);
      if (c.relation().startsWith("parataxis") && BELIEF_VERBS.contains(l) && beliefHedge != null) {
        g.hits.add(new Hit(c.dependent(), c.dependent() + 1, c.dependent(), beliefHedge, Role.HEDGE, beliefHedge.probability()));
        return;
      }
    }
    Dependency d = s.head(g.head);
    if (d == null || d.governor() < 0 || !(d.relation().equals("ccomp") || d.relation().startsWith("parataxis"))) {
      return;
    }
    int verb = d.governor();
    Token v = s.tokens().get(verb);
    String lemma = v.lemma() == null ? v.lower() : v.lemma().toLowerCase(Locale.ROOT);
    if (BELIEF_VERBS.contains(lemma) && beliefHedge != null) {
      g.hits.add(new Hit(verb, verb + 1, verb, beliefHedge, Role.HEDGE, beliefHedge.probability()));
    }
    if (verb >= g.from || !Attribution.SPEECH_VERBS.contains(lemma)) {
      return;
    }
    int from = verb;
    for (Dependency c : s.children(verb)) {
      if (c.relation().startsWith("nsubj") && c.dependent() < verb) {
        from = Math.min(from, Attribution.subtree(s, c.dependent())[0]);
      }
    }
    if (g.from - from <= 8) {
      g.from = from;
    }
  }

  /** The nearest verb above {@code node} ("put the odds … at about 90 percent" → put). */
  private static int governingVerb(Sentence s, int node) {
    int n = node;
    for (int steps = 0; steps < 6; steps++) {
      if (s.tokens().get(n).isVerb()) {
        return n;
      }
      Dependency d = s.head(n);
      if (d == null || d.governor() < 0) {
        return n;
      }
      n = d.governor();
    }
    return node;
  }

  private static int climb(Sentence s, int anchor) {
    int node = anchor;
    for (int steps = 0; steps < 6; steps++) {
      Dependency d = s.head(node);
      if (d == null || d.governor() < 0) {
        break;
      }
      String rel = d.relation();
      String base = rel.contains(":") && !rel.equals("aux:pass") ? rel.substring(0, rel.indexOf(':')) : rel;
      boolean none = s.tokens().get(node).lower().equals("none") && base.equals("nsubj");
      if (CLIMB.contains(rel) || CLIMB.contains(base) || none) {
        node = d.governor();
        continue;
      }
      break;
    }
    // "there is a risk that …", "there are no guarantees that …": the existential clause
    Dependency d = s.head(node);
    if (d != null && d.governor() >= 0 && d.relation().startsWith("nsubj")) {
      for (Dependency c : s.children(d.governor())) {
        if (c.relation().equals("expl")) {
          return d.governor();
        }
      }
    }
    return node;
  }

  private static boolean complementPath(Sentence s, int inner, int outer) {
    int node = inner;
    for (int steps = 0; steps < 8; steps++) {
      if (node == outer) {
        return true;
      }
      Dependency d = s.head(node);
      if (d == null || d.governor() < 0) {
        return false;
      }
      String rel = d.relation();
      String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
      if (rel.equals("acl:relcl") || !(COMPLEMENT.contains(rel) || COMPLEMENT.contains(base) || CLIMB.contains(base))) {
        return false; // a relative clause is a statement of its own
      }
      node = d.governor();
    }
    return node == outer;
  }

  /** Without a parse: the stretch between clause boundaries around the token. */
  private static int[] clause(Sentence s, int at) {
    List<Token> t = s.tokens();
    int from = at;
    while (from > 0 && !boundary(t, from - 1)) {
      from--;
    }
    int to = at;
    while (to + 1 < t.size() && !boundary(t, to + 1)) {
      to++;
    }
    return new int[] {from, to};
  }

  private static boolean boundary(List<Token> t, int k) {
    String x = t.get(k).text();
    return x.equals(";") || x.equals(":") || x.equals("—") || x.equals("--")
        || (x.equals(",") && k + 1 < t.size() && Set.of("and", "but", "while", "whereas").contains(t.get(k + 1).lower()));
  }

  private static void trim(Sentence s, Group g) {
    List<Token> t = s.tokens();
    while (g.from < g.to - 1) {
      Token first = t.get(g.from);
      boolean adverbial = first.pos().startsWith("RB") && g.from + 1 < g.to && t.get(g.from + 1).text().equals(",");
      boolean preposition = (first.pos().equals("IN") || first.pos().equals("TO")) && !first.lower().equals("if");
      if (preposition) {
        // a fronted phrase ("For Trump, this would …") goes up to its comma; a bare "of" alone
        int firstCue = g.to;
        for (Hit h : g.hits) {
          firstCue = Math.min(firstCue, h.from());
        }
        int comma = -1;
        for (int k = g.from + 1; k < Math.min(firstCue, g.from + 7); k++) {
          if (t.get(k).isVerb()) {
            break; // a clause ("that the exercise will end, as …"), not a fronted phrase
          }
          if (t.get(k).text().equals(",")) {
            comma = k;
            break;
          }
        }
        g.from = comma > 0 ? comma + 1 : g.from + 1;
      } else if (first.pos().equals("CC") || isPunct(first) || adverbial) {
        g.from++;
      } else {
        break;
      }
    }
    while (g.to - 1 > g.from && isPunct(t.get(g.to - 1)) && !t.get(g.to - 1).text().matches("[\"”]")) {
      g.to--;
    }
  }

  private static boolean isPunct(Token t) {
    return t.text().matches("\\p{Punct}+|[—–“”‘’]");
  }

  // ------------------------------------------------------------------ attributes

  private Prediction build(
      AnnotatedDocument doc, Sentence s, Group g, List<Actor> actors, Attribution attribution, int n) {
    String text = doc.article().text();
    Span span = s.span(g.from, g.to);
    List<Cue> cues = new ArrayList<>();
    for (Hit h : g.hits) {
      if (h.entry().kind().equals("INTENSIFIER") && !hasScoredAfter(g, h)) {
        continue;
      }
      Span cs = s.span(h.from(), h.to());
      cues.add(new Cue(cs.of(text), cs));
    }
    Polarity polarity = polarity(s, g);
    double p = probability(s, g);
    if (polarity == Polarity.NEGATIVE) {
      p = 1 - p; // "won't happen" at 0.975 is the event at 0.025: probability is always the event's
    }
    HedgeLexicon.Band band = lexicon.band(p);
    Holder holder = attribution.holder(s, span);
    List<String> ids = actorsIn(actors, span, s, g);
    String condition = condition(s, g, text);
    String id = doc.article().id() + ":p" + n;
    return new Prediction(
        id, span.of(text), span, holder, ids, cues, round3(p), band.level(), polarity, condition,
        HorizonResolver.resolve(doc, s, span));
  }

  private static double round3(double p) {
    return Math.round(p * 1000) / 1000.0;
  }

  private static boolean hasScoredAfter(Group g, Hit op) {
    for (Hit h : g.hits) {
      if (h.from() >= op.to() && h.value() != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The lexicon's combination rule: explicit numbers win; certainty denials ("no guarantee")
   * set the value; intensifiers move the next cue; FUTURE cues drop out when a hedge is present;
   * the rest pool by the mean of log-odds. Negations of the estimative word complement it.
   */
  double probability(Sentence s, Group g) {
    for (Hit h : g.hits) {
      if (h.entry().kind().equals("NUMBER")) {
        return h.value();
      }
    }
    boolean reported = reportedSpeech(s, g);
    for (Hit h : g.hits) {
      if (h.entry().op().equals("denyCertainty") && h.value() != null) {
        return h.value();
      }
    }
    List<Double> hedges = new ArrayList<>();
    List<Double> future = new ArrayList<>();
    HedgeLexicon.Entry pendingIntensifier = null;
    for (Hit h : g.hits) {
      if (h.role() == Role.OPERATOR) {
        if (h.entry().kind().equals("INTENSIFIER")) {
          pendingIntensifier = h.entry();
        }
        continue;
      }
      double v = h.value();
      boolean isFuture = h.entry().kind().equals("FUTURE");
      if (reported && h.entry().phrase().equals("would") && futureEntry != null) {
        v = futureEntry.probability(); // "said it would appeal" reports "will appeal"
        isFuture = true;
      }
      if (pendingIntensifier != null) {
        v = lexicon.intensify(pendingIntensifier, v);
        pendingIntensifier = null;
      }
      if (isFuture) {
        future.add(v);
      } else {
        hedges.add(v);
      }
    }
    List<Double> pool = hedges.isEmpty() ? future : hedges;
    if (pool.isEmpty()) {
      return 0.5;
    }
    return lexicon.combine(pool);
  }

  /** The clause is the complement of a past speech verb ("Google said it would appeal"). */
  private static boolean reportedSpeech(Sentence s, Group g) {
    if (!s.parsed()) {
      return false;
    }
    Dependency d = s.head(g.head);
    if (d == null || d.governor() < 0 || !d.relation().equals("ccomp")) {
      return false;
    }
    Token v = s.tokens().get(d.governor());
    String lemma = v.lemma() == null ? v.lower() : v.lemma().toLowerCase(Locale.ROOT);
    return v.pos().equals("VBD") && Attribution.SPEECH_VERBS.contains(lemma) && !BELIEF_VERBS.contains(lemma);
  }

  private static Polarity polarity(Sentence s, Group g) {
    for (Hit h : g.hits) {
      if (h.entry().op().equals("negateEvent")) {
        return Polarity.NEGATIVE;
      }
    }
    String[] w = words(s);
    for (Hit h : g.hits) {
      if (h.entry().kind().equals("MODAL") || h.entry().kind().equals("FUTURE")) {
        int k = h.to();
        while (k < w.length && s.tokens().get(k).pos().startsWith("RB") && !NEGATORS.contains(w[k])) {
          k++;
        }
        if (k < w.length && (w[k].equals("not") || w[k].equals("never"))) {
          return Polarity.NEGATIVE;
        }
      }
      // "I do not expect / think / see …": the belief is denied
      if (h.entry().phrase().equals("think") || h.entry().phrase().equals("expected to")) {
        for (int k = Math.max(0, h.from() - 3); k < h.from(); k++) {
          if (w[k].equals("not") || w[k].equals("never")) {
            return Polarity.NEGATIVE;
          }
        }
      }
    }
    return Polarity.POSITIVE;
  }

  private static List<String> actorsIn(List<Actor> actors, Span span, Sentence s, Group g) {
    List<String> ids = new ArrayList<>();
    Span subject = sharedSubject(s, g);
    for (Actor a : actors) {
      for (ActorMention m : a.mentions()) {
        if ((span.contains(m.span()) || (subject != null && subject.contains(m.span()))) && !ids.contains(a.id())) {
          ids.add(a.id());
        }
      }
    }
    return ids;
  }

  /** "Trump continues to threaten …, and may announce …": the conjunct shares the subject. */
  private static Span sharedSubject(Sentence s, Group g) {
    if (!s.parsed()) {
      return null;
    }
    for (Dependency c : s.children(g.head)) {
      if (c.relation().startsWith("nsubj")) {
        return null;
      }
    }
    Dependency d = s.head(g.head);
    if (d == null || d.governor() < 0 || !(d.relation().equals("conj") || d.relation().equals("xcomp"))) {
      return null;
    }
    for (Dependency c : s.children(d.governor())) {
      if (c.relation().startsWith("nsubj")) {
        int[] r = Attribution.subtree(s, c.dependent());
        return s.span(r[0], r[1] + 1);
      }
    }
    return null;
  }

  private static String condition(Sentence s, Group g, String text) {
    List<Token> t = s.tokens();
    for (int k = 0; k < t.size(); k++) {
      String w = t.get(k).lower();
      boolean starts = w.equals("if") || w.equals("unless")
          || (w.equals("provided") && k + 1 < t.size() && t.get(k + 1).lower().equals("that"));
      if (!starts) {
        continue;
      }
      if (k > 0 && EMBEDDING.contains(t.get(k - 1).lemma() == null ? "" : t.get(k - 1).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int end = k + 1;
      while (end < t.size() && !t.get(end).text().equals(",") && !t.get(end).text().equals(";")
          && !(end == t.size() - 1 && isPunct(t.get(end)))) {
        end++;
      }
      boolean governs = k < g.from || k >= g.to || g.covers(k);
      if (governs && end > k + 1) {
        return s.span(k, end).of(text);
      }
    }
    return null;
  }
}
