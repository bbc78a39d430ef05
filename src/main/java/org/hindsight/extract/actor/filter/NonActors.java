package org.hindsight.extract.actor.filter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hindsight.extract.actor.candidate.Candidate;
import org.hindsight.extract.actor.candidate.Names;
import org.hindsight.extract.actor.gazetteer.Gazetteer;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.Token;

/**
 * Drops name candidates that do not act: places NER or the article itself marks as places ("in
 * Belém", "the Mackay region", "Belém, a city of …"), things named like organisations (laws,
 * indexes, rates, seas: "Consumer Price Index", "London Interbank Offered Rate", "Aegean Sea") and
 * what they are abbreviated to ("(Libor)", "private sector credit, PSC"), the gazetteer's non-actors
 * ("Brent"), the wire's units and sign-off ("dlrs", "Reuter"), pronouns, titles alone and all-caps
 * dateline words. Only NER candidates are judged: the gazetteer's own hits are actors by curation.
 * Thread-safe (the gazetteer is immutable).
 */
public final class NonActors {

  /** Laws, products, events, measures and natural features are named like organisations but do not act. */
  static final Set<String> NON_ACTOR_HEADS =
      Set.of("act", "law", "directive", "regulation", "treaty", "agreement", "accord", "pipeline",
          "store", "bridge", "summit", "conference", "index", "prize", "cup", "games", "award",
          "awards", "program", "programme", "plan", "initiative", "strategy", "doctrine", "war",
          "convention", "protocol", "deal", "framework", "festival", "report", "facility", "tool",
          "system", "systems", "crude", "stream", "rate", "rates", "sea", "ocean", "river", "gulf",
          "strait", "platform", "field", "basin", "mountains", "valley", "canal", "price", "prices",
          "average", "currency", "currencies", "bonds", "bills", "notes", "equities", "units", "stocks",
          "invisibles", "semiconductors", "bill", "syndrome", "disease", "virus");

  /** A bare institution head ("the Commission", "the Ministry") describes; it does not name. */
  private static final Set<String> BARE_HEADS =
      Set.of("ministry", "department", "commission", "council", "committee", "exchange", "board", "court",
          "agency", "bureau", "office", "government", "administration", "parliament", "cabinet", "treasury");

  /** Nouns that make the name before them a place: "the Mackay region", "Burdekin areas". */
  private static final Set<String> PLACE_NOUNS =
      Set.of("region", "regions", "area", "areas", "district", "districts", "province", "provinces",
          "valley", "coast", "basin", "county", "municipality", "city", "town", "port", "island");

  private static final Set<String> JUNK =
      Set.of("an", "a", "the", "and", "war", "but", "if", "it", "this", "that", "there", "monday",
          "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
          "march", "april", "june", "july", "august", "september", "october", "november", "december");

  /** "Belém, a city of 1.3 million": names the article itself calls places. */
  private static final Pattern PLACE_APPOSITION =
      Pattern.compile("(\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+)*), (?:a|an|the) (?:[\\p{L}-]+ ){0,2}"
          + "(?:city|town|port|village|region|province|island|capital|river|rainforest|forest|desert|valley|site|facility|plant|base)\\b");

  private final Gazetteer gazetteer;

