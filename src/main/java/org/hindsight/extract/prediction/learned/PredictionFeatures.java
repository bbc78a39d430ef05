package org.hindsight.extract.prediction.learned;

import static org.hindsight.extract.prediction.cue.CueContext.published;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hindsight.extract.claim.Attribution;
import org.hindsight.extract.prediction.clause.Group;
import org.hindsight.extract.prediction.cue.Hit;
import org.hindsight.extract.prediction.cue.Role;
import org.hindsight.learn.Example;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.Dependency;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.TimeExpression;
import org.hindsight.nlp.Token;

/**
 * The features of one candidate prediction (a clause some cue opened), shared by training and
 * extraction so the two cannot drift. Each feature is named for what it looks at, so the weights
 * explain themselves: the cues and their kinds, the tense and mood around the cue ("was expected",
 * "as expected", "could have"), how the clause hangs in the sentence (complement of a speech verb,
 * relative clause, condition), time expressions before or after publication, negation, the
 * subject, and the clause's size. Stateless.
 */
public final class PredictionFeatures {

  private static final Set<String> PAST_MARKERS = Set.of("was", "were", "had", "been", "did", "ago", "last", "earlier", "previously");
  private static final Set<String> PRONOUNS = Set.of("i", "we", "you", "he", "she", "it", "they");

  private PredictionFeatures() {}

  /** The features of candidate {@code g} of sentence {@code s}. */
  public static List<String> of(AnnotatedDocument doc, Sentence s, Group g) {
    List<String> f = new ArrayList<>();
    List<Token> t = s.tokens();
    f.add("bias");
    f.add(s.parsed() ? "parsed" : "unparsed");
    int open = 0;
    for (Hit h : g.hits) {
      String phrase = h.entry().phrase().toLowerCase(Locale.ROOT);
      String kind = h.entry().kind();
      f.add("cue=" + phrase);
      f.add("cuekind=" + kind + ":" + h.role());
      if (h.role() == Role.OPEN) {
        open++;
        Token first = t.get(h.from());
        f.add("cuepos=" + first.pos());
        f.add("cue.pos=" + phrase + ":" + first.pos());
        String prev = h.from() > 0 ? t.get(h.from() - 1).lower() : "<s>";
        String prev2 = h.from() > 1 ? t.get(h.from() - 2).lower() : "<s>";
        f.add("prev=" + word(prev));
        if (PAST_MARKERS.contains(prev) || PAST_MARKERS.contains(prev2)) {
          f.add("past.marker.before");
        }
        if (prev.equals("as") || prev2.equals("as") || prev.equals("than")) {
          f.add("as/than.before");
        }
        String next = h.to() < t.size() ? t.get(h.to()).lower() : "</s>";
        f.add("next=" + word(next));
        if (h.to() + 1 < t.size() && next.equals("have") && t.get(h.to() + 1).pos().equals("VBN")) {
          f.add("modal.have.VBN");
        }
        if (h.to() < t.size()) {
          f.add("nextpos=" + t.get(h.to()).pos());
        }
        // the nearest verbs on either side: their tense tells a forecast from a report
        for (int k = h.to(); k < Math.min(g.to, h.to() + 6); k++) {
          if (t.get(k).isVerb()) {
            f.add("verb.after=" + t.get(k).pos());
            f.add("verb.after.lemma=" + lemma(t.get(k)));
            break;
          }
        }
        for (int k = h.from() - 1; k >= Math.max(0, h.from() - 6); k--) {
          if (t.get(k).isVerb()) {
            f.add("verb.before=" + t.get(k).pos());
            break;
          }
        }
      }
    }
    f.add(Example.real("open", Math.min(open, 3)));
    if (g.hits.stream().anyMatch(h -> h.value() != null && h.value() < 0.9 && h.role() != Role.OPERATOR)) {
      f.add("hedged");
    }
    headFeatures(s, g, f);
    timeFeatures(doc, s, g, f);
    // the sentence around
    boolean ifBefore = false;
    for (int k = 0; k < t.size(); k++) {
      String w = t.get(k).lower();
      if ((w.equals("if") || w.equals("unless")) && k < g.to) {
        ifBefore = true;
      }
    }
    if (ifBefore) {
      f.add("condition");
    }
    for (int k = g.from; k < g.to; k++) {
      String w = t.get(k).lower();
      if (w.equals("not") || w.equals("n't") || w.equals("never") || w.equals("no")) {
        f.add("negated");
        break;
      }
    }
    boolean quoted = false;
    for (int k = 0; k < g.from; k++) {
      quoted ^= t.get(k).text().matches("[\"“”]");
    }
    if (quoted) {
      f.add("in.quote");
    }
    if (s.index() == 0) {
      f.add("first.sentence");
    }
    int len = g.to - g.from;
    f.add("len=" + (len < 5 ? "<5" : len < 10 ? "<10" : len < 20 ? "<20" : len < 40 ? "<40" : ">=40"));
    return f;
  }

