package org.hindsight.extract.claim;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.hindsight.extract.attribution.Cues;
import org.hindsight.extract.attribution.Quotes;
import org.hindsight.nlp.Dependency;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * Splits a clause that reports someone's statement into the statement and its reporting frame:
 * "Trump said the wall will be built" → "the wall will be built" | "Trump said"; "Formal documents
 * will be sent …, it said in a brief statement" → "Formal documents will be sent …" | "it said in a
 * brief statement"; "According to the poll, Clinton leads" → "Clinton leads". The statement is a
 * claim of its own (its holder is found by attribution); the frame is one only when it says more
 * than who spoke. The cue is a reporting verb of the learned cue lexicon outside quotation marks;
 * with a parse, its clausal complement is the statement. A quotation in two parts around its frame
 * ('"If you read the bill," Okafor said, "you see that it costs nothing"') is one statement.
 * Stateless.
 */
final class ReportSplitter {

  /** A clause split at a report: the statement's tokens [from, to), the cue, or null for no split. */
  record Split(int from, int to, int cue) {}

  /** Marks between a cue and its content that the content does not start with. */
  private static final Set<String> QUOTES_AND_COLON = Set.of(":", "``", "\"", "\u201c");

  private ReportSplitter() {}

  /**
   * The first token from {@code from} (at most {@code end}) that is not one of {@link
   * #QUOTES_AND_COLON}: where a statement's content starts.
   */
  private static int afterMarks(List<Token> t, int from, int end) {
    int k = from;
    while (k < end && QUOTES_AND_COLON.contains(t.get(k).lower())) {
      k++;
    }
    return k;
  }

  /** The report in tokens [from, to) of a sentence, or null. */
  static Split split(Sentence s, int from, int to, Cues cues, Quotes quotes) {
    List<Token> t = s.tokens();
    Split best = null;
    int bestDepth = Integer.MAX_VALUE;
    for (int v = from; v < to; v++) {
      Token cue = t.get(v);
      if (!cues.verb(cue) || quotes.inside(cue.span()) || auxiliary(t, v, to) || Cues.participleAfterNoun(t, v)) {
        continue;
      }
      if (parenthetical(t, from, to, v)) {
        // "The new bridge, Mr. Harlan said, was finished …": the frame sits inside its statement
        return new Split(from, to, v);
      }
      if (betweenQuotes(t, from, to, v)) {
        // '"If you read the bill," Okafor said, "you see …"': one statement quoted in two parts
        return new Split(afterMarks(t, from, v), to, v);
      }
      Split found = s.parsed() ? complement(s, from, to, v) : null;
      if (found == null) {
        found = cue.lower().equals("according") ? accordingTo(t, from, to, v) : byPosition(t, from, to, v);
      }
      int depth = depth(s, from, v);
      if (found != null && found.to() - found.from() >= 3 && depth < bestDepth) {
        best = found;
        bestDepth = depth;
      }
    }
    return best;
  }

  /**
   * How far a cue lies below the clause's main verb, so that the report's own verb wins over a
   * cue in an adjunct ("Asked whether she expected a long fight, Clinton said …"): with a parse,
   * the arcs up to the root; without, 1 for a cue that is no finite verb ("attacking") and 1 more
   * inside a leading phrase that opens with a participle or a subordinator and ends at a comma.
   */
  private static int depth(Sentence s, int from, int v) {
    if (s.parsed()) {
      int d = 0;
      for (Dependency h = s.head(v); h != null && h.governor() >= 0 && d < 64; h = s.head(h.governor())) {
        d++;
      }
      return d;
    }
    List<Token> t = s.tokens();
    String pos = t.get(v).pos();
    int d = pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || afterAuxiliary(t, from, v) ? 0 : 1;
    return d + (leadingPhrase(t, from, v) ? 1 : 0);
  }

  /**
   * Whether a participle is the finite verb of its clause with the auxiliary before it ("is
   * saying", "has said", "had not yet said"): as much the main verb as "says", and so it wins over
   * a finite cue inside its statement ("… is saying that the figures show the need for …").
   */
  private static boolean afterAuxiliary(List<Token> t, int from, int v) {
    String pos = t.get(v).pos();
    if (!pos.equals("VBN") && !pos.equals("VBG")) {
      return false;
    }
    for (int k = v - 1; k >= from && k >= v - 3; k--) {
      Token x = t.get(k);
      if (x.pos().startsWith("RB")) {
        continue;
      }
      return x.pos().equals("MD") || x.isVerb() && AUXILIARY_LEMMAS.contains(x.lowerLemma());
    }
    return false;
  }

