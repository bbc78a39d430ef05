package org.hindsight.check.evidence;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hindsight.extract.Prediction;

/**
 * Who a predicted event is about: its subject (the actor that will act, win or be acted on) and
 * the prediction's other actors, less those who only speak ("Alvarez said", the holder). Read from
 * the sentence around the prediction without a parser. Immutable.
 *
 * @param actors the event's actors, the subject among them
 * @param subject the actor the event is about, or null
 * @param lead for an event that names no actor, those its story opens with (for retrieval only:
 *     "The deal is expected to close" is about whoever the story is about); else empty
 */
record EventActors(Set<String> actors, String subject, Set<String> lead) {

  EventActors {
    actors = Collections.unmodifiableSet(new LinkedHashSet<>(actors));
    lead = Collections.unmodifiableSet(new LinkedHashSet<>(lead));
  }

  /**
   * Reads the actors.
   *
   * @param sentence the tokens of the sentence around the prediction (or of the prediction alone)
   * @param sentenceActors the actor id each token mentions, or null
   * @param whole whether {@code sentence} is the whole sentence (then actors named only after the
   *     prediction speak)
   * @param anchorOffset where the event's head word starts
   * @param cueOffset where the prediction's first hedge cue starts (the anchor's when none)
   */
  static EventActors of(
      Prediction p, ArticleView article, List<Token> sentence, String[] sentenceActors, boolean whole, int anchorOffset, int cueOffset,
      Lexicon lexicon) {
    // the actor the event is about: the first actor of the event's clause who is not a speaker
    // ("Chinese Vice Premier He Lifeng, who led … in London …, is expected to meet"), else "we"/"I"
    // = the holder, else the only actor
    Set<String> speakers = new LinkedHashSet<>();
    String subject = null;
    int clauseStart = 0;
    for (int i = 0; i < sentence.size() && sentence.get(i).start() < anchorOffset; i++) {
      String w = sentence.get(i).norm();
      boolean coordination = (w.equals("and") || w.equals("but")) && i > 0 && sentence.get(i - 1).norm().equals(",");
      // "Byrd said President Reagan may win": a report without "that" opens the event's clause too
      boolean report = lexicon.in("speech_verbs", w) && i + 1 < sentence.size() && sentence.get(i + 1).word();
      if (w.equals("that") || w.equals(";") || w.equals(":") || coordination || report) {
        clauseStart = i + 1;
      }
    }
    for (int i = 0; i < sentence.size() && sentence.get(i).start() < anchorOffset; i++) {
      String a = sentenceActors[i];
      if (a == null) {
        String w = sentence.get(i).norm();
        if (subject == null && i >= clauseStart && (w.equals("we") || w.equals("i")) && p.holder() != null && p.holder().actor() != null
            && !(i + 1 < sentence.size() && (lexicon.in("hedge_verbs", sentence.get(i + 1).norm()) || sentence.get(i + 1).norm().equals("would")))) {
          // "we are going to win": the holder is the subject; "I think they will": not
          subject = p.holder().actor();
        }
        continue;
      }
      int k = i + 1;
      while (k < sentence.size() && a.equals(sentenceActors[k])) {
        k++;
      }
      boolean holder = p.holder() != null && a.equals(p.holder().actor());
      // "…, said Peter Witte": named after the verb, he speaks; "said Reagan may win": he acts
      boolean saidBefore = i > 0 && (lexicon.in("speech_verbs", sentence.get(i - 1).norm()) || sentence.get(i - 1).norm().equals("at"))
          && !(k < sentence.size() && verbal(sentence.get(k).norm(), lexicon));
      // "Netanyahu's coalition partners": the owner is not the subject, unless what follows is an act of his ("Trump's reaction")
      boolean possessor = k < sentence.size() && sentence.get(k).norm().equals("'s")
          && !(k + 1 < sentence.size() && lexicon.lemmas(sentence.get(k + 1).norm()).stream().anyMatch(l -> lexicon.in("generic_event_nouns", l)));
      if (speaker(sentence, k, lexicon) || holder || saidBefore) {
        speakers.add(a);
        // "Trump has said he will name …": he is the speaker
        int after = k;
        while (after < sentence.size() && !sentence.get(after).norm().equals("that") && after - k < 4) {
          after++;
        }
        int pronoun = after + 1 < sentence.size() && sentence.get(after).norm().equals("that") ? after + 1 : k + 1;
        boolean governs = pronoun + 1 < sentence.size() && (lexicon.in("modals", sentence.get(pronoun + 1).norm())
            || Set.of("will", "would", "is", "was", "has", "had").contains(sentence.get(pronoun + 1).norm()) && pronoun + 2 < sentence.size()
                && sentence.get(pronoun + 2).start() <= anchorOffset && !sentence.get(pronoun + 2).norm().equals("confident"));
        if (subject == null && pronoun < sentence.size() && sentence.get(pronoun).start() < anchorOffset && governs
            && Set.of("he", "she").contains(sentence.get(pronoun).norm()) && a.startsWith("person/")) {
          subject = a;
        }
      } else if (possessor) {
        i = k;
        continue;
      } else if (subject == null && i >= clauseStart) {
        subject = a;
      }
      i = k - 1;
    }
    // actors named only after the prediction ("…," said Chen Wei, … at Pearl River Advisory) speak
    if (whole) {
      Set<String> before = new LinkedHashSet<>();
      for (int i = 0; i < sentence.size(); i++) {
        if (sentenceActors[i] != null && sentence.get(i).start() < p.span().end()) {
          before.add(sentenceActors[i]);
        }
      }
      for (String a : p.actors()) {
        if (!before.contains(a) && !a.equals(subject)) {
          speakers.add(a);
        }
      }
    }
    if (subject == null) {
      // "CSR Ltd said it expected to make an announcement", "Textron said it did expect to
      // identify": the one that spoke is the one the event is about
      subject = holderByPronoun(p, sentence, sentenceActors, Math.min(anchorOffset, cueOffset), lexicon);
    }
    // the actors: the prediction's, less those who only speak (the holder, "Alvarez said")
    Set<String> actors = new LinkedHashSet<>(p.actors());
    actors.removeAll(speakers);
    if (p.holder() != null && p.holder().actor() != null && !p.holder().actor().equals(subject)) {
      actors.remove(p.holder().actor());
    }
    if (subject != null) {
      actors.add(subject);
    }
    // "The deal is expected to close March 31", "net will fall short of the record": the event
    // belongs to whoever the story is about, named in its first sentence
    Set<String> lead = actors.isEmpty() && article != null ? lead(article) : Set.of();
    return new EventActors(actors, subject, lead);
  }