  public NonActors(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Markets an institution's name modifies: "Treasury yields" are no act of the Treasury. */
  private static final Set<String> INSTRUMENTS =
      Set.of("yield", "yields", "bond", "bonds", "bill", "bills", "note", "notes", "securities", "futures",
          "debt", "auction", "auctions", "curve");

  /** The gazetteer's candidates that are used as actors, not as names of markets or of the article's source. */
  public List<Candidate> keepPhrases(AnnotatedDocument doc, List<Candidate> phrases) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : phrases) {
      if (source(doc, c.nameText(doc.article().text()))) {
        continue;
      }
      int end = c.nameEnd();
      boolean instrument = c.role() == Candidate.Role.NAME && end == c.to() && end < c.sentence().tokens().size()
          && INSTRUMENTS.contains(c.token(end).lower()) && c.token(end).isNoun();
      if (!instrument) {
        out.add(c);
      }
    }
    return out;
  }

  /** The NER candidates that may be actors. */
  public List<Candidate> keep(AnnotatedDocument doc, List<Candidate> candidates) {
    String text = doc.article().text();
    Set<String> places = places(text, candidates);
    Set<String> things = Acronyms.ofThings(doc);
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : candidates) {
      String name = c.nameText(text);
      boolean drop = junk(c) || source(doc, name) || adjective(c)
          || (c.nerType().equals("LOCATION") && !c.company() && !acts(c))
          || places.contains(name)
          || things.contains(name)
          || gazetteer.isNonActor(name)
          || wireWords(c)
          || (!c.isInner() && (nonActorHead(c) || allCaps(c) || (c.to() - c.from() == 1 && placeLike(c))
              || (c.nerType().equals("ORGANIZATION") && modifiesNoun(c))));
      if (!drop) {
        out.add(c);
      }
    }
    return out;
  }

  private static Set<String> places(String text, List<Candidate> candidates) {
    Set<String> places = new HashSet<>();
    Matcher pm = PLACE_APPOSITION.matcher(text);
    while (pm.find()) {
      places.add(pm.group(1));
    }
    for (Candidate c : candidates) {
      int end = c.nameEnd();
      if (!c.isInner() && !c.company() && end < c.sentence().tokens().size()
          && PLACE_NOUNS.contains(c.token(end).lower())) {
        places.add(c.nameText(text)); // "the Burdekin and Mackay regions": Mackay is a place throughout
      }
    }
    return places;
  }


  /** "H.K. Dlr", "12 pct", "Reuter": the wire's units and sign-off, not "Reuters Holdings Plc". */
  private static boolean wireWords(Candidate c) {
    List<String> words = c.nameTokens();
    return words.stream().anyMatch(w -> Names.isWireWord(w) && w.equals(w.toLowerCase(java.util.Locale.ROOT)))
        || Names.isWireWord(words.get(words.size() - 1));
  }

  /** Nouns after an organisation's name that make it the organisation still: "USAir stock", "EC ministers". */
  private static final Set<String> ITS_OWN =
      Set.of("shares", "stock", "stocks", "shareholders", "stockholders", "officials", "executives",
          "ministers", "delegates", "ambassadors", "members", "management", "decision", "ruling",
          "proposal", "acquisition", "bid", "offer", "talks", "meeting", "round", "poll", "survey",
          "statement", "sources", "workers", "employees", "staff", "spokesman", "spokeswoman",
          "chairman", "president", "directors", "officers", "economists", "analysts", "rival", "unit");

  /** The wire or paper the article comes from does not act in it ("Reuters", "Meridian Wire"). */
  private static boolean source(AnnotatedDocument doc, String name) {
    String source = doc.article().source();
    if (source == null || source.isBlank()) {
      return false;
    }
    String a = Names.fold(name).replaceAll("s$", "");
    String b = Names.fold(source).replaceAll("s$", "");
    return a.equals(b);
  }

  /** "The Houston-based company": a name in an adjective is no actor. */
  private static boolean adjective(Candidate c) {
    int end = c.nameEnd();
    List<Token> tokens = c.sentence().tokens();
    return !c.isInner() && end + 1 < tokens.size() && tokens.get(end).text().equals("-")
        && Character.isLowerCase(tokens.get(end + 1).text().charAt(0));
  }

  /**
   * A place that acts is a state or a government the gazetteer does not know ("Zimbabwe said",
   * "Ghana's central bank", "Ghana will"): the name is the subject of a verb or a possessor, not
   * the object of a preposition.
   */
  private static boolean acts(Candidate c) {
    List<Token> tokens = c.sentence().tokens();
    int end = c.nameEnd();
    int before = c.extFrom() > 0 && tokens.get(c.extFrom() - 1).pos().equals("DT") ? c.extFrom() - 1 : c.extFrom();
    if (before > 0 && (tokens.get(before - 1).pos().equals("IN") || tokens.get(before - 1).pos().equals("TO"))) {
      return false;
    }
    if (end < c.to()) {
      return true; // a possessive
    }
    return end < tokens.size() && (tokens.get(end).pos().equals("MD") || tokens.get(end).pos().matches("VB[DZP]"));
  }

  /** "in Belém", "at Fordow": a one-word name used as a place. */
  private static boolean placeLike(Candidate c) {
    if (c.from() == 0 || c.nerType().equals("ORGANIZATION")) {
      return false;
    }
    String prev = c.token(c.from() - 1).lower();
    return prev.equals("in") || prev.equals("at") || prev.equals("near") || prev.equals("inside");
  }

  /**
   * "Brent crude", "FedWatch tool", "LNG imports": a one-word name used as a modifier names a thing
   * (a longer one, "Texas Eastern shares", still names its company).
   */
  private static boolean modifiesNoun(Candidate c) {
    int to = c.nameEnd();
    if (to != c.to() || to - c.from() > 1 || to >= c.sentence().tokens().size()
        || Names.ORGANISATION_HEADS.contains(c.token(to - 1).lower()) || c.company()) {
      return false;
    }
    Token next = c.token(to);
    boolean noun = next.pos().equals("NN") || next.pos().equals("NNS");
    return noun && !Names.TITLE_WORDS.contains(next.lower()) && !Names.ORGANISATION_NOUNS.contains(next.lower())
        && !ITS_OWN.contains(next.lower());
  }

  /** "Consumer Price Index", "London Interbank Offered Rate" (NER stops at "Interbank"). */
  private static boolean nonActorHead(Candidate c) {
    List<Token> tokens = c.sentence().tokens();
    int end = c.nameEnd();
    boolean hyphenated = end - 2 >= c.from() && tokens.get(end - 2).text().equals("-"); // "Trans-Ocean"
    if (NON_ACTOR_HEADS.contains(tokens.get(end - 1).lower()) && !hyphenated) {
      return true;
    }
    int k = end;
    while (k < tokens.size() && k < end + 3 && Names.capitalised(tokens.get(k).text()) && tokens.get(k).isProperNoun()) {
      k++;
    }
    return k > end && NON_ACTOR_HEADS.contains(tokens.get(k - 1).lower());
  }

  /** "WASHINGTON, March 3 -": a dateline word at a sentence's start (acronyms such as "FSLIC" are names). */
  private static boolean allCaps(Candidate c) {
    int end = c.nameEnd();
    if (c.from() != 0 || end >= c.sentence().tokens().size()
        || !Set.of(",", "-", "(", "--").contains(c.token(end).text())) {
      return false;
    }
    for (int i = c.from(); i < c.to(); i++) {
      String x = c.token(i).text();
      if (x.length() < 4 || !x.equals(x.toUpperCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true; // a dateline word that the gazetteer did not know
  }

  private static boolean junk(Candidate c) {
    if (c.isInner()) {
      return false;
    }
    Token first = c.token(c.from());
    char initial = first.text().charAt(0);
    if (first.pos().startsWith("PRP") || first.pos().equals("DT") || !Character.isUpperCase(initial) && !Character.isDigit(initial)) {
      return !first.text().equals("A") || Names.slashedSuffixAt(c.sentence().tokens(), c.from()) == 0;
    }
    int n = c.nameEnd() - c.from();
    if (n == 1 && (JUNK.contains(first.lower()) || first.text().length() < 2 || BARE_HEADS.contains(first.lower()))) {
      return true;
    }
    if (c.core().isEmpty()) {
      return true; // "Inc", "S.A.": a legal form alone
    }
    if (n > 1 && !c.nerType().equals("PERSON")) {
      return false;
    }
    for (int i = c.from(); i < c.nameEnd(); i++) {
      if (!Names.TITLE_WORDS.contains(c.token(i).lower())) {
        return false;
      }
    }
    return true;
  }

}
