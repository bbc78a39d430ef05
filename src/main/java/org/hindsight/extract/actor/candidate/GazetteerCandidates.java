package org.hindsight.extract.actor.candidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hindsight.extract.actor.candidate.Candidate.Role;
import org.hindsight.extract.actor.gazetteer.Gazetteer;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.EntityMention;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * Candidates from the gazetteer: the longest phrase at each token that names an actor (name, alias,
 * metonym, demonym) or, after "the", a role ("the central bank"). A phrase only counts where the
 * gazetteer says it applies at the article's date ({@link Gazetteer#applies}); a role written just
 * before a person's name is that person's title, not a reference of its own; a bare surname yields
 * to the article's own person of that name ("Wang" of "Wang Bingqian" is not the gazetteer's Wang
 * Yi). Thread-safe (the gazetteer is immutable).
 */
public final class GazetteerCandidates {

  private static final Set<String> GOVERNMENT_NOUNS =
      Set.of(
          "administration", "government", "officials", "authorities", "leadership", "delegation",
          "negotiators", "forces", "military", "troops", "regime", "cabinet", "diplomats", "leaders",
          "lawmakers", "ministers", "envoys");

  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "at", "to", "from", "into", "near", "across", "inside", "outside", "toward", "towards");

  private final Gazetteer gazetteer;

  public GazetteerCandidates(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  public List<Candidate> find(AnnotatedDocument doc, LocalDate date) {
    List<Candidate> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      scan(s, date, out);
    }
    deferSurnames(doc, out);
    return out;
  }

  private void scan(Sentence s, LocalDate date, List<Candidate> out) {
    List<Token> tokens = s.tokens();
    int i = 0;
    while (i < tokens.size()) {
      int matched = 0;
      String first = tokens.get(i).text().replace('\u2019', '\'');
      boolean may = gazetteer.mayStart(first) || first.length() > 3 && gazetteer.mayStart(Names.titleCase(first));
      for (int n = may ? Math.min(gazetteer.maxTokens(), tokens.size() - i) : 0; n >= 1 && matched == 0; n--) {
        String key = Names.key(tokens, i, i + n);
        if (!Character.isUpperCase(key.charAt(0)) && !Character.isDigit(key.charAt(0))) {
          // only roles may start lower-case ("the central bank")
          List<Gazetteer.Hit> roleHits = valid(gazetteer.role(key), key, date);
          if (!roleHits.isEmpty() && i > 0 && tokens.get(i - 1).lower().equals("the") && !beforePerson(s, i + n)) {
            Candidate c = new Candidate(s, i, i + n, null, roleHits, Role.TITLE);
            c.setExtFrom(i - 1);
            if (i + n < tokens.size() && Names.isPossessive(tokens.get(i + n))) {
              c.setTo(i + n + 1); // "the central bank's"
            }
            out.add(c);
            matched = n;
          }
          continue;
        }
        if (i + n < tokens.size() && tokens.get(i + n).text().equals("+") && !gazetteer.exact(key + "+").isEmpty()) {
          // "OPEC+" is tokenised "OPEC" "+"
          Candidate c = new Candidate(s, i, i + n + 1, null, valid(gazetteer.exact(key + "+"), key, date), Role.NAME);
          decorate(c, tokens);
          out.add(c);
          matched = n + 1;
          break;
        }
        List<Gazetteer.Hit> hits = gazetteer.exact(key);
        if (hits.isEmpty() && key.length() > 3 && key.equals(key.toUpperCase(Locale.ROOT))) {
          hits = gazetteer.exact(Names.titleCase(key)); // datelines: "BRUSSELS", "JACKSON HOLE"
        }
        Role role;
        if (!hits.isEmpty()) {
          role = roleOf(hits.get(0).kind());
        } else {
          hits = beforePerson(s, i + n) ? List.of() : gazetteer.role(key);
          role = Role.TITLE;
        }
        hits = valid(hits, key, date);
        if (hits.isEmpty() || (n == 1 && key.length() < 2)) {
          continue;
        }
        Candidate c = new Candidate(s, i, i + n, null, hits, role);
        decorate(c, tokens);
        if (gazetteer.isNonActor(Names.key(tokens, c.extFrom(), c.to()))) {
          matched = n; // "the Amazon": the forest, not the company
          continue;
        }
        out.add(c);
        matched = n;
      }
      if (matched == 0) {
        splitHyphenated(s, i, date, out);
      }
      i += Math.max(1, matched);
    }
  }

  private List<Gazetteer.Hit> valid(List<Gazetteer.Hit> hits, String phrase, LocalDate date) {
    List<Gazetteer.Hit> out = new ArrayList<>();
    for (Gazetteer.Hit h : hits) {
      if (gazetteer.applies(h, phrase, date)) {
        out.add(h);
      }
    }
    return out;
  }

  /** "World Bank president Barber Conable": the role is the name's title. */
  private static boolean beforePerson(Sentence s, int at) {
    return at < s.tokens().size() && s.tokens().get(at).ner().equals("PERSON");
  }

  /** Prefixes that make the word after them no name of a state: "Inter-American", "anti-Soviet". */
  private static final Set<String> PREFIXES =
      Set.of("inter", "pan", "anti", "pro", "non", "trans", "intra", "ex", "neo", "un", "sub", "post", "pre");

  /** "Russia-Ukraine" is one token: match its parts ("Inter-American" is not the United States). */
  private void splitHyphenated(Sentence s, int i, LocalDate date, List<Candidate> out) {
    Token t = s.tokens().get(i);
    if (t.text().indexOf('-') <= 0) {
      return;
    }
    String[] parts = t.text().split("-");
    for (int k = 0; k < parts.length; k++) {
      String part = parts[k];
      if (k > 0 && PREFIXES.contains(parts[k - 1].toLowerCase(Locale.ROOT))) {
        continue; // "Inter-American", "Pan-African", "anti-Soviet": the prefix makes it no state's name
      }
      List<Gazetteer.Hit> partHits = new ArrayList<>();
      for (Gazetteer.Hit h : valid(gazetteer.exact(part), part, date)) {
        if (!h.entry().type().equals("PERSON")) {
          partHits.add(h);
        }
      }
      if (part.length() > 1 && Character.isUpperCase(part.charAt(0)) && !partHits.isEmpty()) {
        // a sub-token mention: kept at the token level (offsets of the whole token)
        out.add(new Candidate(s, i, i + 1, null, partHits, Role.PART));
      }
    }
  }

  private static Role roleOf(Gazetteer.Kind kind) {
    return switch (kind) {
      case NAME, ALIAS -> Role.NAME;
      case METONYM -> Role.METONYM;
      case DEMONYM -> Role.DEMONYM;
      case ROLE -> Role.TITLE;
    };
  }

  /** "the Kremlin", "The US administration", "in the Kremlin" (a place). */
  private static void decorate(Candidate c, List<Token> tokens) {
    int at = c.to();
    boolean possessive = at < tokens.size() && Names.isPossessive(tokens.get(at));
    if (possessive) {
      at++;
    }
    if (at < tokens.size() && GOVERNMENT_NOUNS.contains(tokens.get(at).lower()) && c.role() != Role.TITLE) {
      c.setTo(at + 1);
      c.setRole(Role.GOVERNMENT);
    } else if (possessive) {
      c.setTo(c.to() + 1); // "Russia's", "Qatar’s": the possessive stays with its name
    }
    int before = c.from() - 1;
    if (before >= 0 && tokens.get(before).lower().equals("the")) {
      c.setExtFrom(before);
      before--;
    }
    if (c.role() == Role.METONYM && before >= 0 && PLACE_PREPOSITIONS.contains(tokens.get(before).lower())) {
      c.setRole(Role.PLACE);
    }
  }

  /**
   * A bare surname the gazetteer knows ("Haddad", "Wang") belongs to the article's own full name
   * when the article names someone else with it ("Omar Haddad", not the gazetteer's Fernando
   * Haddad; "Wang Bingqian", whose family name comes first).
   */
  private static void deferSurnames(AnnotatedDocument doc, List<Candidate> found) {
    String text = doc.article().text();
    for (int k = 0; k < found.size(); k++) {
      Candidate c = found.get(k);
      if (c.hits().isEmpty() || c.nameTokens().size() != 1
          || !c.hits().stream().allMatch(h -> h.entry().type().equals("PERSON"))) {
        continue;
      }
      String surname = Names.fold(c.nameTokens().get(0));
      for (EntityMention m : doc.entities()) {
        List<String> name = Names.words(m.text());
        if (!m.type().equals("PERSON") || name.size() < 2) {
          continue;
        }
        boolean shares = Names.fold(name.get(0)).equals(surname) || Names.fold(name.get(name.size() - 1)).equals(surname);
        String full = Names.fold(m.span().of(text));
        if (shares && c.hits().stream().noneMatch(h -> Names.fold(h.entry().name()).equals(full))) {
          found.set(k, c.withHits(List.of(), "PERSON"));
          break;
        }
      }
    }
  }
}