  /** The actors a story opens with: those named in its first sentence, at most {@value #LEAD_ACTORS}. */
  static Set<String> lead(ArticleView article) {
    Set<String> out = new LinkedHashSet<>();
    if (article.sentences().isEmpty()) {
      return out;
    }
    for (String a : article.sentences().get(0).tokenActors()) {
      if (a != null && out.size() < LEAD_ACTORS) {
        out.add(a);
      }
    }
    return out;
  }

  /** Actors taken from a story's first sentence for an event that names none. */
  static final int LEAD_ACTORS = 2;

  private static final Set<String> SUBJECT_PRONOUNS = Set.of("it", "they", "we");
  private static final Set<String> AUXILIARIES =
      Set.of("will", "would", "to", "did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "be", "been", "not", "also", "still");

  /**
   * The holder's actor when the event's subject is a pronoun standing for a holder that is no
   * person (a company, a government, a body: "CSR Ltd said it expected to make", "the ministry said
   * they will"): the nearest word before {@code before} (the cue or the event's head), past
   * auxiliaries, modals, hedges and adverbs, is "it", "they" or "we", and the cue frames the event
   * ("expected to", "will"), not a belief ("I think they will" is about them). A person's "he",
   * "she" and "I" are read where the speaker is named ({@link #of}). Null otherwise.
   */
  private static String holderByPronoun(
      Prediction p, List<Token> sentence, String[] sentenceActors, int before, Lexicon lexicon) {
    if (p.holder() == null || p.holder().actor() == null || p.holder().actor().startsWith("person/")) {
      return null;
    }
    int i = -1;
    for (int k = 0; k < sentence.size() && sentence.get(k).start() < before; k++) {
      i = k;
    }
    if (i + 1 < sentence.size()) {
      // the cue itself: a belief verb not followed by "to" has the pronoun as its believer
      String cue = sentence.get(i + 1).norm();
      String next = i + 2 < sentence.size() ? sentence.get(i + 2).norm() : "";
      if (lexicon.in("hedge_verbs", cue) && !next.equals("to")) {
        return null;
      }
    }
    for (; i >= 0; i--) {
      Token t = sentence.get(i);
      String w = t.norm();
      if (!t.word() || sentenceActors[i] != null) {
        return null;
      }
      if (SUBJECT_PRONOUNS.contains(w)) {
        return p.holder().actor();
      }
      boolean skip = AUXILIARIES.contains(w) || lexicon.in("modals", w) || lexicon.in("hedge_verbs", w) || lexicon.in("hedge_frames", w)
          || lexicon.in("hedge_adverbs", w) || w.endsWith("ly") && w.length() > 4;
      if (!skip) {
        return null;
      }
    }
    return null;
  }

  /** Whether a word after a name makes the name the subject of a clause ("Reagan may", "Reagan is expected"). */
  private static boolean verbal(String w, Lexicon lexicon) {
    return lexicon.in("modals", w) || AUXILIARIES.contains(w) && !w.equals("to") || lexicon.in("hedge_verbs", w);
  }

  /** Whether the words at {@code k} make the actor before them a speaker ("said", "told", "has said", "expects"). */
  private static boolean speaker(List<Token> tokens, int k, Lexicon lexicon) {
    int n = tokens.size();
    if (k < n && tokens.get(k).norm().equals(",")) {
      // "Alvarez, chief economist at …, said": too far to tell; not a speaker by position
      return false;
    }
    return k < n
        && (lexicon.in("speech_verbs", tokens.get(k).norm())
            || lexicon.in("hedge_verbs", tokens.get(k).norm())
            || Set.of("has", "had", "have").contains(tokens.get(k).norm()) && k + 1 < n
                && (lexicon.in("speech_verbs", tokens.get(k + 1).norm()) || tokens.get(k + 1).norm().equals("signaled") || tokens.get(k + 1).norm().equals("signalled")));
  }
}