  private static final Set<String> AUXILIARY_LEMMAS = Set.of("be", "have");

  /** Whether token v lies in a phrase that opens the clause with a participle or a subordinator and ends at a comma. */
  private static boolean leadingPhrase(List<Token> t, int from, int v) {
    String first = t.get(from).pos();
    if (!(first.equals("VBN") || first.equals("VBG") || first.equals("IN") || first.equals("WRB"))) {
      return false;
    }
    for (int k = from; k < v; k++) {
      if (t.get(k).text().equals(",")) {
        return false;
      }
    }
    for (int k = v + 1; k < t.size(); k++) {
      if (t.get(k).text().equals(",")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tokens a speaker set between commas is made of ("Mr. Okafor", "the bank's chairman", "he"), and
   * a bare frame before its cue ({@link ClaimExtractor}).
   */
  static final Set<String> SPEAKER = Set.of("DT", "PRP", "PRP$", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "HYPH", "RB");

  /**
   * Whether the cue at {@code v} is a frame set between commas inside its statement: "The new
   * bridge, Mr. Harlan said, was finished …", "Inflation, Mr. Okafor often says, is …", "Too often,
   * Ms. Varga said in an interview, the talks …". What comes before the frame has no finite verb (it
   * is the statement's subject or a fronted adverbial) and what follows it has one.
   */
  static boolean parenthetical(List<Token> t, int from, int to, int v) {
    int open = v - 1;
    while (open > from && SPEAKER.contains(t.get(open).pos()) && !t.get(open).text().equals(",")) {
      open--;
    }
    if (open <= from || open == v - 1 || !t.get(open).text().equals(",")) {
      return false;
    }
    int close = v + 1;
    while (close < to && close <= v + 5 && !t.get(close).text().equals(",") && !t.get(close).isVerb() && !t.get(close).isQuoteMark()) {
      close++;
    }
    if (close >= to || close > v + 5 || !t.get(close).text().equals(",")) {
      return false;
    }
    // "If the toll fails to pass, Mr. Lindqvist argues, there are …": a fronted condition may have
    // its verb, also after an adverb ("Even if …", "Only when …")
    int lead = from + 1 < open && t.get(from).pos().startsWith("RB") ? from + 1 : from;
    String opener = t.get(lead).lower();
    boolean fronted = ClaimExtractor.SUBORDINATORS.contains(opener) || opener.equals("if") || opener.equals("unless");
    return (fronted || !ClaimExtractor.hasFiniteVerb(t, from, open)) && ClaimExtractor.hasFiniteVerb(t, close + 1, to);
  }

  /**
   * Whether the cue at {@code v} is a frame between the two parts of one quotation: the clause
   * opens with a quotation mark (or just after one), a comma and a closing mark come just before
   * the speaker, and a comma and an opening mark follow the cue within six tokens ("Okafor said in
   * an interview, “…").
   */
  static boolean betweenQuotes(List<Token> t, int from, int to, int v) {
    if (!(t.get(from).isQuoteMark() || from > 0 && t.get(from - 1).isQuoteMark())) {
      return false;
    }
    int open = v - 1;
    while (open > from && SPEAKER.contains(t.get(open).pos()) && !t.get(open).isQuoteMark()) {
      open--;
    }
    if (open <= from + 1 || open == v - 1 || !t.get(open).isQuoteMark() || !t.get(open - 1).text().equals(",")) {
      return false;
    }
    for (int close = v + 1; close + 1 < to && close <= v + 6; close++) {
      if (t.get(close).text().equals(",")) {
        return t.get(close + 1).isQuoteMark() && close + 2 < to;
      }
      if (t.get(close).isVerb() || t.get(close).isQuoteMark()) {
        return false;
      }
    }
    return false;
  }

  /**
   * A verb that only helps the next one ("has said"). An existential "there" the tagger read as an
   * adverb opens the next clause ("says there needs to be a law …").
   */
  private static boolean auxiliary(List<Token> t, int v, int to) {
    for (int k = v + 1; k < to && k <= v + 2; k++) {
      if (t.get(k).isVerb()) {
        return true;
      }
      if (!t.get(k).pos().startsWith("RB") || t.get(k).lower().equals("there")) {
        return false;
      }
    }
    return false;
  }

  /** With a parse: the cue's clausal complement, when it lies inside the clause. */
  private static Split complement(Sentence s, int from, int to, int v) {
    for (Dependency d : s.children(v)) {
      if (d.relation().equals("ccomp") || d.relation().startsWith("parataxis")) {
        int[] r = Attribution.subtree(s, d.dependent());
        if (r[0] >= from && r[1] < to && !(r[0] <= v && v <= r[1])) {
          return new Split(afterMarks(s.tokens(), r[0], r[1] + 1), gardenPathEnd(s, v, r[1], to) + 1, v);
        }
      }
    }
    return null;
  }

  /**
   * Where a complement ending at {@code end} really ends. The parser often reads a long report as
   * a garden path: in "Okafor told Reuters that he believes the contest for the party nomination
   * has now come down to the governor and the mayor" the report "Okafor told …" is the clausal
   * subject of "come", and the complement of "told" stops at "nomination". Then the statement runs
   * on through the phrase of the verb the report hangs on (within the clause).
   */
  private static int gardenPathEnd(Sentence s, int v, int end, int to) {
    Dependency up = s.head(v);
    if (up == null || !up.relation().startsWith("csubj") || up.governor() <= end) {
      return end;
    }
    return Math.min(to - 1, Math.max(end, Attribution.subtree(s, up.governor())[1]));
  }

  /** "X, according to Y" or "According to Y, X". */
  private static Split accordingTo(List<Token> t, int from, int to, int v) {
    int comma = v - 1;
    while (comma >= from && !t.get(comma).text().equals(",")) {
      comma--;
    }
    if (comma > from) {
      return new Split(from, comma, v);
    }
    for (int k = v + 1; k < to; k++) {
      if (t.get(k).text().equals(",")) {
        return new Split(k + 1, to, v);
      }
    }
    return null;
  }

  /**
   * Without a parse: "X said (that) Y" when a finite clause follows the cue after its subject
   * (whatever comes before the subject: "Asked about it, X said Y"); otherwise "Y, X said …" (the
   * statement ends at the comma or quotation mark before the speaker, or before an inverted "said
   * X") or what follows the cue.
   */
  private static Split byPosition(List<Token> t, int from, int to, int v) {
    int k = v - 1;
    while (k > from && (NOUN_PHRASE.contains(t.get(k).pos()) || t.get(k).pos().startsWith("RB") || t.get(k).pos().equals("MD"))) {
      k--;
    }
    Split after = afterCue(t, to, v);
    if (after != null && ClaimExtractor.hasFiniteVerb(t, after.from(), firstComma(t, after.from(), after.to()))) {
      // "Making the rounds on Sunday, Carson said he was facing …", "Greg Hollis, a broker, said the
      // Boeing was …": what comes before the speaker is no statement; "…, said Ann Selzer, who runs
      // the poll" has no verb before its comma
      return after;
    }
    if (k > from && (t.get(k).text().equals(",") || t.get(k).isQuoteMark())) {
      int end = k;
      while (end > from && (t.get(end - 1).text().equals(",") || t.get(end - 1).isQuoteMark())) {
        end--;
      }
      // "The bridge was finished late, Mr. Harlan said" and "…, said Pieter Vos, founder of …"
      // (inverted) report what comes before; but a subject with its apposition ("Ms. Okafor, the
      // port's chairwoman, criticised …") or a fronted phrase without a clause of its own ("In his
      // 1998 memoir, Rising Tides, Mr. Harlan recalled …") is no statement when the cue has
      // something after it to report
      boolean statement = after == null
          ? hasVerb(t, from, end) || k == v - 1
          : quoted(t, from, k + 1) || outsideRelative(t, from, end, true) || k == v - 1 && outsideRelative(t, from, end, false);
      if (statement) {
        return new Split(from, end, v);
      }
    }
    return afterCue(t, to, v);
  }

  /**
   * "X said (that) Y": the statement starts after the cue, or after a "that" within four tokens of
   * it and before any verb ("told reporters that …"; in "says he is confident that …" the
   * statement has begun at "he").
   */
  private static Split afterCue(List<Token> t, int to, int v) {
    int start = v + 1;
    for (int j = v + 1; j < to && j <= v + 4 && !t.get(j).isVerb() && !contracted(t, j); j++) {
      if (t.get(j).lower().equals("that") && (t.get(j).pos().equals("IN") || thatAfterNoun(t, j, to))) {
        start = j;
        break;
      }
    }
    if (start == v + 1) {
      // 'told reporters, "I like …', 'told CNN: "…': the one addressed stands between the cue and
      // the quotation
      for (int j = v + 1; j < to - 1 && j <= v + 4 && NOUN_PHRASE.contains(t.get(j).pos()); j++) {
        if (t.get(j + 1).text().equals(",") || t.get(j + 1).text().equals(":")) {
          if (j + 2 < to && t.get(j + 2).isQuoteMark()) {
            start = j + 1;
          }
          break;
        }
      }
    }
    if (start + 1 < to && (t.get(start).text().equals(",") || t.get(start).text().equals(":"))
        && (t.get(start + 1).isQuoteMark() || t.get(start + 1).text().equals(":"))) {
      start++; // 'said, "Last time I looked …'
    }
    if (start < to && (t.get(start).text().equals(",") || t.get(start).pos().equals("IN") && !t.get(start).lower().equals("that"))) {
      return null; // ", citing …", "in a statement": what follows the cue is not its content
    }
    start = afterMarks(t, start, to);
    return start < to ? new Split(start, to, v) : null;
  }

  /**
   * A "that" the tagger read as a determiner or relative pronoun that opens the statement after
   * the cue's adjunct ("writes in a magazine that Trump exhibits …"): it follows a preposition's
   * object, and a subject and a finite verb follow it (not a verb at once: "told a paper that
   * publishes …", nor after the cue's own object: "approved a bill that analysts said includes …"
   * are relative clauses).
   */
  private static boolean thatAfterNoun(List<Token> t, int j, int to) {
    if (j + 2 >= to || !t.get(j - 1).pos().startsWith("NN") || t.get(j + 1).isVerb() || !prepositionBefore(t, j)) {
      return false;
    }
    String next = t.get(j + 1).pos();
    return (next.startsWith("NN") || next.equals("PRP") || next.equals("DT")) && ClaimExtractor.hasFiniteVerb(t, j + 2, Math.min(to, j + 7));
  }

  /** Whether the noun phrase before token {@code j} is a preposition's object ("in a magazine"). */
  private static boolean prepositionBefore(List<Token> t, int j) {
    for (int k = j - 1; k >= 0 && k >= j - 4; k--) {
      String pos = t.get(k).pos();
      if (pos.equals("IN") || pos.equals("TO")) {
        return true;
      }
      if (!NOUN_PHRASE.contains(pos)) {
        return false;
      }
    }
    return false;
  }

  /** "he’s", "it's": the contracted verb after a pronoun, which the tagger often reads as a possessive. */
  private static boolean contracted(List<Token> t, int j) {
    String w = t.get(j).lower();
    return j > 0 && (w.equals("'s") || w.equals("\u2019s")) && t.get(j - 1).pos().equals("PRP");
  }

  /**
   * Whether tokens [from, to) have a verb (a finite one when {@code finite}) outside a relative
   * clause set off by a comma: in "Pieter Harlan, who was listed on the county slate, told reporters
   * …" the speaker's relative clause is no statement of its own.
   */
  static boolean outsideRelative(List<Token> t, int from, int to, boolean finite) {
    for (int i = from; i < to; i++) {
      if (t.get(i).text().equals(",") && i + 1 < to && RELATIVE.contains(t.get(i + 1).pos())) {
        int j = i + 2;
        while (j < to && !t.get(j).text().equals(",")) {
          j++;
        }
        i = j - 1;
        continue;
      }
      if (finite ? ClaimExtractor.hasFiniteVerb(t, i, i + 1) : t.get(i).isVerb()) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> RELATIVE = Set.of("WP", "WDT", "WP$");

  private static int firstComma(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.get(k).text().equals(",")) {
        return k;
      }
    }
    return to;
  }

  private static final Set<String> NOUN_PHRASE =
      Set.of("DT", "PRP", "PRP$", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "HYPH");

  private static boolean hasVerb(List<Token> t, int from, int to) {
    return any(t, from, to, Token::isVerb);
  }

  private static boolean quoted(List<Token> t, int from, int to) {
    return any(t, from, to, Token::isQuoteMark);
  }

  private static boolean any(List<Token> t, int from, int to, Predicate<Token> p) {
    for (int i = from; i < to; i++) {
      if (p.test(t.get(i))) {
        return true;
      }
    }
    return false;
  }
}
