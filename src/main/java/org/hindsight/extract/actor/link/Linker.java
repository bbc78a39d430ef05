package org.hindsight.extract.actor.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hindsight.extract.actor.candidate.Abbreviation;
import org.hindsight.extract.actor.candidate.Candidate;
import org.hindsight.extract.actor.candidate.Candidate.Role;
import org.hindsight.extract.actor.candidate.Draft;
import org.hindsight.extract.actor.candidate.Names;
import org.hindsight.extract.actor.gazetteer.Gazetteer;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * Links name candidates to actors, most trusted first: gazetteer phrases that name one actor; then
 * names, longest first, each to the actor of the article it names — the same name without its
 * legal form ("Norsk Hydro" = "Norsk Hydro A/S"), a shorter form ("Texas Court" of "Texas Court of
 * Appeals", "Decision" of "Decision Industries Corp", "Volcker" of "Paul Volcker"), a short form
 * the article defines ("Den Norske Stats Oljeselskap A/S (Statoil)") or an acronym of it ("USDA",
 * "FSLIC") — or, failing that, a gazetteer person or a name of the article tolerant of
 * misspellings; then the gazetteer phrases several actors claim, by context. A name that matches
 * nothing is a new actor; one of NER's MISC names ("Western") only ever joins one. Thread-safe
 * (holds only the immutable gazetteer and its index).
 */
public final class Linker {

  private final Gazetteer gazetteer;
  private final Map<String, List<Gazetteer.Entry>> surnames = new HashMap<>();

  public Linker(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    for (Gazetteer.Entry e : gazetteer.entries()) {
      if (e.type().equals("PERSON")) {
        surnames.computeIfAbsent(Names.fold(Names.lastWord(e.name())), k -> new ArrayList<>()).add(e);
      }
    }
  }

  /**
   * Links every candidate it can (the rest keep no draft), and adds the mentions of linked names
   * NER missed elsewhere ({@link Propagation}) to {@code candidates}.
   */
  public Drafts link(List<Sentence> sentences, List<Candidate> candidates, String text, LocalDate date) {
    Drafts drafts = new Drafts();
    Map<Candidate, Candidate> aliasOf = ShortForms.definitions(candidates, text);
    for (Candidate c : candidates) {
      if (!c.hits().isEmpty()) {
        Gazetteer.Entry e = pickEntry(c, candidates, drafts);
        if (e != null) {
          add(drafts.curated(e), c);
        }
      }
    }
    NameMatcher names = new NameMatcher(drafts);
    // longer names first, so that shorter forms find them; NER's MISC names last, as they only join
    for (int pass = 0; pass < 3; pass++) {
      for (Candidate c : candidates) {
        boolean misc = "MISC".equals(c.nerType());
        boolean due = switch (pass) {
          case 0 -> !misc && c.nameTokens().size() > 1;
          case 1 -> !misc;
          default -> misc;
        };
        if (c.draft() == null && c.nerType() != null && due) {
          linkName(c, drafts, names, aliasOf, text, date);
        }
      }
    }
    for (Candidate c : candidates) {
      if (c.draft() == null && !c.hits().isEmpty()) {
        Gazetteer.Entry e = pickEntry(c, candidates, drafts);
        e = e != null ? e : preferred(c.hits());
        if (e != null) {
          add(drafts.curated(e), c);
        }
      }
    }
    Propagation.spread(sentences, candidates);
    return drafts;
  }

  private void linkName(Candidate c, Drafts drafts, NameMatcher names, Map<Candidate, Candidate> aliasOf,
      String text, LocalDate date) {
    Candidate full = aliasOf.get(c);
    if (full != null && full.draft() != null) {
      add(full.draft(), c);
      return;
    }
    Draft d = names.match(c);
    if (d == null && c.nerType().equals("PERSON")) {
      Gazetteer.Entry e = fuzzyPerson(c.nameTokens(), date);
      d = e == null ? null : drafts.curated(e);
    }
    if (d == null) {
      d = names.misspelt(c);
    }
    if (d == null && c.nerType().equals("MISC")) {
      return; // "Western" joins "Western Savings and Loan Co", but is no actor of its own
    }
    if (d == null) {
      d = drafts.named(c.nameText(text), c.nerType());
    }
    add(d, c);
  }

  static void add(Draft d, Candidate c) {
    d.add(c);
    if (c.role() == Role.TITLE) {
      Drafts.addRoleNouns(d, String.join(" ", c.nameTokens()));
    }
  }

  /**
   * "Brazil's Central Bank governor Francisco Gros" in a story that names the United States more: a
   * title several actors share is the one of the state whose possessive stands right before it
   * ("Brazil's"), whatever state the article names most. Null when no such state is linked.
   */
  private static Gazetteer.Entry ownersEntry(Candidate c, List<Candidate> candidates) {
    List<Token> t = c.sentence().tokens();
    for (Candidate o : candidates) {
      if (o == c || o.sentence() != c.sentence() || o.draft() == null || o.draft().id() == null) {
        continue;
      }
      boolean possessed = o.to() == c.from() && o.to() > o.from() && Names.isPossessive(t.get(o.to() - 1))
          || o.to() == c.from() - 1 && Names.isPossessive(t.get(o.to()));
      if (!possessed) {
        continue;
      }
      for (Gazetteer.Hit h : c.hits()) {
        if (o.draft().id().equals(h.entry().affiliation())) {
          return h.entry();
        }
      }
    }
    return null;
  }

  /**
   * The gazetteer entry of {@code c} among its hits: the only one; the possessor's ({@link
   * #ownersEntry}); one the article already has; the one of the state the article names most.
   */
  private static Gazetteer.Entry pickEntry(Candidate c, List<Candidate> candidates, Drafts drafts) {
    List<Gazetteer.Hit> hits = c.hits();
    if (hits.size() == 1) {
      return hits.get(0).entry();
    }
    Gazetteer.Entry owners = ownersEntry(c, candidates);
    if (owners != null) {
      return owners;
    }
    for (Gazetteer.Hit h : hits) {
      if (drafts.has(h.entry().id())) {
        return h.entry();
      }
    }
    Gazetteer.Entry best = null;
    int most = 0;
    for (Gazetteer.Hit h : hits) {
      // the central bank of the state the article names most ("Central Bank president Francisco Gros")
      int n = drafts.mentionsOf(h.entry().affiliation());
      if (n > most) {
        best = h.entry();
        most = n;
      }
    }
    return best; // null: decided after the other mentions are linked
  }

  /**
   * Among candidates no context decides: an organisation or state before a person; none when every
   * candidate is a title several actors share ("the central bank" of a story about the Bank of
   * Thailand is no gazetteer actor's: it is left to the article's own names, as a description).
   */
  private static Gazetteer.Entry preferred(List<Gazetteer.Hit> hits) {
    for (Gazetteer.Hit h : hits) {
      if (h.kind() == Gazetteer.Kind.NAME) {
        return h.entry();
      }
    }
    return hits.stream().allMatch(h -> h.kind() == Gazetteer.Kind.ROLE) ? null : hits.get(0).entry();
  }

  /** A gazetteer person with this name, tolerant of a misspelt surname; a bare surname only while it applies. */
  private Gazetteer.Entry fuzzyPerson(List<String> name, LocalDate date) {
    String last = Names.fold(name.get(name.size() - 1));
    Gazetteer.Entry found = null;
    for (Map.Entry<String, List<Gazetteer.Entry>> e : surnames.entrySet()) {
      if (!Fuzzy.equals(e.getKey(), last)) {
        continue;
      }
      for (Gazetteer.Entry g : e.getValue()) {
        String[] parts = g.name().split("\\s+");
        boolean firstOk = name.size() == 1
            ? gazetteer.applies(new Gazetteer.Hit(g, Gazetteer.Kind.ALIAS), name.get(0), date)
            : Names.fold(parts[0]).equals(Names.fold(name.get(0)));
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

  /** Whether an acronym candidate abbreviates one of a draft's names (by initials only, or loosely). */
  static boolean abbreviates(Candidate acronym, Draft d, boolean initialsOnly) {
    List<String> a = acronym.nameTokens();
    if (a.size() != 1 || !Abbreviation.looksLikeAcronym(a.get(0))) {
      return false;
    }
    for (List<String> words : NameMatcher.nameWords(d)) {
      if (words.size() > 1 && Abbreviation.abbreviates(a.get(0), words, initialsOnly)) {
        return true;
      }
    }
    return false;
  }
}
