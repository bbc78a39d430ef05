package org.hindsight.extract.actor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hindsight.article.Span;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.EntityMention;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * Builds an article's canonical actors from its NLP annotation. Mentions are merged using, in this
 * order of trust: the curated {@link Gazetteer} (names, aliases, metonyms such as "the Kremlin",
 * demonyms such as "Russian", roles such as "US President's special envoy"), name containment
 * ("Putin" ⊂ "Vladimir Putin"), titles and role nouns ("the envoy" → the last actor introduced as
 * an envoy), a tolerant name match for misspellings (edit distance against the gazetteer and the
 * article's other names) and pronouns (he/she → the last person). NER noise (titles alone,
 * pronoun tags, MISC fragments) is dropped. Stateless and thread-safe.
 */
public final class ActorResolver {

  /** Words that are titles or roles, never actors by themselves. */
  static final Set<String> TITLE_WORDS =
      Set.of(
          "president", "vice", "prime", "minister", "chancellor", "secretary", "envoy", "special",
          "chair", "chairman", "chairwoman", "governor", "senator", "sen.", "rep.", "representative",
          "general", "gen.", "foreign", "defence", "defense", "finance", "economy", "trade", "deputy",
          "chief", "executive", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
          "leader", "dr.", "mr.", "mrs.", "ms.", "king", "queen", "prince", "ambassador",
          "commissioner", "director", "ceo", "founder", "treasurer", "speaker", "premier", "mayor",
          "judge", "justice", "attorney", "economist", "analyst", "strategist", "official",
          "lawmaker", "candidate", "challenger", "incumbent", "former", "then", "acting", "top",
          "senior", "national", "security", "state", "interior", "energy", "central", "bank",
          "head", "negotiator", "opposition", "party", "supreme", "leader's", "officer", "professor",
          "commander", "army", "lieutenant", "colonel", "admiral", "president-elect", "sheikh",
          "emir", "crown", "pope", "historian", "outgoing", "incoming", "conservative", "liberal",
          "centrist", "nationalist", "populist", "veteran", "retired", "interim", "caretaker",
          "lawyer", "journalist", "businessman", "billionaire", "activist", "scientist", "columnist",
          "fellow", "researcher", "economics", "policy", "lead", "managing", "partner", "owner");

  /** Role nouns that, after "the", refer back to an actor introduced with that role. */
  static final Set<String> ROLE_NOUNS =
      Set.of(
          "envoy", "president", "chancellor", "minister", "premier", "secretary", "governor",
          "chair", "chairman", "chairwoman", "spokesman", "spokeswoman", "leader", "ceo",
          "ambassador", "commissioner", "senator", "economist", "analyst", "strategist", "official",
          "candidate", "challenger", "incumbent", "mayor", "king", "general", "company", "bank",
          "central bank", "alliance", "bloc", "commission", "prime minister", "foreign minister",
          "emir", "group", "firm", "carmaker", "regulator", "union", "party", "court", "committee",
          "parliament", "council", "fund", "agency", "ministry", "organisation", "organization",
          "cartel", "department", "treasury", "senate", "congress", "board", "government");

  private static final Set<String> GOVERNMENT_NOUNS =
      Set.of(
          "administration", "government", "officials", "authorities", "leadership", "delegation",
          "negotiators", "forces", "military", "troops", "regime", "cabinet", "diplomats", "leaders",
          "lawmakers", "ministers", "envoys");

