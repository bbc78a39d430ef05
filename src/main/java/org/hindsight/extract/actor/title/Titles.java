package org.hindsight.extract.actor.title;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hindsight.extract.actor.candidate.Candidate;
import org.hindsight.extract.actor.candidate.Candidate.Role;
import org.hindsight.extract.actor.candidate.Draft;
import org.hindsight.extract.actor.candidate.Names;
import org.hindsight.extract.actor.gazetteer.Gazetteer;
import org.hindsight.nlp.Token;

/**
 * Titles and roles written before a name become part of its mention and tell later descriptions
 * who is meant: "US President's special envoy Steve Witkoff", "Federal Reserve Chair Jerome
 * Powell", "Turkish Ambassador to Athens Nazmi Akiman" (the envoy, the ambassador); "the national
 * statistics institute Istat", "the trade paper Automotive News" (the institute, the paper).
 * Thread-safe (the gazetteer is immutable).
 */
public final class Titles {

  /** Role nouns that, after "the", may refer back to an actor introduced with that role. */
  public static final Set<String> ROLE_NOUNS =
      Set.of(
          "envoy", "president", "chancellor", "minister", "premier", "secretary", "governor",
          "chair", "chairman", "chairwoman", "spokesman", "spokeswoman", "leader", "ceo",
          "ambassador", "commissioner", "senator", "economist", "analyst", "strategist", "official",
          "candidate", "challenger", "incumbent", "mayor", "king", "general", "manager", "director",
          "attorney", "negotiator", "judge", "emir", "prime minister", "foreign minister");

  /**
   * Titles the wire abbreviates before a name ("Michigan Atty. Gen. Frank J. Kelley"), as their role
   * nouns: the abbreviations among {@link Names#TITLE_WORDS} whose full word is a role noun.
   */
  private static final Map<String, String> ABBREVIATED = Map.of(
      "gen.", "general", "atty.", "attorney", "gov.", "governor", "sen.", "senator", "sec.", "secretary",
      "amb.", "ambassador");

  /** Nouns a description of an organisation ends in ({@link Names#ORGANISATION_NOUNS}). */
  public static final Set<String> ORGANISATION_NOUNS = Names.ORGANISATION_NOUNS;

  private final Gazetteer gazetteer;

  public Titles(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Extends the mentions of linked names over the titles and descriptions written before them. */
  public void extend(List<Candidate> linked) {
    for (Candidate c : linked) {
      if (c.isInner() || c.role() != Role.NAME) {
        continue;
      }
      if (c.draft().isPerson()) {
        personTitle(c, linked);
      } else {
        organisationDescription(c);
      }
      kindAfter(c);
    }
  }

  private void personTitle(Candidate c, List<Candidate> linked) {
    List<Token> tokens = c.sentence().tokens();
    int i = c.extFrom();
    boolean sawTitle = false;
    while (i > 0) {
      Token t = tokens.get(i - 1);
      String w = t.lower();
      Candidate org = sawTitle ? organisationEndingAt(linked, c, i) : null;
      int place = sawTitle ? 0 : placeOfOffice(tokens, i);
      if (org != null) {
        i = org.from(); // "Federal Reserve Chair Jerome Powell", "Pennzoil chairman Hugh Liedtke"
        break;
      } else if (Names.TITLE_WORDS.contains(w) && Character.isLetter(w.charAt(0))) {
        sawTitle = true;
        i--;
      } else if (place > 0) {
        i -= place; // "Ambassador to Athens"
      } else if (Names.isPossessive(t) && i > 1 && Names.TITLE_WORDS.contains(tokens.get(i - 2).lower())) {
        i--;
      } else if (sawTitle && Character.isUpperCase(t.text().charAt(0))
          && (isStateWord(t.text()) || t.pos().equals("JJ") || t.ner().equals("MISC"))) {
        i--;
      } else {
        break;
      }
    }
    if (i < c.extFrom()) {
      for (int k = i; k < c.from(); k++) {
        String w = ABBREVIATED.getOrDefault(tokens.get(k).lower(), tokens.get(k).lower());
        if (ROLE_NOUNS.contains(w)) {
          c.draft().roleNouns().add(w);
        }
      }
      c.setExtFrom(i);
    }
  }

  /** "the United Auto Workers union", "the Goldstein family": the kind of body, written after its name. */
  private static void kindAfter(Candidate c) {
    List<Token> tokens = c.sentence().tokens();
    int at = c.to();
    if (at == 0 || Names.isPossessive(tokens.get(at - 1)) || at >= tokens.size()) {
      return;
    }
    String w = tokens.get(at).lower();
    boolean kind = c.draft().isPerson() ? w.equals("family") : KINDS_AFTER.contains(w);
    boolean ends = at + 1 >= tokens.size() || !tokens.get(at + 1).isNoun();
    if (kind && ends && tokens.get(at).text().equals(w)) {
      c.setExtTo(at + 1 < tokens.size() && Names.isPossessive(tokens.get(at + 1)) ? at + 2 : at + 1);
      c.draft().roleNouns().add(w);
    }
  }

  private static final Set<String> KINDS_AFTER =
      Set.of("union", "party", "group", "alliance", "coalition", "cartel", "bloc", "federation", "association");

  /** "to Athens", "of Finance" between a title and the name: the words it takes, or 0. */
  private static int placeOfOffice(List<Token> tokens, int at) {
    int k = at;
    while (k > 0 && Names.capitalised(tokens.get(k - 1).text()) && tokens.get(k - 1).isProperNoun() && at - k < 3) {
      k--;
    }
    if (k == at || k < 2) {
      return 0;
    }
    String prep = tokens.get(k - 1).lower();
    boolean title = Names.TITLE_WORDS.contains(tokens.get(k - 2).lower()) || ROLE_NOUNS.contains(tokens.get(k - 2).lower());
    return (prep.equals("to") || prep.equals("of") || prep.equals("for")) && title ? at - k + 1 : 0;
  }

  /** "the national statistics institute Istat": lower-case words ending in an organisation noun. */
  private static void organisationDescription(Candidate c) {
    List<Token> tokens = c.sentence().tokens();
    int at = c.from();
    if (c.extFrom() < c.from() || at < 2 || !ORGANISATION_NOUNS.contains(tokens.get(at - 1).lower())) {
      return;
    }
    int k = at - 1;
    while (k > 0 && k > at - 7) {
      Token t = tokens.get(k - 1);
      if (t.lower().equals("the")) {
        c.setExtFrom(k - 1);
        c.draft().roleNouns().add(tokens.get(at - 1).lower());
        return;
      }
      boolean modifier = t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().equals("VBN")
          || t.pos().equals("HYPH") || t.text().equals("-");
      if (!modifier || Names.isPossessive(t)) {
        return;
      }
      k--;
    }
  }

  private static Candidate organisationEndingAt(List<Candidate> linked, Candidate person, int end) {
    for (Candidate o : linked) {
      if (o.sentence() == person.sentence() && o.to() == end && o != person
          && !o.draft().isPerson() && o.role() != Role.TITLE) {
        return o;
      }
    }
    return null;
  }

  /** A state's or institution's name used as an adjective in a title ("Brazilian Finance Minister"). */
  private boolean isStateWord(String w) {
    for (Gazetteer.Hit h : gazetteer.exact(w)) {
      if (h.entry().type().equals("COUNTRY") || h.entry().type().equals("ORGANIZATION")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a draft may be called "the NOUN" by its titles ("the envoy", "the ministry"). */
  public static boolean hasRole(Draft d, String noun) {
    return d.roleNouns().contains(noun);
  }
}
