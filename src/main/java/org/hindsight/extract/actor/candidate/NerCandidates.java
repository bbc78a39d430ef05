package org.hindsight.extract.actor.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hindsight.article.Span;
import org.hindsight.extract.actor.candidate.Candidate.Role;
import org.hindsight.extract.actor.gazetteer.Gazetteer;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.EntityMention;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * Name candidates from NER, with the spans repaired the way names are written in news and on the
 * wire: a title NER took into a person's name is cut off ("Warsaw Mayor Rafał Trzaskowski"), a
 * ticker is cut off ("Du Pont &lt;DD.N&gt;") and marks the name a company, the legal form NER left
 * out is taken in ("Norsk Hydro A/S", "Deminex (Norge) A/S", "BP Petroleum Development (Norway)
 * Ltd"), as are the words before an institution's head NER missed ("Oil and Energy Ministry"). The
 * wire's bracketed names ("&lt;Agip SpA&gt;") and institutions NER missed ("Italy's Budget
 * Ministry") are added. Stateless.
 */
public final class NerCandidates {

  /** Heads of names of institutions, which NER sometimes misses or cuts. */
  static final Set<String> INSTITUTION_HEADS =
      Set.of("ministry", "department", "agency", "committee", "council", "commission", "bureau",
          "office", "board", "court", "institute", "association", "federation", "union", "authority",
          "corporation", "organization", "organisation", "administration", "tribunal", "bank",
          "fund", "exchange", "party");

  /** Titles that end an organisation's mention when NER ran into a person's title. */
  private static final Set<String> TRAILING_TITLES =
      Set.of("assistant", "secretary", "undersecretary", "spokesman", "spokeswoman", "chairman", "governor",
          "minister", "director", "official", "deputy");

  /** A party label before a name ("Democrat Lawton Chiles") is no part of it. */
  private static final Set<String> PARTY_LABELS = Set.of("democrat", "republican");

  /** People in a role: "directors of", "ministers of", "governor of". */
  private static final Set<String> ROLES =
      Set.of("director", "minister", "governor", "official", "member", "chairman", "president", "executive",
          "head", "spokesman", "economist", "analyst", "delegate", "representative", "leader", "secretary");

  private static final Set<String> NAME_JOINERS = Set.of("and", "of", "for", "&", "de", "du", "des", "la");

  private NerCandidates() {}

  /**
   * The names NER marked, repaired, with names it ran together split where {@code gazetteer} (the
   * resolver's) knows each part.
   */
  public static List<Candidate> find(AnnotatedDocument doc, Gazetteer gazetteer) {
    List<Candidate> out = new ArrayList<>();
    List<boolean[]> covered = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      covered.add(new boolean[s.tokens().size()]);
      bracketed(s, out, covered.get(s.index()));
    }
    for (EntityMention whole : doc.entities()) {
      Sentence s = doc.sentences().get(whole.sentence());
      for (EntityMention m : atVerbs(s, whole, doc.article().text())) {
        Candidate c = repaired(s, m, covered.get(s.index()));
        if (c != null) {
          out.add(c);
          for (int i = c.from(); i < c.to(); i++) {
            covered.get(s.index())[i] = true;
          }
        }
      }
    }
    for (Sentence s : doc.sentences()) {
      missedInstitutions(s, covered.get(s.index()), out);
      StateInstitutions.find(s, covered.get(s.index()), out);
    }
    definedShortForms(out, covered);
    out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
    return Coordination.split(out, doc.article().text(), gazetteer);
  }

  /**
   * A mention NER ran over a verb ("The United Auto Workers struck General Motors Corp's …" as one
   * organisation) names what stands on either side of it: a name holds no lower-case verb (a
   * particle the tagger calls one, "Banco do Brasil", excepted).
   */
  static List<EntityMention> atVerbs(Sentence s, EntityMention m, String text) {
    List<EntityMention> parts = new ArrayList<>();
    int from = m.tokenBegin();
    for (int k = m.tokenBegin(); k <= m.tokenEnd(); k++) {
      boolean end = k == m.tokenEnd();
      if (!end) {
        Token t = s.tokens().get(k);
        if (!t.isVerb() || t.pos().equals("VBN") || !Character.isLowerCase(t.text().charAt(0)) || particle(s, k)) {
          continue;
        }
      }
      if (from < k) {
        Span span = new Span(s.tokens().get(from).span().begin(), s.tokens().get(k - 1).span().end());
        parts.add(from == m.tokenBegin() && end
            ? m : new EntityMention(span.of(text), span, m.type(), m.sentence(), from, k));
      }
      from = k + 1;
    }
    return parts;
  }

  /** Particles of Portuguese names the tagger takes for verbs ("Banco do Brasil"), between capitalised words. */
  private static final Set<String> NAME_PARTICLES = Set.of("do", "da", "dos", "das");

  private static boolean particle(Sentence s, int k) {
    List<Token> t = s.tokens();
    return NAME_PARTICLES.contains(t.get(k).lower()) && k > 0 && k + 1 < t.size()
        && Names.capitalised(t.get(k - 1).text()) && Names.capitalised(t.get(k + 1).text());
  }

  /** "&lt;Agip SpA&gt;": the wire brackets companies it has no ticker for. */
  private static void bracketed(Sentence s, List<Candidate> out, boolean[] covered) {
    List<Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (Names.isBracketedName(t.text())) {
        int to = i + 1 < tokens.size() && Names.isPossessive(tokens.get(i + 1)) ? i + 2 : i + 1;
        Candidate c = new Candidate(s, i, to, "ORGANIZATION", List.of(), Role.NAME);
        c.setInner(new Span(t.span().begin() + 1, t.span().end() - 1));
        c.setCompany(true);
        out.add(c);
        covered[i] = true;
      } else if (Names.isTicker(t.text())) {
        covered[i] = true;
      }
    }
  }

  /** "Fried.", "Wm.": a capitalised word abbreviated with a full stop that is no title. */
  private static boolean abbreviatedName(Token t) {
    String w = t.text();
    if (w.length() < 3 || !w.endsWith(".") || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    String bare = w.substring(0, w.length() - 1);
    String lower = bare.toLowerCase(Locale.ROOT);
    return bare.chars().skip(1).allMatch(Character::isLowerCase) && !NOT_GIVEN_NAMES.contains(lower)
        && !Names.TITLE_WORDS.contains(lower) && !Names.TITLE_WORDS.contains(lower + ".") && !Names.isCorporateSuffix(bare)
        && !Names.isCorporateSuffix(w);
  }

  /** Abbreviations before a name that are no given name: honorifics, "St.", "No.". */
  private static final Set<String> NOT_GIVEN_NAMES =
      Set.of("mr", "mrs", "ms", "dr", "st", "messrs", "prof", "rev", "jr", "sr", "no", "mt", "ft", "pres", "gov", "lt", "col", "capt", "maj", "sgt");

  private static Candidate repaired(Sentence s, EntityMention m, boolean[] covered) {
    List<Token> tokens = s.tokens();
    String type = m.type();
    if (!Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC").contains(type)) {
      return null;
    }
    int from = m.tokenBegin();
    int to = m.tokenEnd();
    while (from < to && (covered[from]
        || (to - from == 2 && tokens.get(from).lower().startsWith("reuter") && tokens.get(from + 1).ner().equals(type))
        || (to - from > 1 && (tokens.get(from).pos().equals("VB") || tokens.get(from).pos().equals("IN"))))) {
      from++; // "told Reuters MITI asked …", "a contract to Buy Getty Oil shares", "In Congress, …"
    }
    if (to - from > 2 && tokens.get(from).lower().startsWith("reuter") && tokens.get(from + 1).lower().equals("the")) {
      from += 2; // "told Reuters the National Association of Higher Education Teachers …"
    }
    for (int k = from; k < to; k++) {
      if (covered[k] || Names.isTicker(tokens.get(k).text())) {
        to = k; // "E.I. Du Pont de Nemours <DD.N>": the ticker is no part of the name
      }
    }
    if (from >= to) {
      return null;
    }
    int nerFrom = from;
    if (type.equals("ORGANIZATION")) {
      from = afterRole(tokens, from, to);
    }
    if (type.equals("PERSON")) {
      // NER sometimes takes titles into a name ("Warsaw Mayor Rafał Trzaskowski"): the name starts
      // after the last title word, the title stays as the mention's extension
      for (int k = to - 2; k >= from; k--) {
        if (Names.TITLE_WORDS.contains(tokens.get(k).lower()) || PARTY_LABELS.contains(tokens.get(k).lower())) {
          from = k + 1;
          break;
        }
      }
    }
    // "Fried. Krupp GmbH": an abbreviated given name before a firm's name, which NER leaves out,
    // starts it (not a title: "Sen.", "Dr.")
    if (type.equals("ORGANIZATION") && from == nerFrom && from > 0 && !covered[from - 1] && abbreviatedName(tokens.get(from - 1))) {
      from--;
      nerFrom = from;
    }
    // trailing lower-case words are not part of a name ("Law and Justice ally"), unless they name
    // the institution ("Senate Agriculture subcommittee")
    while (to - 1 > from && Character.isLowerCase(tokens.get(to - 1).text().charAt(0))
        && tokens.get(to - 1).pos().startsWith("NN") && !tokens.get(to - 2).text().equals("-")
        && !(type.equals("ORGANIZATION") && institutionHead(tokens.get(to - 1)))) {
      to--;
    }
    // nor is the title of someone the organisation's ("Treasury Assistant Secretary …")
    while (type.equals("ORGANIZATION") && to - 1 > from && TRAILING_TITLES.contains(tokens.get(to - 1).lower())) {
      to--;
    }
    while (to > from && Names.isPossessive(tokens.get(to - 1))) {
      to--;
    }
    if (from >= to) {
      return null;
    }
    if (type.equals("ORGANIZATION")) {
      to = NameEnds.numberedName(tokens, to, covered);
      to = NameEnds.ofAndName(tokens, from, to);
    }
    int before = to;
    to = NameEnds.legalFormEnd(tokens, to);
    if (type.equals("ORGANIZATION")) {
      to = NameEnds.ofTheOrganisation(tokens, to, covered); // "U.S. Court of Appeals for the Seventh Circuit"
    }
    boolean company = to > before || NameEnds.hasLegalForm(tokens, from, to);
    if (from >= 3 && Names.slashedSuffixAt(tokens, from - 3) == 3) {
      from -= 3; // "A/S Norske Shell"
      company = true;
    }
    if (!type.equals("PERSON") && institution(tokens.get(to - 1))) {
      from = joinedWordsBefore(tokens, from, covered);
    }
    int after = to < tokens.size() && Names.isPossessive(tokens.get(to)) ? to + 1 : to;
    if (after < tokens.size() && Names.isTicker(tokens.get(after).text())) {
      company = true;
    }
    if (from > 0 && to < tokens.size() && tokens.get(from - 1).text().equals("<") && tokens.get(to).text().equals(">")) {
      company = true; // "< Borg - Warner ( Australia ) Ltd >": the wire's brackets, split by the tokenizer
    }
    if (company || (!type.equals("PERSON") && Names.ORGANISATION_HEADS.contains(tokens.get(to - 1).lower()))) {
      type = "ORGANIZATION"; // "Ostend Analytics", "Roussel Uclaf <RUCF.PA>" tagged as people or places
    }
    int home = homeTown(tokens, from, to);
    if (!type.equals("PERSON") && (institution(tokens.get(to - 1)) || company)) {
      from = stateInName(tokens, from, home);
    }
    Candidate c = new Candidate(s, from, home, type, List.of(), Role.NAME);
    c.setExtTo(to);
    c.setCompany(company);
    c.setExtFrom(Math.min(from, nerFrom));
    if (!type.equals("PERSON") && institution(tokens.get(to - 1))) {
      c.setExtFrom(stateBefore(tokens, c.extFrom()));
    }
    if (c.extFrom() > 0 && tokens.get(c.extFrom() - 1).lower().equals("the") && !type.equals("PERSON")) {
      c.setExtFrom(c.extFrom() - 1);
    }
    while (c.to() < tokens.size() && c.to() == c.extTo() && Names.isPossessive(tokens.get(c.to()))) {
      c.setTo(c.to() + 1);
    }
    return c;
  }

  /**
   * "The Executive Directors of the Islamic Development Bank", "Finance Ministers of the Group of
   * Five": people in a role of an organisation, which NER took into its name; the name is the
   * organisation's (of two words or more: "Secretary of State" stays whole).
   */
  private static int afterRole(List<Token> tokens, int from, int to) {
    for (int k = from + 1; k < to - 2; k++) {
      if (tokens.get(k).lower().equals("of") && role(tokens.get(k - 1).lower())) {
        int name = tokens.get(k + 1).lower().equals("the") ? k + 2 : k + 1;
        return to - name >= 2 ? name : from;
      }
    }
    return from;
  }

  /** "directors", "minister": people in a role (plural or not). */
  private static boolean role(String word) {
    return ROLES.contains(word) || word.endsWith("s") && ROLES.contains(word.substring(0, word.length() - 1));
  }

  /** A lower-case word that heads an institution's name: "Senate Agriculture subcommittee". */
  private static boolean institutionHead(Token t) {
    return institution(t) || t.lower().equals("subcommittee");
  }

  /**
   * "Farmers Commodities of Des Moines, Iowa": the town after "of" says where the company is, and
   * is no part of its name (which ends before "of"); an institution's "of" stays ("Bank of Japan").
   */
  private static int homeTown(List<Token> tokens, int from, int to) {
    if (to + 1 >= tokens.size() || !tokens.get(to).text().equals(",") || !tokens.get(to + 1).ner().equals("LOCATION")) {
      return to;
    }
    for (int k = from + 1; k < to - 1; k++) {
      if (tokens.get(k).lower().equals("of")) {
        return Names.ORGANISATION_HEADS.contains(tokens.get(k - 1).lower()) ? to : k;
      }
    }
    return to;
  }

  /** "Italy's Budget Ministry", "Brazilian Finance Ministry": the state an institution belongs to. */
  static int stateBefore(List<Token> tokens, int from) {
    if (from >= 2 && Names.isPossessive(tokens.get(from - 1)) && tokens.get(from - 2).ner().equals("LOCATION")) {
      return from - 2;
    }
    if (from >= 1 && tokens.get(from - 1).ner().equals("MISC") && Names.capitalised(tokens.get(from - 1).text())) {
      return from - 1;
    }
    return from;
  }

  /**
   * Words of an institution's name that say what it does, not whose it is: "Foreign Ministry",
   * "General Staff", "Petroleum Corp" name no one until the state is said.
   */
  private static final Set<String> GENERIC_NAME_WORDS = Set.of(
      "foreign", "finance", "trade", "economy", "economic", "economics", "agriculture", "agricultural", "defence", "defense",
      "interior", "justice", "energy", "industry", "industrial", "labour", "labor", "health", "transport", "commerce",
      "petroleum", "oil", "mines", "mining", "general", "staff", "treasury", "parliament", "government", "army", "navy",
      "affairs", "external", "budget", "planning", "communications", "telecommunications", "education", "development",
      "public", "works", "supply", "statistics", "statistical", "information", "corp", "co", "company");

  /**
   * "Turkish Foreign Ministry", "Turkish Petroleum Corp": a nationality NER left out of a name made
   * only of {@link #GENERIC_NAME_WORDS} and institution heads belongs to it (else every country's
   * "Foreign Ministry" is one actor). The name's first token otherwise.
   */
  private static int stateInName(List<Token> tokens, int from, int to) {
    if (from < 1 || to - from > 4) {
      return from;
    }
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).lower();
      if (!GENERIC_NAME_WORDS.contains(w) && !INSTITUTION_HEADS.contains(w)) {
        return from;
      }
    }
    // the nationality adjective stateBefore would put in the mention ("Turkish"), not a
    // possessive place ("Italy's Budget Ministry" keeps its name)
    return stateBefore(tokens, from) == from - 1 && tokens.get(from - 1).pos().equals("JJ") ? from - 1 : from;
  }

  private static boolean institution(Token last) {
    return INSTITUTION_HEADS.contains(last.lower());
  }

  /** "Oil and Energy Ministry" when NER found "Energy Ministry": capitalised words joined by "and". */
  private static int joinedWordsBefore(List<Token> tokens, int from, boolean[] covered) {
    while (from >= 3 && tokens.get(from - 1).lower().equals("and")
        && Names.capitalised(tokens.get(from - 2).text()) && tokens.get(from - 2).ner().equals("O")
        && tokens.get(from - 2).isNoun() && !covered[from - 2]) {
      from -= 2;
    }
    return from;
  }

  /** "&lt;Borg-Warner (Australia) Ltd&gt; (BWA)": a short form in brackets after a name, NER or not. */
  private static void definedShortForms(List<Candidate> found, List<boolean[]> covered) {
    for (Candidate c : List.copyOf(found)) {
      if (c.nerType().equals("PERSON")) {
        continue;
      }
      List<Token> tokens = c.sentence().tokens();
      int at = c.to();
      while (at < tokens.size() && (tokens.get(at).text().equals(">") || Names.isTicker(tokens.get(at).text()))) {
        at++;
      }
      boolean[] cov = covered.get(c.sentence().index());
      if (at + 2 < tokens.size() && tokens.get(at).text().equals("(") && tokens.get(at + 2).text().equals(")")
          && Names.capitalised(tokens.get(at + 1).text()) && !cov[at + 1]) {
        found.add(new Candidate(c.sentence(), at + 1, at + 2, "ORGANIZATION", List.of(), Role.NAME));
        cov[at + 1] = true;
      }
    }
  }

  /** "Italy's Budget Ministry": capitalised words ending in an institution's head, untagged by NER. */
  private static void missedInstitutions(Sentence s, boolean[] covered, List<Candidate> out) {
    List<Token> tokens = s.tokens();
    for (int end = 1; end < tokens.size(); end++) {
      if (!institution(tokens.get(end)) || !Names.capitalised(tokens.get(end).text()) || covered[end]) {
        continue;
      }
      int from = end;
      while (from > 0 && !covered[from - 1]) {
        Token t = tokens.get(from - 1);
        boolean word = Names.capitalised(t.text()) && t.isProperNoun() && !t.lower().equals("the");
        boolean joiner = NAME_JOINERS.contains(t.lower()) && from >= 2 && Names.capitalised(tokens.get(from - 2).text());
        if (!word && !joiner) {
          break;
        }
        from--;
      }
      if (from < end && !NAME_JOINERS.contains(tokens.get(from).lower())) {
        from = stateInName(tokens, from, end + 1);
        Candidate c = new Candidate(s, from, end + 1, "ORGANIZATION", List.of(), Role.NAME);
        c.setExtFrom(stateBefore(tokens, from));
        if (c.extFrom() > 0 && tokens.get(c.extFrom() - 1).lower().equals("the")) {
          c.setExtFrom(c.extFrom() - 1);
        }
        if (end + 1 < tokens.size() && Names.isPossessive(tokens.get(end + 1))) {
          c.setTo(end + 2);
        }
        out.add(c);
        for (int i = from; i <= end; i++) {
          covered[i] = true;
        }
      }
    }
  }
}
