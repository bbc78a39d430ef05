package org.hindsight.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hindsight.article.Span;
import org.hindsight.extract.Claim;
import org.hindsight.extract.Cue;
import org.hindsight.extract.Polarity;
import org.hindsight.extract.Prediction;
import org.hindsight.extract.actor.Actor;
import org.hindsight.extract.actor.ActorMention;
import org.hindsight.extract.attribution.Quotes;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * Claims: the statements about the present or past in each sentence — what is left of a sentence
 * once its predictions are taken out, when that still holds a verb. Each gets its holder ({@link
 * Attribution}), the actors mentioned in it, its evidential hedges ("seems", "reportedly") with a
 * certainty, and its polarity. Questions are not claims. Stateless; thread-safe.
 */
public final class ClaimExtractor {

  /**
   * Evidential cues of claims with the certainty they leave. Values follow the hedge lexicon's
   * survey data: "seems"/"appears"/"apparently" read like "Probable"/"Likely" (0.75 in CAPphrase);
   * hearsay markers ("reportedly", "allegedly", "said to") like "Possible"… "Likely"; we take the
   * lexicon's "plausible" value (0.6) for them.
   */
  static final Map<String, Double> EVIDENTIALS =
      Map.ofEntries(
          Map.entry("seems", 0.75), Map.entry("seem", 0.75), Map.entry("seemed", 0.75),
          Map.entry("appears", 0.75), Map.entry("appear", 0.75), Map.entry("appeared", 0.75),
          Map.entry("apparently", 0.75), Map.entry("reportedly", 0.6), Map.entry("allegedly", 0.6),
          Map.entry("purportedly", 0.6), Map.entry("supposedly", 0.6), Map.entry("probably", 0.75),
          Map.entry("possibly", 0.4), Map.entry("perhaps", 0.4), Map.entry("likely", 0.75),
          Map.entry("suggests", 0.6), Map.entry("indicates", 0.75));

  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "none", "nobody", "nothing");

  public List<Claim> extract(
      AnnotatedDocument doc, List<Actor> actors, List<Prediction> predictions, Attribution attribution) {
    List<Claim> out = new ArrayList<>();
    for (Part p : parts(doc, predictions, attribution)) {
      out.add(claim(doc, p, actors, attribution, out.size()));
    }
    return out;
  }

  /**
   * The spans of the claims whose holder attribution decides (every claim but the reports of
   * speech, which are the author's): what the attribution model is trained on.
   */
  public List<Span> attributable(AnnotatedDocument doc, List<Prediction> predictions, Attribution attribution) {
    List<Span> out = new ArrayList<>();
    for (Part p : parts(doc, predictions, attribution)) {
      if (!p.report()) {
        out.add(p.sentence().span(p.from(), p.to()));
      }
    }
    return out;
  }

  /**
   * One claim to be: tokens [from, to) of a sentence; {@code report} when it is the whole of a
   * report ("Trump said he believed an agreement was close"): the author's account that someone
   * spoke, whose statement is a claim of its own.
   */
  private record Part(Sentence sentence, int from, int to, boolean report) {}

  private List<Part> parts(AnnotatedDocument doc, List<Prediction> predictions, Attribution attribution) {
    List<Part> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Token> t = s.tokens();
      if (t.get(t.size() - 1).text().equals("?")) {
        continue;
      }
      boolean[] taken = new boolean[t.size()];
      for (Prediction p : predictions) {
        if (s.span().overlaps(p.span())) {
          for (Token tok : t) {
            if (p.span().contains(tok.span())) {
              taken[tok.index()] = true;
            }
          }
        }
      }
      // every run of tokens outside predictions that holds a finite verb, and the past or present
      // clauses nested inside a prediction ("…, which are being mediated by Qatar")
      int k = 0;
      while (k < t.size()) {
        if (taken[k]) {
          k++;
          continue;
        }
        int from = k;
        while (k < t.size() && !taken[k]) {
          k++;
        }
        for (int[] clause : clauses(t, from, k, attribution.quotes())) {
          int[] r = trimmed(t, clause[0], clause[1]);
          if (r != null) {
            addClause(s, r, attribution, out);
          }
        }
      }
      for (int[] r : nestedClauses(s, taken)) {
        out.add(new Part(s, r[0], r[1], false));
      }
    }
    return out;
  }

  /**
   * A clause; when it reports someone's statement, first the statement (a claim of its own, even
   * without a finite verb: "called the plan a disaster"), then the whole report as the author's.
   */
  private static void addClause(Sentence s, int[] r, Attribution attribution, List<Part> out) {
    List<Token> t = s.tokens();
    boolean clause = r[1] - r[0] >= 3 && hasFiniteVerb(t, r[0], r[1]);
    ReportSplitter.Split split = ReportSplitter.split(s, r[0], r[1], attribution.cues(), attribution.quotes());
    int[] statement = split == null ? null : trimmed(t, split.from(), split.to());
    if (statement != null && statement[1] - statement[0] >= 3) {
      out.add(new Part(s, statement[0], statement[1], false));
      if (clause && !(statement[0] == r[0] && statement[1] == r[1])) {
        out.add(new Part(s, r[0], r[1], true));
      }
    } else if (clause && !bareFrame(t, r, attribution)) {
      out.add(new Part(s, r[0], r[1], false));
    }
  }

  /**
   * A clause that only says who spoke, its statement taken by a prediction: "The Bundesbank, Poehl
   * said" left of "is unlikely to cut rates", "the company has said", "Interest rates, the Bank of
   * Japan governor said". It ends with its cue and holds nothing but names and nouns before it
   * ("of a virtual halt in its exploration program, Pennzoil said" says why).
   */
  private static boolean bareFrame(List<Token> t, int[] r, Attribution attribution) {
    int last = r[1] - 1;
    if (!attribution.cues().verb(t.get(last))) {
      return false;
    }
    int end = last > r[0] && t.get(last - 1).isVerb() ? last - 1 : last;
    for (int i = r[0]; i < end; i++) {
      Token x = t.get(i);
      boolean ofInName = x.lower().equals("of") && i + 1 < end && t.get(i + 1).pos().startsWith("NNP");
      if (!(ReportSplitter.SPEAKER.contains(x.pos()) || x.text().equals(",") || ofInName)) {
        return false;
      }
    }
    return true;
  }

  static final java.util.Set<String> SUBORDINATORS =
      java.util.Set.of("after", "because", "while", "although", "though", "whereas", "since", "when",
          "as", "before", "until", "which", "who", "where");

  /**
   * Splits a run of tokens into clauses at ";", ":", a dash, and at a conjunction or subordinator
   * that starts a part with its own finite verb ("stocks jumped …, and the yen fell after Takaichi
   * won …"): one claim per clause, so each statement can be found and attributed.
   */
  static List<int[]> clauses(List<Token> t, int from, int to, Quotes quotes) {
    List<int[]> out = new ArrayList<>();
    int start = from;
    for (int k = from + 1; k < to; k++) {
      String w = t.get(k).lower();
      boolean hard = w.equals(";") || w.equals(":") || w.equals("—") || w.equals("--");
      boolean soft = (t.get(k).pos().equals("CC") && (w.equals("but") || w.equals("and") && !subjectAfterReport(t, start, k, quotes)))
          || (SUBORDINATORS.contains(w) && (t.get(k).pos().equals("IN") || t.get(k).pos().startsWith("W"))
              && !insideReport(t, start, k, to, quotes));
      if (hard || (soft && hasFiniteVerb(t, start, k) && hasFiniteVerb(t, k + 1, clauseEnd(t, k + 1, to)))) {
        out.add(new int[] {start, k});
        start = hard ? k + 1 : k;
      }
    }
    out.add(new int[] {start, to});
    return out;
  }

  /**
   * Whether the "and" at {@code k} joins the subjects of a reported statement: "Ms. Lindqvist said
   * the toll and the ferry fares will rise", where only a noun phrase (no verb, comma or quotation
   * mark) stands between the speech verb and the "and".
   */
  private static boolean subjectAfterReport(List<Token> t, int start, int k, Quotes quotes) {
    for (int v = k - 1; v >= start; v--) {
      Token x = t.get(v);
      if (x.text().equals(",") || x.isQuoteMark()) {
        return false;
      }
      if (x.isVerb()) {
        return v < k - 1 && speech(x, quotes);
      }
    }
    return false;
  }

  /**
   * Whether a subordinate clause at {@code k} goes on a statement reported since {@code start}: a
   * speech verb outside quotations, then the statement's own finite verb, before it. "Mayor Okonjo
   * said the toll is wrong because the bridge costs too much": the reason is Okonjo's, and part of
   * what she said. Not when the subordinate clause is reported by someone else ("… although the
   * plan stands, a spokesman said").
   */
  private static boolean insideReport(List<Token> t, int start, int k, int to, Quotes quotes) {
    for (int v = start; v < k - 1; v++) {
      if (speech(t.get(v), quotes)) {
        for (int w = k + 1; w < to; w++) {
          if (speech(t.get(w), quotes)) {
            return false;
          }
        }
        return hasFiniteVerb(t, v + 1, k);
      }
    }
    return false;
  }

  private static boolean speech(Token x, Quotes quotes) {
    return x.isVerb() && Attribution.speechLemma(x) && !quotes.inside(x.span());
  }

  private static int clauseEnd(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = t.get(k).lower();
      if (w.equals(";") || w.equals(":") || (t.get(k).pos().equals("CC") && k > from)) {
        return k;
      }
    }
    return to;
  }

  /** Relative and adverbial clauses with a past or present finite verb inside prediction spans. */
  private static List<int[]> nestedClauses(Sentence s, boolean[] taken) {
    List<int[]> out = new ArrayList<>();
    if (!s.parsed()) {
      return out;
    }
    for (org.hindsight.nlp.Dependency d : s.dependencies()) {
      String rel = d.relation();
      boolean clausal = rel.equals("acl:relcl") || rel.equals("advcl") || rel.equals("ccomp")
          || ((rel.equals("conj") || rel.startsWith("parataxis")) && hasSubject(s, d.dependent()));
      if (!clausal || !taken[d.dependent()]) {
        continue;
      }
      Token v = s.tokens().get(d.dependent());
      boolean finite = v.pos().equals("VBD") || v.pos().equals("VBZ") || v.pos().equals("VBP");
      for (org.hindsight.nlp.Dependency c : s.children(d.dependent())) {
        String p = s.tokens().get(c.dependent()).pos();
        if (c.relation().startsWith("aux")) {
          finite = !p.equals("MD") && (finite || p.equals("VBD") || p.equals("VBZ") || p.equals("VBP"));
        }
      }
      if (!finite || frameOnly(s, d.dependent())) {
        continue;
      }
      int[] r = Attribution.subtree(s, d.dependent());
      int[] tr = trimmed(s.tokens(), r[0], r[1] + 1);
      if (tr != null && tr[1] - tr[0] >= 3) {
        out.add(tr);
      }
    }
    return out;
  }

  /**
   * A reporting verb with nothing reported under it: "Mr. Smith said" set inside the prediction it
   * reports ("The dollar, Mr. Smith said, will …"), which the parser hangs below the prediction.
   */
  private static boolean frameOnly(Sentence s, int verb) {
    if (!Attribution.speechLemma(s.tokens().get(verb))) {
      return false;
    }
    boolean speaker = false;
    for (org.hindsight.nlp.Dependency c : s.children(verb)) {
      String rel = c.relation();
      if (rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("obj") || rel.equals("dobj") || rel.startsWith("parataxis")
          || rel.equals("advcl") || rel.endsWith(":pass")) {
        return false;
      }
      speaker |= rel.equals("nsubj");
    }
    return speaker;
  }

  private static boolean hasSubject(Sentence s, int verb) {
    for (org.hindsight.nlp.Dependency c : s.children(verb)) {
      if (c.relation().startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }

  private Claim claim(AnnotatedDocument doc, Part part, List<Actor> actors, Attribution attribution, int n) {
    Sentence s = part.sentence();
    int from = part.from();
    int to = part.to();
    String text = doc.article().text();
    List<Token> t = s.tokens();
    Span span = s.span(from, to);
    List<Cue> cues = new ArrayList<>();
    Double certainty = null;
    Polarity polarity = Polarity.POSITIVE;
    for (int i = from; i < to; i++) {
      Token tok = t.get(i);
      Double v = EVIDENTIALS.get(tok.lower());
      if (v != null) {
        cues.add(new Cue(tok.text(), tok.span()));
        certainty = certainty == null ? v : Math.min(certainty, v);
      }
      if (NEGATORS.contains(tok.lower()) && (tok.pos().startsWith("RB") || tok.pos().equals("DT"))) {
        polarity = Polarity.NEGATIVE;
      }
    }
    List<String> ids = new ArrayList<>();
    // a clause that starts with its verb shares the sentence's subject ("…, and has so far been
    // slow to commit"): the actors named before the sentence's first verb count too
    Span subject = null;
    if (t.get(from).isVerb() && from > 0) {
      int firstVerb = 0;
      while (firstVerb < t.size() && !t.get(firstVerb).isVerb()) {
        firstVerb++;
      }
      if (firstVerb > 0 && firstVerb < from) {
        subject = s.span(0, firstVerb);
      }
    }
    for (Actor a : actors) {
      for (ActorMention m : a.mentions()) {
        boolean in = span.contains(m.span()) || (subject != null && subject.contains(m.span()));
        if (in && !ids.contains(a.id())) {
          ids.add(a.id());
        }
      }
    }
    return new Claim(
        doc.article().id() + ":c" + n,
        span.of(text),
        span,
        part.report() ? attribution.author() : attribution.claimHolder(s, span),
        ids,
        cues,
        certainty,
        polarity);
  }

  private static int[] trimmed(List<Token> t, int from, int to) {
    while (from < to && (t.get(from).isPunctuation() || t.get(from).pos().equals("CC")
        || (SUBORDINATORS.contains(t.get(from).lower()) && from + 1 < to))) {
      from++;
    }
    while (to > from && (t.get(to - 1).isPunctuation() || t.get(to - 1).pos().equals("CC"))) {
      to--;
    }
    return from < to ? new int[] {from, to} : null;
  }

  static boolean hasFiniteVerb(List<Token> t, int from, int to) {
    for (int i = from; i < to; i++) {
      String pos = t.get(i).pos();
      if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) {
        return true;
      }
    }
    return false;
  }
}