  static boolean isPossessive(Token t) {
    String x = t.text();
    return x.equals("'s") || x.equals("\u2019s") || x.equals("'") || x.equals("\u2019");
  }

  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "at", "to", "from", "into", "near", "across", "inside", "outside", "toward", "towards");

  private static final Set<String> PRONOUNS = Set.of("he", "him", "his", "she", "her", "hers");
  /** "it", "its", "they": organisations and states (people are "he" and "she" here). */
  private static final Set<String> NEUTER_PRONOUNS = Set.of("it", "its", "they", "them", "their");

  /** "it is likely that …", "it was unclear whether …": no referent. */
  private static boolean expletive(List<Token> tokens, int i) {
    if (!tokens.get(i).lower().equals("it") || i + 2 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(i + 1).lower();
    boolean be = Set.of("is", "was", "'s", "seems", "appears", "remains", "looks", "would", "will").contains(next);
    if (!be) {
      return false;
    }
    for (int k = i + 2; k < Math.min(tokens.size(), i + 6); k++) {
      String w = tokens.get(k).lower();
      if (w.equals("that") || w.equals("to") || w.equals("whether") || w.equals("if")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> JUNK =
      Set.of("an", "a", "the", "and", "war", "but", "if", "it", "this", "that", "there", "monday",
          "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private final Gazetteer gazetteer;
  private final Map<String, List<Gazetteer.Entry>> surnames = new HashMap<>();

  public ActorResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    for (Gazetteer.Entry e : gazetteer.entries()) {
      if (e.type().equals("PERSON")) {
        String[] parts = e.name().split("\\s+");
        surnames.computeIfAbsent(fold(parts[parts.length - 1]), k -> new ArrayList<>()).add(e);
      }
    }
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** A mention found in the text, before linking. */
  private static final class Raw {
    final Sentence sentence;
    final int from;
    int to;
    int extFrom;
    final String nerType;
    final List<Gazetteer.Hit> hits;
    String role;
    Builder actor;

    Raw(Sentence sentence, int from, int to, String nerType, List<Gazetteer.Hit> hits, String role) {
      this.sentence = sentence;
      this.from = from;
      this.to = to;
      this.extFrom = from;
      this.nerType = nerType;
      this.hits = hits;
      this.role = role;
    }

    Span span() {
      return sentence.span(extFrom, to);
    }

    /** The name as written (possessive dropped), e.g. "Lee-Anne Mulholland". */
    String nameText(String text) {
      int end = to;
      while (end > from + 1 && isPossessive(sentence.tokens().get(end - 1))) {
        end--;
      }
      return sentence.span(from, end).of(text);
    }

    int begin() {
      return sentence.tokens().get(extFrom).span().begin();
    }

    List<String> nameTokens() {
      List<String> out = new ArrayList<>();
      for (int i = from; i < to; i++) {
        Token t = sentence.tokens().get(i);
        if (!isPossessive(t)) {
          out.add(t.text());
        }
      }
      return out;
    }
  }

  /** An actor being assembled. */
  private static final class Builder {
    final String id;
    String name;
    final String type;
    final boolean curated;
    final List<Raw> mentions = new ArrayList<>();
    final Set<String> roleNouns = new HashSet<>();

    Builder(String id, String name, String type, boolean curated) {
      this.id = id;
      this.name = name;
      this.type = type;
      this.curated = curated;
    }
  }

  public List<Actor> resolve(AnnotatedDocument doc) {
    String text = doc.article().text();
    List<Raw> raws = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      scanGazetteer(s, raws);
    }
    addNerMentions(doc, raws);
    raws.sort((a, b) -> Integer.compare(a.begin(), b.begin()));

    Map<String, Builder> actors = new LinkedHashMap<>();
    deferSurnames(raws);
    // pass 1: gazetteer hits that are unambiguous, and multi-token names
    for (Raw r : raws) {
      if (!r.hits.isEmpty()) {
        Gazetteer.Entry e = pickEntry(r.hits, actors);
        if (e != null) {
          link(r, curated(actors, e));
        }
      }
    }
    for (Raw r : raws) {
      if (r.actor == null && r.nerType != null && r.nameTokens().size() > 1) {
        linkName(r, actors, text);
      }
    }
    // pass 2: single-token names: containment in this article first, then the gazetteer
    for (Raw r : raws) {
      if (r.actor == null && r.nerType != null) {
        linkName(r, actors, text);
      }
    }
    for (Raw r : raws) {
      if (r.actor == null && !r.hits.isEmpty()) {
        Gazetteer.Entry e = pickEntry(r.hits, actors);
        link(r, curated(actors, e != null ? e : preferred(r.hits)));
      }
    }
    for (Raw r : raws) {
      if (r.actor != null && "PERSON".equals(r.actor.type)) {
        extendTitle(r, raws);
      }
    }
    List<Raw> linked = new ArrayList<>();
    for (Raw r : raws) {
      if (r.actor != null) {
        linked.add(r);
      }
    }
    // role nouns and pronouns refer back to actors already in the text
    for (Sentence s : doc.sentences()) {
      resolveReferences(s, linked);
    }
    linked.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
    return build(actors, linked, text);
  }

  /**
   * A bare surname the gazetteer knows ("Haddad") belongs to the article's own full name when the
   * article names someone else with it ("Omar Haddad", not the gazetteer's Fernando Haddad).
   */
  private static void deferSurnames(List<Raw> raws) {
    List<Raw> deferred = new ArrayList<>();
    for (Raw r : raws) {
      if (r.hits.isEmpty() || r.nameTokens().size() != 1) {
        continue;
      }
      String surname = fold(r.nameTokens().get(0));
      boolean person = r.hits.stream().allMatch(h -> h.entry().type().equals("PERSON"));
      if (!person) {
        continue;
      }
      for (Raw n : raws) {
        List<String> name = n.nerType != null && n.nerType.equals("PERSON") ? n.nameTokens() : List.of();
        if (name.size() > 1 && fold(name.get(name.size() - 1)).equals(surname)) {
          boolean known = r.hits.stream().anyMatch(h -> fold(h.entry().name()).equals(fold(String.join(" ", name))));
          if (!known) {
            deferred.add(r);
          }
          break;
        }
      }
    }
    for (Raw r : deferred) {
      int k = raws.indexOf(r);
      Raw plain = new Raw(r.sentence, r.from, r.to, "PERSON", List.of(), "NAME");
      plain.extFrom = r.extFrom;
      raws.set(k, plain);
    }
  }

  // ---------------------------------------------------------------- finding mentions

  private void scanGazetteer(Sentence s, List<Raw> out) {
    List<Token> tokens = s.tokens();
    int i = 0;
    while (i < tokens.size()) {
      int matched = 0;
      for (int n = Math.min(gazetteer.maxTokens(), tokens.size() - i); n >= 1 && matched == 0; n--) {
        String key = key(tokens, i, i + n);
        if (!Character.isUpperCase(key.charAt(0)) && !Character.isDigit(key.charAt(0))) {
          // only roles may start lower-case ("the central bank")
          List<Gazetteer.Hit> roleHits = n > 1 ? gazetteer.role(key) : List.of();
          if (!roleHits.isEmpty() && i > 0 && tokens.get(i - 1).lower().equals("the")) {
            Raw r = new Raw(s, i, i + n, null, roleHits, "TITLE");
            r.extFrom = i - 1;
            out.add(r);
            matched = n;
          }
          continue;
        }
        List<Gazetteer.Hit> hits = gazetteer.exact(key);
        if (i + n < tokens.size() && tokens.get(i + n).text().equals("+") && !gazetteer.exact(key + "+").isEmpty()) {
          hits = gazetteer.exact(key + "+"); // "OPEC+" is tokenised "OPEC" "+"
          Raw r = new Raw(s, i, i + n + 1, null, hits, "NAME");
          decorate(r, tokens);
          out.add(r);
          matched = n + 1;
          break;
        }
        if (hits.isEmpty() && key.length() > 3 && key.equals(key.toUpperCase(Locale.ROOT))) {
          hits = gazetteer.exact(titleCase(key)); // datelines: "BRUSSELS", "JACKSON HOLE"
        }
        String role = null;
        if (!hits.isEmpty()) {
          role = roleOf(hits.get(0).kind());
        } else {
          hits = gazetteer.role(key);
          role = "TITLE";
        }
        if (hits.isEmpty() || (n == 1 && key.length() < 2)) {
          continue;
        }
        Raw r = new Raw(s, i, i + n, null, hits, role);
        decorate(r, tokens);
        if (gazetteer.isNonActor(key(tokens, r.extFrom, r.to))) {
          matched = n; // "the Amazon": the forest, not the company
          continue;
        }
        out.add(r);
        matched = n;
      }
      if (matched == 0) {
        splitHyphenated(s, i, out);
      }
      i += Math.max(1, matched);
    }
  }

  /** "Russia-Ukraine" is one token: match its parts. */
  private void splitHyphenated(Sentence s, int i, List<Raw> out) {
    Token t = s.tokens().get(i);
    if (t.text().indexOf('-') <= 0) {
      return;
    }
    for (String part : t.text().split("-")) {
      List<Gazetteer.Hit> partHits = new ArrayList<>();
      for (Gazetteer.Hit h : gazetteer.exact(part)) {
        if (!h.entry().type().equals("PERSON")) {
          partHits.add(h);
        }
      }
      if (part.length() > 1 && Character.isUpperCase(part.charAt(0)) && !partHits.isEmpty()) {
        // a sub-token mention: keep it at the token level (offsets of the whole token)
        Raw r = new Raw(s, i, i + 1, null, partHits, "NAME");
        r.role = "PART";
        out.add(r);
      }
    }
  }

  private static String roleOf(Gazetteer.Kind kind) {
    return switch (kind) {
      case NAME, ALIAS -> "NAME";
      case METONYM -> "METONYM";
      case DEMONYM -> "DEMONYM";
      case ROLE -> "TITLE";
    };
  }

  /** "the Kremlin", "The US administration", "in the Kremlin" (a place). */
  private static void decorate(Raw r, List<Token> tokens) {
    int at = r.to;
    boolean possessive = at < tokens.size() && isPossessive(tokens.get(at));
    if (possessive) {
      at++;
    }
    if (at < tokens.size() && GOVERNMENT_NOUNS.contains(tokens.get(at).lower()) && !r.role.equals("TITLE")) {
      r.to = at + 1;
      r.role = "GOVERNMENT";
    } else if (possessive) {
      r.to++; // "Russia's", "Qatar’s": the possessive stays with its name
    }
    int before = r.from - 1;
    if (before >= 0 && tokens.get(before).lower().equals("the")) {
      r.extFrom = before;
      before--;
    }
    if (r.role.equals("METONYM") && before >= 0 && PLACE_PREPOSITIONS.contains(tokens.get(before).lower())) {
      r.role = "PLACE";
    }
  }

  /** "Belém, a city of 1.3 million": names the article itself calls places. */
  private static final Pattern PLACE_APPOSITION =
      Pattern.compile("(\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+)*), (?:a|an|the) (?:[\\p{L}-]+ ){0,2}"
          + "(?:city|town|port|village|region|province|island|capital|river|rainforest|forest|desert|valley|site|facility|plant|base)\\b");

  private void addNerMentions(AnnotatedDocument doc, List<Raw> raws) {
    Set<String> places = new HashSet<>();
    Matcher pm = PLACE_APPOSITION.matcher(doc.article().text());
    while (pm.find()) {
      places.add(pm.group(1));
    }
    for (EntityMention m : doc.entities()) {
      Sentence s = doc.sentences().get(m.sentence());
      String type = m.type();
      if (!type.equals("PERSON") && organisationHead(s.tokens().get(m.tokenEnd() - 1))) {
        type = "ORGANIZATION"; // "Ostend Analytics", "Vistula Policy Centre" tagged as places
      }
      if (!(type.equals("PERSON") || type.equals("ORGANIZATION") || type.equals("LOCATION"))) {
        continue;
      }
      int from = m.tokenBegin();
      int to = m.tokenEnd();
      // NER sometimes takes titles into a name ("Warsaw Mayor Rafał Trzaskowski"): the name starts
      // after the last title word, the title stays as the mention's extension
      int nerFrom = from;
      if (type.equals("PERSON")) {
        for (int k = to - 2; k >= from; k--) {
          if (TITLE_WORDS.contains(s.tokens().get(k).lower())) {
            from = k + 1;
            break;
          }
        }
      }
      // trailing lower-case words are not part of a name ("Law and Justice ally")
      while (to - 1 > from && Character.isLowerCase(s.tokens().get(to - 1).text().charAt(0))
          && s.tokens().get(to - 1).pos().startsWith("NN") && !s.tokens().get(to - 2).text().equals("-")) {
        to--;
      }
      while (to > from && s.tokens().get(to - 1).text().equals("'s")) {
        to--;
      }
      if (from >= to || junk(s, from, to, type)) {
        continue;
      }
      final int f = from;
      final int t2 = to;
      // a longer name beats a gazetteer hit inside it ("Federal Reserve Bank of Kansas City")
      raws.removeIf(r -> r.sentence == s && !r.hits.isEmpty() && !"TITLE".equals(r.role)
          && f <= r.from && r.to <= t2 && (t2 - f) > (r.to - r.from) && !"PART".equals(r.role));
      if (overlapsGazetteer(raws, s, from, to)) {
        continue;
      }
      if (allCaps(s, from, to)) {
        continue; // a dateline word that the gazetteer did not know
      }
      if (type.equals("LOCATION") || nonActorHead(s, from, to) || acronymOfNonActor(doc, s, from, to)
          || gazetteer.isNonActor(s.span(from, to).of(doc.article().text()))
          || places.contains(s.span(from, to).of(doc.article().text()))
          || (to - from == 1 && placeLike(s, from))
          || (type.equals("ORGANIZATION") && modifiesNoun(s, to) && !organisationHead(s.tokens().get(to - 1)))) {
        continue; // a city or region the gazetteer does not map to a state is a place, not an actor
      }
      while (to < s.tokens().size() && isPossessive(s.tokens().get(to))) {
        to++;
      }
      Raw raw = new Raw(s, from, to, type, List.of(), "NAME");
      raw.extFrom = nerFrom;
      raws.add(raw);
    }
  }

  /** Head nouns that make a multi-word name an organisation, whatever NER said. */
  static final Set<String> ORGANISATION_HEADS =
      Set.of("analytics", "advisory", "markets", "securities", "forum", "centre", "center",
          "institute", "group", "bank", "capital", "partners", "research", "council", "ministry",
          "agency", "committee", "commission", "fund", "foundation", "university", "association",
          "party", "corporation", "corp", "inc", "ltd", "company", "associates", "consulting",
          "economics", "investments", "management", "holdings", "office", "authority", "board",
          "bureau", "department", "union", "federation", "alliance", "coalition", "court",
          "tribunal", "network", "service", "services", "trust", "exchange");

  /** "in Belém", "at Fordow", "the Amazon": a one-word name used as a place. */
  private static boolean placeLike(Sentence s, int at) {
    if (at == 0) {
      return false;
    }
    String prev = s.tokens().get(at - 1).lower();
    return prev.equals("in") || prev.equals("at") || prev.equals("near") || prev.equals("inside");
  }

  /** "Brent crude", "FedWatch tool", "LNG imports": a name used as a modifier names a thing. */
  private static boolean modifiesNoun(Sentence s, int to) {
    if (to >= s.tokens().size()) {
      return false;
    }
    Token next = s.tokens().get(to);
    return next.pos().equals("NN") || next.pos().equals("NNS");
  }

  private static boolean organisationHead(Token last) {
    return ORGANISATION_HEADS.contains(last.lower());
  }

  /** Laws, products and events are named like organisations but do not act. */
  static final Set<String> NON_ACTOR_HEADS =
      Set.of("act", "law", "directive", "regulation", "treaty", "agreement", "accord", "pipeline",
          "store", "bridge", "summit", "conference", "index", "prize", "cup", "games", "award",
          "awards", "program", "programme", "plan", "initiative", "strategy", "doctrine", "war",
          "convention", "protocol", "deal", "framework", "festival", "report", "facility", "tool",
          "system", "systems", "crude", "stream");

  private static boolean nonActorHead(Sentence s, int from, int to) {
    return NON_ACTOR_HEADS.contains(s.tokens().get(to - 1).lower());
  }

  /** "the Digital Markets Act (DMA)": the acronym names what its expansion names. */
  private static boolean acronymOfNonActor(AnnotatedDocument doc, Sentence s, int from, int to) {
    if (to - from != 1) {
      return false;
    }
    String acronym = s.tokens().get(from).text();
    if (!acronym.matches("[A-Z]{2,6}")) {
      return false;
    }
    String text = doc.article().text();
    int at = text.indexOf("(" + acronym + ")");
    if (at <= 0) {
      return false;
    }
    String before = text.substring(Math.max(0, at - 60), at).strip();
    String[] words = before.split("\\s+");
    return words.length > 0 && NON_ACTOR_HEADS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
  }

  private static boolean allCaps(Sentence s, int from, int to) {
    for (int i = from; i < to; i++) {
      String x = s.tokens().get(i).text();
      if (x.length() < 4 || !x.equals(x.toUpperCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static boolean junk(Sentence s, int from, int to, String type) {
    Token first = s.tokens().get(from);
    if (first.pos().startsWith("PRP") || first.pos().equals("DT") || !Character.isUpperCase(first.text().charAt(0))) {
      return true;
    }
    if (to - from == 1 && (JUNK.contains(first.lower()) || first.text().length() < 2)) {
      return true;
    }
    if (to - from > 1 && !type.equals("PERSON")) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!TITLE_WORDS.contains(s.tokens().get(i).lower())) {
        return false;
      }
    }
    return true;
  }

  private static boolean overlapsGazetteer(List<Raw> raws, Sentence s, int from, int to) {
    for (Raw r : raws) {
      if (r.sentence == s && r.from < to && from < r.to && !r.hits.isEmpty()) {
        // the gazetteer span wins when it covers the NER span; a longer NER name wins otherwise
        if (r.from <= from && to <= r.to) {
          return true;
        }
        if ("TITLE".equals(r.role)) {
          continue;
        }
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- linking

  private Gazetteer.Entry pickEntry(List<Gazetteer.Hit> hits, Map<String, Builder> actors) {
    if (hits.size() == 1) {
      return hits.get(0).entry();
    }
    for (Gazetteer.Hit h : hits) {
      if (actors.containsKey(h.entry().id())) {
        return h.entry();
      }
    }
    for (Gazetteer.Hit h : hits) {
      String aff = h.entry().affiliation();
      if (aff != null && actors.containsKey(aff)) {
        return h.entry();
      }
    }
    return null; // decided after the other mentions are linked
  }

  /** Among candidates no context decides: an organisation or state before a person. */
  private static Gazetteer.Entry preferred(List<Gazetteer.Hit> hits) {
    for (Gazetteer.Hit h : hits) {
      if (h.kind() == Gazetteer.Kind.NAME) {
        return h.entry();
      }
    }
    return hits.get(0).entry();
  }

  private void linkName(Raw r, Map<String, Builder> actors, String text) {
    List<String> name = r.nameTokens();
    String joined = r.nameText(text);
    // 1. containment in an actor of this article ("Putin" in "Vladimir Putin")
    Builder best = null;
    for (Builder b : actors.values()) {
      // a lone surname is the person's even when NER typed it as an organisation or place
      boolean surname = name.size() == 1 && b.type.equals("PERSON") && fold(lastToken(b.name)).equals(fold(name.get(0)));
      if ((compatible(r.nerType, b.type) || surname) && containsName(b, name)) {
        best = b;
        break;
      }
    }
    if (best != null) {
      link(r, best);
      return;
    }
    // 2. the gazetteer, tolerant of misspellings
    Gazetteer.Entry e = r.nerType.equals("PERSON") ? fuzzyPerson(name) : null;
    if (e != null) {
      link(r, curated(actors, e));
      return;
    }
    // 3. a misspelt variant of a name already in this article
    for (Builder b : actors.values()) {
      if (compatible(r.nerType, b.type) && fuzzyEquals(lastToken(b.name), name.get(name.size() - 1))) {
        link(r, b);
        return;
      }
    }
    String type = switch (r.nerType) {
      case "PERSON" -> "PERSON";
      case "ORGANIZATION" -> "ORGANIZATION";
      default -> "LOCATION";
    };
    String prefix = switch (type) {
      case "PERSON" -> "person/";
      case "ORGANIZATION" -> "org/";
      default -> "place/";
    };
    String id = prefix + slug(joined);
    Builder b = actors.get(id);
    if (b == null) {
      b = new Builder(id, joined, type, false);
      actors.put(id, b);
    }
    link(r, b);
  }

  private static boolean compatible(String nerType, String actorType) {
    if (nerType == null) {
      return true;
    }
    return switch (nerType) {
      case "PERSON" -> actorType.equals("PERSON");
      case "LOCATION" -> actorType.equals("COUNTRY") || actorType.equals("LOCATION");
      default -> !actorType.equals("PERSON");
    };
  }

  private static boolean containsName(Builder b, List<String> name) {
    Set<String> known = new HashSet<>();
    for (String w : b.name.split("\\s+")) {
      known.add(fold(w));
    }
    for (Raw m : b.mentions) {
      for (String w : m.nameTokens()) {
        known.add(fold(w));
      }
    }
    for (String w : name) {
      if (!known.contains(fold(w))) {
        return false;
      }
    }
    return true;
  }

  private Gazetteer.Entry fuzzyPerson(List<String> name) {
    String last = fold(name.get(name.size() - 1));
    Gazetteer.Entry found = null;
    for (Map.Entry<String, List<Gazetteer.Entry>> e : surnames.entrySet()) {
      if (!fuzzyEquals(e.getKey(), last)) {
        continue;
      }
      for (Gazetteer.Entry g : e.getValue()) {
        String[] parts = g.name().split("\\s+");
        boolean firstOk = name.size() == 1 || fold(parts[0]).equals(fold(name.get(0)));
        if (firstOk) {
          if (found != null && !found.id().equals(g.id())) {
            return null; // two candidates: too uncertain
          }
          found = g;
        }
      }
    }
    return found;
  }

  /** Equal after folding, or one edit apart (two for long names), same first letter. */
  static boolean fuzzyEquals(String a, String b) {
    a = fold(a);
    b = fold(b);
    if (a.equals(b)) {
      return true;
    }
    int len = Math.min(a.length(), b.length());
    if (len < 5 || a.charAt(0) != b.charAt(0)) {
      return false;
    }
    int allowed = len >= 9 ? 2 : 1;
    return damerau(a, b) <= allowed;
  }

  static int damerau(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private Builder curated(Map<String, Builder> actors, Gazetteer.Entry e) {
    return actors.computeIfAbsent(e.id(), id -> {
      Builder b = new Builder(id, e.name(), e.type(), true);
      for (String role : e.roles()) {
        addRoleNouns(b, role);
      }
      if (e.type().equals("COUNTRY")) {
        b.roleNouns.addAll(List.of("government", "administration"));
      } else if (!e.type().equals("PERSON")) {
        // "the Commission", "the committee", "the court": the head noun of its names
        addHeadNoun(b, e.name());
        e.aliases().forEach(a -> addHeadNoun(b, a));
      }
      return b;
    });
  }

  private static void addHeadNoun(Builder b, String name) {
    String[] w = name.toLowerCase(Locale.ROOT).split("\\s+");
    String last = w[w.length - 1];
    if (w.length > 1 && last.length() > 3 && last.chars().allMatch(Character::isLetter)) {
      b.roleNouns.add(last);
    }
  }

  private static void addRoleNouns(Builder b, String phrase) {
    String p = phrase.toLowerCase(Locale.ROOT).replace("'s", "");
    String[] w = p.trim().split("\\s+");
    if (w.length == 0) {
      return;
    }
    b.roleNouns.add(w[w.length - 1]);
    if (w.length >= 2) {
      b.roleNouns.add(w[w.length - 2] + " " + w[w.length - 1]);
    }
  }

  private static void link(Raw r, Builder b) {
    r.actor = b;
    b.mentions.add(r);
    if ("TITLE".equals(r.role)) {
      addRoleNouns(b, r.sentence.span(r.from, r.to).toString());
      List<String> words = r.nameTokens();
      addRoleNouns(b, String.join(" ", words));
    }
  }

  /** "US President's special envoy Steve Withoff", "President Donald Trump". */
  private void extendTitle(Raw r, List<Raw> raws) {
    List<Token> tokens = r.sentence.tokens();
    int i = r.extFrom;
    boolean sawTitle = false;
    while (i > 0) {
      Token t = tokens.get(i - 1);
      String w = t.lower();
      Raw org = sawTitle ? organisationEndingAt(raws, r.sentence, i) : null;
      if (TITLE_WORDS.contains(w) && Character.isLetter(w.charAt(0))) {
        sawTitle = true;
        i--;
      } else if (isPossessive(t) && i > 1 && TITLE_WORDS.contains(tokens.get(i - 2).lower())) {
        i--;
      } else if (org != null) {
        i = org.from; // "Federal Reserve Chair Jerome Powell", "US envoy Withoff"
        break;
      } else if (sawTitle && Character.isUpperCase(t.text().charAt(0))
          && (isCountryWord(t.text()) || t.pos().equals("JJ"))) {
        i--;
      } else {
        break;
      }
    }
    if (i < r.extFrom) {
      for (int k = i; k < r.from; k++) {
        String w = tokens.get(k).lower();
        if (TITLE_WORDS.contains(w) && ROLE_NOUNS.contains(w)) {
          r.actor.roleNouns.add(w);
        }
      }
      r.extFrom = i;
    }
  }

  private static Raw organisationEndingAt(List<Raw> raws, Sentence s, int end) {
    for (Raw o : raws) {
      if (o.sentence == s && o.to == end && o.actor != null
          && !"PERSON".equals(o.actor.type) && !"TITLE".equals(o.role)) {
        return o;
      }
    }
    return null;
  }

  private boolean isCountryWord(String w) {
    for (Gazetteer.Hit h : gazetteer.exact(w)) {
      if (h.entry().type().equals("COUNTRY") || h.entry().type().equals("ORGANIZATION")) {
        return true;
      }
    }
    return false;
  }

  /** "the envoy" → the last actor introduced as an envoy; "he" → the last person. */
  private void resolveReferences(Sentence s, List<Raw> linked) {
    List<Token> tokens = s.tokens();
    List<Raw> added = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      int begin = t.span().begin();
      if (t.lower().equals("the") && i + 1 < tokens.size()) {
        String one = tokens.get(i + 1).lower();
        String two = i + 2 < tokens.size() ? one + " " + tokens.get(i + 2).lower() : null;
        int len = 0;
        String noun = null;
        if (two != null && ROLE_NOUNS.contains(two) && (i + 3 >= tokens.size() || !tokens.get(i + 3).isNoun())) {
          noun = two;
          len = 2;
        } else if (ROLE_NOUNS.contains(one) && (i + 2 >= tokens.size() || !tokens.get(i + 2).isProperNoun())) {
          noun = one;
          len = 1;
        }
        if (noun != null && !covered(linked, s, i + 1)) {
          Builder b = lastWithRole(linked, noun, begin);
          if (b != null) {
            Raw r = new Raw(s, i + 1, i + 1 + len, null, List.of(), "TITLE");
            r.extFrom = i;
            r.actor = b;
            added.add(r);
          }
        }
      } else if (NEUTER_PRONOUNS.contains(t.lower()) && t.pos().startsWith("PRP") && !expletive(tokens, i)) {
        Builder b = lastNonPerson(linked, begin, s.index());
        if (b != null) {
          Raw r = new Raw(s, i, i + 1, null, List.of(), "PRONOUN");
          r.actor = b;
          added.add(r);
        }
      } else if (PRONOUNS.contains(t.lower()) && t.pos().startsWith("PRP")) {
        Builder b = lastPerson(linked, begin, s.index());
        if (b != null) {
          Raw r = new Raw(s, i, i + 1, null, List.of(), "PRONOUN");
          r.actor = b;
          added.add(r);
        }
      }
    }
    for (Raw r : added) {
      r.actor.mentions.add(r);
      linked.add(r);
    }
  }

  private static boolean covered(List<Raw> linked, Sentence s, int token) {
    for (Raw r : linked) {
      if (r.sentence == s && r.extFrom <= token && token < r.to) {
        return true;
      }
    }
    return false;
  }

  private static Builder lastWithRole(List<Raw> linked, String noun, int before) {
    Raw best = null;
    for (Raw r : linked) {
      if (r.begin() < before && r.actor.roleNouns.contains(noun) && (best == null || r.begin() > best.begin())) {
        best = r;
      }
    }
    return best == null ? null : best.actor;
  }

  private static Builder lastNonPerson(List<Raw> linked, int before, int sentence) {
    Raw best = null;
    for (Raw r : linked) {
      if (r.begin() < before
          && !"PERSON".equals(r.actor.type)
          && !"PRONOUN".equals(r.role)
          && !"PLACE".equals(r.role)
          && !"DEMONYM".equals(r.role)
          && sentence - r.sentence.index() <= 1
          && (best == null || r.begin() > best.begin())) {
        best = r;
      }
    }
    return best == null ? null : best.actor;
  }

  private static Builder lastPerson(List<Raw> linked, int before, int sentence) {
    Raw best = null;
    for (Raw r : linked) {
      if (r.begin() < before
          && "PERSON".equals(r.actor.type)
          && !"PRONOUN".equals(r.role)
          && sentence - r.sentence.index() <= 2
          && (best == null || r.begin() > best.begin())) {
        best = r;
      }
    }
    return best == null ? null : best.actor;
  }

  // ---------------------------------------------------------------- output

  private static List<Actor> build(Map<String, Builder> actors, List<Raw> linked, String text) {
    Map<Builder, List<ActorMention>> mentions = new LinkedHashMap<>();
    for (Raw r : linked) {
      mentions.computeIfAbsent(r.actor, k -> new ArrayList<>());
    }
    for (Raw r : linked) {
      Span span = r.span();
      List<ActorMention> list = mentions.get(r.actor);
      boolean dup = false;
      for (ActorMention m : list) {
        if (m.span().equals(span)) {
          dup = true;
          break;
        }
      }
      if (!dup) {
        list.add(new ActorMention(span.of(text), span, r.role));
      }
    }
    List<Actor> out = new ArrayList<>();
    for (Map.Entry<Builder, List<ActorMention>> e : mentions.entrySet()) {
      Builder b = e.getKey();
      if (!b.curated) {
        b.name = longestName(b, text);
      }
      Set<String> aliases = new LinkedHashSet<>();
      boolean named = b.curated;
      for (ActorMention m : e.getValue()) {
        if (!m.role().equals("PRONOUN") && !m.text().equals(b.name)) {
          aliases.add(m.text());
        }
        named |= !m.role().equals("PRONOUN") && !m.role().equals("TITLE");
      }
      if (named) {
        out.add(new Actor(b.id, b.name, b.type, List.copyOf(aliases), e.getValue()));
      }
    }
    return out;
  }

  private static String longestName(Builder b, String text) {
    String best = b.name;
    for (Raw r : b.mentions) {
      if (r.nerType != null) {
        String n = r.nameText(text);
        if (n.split(" ").length > best.split(" ").length) {
          best = n;
        }
      }
    }
    return best;
  }

  private static String key(List<Token> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        sb.append(' ');
      }
      sb.append(tokens.get(i).text().replace('\u2019', '\''));
    }
    return sb.toString();
  }

  private static String titleCase(String key) {
    StringBuilder sb = new StringBuilder();
    for (String w : key.split(" ")) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(w.isEmpty() ? w : w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }

  private static String lastToken(String name) {
    String[] p = name.split("\\s+");
    return p[p.length - 1];
  }

  static String fold(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    // letters that do not decompose into a base letter and a mark
    n = n.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("ß", "ss")
        .replace("æ", "ae").replace("Æ", "AE").replace("đ", "d").replace("Đ", "D").replace("ı", "i");
    return n.toLowerCase(Locale.ROOT);
  }

  static String slug(String s) {
    return fold(s).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