  /** The clause head: its POS and lemma, how it attaches, its subject, the verb above it. */
  private static void headFeatures(Sentence s, Group g, List<String> f) {
    Token head = s.tokens().get(g.head);
    f.add("headpos=" + head.pos());
    if (!s.parsed()) {
      return;
    }
    Dependency up = s.head(g.head);
    String rel = up == null || up.governor() < 0 ? "root" : up.relation();
    f.add("deprel=" + rel);
    if (up != null && up.governor() >= 0) {
      Token gov = s.tokens().get(up.governor());
      String lemma = lemma(gov);
      f.add("govpos=" + gov.pos());
      if (Attribution.SPEECH_VERBS.contains(lemma)) {
        f.add("gov.speech");
        f.add("gov.speech.pos=" + gov.pos());
      }
      f.add("gov.lemma=" + lemma);
    }
    boolean subject = false;
    for (Dependency d : s.children(g.head)) {
      if (d.relation().startsWith("nsubj")) {
        subject = true;
        Token sub = s.tokens().get(d.dependent());
        f.add("subj=" + subjectKind(sub));
        if (sub.lower().equals("it") || sub.lower().equals("there")) {
          f.add("subj.expletive?");
        }
      }
      if (d.relation().equals("mark")) {
        f.add("mark=" + s.tokens().get(d.dependent()).lower());
      }
      if (d.relation().startsWith("aux")) {
        f.add("aux=" + s.tokens().get(d.dependent()).lower());
      }
    }
    if (!subject && up != null && up.governor() >= 0 && up.relation().equals("conj")) {
      // "Trump continues to threaten sanctions, and may announce decisions": the second verb's
      // subject is the first's
      for (Dependency d : s.children(up.governor())) {
        if (d.relation().startsWith("nsubj") && d.dependent() < g.head) {
          subject = true;
          f.add("subj.shared");
          f.add("subj=" + subjectKind(s.tokens().get(d.dependent())));
        }
      }
    }
    if (!subject) {
      f.add("no.subject");
    }
    nominalFeatures(s, g, up, f);
  }

  /** A subject as a feature value: the pronoun itself, else NNP, NN or its tag. */
  private static String subjectKind(Token sub) {
    return PRONOUNS.contains(sub.lower()) ? sub.lower() : sub.isProperNoun() ? "NNP" : sub.isNoun() ? "NN" : sub.pos();
  }

  /**
   * A prediction said of a noun ("ahead of Trump's possible introduction of new sanctions", "the
   * possible acquisition of"): the preposition it hangs from (a time frame such as "ahead of" or
   * "before" puts the event later) and whose act it is (a possessor).
   */
  private static void nominalFeatures(Sentence s, Group g, Dependency up, List<String> f) {
    int noun = g.head;
    if (!s.tokens().get(noun).isNoun() && up != null && up.governor() >= 0 && up.relation().equals("amod")) {
      noun = up.governor();
    }
    if (!s.tokens().get(noun).isNoun()) {
      return;
    }
    for (Dependency d : s.children(noun)) {
      Token c = s.tokens().get(d.dependent());
      if (d.relation().equals("case")) {
        f.add("nominal.case=" + c.lower());
      } else if (d.relation().equals("nmod:poss")) {
        f.add("nominal.possessor=" + (c.isProperNoun() ? "NNP" : PRONOUNS.contains(c.lower()) ? "PRP" : "NN"));
      }
    }
  }

  /** Time expressions in the clause and the sentence: after publication, before it, none. */
  private static void timeFeatures(AnnotatedDocument doc, Sentence s, Group g, List<String> f) {
    LocalDate pub = published(doc);
    if (pub == null) {
      f.add("undated");
      return;
    }
    int from = s.tokens().get(g.from).span().begin();
    int to = s.tokens().get(g.to - 1).span().end();
    boolean any = false;
    for (TimeExpression x : doc.times()) {
      if (x.sentence() != s.index()) {
        continue;
      }
      // where it starts: SUTime may run an expression on past the clause ("on March 31, the day …")
      boolean inside = x.span().begin() >= from && x.span().begin() < to;
      String where = inside ? "clause" : "sentence";
      if (!x.resolved()) {
        f.add("time.unresolved." + where);
        continue;
      }
      any = true;
      if (x.end().isBefore(pub)) {
        f.add("time.past." + where);
      } else if (x.begin().isAfter(pub)) {
        f.add("time.future." + where);
      } else {
        f.add("time.now." + where);
      }
    }
    if (!any) {
      f.add("time.none");
    }
  }

  private static String lemma(Token t) {
    return word(t.lowerLemma());
  }

  /**
   * A word as a feature value: a number is {@code <num>}, so that "expected 12 billion" and
   * "expected 1.5 billion" share one feature (and no year or figure becomes a feature of its own).
   */
  static String word(String w) {
    return w.chars().anyMatch(Character::isDigit) ? "<num>" : w;
  }

  /** A candidate as an example for the model (label null when predicting). */
  public static Example example(AnnotatedDocument doc, Sentence s, Group g, String label, String source) {
    return new Example(label, of(doc, s, g), doc.article().id(), source);
  }
}
