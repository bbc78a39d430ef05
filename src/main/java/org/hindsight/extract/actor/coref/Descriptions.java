package org.hindsight.extract.actor.coref;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hindsight.extract.actor.candidate.Candidate;
import org.hindsight.extract.actor.candidate.Candidate.Role;
import org.hindsight.extract.actor.candidate.Draft;
import org.hindsight.extract.actor.candidate.Names;
import org.hindsight.extract.actor.title.Titles;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * Resolves definite descriptions to the actors they describe. In apposition the name beside it
 * decides ("Cie de Saint-Gobain, the recently privatised French glass and materials group"; "the
 * manager, Juergen Plambeck,"). Otherwise the description refers back to an actor it fits: one
 * named or titled with its head noun ("the ministry" → Oil and Energy Ministry, "the envoy" → the
 * actor introduced as envoy), or of its kind ("the automaker", "the Houston-based company" → a
 * company; "the country" → a state); capitalised modifiers must agree ("the Texas appellate
 * court"). Among the actors that fit, a {@link Antecedents.Chooser} chooses (the trained {@link
 * AntecedentModel}). A person's role said before the
 * person is named ("the buffer stock manager") goes to the one actor with that role. Stateless.
 */
public final class Descriptions {

  private Descriptions() {}

  /** Adds the descriptions it resolves to their drafts and to {@code linked}; {@code chooser} picks among fits. */
  public static void resolve(List<Sentence> sentences, List<Candidate> linked, Iterable<Draft> drafts,
      Antecedents.Chooser chooser) {
    Set<String> nouns = new HashSet<>();
    drafts.forEach(d -> nouns.addAll(d.roleNouns()));
    List<Description> later = new ArrayList<>();
    List<Candidate> added = new ArrayList<>();
    for (Sentence s : sentences) {
      for (int i = 0; i < s.tokens().size(); i++) {
        if (Antecedents.covered(linked, s, i)) {
          continue;
        }
        Description d = Description.at(s, i, nouns);
        if (d == null) {
          continue;
        }
        Draft target = apposition(d, linked);
        if (target != null) {
          target.roleNouns().add(d.noun()); // "the manager, Juergen Plambeck": he is the manager
        } else {
          List<Antecedents.Fit> fits = fitting(d, linked);
          target = fits.isEmpty() ? null : chooser.choose(d, fits, linked);
        }
        if (target != null) {
          added.add(mention(d, target));
        } else if (d.personal()) {
          later.add(d);
        }
        i = d.head();
      }
    }
    for (Description d : later) {
      Draft only = null;
      for (Draft x : drafts) {
        if (x.isPerson() && x.roleNouns().contains(d.noun())) {
          only = only == null ? x : null;
        }
      }
      if (only != null) {
        added.add(mention(d, only));
      }
    }
    linked.addAll(added);
  }

  private static Candidate mention(Description d, Draft target) {
    Role role = target.isPerson() ? Role.TITLE : Role.DESCRIPTION;
    Candidate c = new Candidate(d.sentence(), d.from() + 1, d.end(), null, List.of(), role);
    c.setExtFrom(d.from());
    target.add(c);
    return c;
  }

  /** "NAME, the …" or "the …, NAME,": the name beside the description. */
  private static Draft apposition(Description d, List<Candidate> linked) {
    List<Token> tokens = d.sentence().tokens();
    for (Candidate c : linked) {
      if (c.sentence() != d.sentence() || c.role() != Role.NAME || c.draft().isPerson() != d.personal()) {
        continue;
      }
      int after = c.extTo() < tokens.size() && Names.isTicker(tokens.get(c.extTo()).text()) ? c.extTo() + 1 : c.extTo();
      boolean nameFirst = after == d.from() - 1 && tokens.get(after).text().equals(",");
      boolean nameAfter = d.head() + 2 < tokens.size() && tokens.get(d.head() + 1).text().equals(",")
          && c.extFrom() == d.head() + 2;
      if (nameFirst || nameAfter) {
        return c.draft();
      }
    }
    return null;
  }

  /** The actors the description fits, each with whether its own nouns name it (a strong fit). */
  private static List<Antecedents.Fit> fitting(Description d, List<Candidate> linked) {
    List<Antecedents.Fit> out = new ArrayList<>();
    Set<Draft> seen = new HashSet<>();
    for (Candidate c : linked) {
      Draft x = c.draft();
      if (c.begin() >= d.sentence().tokens().get(d.from()).span().begin() || c.role() == Role.PLACE
          || x.isPerson() != d.personal() || !seen.add(x)) {
        continue;
      }
      boolean strong = x.roleNouns().contains(d.noun()) || x.roleNouns().contains(d.lastWord());
      boolean kind = !d.personal() && ofKind(d.noun(), x);
      if ((strong || kind) && agrees(d, x)) {
        out.add(new Antecedents.Fit(x, strong));
      }
    }
    return out;
  }

  /** Nouns for a newspaper or magazine: "the trade paper" is the paper the story cites, not the firm it reports on. */
  static final Set<String> PUBLICATION_NOUNS = Set.of("paper", "newspaper", "magazine", "daily", "weekly", "journal", "tabloid");

  /** Last words of publications' names ("Automotive News", "Wall Street Journal", "Nihon Keizai Shimbun"). */
  static final Set<String> PUBLICATION_WORDS =
      Set.of("news", "times", "journal", "post", "herald", "gazette", "tribune", "telegraph", "daily", "weekly", "week",
          "magazine", "review", "economist", "mail", "express", "observer", "monitor", "globe", "chronicle", "shimbun",
          "zeitung", "handelsblatt", "spiegel", "pravda", "izvestia", "monde", "figaro", "echos", "age", "record");

  /**
   * "the company" fits a company, "the country" a state, "the organisation" any organisation, "the
   * paper" a publication (named as one, or called one before).
   */
  static boolean ofKind(String noun, Draft x) {
    if (Description.STATE_NOUNS.contains(noun)) {
      return x.type().equals("COUNTRY");
    }
    if (x.isPerson() || x.type().equals("COUNTRY") || x.type().equals("LOCATION")) {
      return false;
    }
    if (PUBLICATION_NOUNS.contains(noun)) {
      List<String> words = Names.words(x.name());
      return !words.isEmpty() && PUBLICATION_WORDS.contains(Names.fold(words.get(words.size() - 1)))
          || x.roleNouns().stream().anyMatch(PUBLICATION_NOUNS::contains);
    }
    if (Antecedents.GENERIC_NOUNS.contains(noun)) {
      return true;
    }
    boolean institution = Antecedents.institution(x);
    if (Antecedents.INSTITUTION_NOUNS.contains(noun)) {
      return institution;
    }
    return Titles.ORGANISATION_NOUNS.contains(noun) && !institution;
  }

  /** Capitalised modifiers must be words of the actor's names ("the Texas appellate court"). */
  private static boolean agrees(Description d, Draft x) {
    List<String> names = d.names();
    if (names.isEmpty()) {
      return true;
    }
    Set<String> words = new HashSet<>();
    for (Candidate m : x.mentions()) {
      if (m.role() == Role.NAME) {
        m.nameTokens().forEach(w -> words.add(Names.fold(w)));
      }
    }
    Names.words(x.name()).forEach(w -> words.add(Names.fold(w)));
    return words.containsAll(names);
  }
}
