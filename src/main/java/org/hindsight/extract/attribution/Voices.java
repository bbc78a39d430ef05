package org.hindsight.extract.attribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hindsight.article.Span;
import org.hindsight.nlp.Dependency;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * Who speaks when the subject names nobody: an unnamed voice or a pronoun the coreference left
 * alone. An institution speaks through an unnamed voice: "a Bundesbank spokesman said" is the
 * Bundesbank's, "finance ministry officials said" the finance ministry's, and in a story about one
 * company, "the spokesman", "the statement", "the study" or "the officials" speak for the
 * organisation the story named before them. Wire copy does this in most stories; without it the
 * holder was the bare words ("The spokesman"), which names nobody.
 *
 * <p>A subject whose head word is a voice noun is resolved, in order, to: an actor named by the
 * words before the voice noun ("Finance Ministry" in "senior finance ministry officials"); the
 * organisation named with the same voice noun earlier in the story ("a Pentagon spokesman" … "the
 * spokesman"); the story's lead organisation (the first it names). Words that name someone the
 * story does not know as an actor ("a Belgian finance ministry spokesman") stay words. Groups
 * that speak for nobody in particular (analysts, dealers, sources, economists) are not voices.
 * Immutable.
 */
final class Voices {

  /** Nouns through which an institution speaks: singular people and documents, and "officials". */
  static final Set<String> VOICE_NOUNS = Set.of(
      "spokesman", "spokeswoman", "spokesperson", "spokesmen", "official", "officials", "statement", "report",
      "study", "survey", "communique", "announcement", "release", "letter", "filing", "newsletter", "bulletin",
      "review", "forecast", "projection", "estimate", "prospectus", "circular", "executive", "executives");

  /** Voice nouns that are one person, whom "he" or "she" can stand for. */
  private static final List<String> PERSONAL_VOICES = List.of("spokesman", "spokeswoman", "spokesperson", "official", "executive");

  /** Words before a voice noun that say nothing of whose voice it is. */
  private static final Set<String> EMPTY = Set.of(
      "a", "an", "the", "this", "that", "its", "their", "his", "her", "one", "senior", "top", "chief", "unnamed",
      "another", "other", "two", "three", "several", "some", "economic", "annual", "monthly", "weekly", "latest",
      "new", "brief", "written", "joint", "final", "preliminary", "official", "feasibility", "press", "news",
      "government", "high-ranking", "ranking", "said", ",");

  /** How far back (characters, about five wire sentences) a person may be named and still be "he" or "she". */
  private static final int REACH = 1000;

  private final String text;
  private final Mentions mentions;
  private final Map<String, Mentions.Placed> byName = new LinkedHashMap<>();

  Voices(String text, Mentions mentions) {
    this.text = text;
    this.mentions = mentions;
    for (Mentions.Placed p : mentions.all()) {
      byName.putIfAbsent(p.actor().name().toLowerCase(Locale.ROOT), p);
      for (String alias : p.actor().aliases()) {
        byName.putIfAbsent(alias.toLowerCase(Locale.ROOT), p);
      }
    }
  }

  /** Whether a token is a voice noun. */
  static boolean isVoice(Token head) {
    return head.isNoun() && VOICE_NOUNS.contains(head.lower());
  }

  /**
   * Whose voice the phrase from {@code from} to its head {@code head} (a voice noun) of sentence
   * {@code s} is, or null when nothing in the story says.
   */
  Mentions.Placed owner(Sentence s, int from, int head) {
    List<Token> t = s.tokens();
    List<String> words = new ArrayList<>();
    boolean named = false;
    for (int k = from; k < head; k++) {
      if (!EMPTY.contains(t.get(k).lower())) {
        words.add(t.get(k).lower());
        named |= Character.isUpperCase(t.get(k).text().codePointAt(0));
      }
    }
    // "finance ministry officials": the longest run of the words that names an actor
    for (int n = words.size(); n > 0; n--) {
      for (int i = 0; i + n <= words.size(); i++) {
        Mentions.Placed p = byName.get(String.join(" ", words.subList(i, i + n)));
        if (p != null) {
          return p;
        }
      }
    }
    if (named) {
      return null; // "a Belgian finance ministry spokesman": a voice of someone the story does not name as an actor
    }
    Span here = t.get(from).span();
    Mentions.Placed same = sameVoiceBefore(t.get(head).lower(), here.begin());
    return same != null ? same : leadOrganisation(here.begin());
  }

  /**
   * Who a subject pronoun the coreference left unresolved stands for, when it speaks: "he" or
   * "she" the person named last before it (within about five sentences), else the organisation
   * whose spokesman or official spoke before it ("an Australian Sugar Producers Association
   * spokesman said … he said"); "it" or "they" the story's lead organisation (wire copy: "XYZ Corp
   * said … It said it expects …"). Null otherwise.
   */
  Mentions.Placed pronoun(Token t) {
    int at = t.span().begin();
    return switch (t.lower()) {
      case "he", "she" -> {
        Mentions.Placed last = null;
        for (Mentions.Placed p : mentions.all()) {
          if (p.span().begin() >= at) {
            break;
          }
          if (p.span().begin() >= at - REACH && Mentions.speaks(p) && Mentions.isPerson(p)) {
            last = p;
          }
        }
        yield last != null ? last : personalVoiceBefore(at);
      }
      case "it", "they" -> leadOrganisation(at);
      default -> null;
    };
  }

  /** The organisation whose spokesman, official or executive the story named last before a position. */
  private Mentions.Placed personalVoiceBefore(int before) {
    Mentions.Placed last = null;
    for (String noun : PERSONAL_VOICES) {
      Mentions.Placed p = sameVoiceBefore(noun, before);
      if (p != null && (last == null || p.span().begin() > last.span().begin())) {
        last = p;
      }
    }
    return last;
  }

  /** The first organisation the story names before a position: wire copy names who speaks first. */
  private Mentions.Placed leadOrganisation(int before) {
    for (Mentions.Placed p : mentions.all()) {
      if (p.span().begin() >= before) {
        break;
      }
      if (organisation(p)) {
        return p;
      }
    }
    return null;
  }

  /** Definite determiners of a description that points back to someone the story named. */
  private static final Set<String> DEFINITE = Set.of("the", "this", "that");

  /**
   * Who a definite description stands for ("the Senate Republican leader", "the ministry"): the
   * speaker named last before it, within {@link #REACH}, whose mention holds the description's head
   * noun among its words ("Senate Republican Leader Robert Dole", "Venezuela's Ministry of Energy
   * and Mines"); null when none.
   */
  Mentions.Placed definite(Sentence s, int from, int head) {
    List<Token> t = s.tokens();
    Token noun = t.get(head);
    if (!DEFINITE.contains(t.get(from).lower()) || !noun.isNoun()) {
      return null;
    }
    int at = t.get(from).span().begin();
    java.util.regex.Pattern word = java.util.regex.Pattern.compile(
        "(?i)\\b" + java.util.regex.Pattern.quote(noun.text()) + "\\b");
    Mentions.Placed last = null;
    for (Mentions.Placed p : mentions.all()) {
      if (p.span().end() > at) {
        break;
      }
      if (p.span().begin() >= at - REACH && Mentions.speaks(p) && word.matcher(p.span().of(text)).find()) {
        last = p;
      }
    }
    return last;
  }

  /**
   * The person set beside a speaker's head in apposition, at most two appositions away: "Chairman
   * of the FCA, Frank Naylor, said", "International Cocoa Organization, ICCO, Council chairman,
   * Denis Bra Kanon, said" (the organisation or title is who the person is, the person speaks);
   * null when none is a person.
   */
  Mentions.Placed apposedPerson(Sentence s, int head) {
    for (int near : appositions(s, head)) {
      Mentions.Placed m = personAt(s, near);
      if (m != null) {
        return m;
      }
      for (int far : appositions(s, near)) {
        Mentions.Placed n = personAt(s, far);
        if (n != null) {
          return n;
        }
      }
    }
    return null;
  }

  /** The heads set in apposition after {@code head}, in order. */
  private static List<Integer> appositions(Sentence s, int head) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.children(head)) {
      if (d.relation().equals("appos") && d.dependent() > head) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** The person mentioned at token {@code k}, or null. */
  private Mentions.Placed personAt(Sentence s, int k) {
    Mentions.Placed m = mentions.at(s.tokens().get(k).span());
    return m != null && Mentions.isPerson(m) ? m : null;
  }

  /** "a Pentagon spokesman" earlier in the story: the organisation named right before the same voice noun. */
  private Mentions.Placed sameVoiceBefore(String noun, int before) {
    Mentions.Placed found = null;
    for (Mentions.Placed p : mentions.all()) {
      if (p.span().end() >= before) {
        break;
      }
      // the noun right after the mention (a space or two between), not past the subject itself
      int after = p.span().end();
      int k = after;
      while (k < before && k < after + 2 && Character.isWhitespace(text.charAt(k))) {
        k++;
      }
      boolean next = k + noun.length() <= Math.min(before, after + noun.length() + 2)
          && text.regionMatches(true, k, noun, 0, noun.length());
      if (organisation(p) && next) {
        found = p;
      }
    }
    return found;
  }

  private static boolean organisation(Mentions.Placed p) {
    String type = p.actor().type();
    return Mentions.speaks(p) && (type.equals("ORGANIZATION") || type.equals("GROUP"));
  }
}
