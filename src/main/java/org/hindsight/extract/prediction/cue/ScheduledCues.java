package org.hindsight.extract.prediction.cue;

import static org.hindsight.extract.prediction.cue.CueContext.embeddedQuestion;
import static org.hindsight.extract.prediction.cue.CueContext.governingVerb;
import static org.hindsight.extract.prediction.cue.CueContext.published;
import static org.hindsight.extract.prediction.cue.CueContext.reachesBack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hindsight.extract.prediction.HedgeLexicon;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.Dependency;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.TimeExpression;
import org.hindsight.nlp.Token;

/**
 * The cue {@link CueFinder} reads off a date: a scheduled event stated by a present, progressive or
 * infinitive verb with a date after publication ("Leaders gather next week", "an event to be held
 * on October 12"), valued as "will". Stateless after construction; thread-safe.
 */
final class ScheduledCues {

  private final HedgeLexicon.Entry futureEntry;

  private static final Set<String> PERFECT = Set.of("has", "have", "had", "'s", "'ve", "'d");
  private static final Set<String> MODALS =
      Set.of("will", "would", "may", "might", "could", "should", "can", "must", "shall", "'ll", "wo");

  ScheduledCues(HedgeLexicon lexicon) {
    this.futureEntry = lexicon.get("will");
  }

  /**
   * A verb form that states a scheduled event when a future date hangs on it: the bare present
   * ("Leaders gather next week"), the progressive ("is accepting applications until early April"),
   * the infinitive ("an event to be held on October 12", "to meet next week"), and the past or perfect
   * of a verb that schedules ("called a meeting for April 22"). Not a modal or another perfect form:
   * those are cues of their own or past.
   */
  private static boolean scheduledForm(Sentence s, int verb) {
    Token v = s.tokens().get(verb);
    List<String> aux = new ArrayList<>();
    boolean to = false;
    for (var d : s.children(verb)) {
      if (d.relation().startsWith("aux")) {
        aux.add(s.tokens().get(d.dependent()).lower());
      }
      to |= d.relation().equals("mark") && s.tokens().get(d.dependent()).lower().equals("to");
    }
    if (CueContext.SCHEDULING_VERBS.contains(v.lowerLemma())
        && (v.pos().equals("VBD") || (v.pos().equals("VBN") && aux.stream().anyMatch(PERFECT::contains)))
        && aux.stream().noneMatch(MODALS::contains)) {
      // "the board called a meeting for April 22", "a meeting has been arranged for April 21": a
      // verb that fixes when something happens dates that event though it is past itself
      return true;
    }
    boolean bare = infinitiveUnder(s, verb);
    if (aux.contains("to") || to || bare) {
      // "options to exercise by 1992" (the mark, not an auxiliary), "to be held on October 12",
      // "designed to help the yards shed capacity by March 31, 1988" (tagged past, "shed/VBD")
      return v.pos().equals("VB") || v.pos().equals("VBN") || bare && (v.pos().equals("VBD") || v.pos().equals("VBP"));
    }
    if (aux.isEmpty()) {
      return v.pos().equals("VBZ") || v.pos().equals("VBP");
    }
    return v.pos().equals("VBG") && aux.stream().allMatch(a -> a.equals("is") || a.equals("are") || a.equals("'s") || a.equals("'re"));
  }

  /**
   * A bare infinitive, the complement of an infinitive, with no auxiliary or mark of its own: "to
   * help the yards shed …" (the tagger may call it past: "shed/VBD").
   */
  private static boolean infinitiveUnder(Sentence s, int verb) {
    Dependency up = s.head(verb);
    if (up == null || up.governor() < 0 || !(up.relation().equals("xcomp") || up.relation().equals("ccomp"))
        || s.children(verb).stream().anyMatch(d -> d.relation().startsWith("aux") || d.relation().equals("mark"))) {
      return false;
    }
    return s.children(up.governor()).stream()
        .anyMatch(d -> d.relation().equals("mark") && s.tokens().get(d.dependent()).lower().equals("to"));
  }

  /** "to be effective April 1", "effective Friday": a date on "effective" is when a change takes effect. */
  private static boolean effective(Sentence s, int tok) {
    Dependency d = s.head(tok);
    for (int steps = 0; d != null && d.governor() >= 0 && steps < 2; steps++) {
      if (s.tokens().get(d.governor()).lower().equals("effective")) {
        return true;
      }
      d = s.head(d.governor());
    }
    return false;
  }

  /**
   * "Leaders gather in The Hague next week", "I think it gets done in the next week or so": a
   * present-tense verb with a date after publication states a future event.
   */
  Hit presentWithFutureDate(AnnotatedDocument doc, Sentence s, String[] w) {
    LocalDate pub = published(doc);
    if (pub == null || futureEntry == null || !s.parsed()) {
      return null;
    }
    for (TimeExpression t : doc.times()) {
      if (t.sentence() != s.index() || !t.resolved() || !t.begin().isAfter(pub) || reachesBack(doc.article().text(), t)) {
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
      if (!effective(s, tok) && (!scheduledForm(s, verb) || embeddedQuestion(s, w, verb))) {
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
}
