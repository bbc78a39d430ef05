package org.hindsight.extract.actor.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hindsight.extract.actor.candidate.Candidate;
import org.hindsight.extract.actor.candidate.Draft;
import org.hindsight.extract.actor.candidate.Names;

/**
 * Finds the actor of the article a name refers to, by the names the actor has been written with:
 * the same identifying words ({@link Names#core}); for one word, a person's surname or given name,
 * the first word of an organisation's name ("Decision" for Decision Industries Corp, the earliest
 * such organisation when several share it) or an acronym; for several words, a shorter or longer
 * form of the same name that adds no institution of its own ("Texas Court" / "Texas Court of
 * Appeals", but not "Federal Reserve" / "Federal Reserve Bank of Kansas City"). Reads the drafts;
 * confined to one resolution.
 */
final class NameMatcher {

  private final Drafts drafts;
  /** Each draft's cores, with the number of mentions they were computed from. */
  private final Map<Draft, Map.Entry<Integer, List<List<String>>>> cache = new HashMap<>();

  NameMatcher(Drafts drafts) {
    this.drafts = drafts;
  }

  private List<List<String>> cores(Draft d) {
    Map.Entry<Integer, List<List<String>>> c = cache.get(d);
    if (c == null || c.getKey() != d.mentions().size()) {
      c = Map.entry(d.mentions().size(), coresOf(d));
      cache.put(d, c);
    }
    return c.getValue();
  }

  Draft match(Candidate c) {
    List<String> core = c.core();
    if (core.isEmpty()) {
      return null;
    }
    String ner = c.nerType();
    List<String> state = statedWords(c);
    for (Draft d : drafts.all()) {
      // the same name of several words is the same actor, whatever type NER gave it each time
      if ((compatible(ner, d) || core.size() > 1) && cores(d).contains(core) && !anotherState(d, core, state)) {
        return d;
      }
    }
    if (c.company() || c.isInner()) {
      return null; // "BTR Plc", "<Deminex>": a full company name is no short form of another
    }
    if (core.size() == 1) {
      return oneWord(c, core.get(0));
    }
    for (Draft d : drafts.all()) {
      if (!compatible(ner, d) && !d.isPerson()) {
        continue; // a person's name NER typed otherwise elsewhere ("Bra Kanon" as a place) is still the person's
      }
      for (List<String> other : cores(d)) {
        if (d.isPerson() ? partOfPersonName(core, other) : sameInstitution(core, other)) {
          return d;
        }
      }
    }
    return !state.isEmpty() ? null : statedInstitution(core);
  }

  /**
   * The words before the mention's name that say whose institution it is ("Israel" of "Israel's
   * Foreign Ministry"), lower case; empty when it says none.
   */
  private static List<String> statedWords(Candidate c) {
    List<String> out = new ArrayList<>();
    for (int k = c.extFrom(); k < c.from(); k++) {
      String w = c.token(k).text();
      if (!w.equalsIgnoreCase("the") && Character.isUpperCase(w.charAt(0))) {
        out.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /**
   * Whether the organisation is another state's institution than the one the mention states: its
   * name is the mention's after a state word that shares no three-letter start with the mention's
   * ("Portuguese Foreign Ministry" for "Spain's Foreign Ministry"; "Portugal's" is the same state).
   * The organisation took the mention's bare words from a "the Foreign Ministry" it was given.
   */
  private boolean anotherState(Draft d, List<String> core, List<String> state) {
    if (state.isEmpty() || d.isPerson()) {
      return false;
    }
    for (List<String> other : cores(d)) {
      if (statedBefore(other, core)) {
        String named = other.get(0);
        return state.stream().noneMatch(w -> w.length() >= 3 && named.length() >= 3 && w.regionMatches(0, named, 0, 3));
      }
    }
    return false;
  }

  /**
   * "the Foreign Ministry" after "the Turkish Foreign Ministry": the one organisation of the article
   * whose name is this one after a word saying whose it is; none when several are ("the Turkish
   * Foreign Ministry" and "the Israeli Foreign Ministry").
   */
  private Draft statedInstitution(List<String> core) {
    Draft found = null;
    for (Draft d : drafts.all()) {
      if (d.isPerson()) {
        continue;
      }
      for (List<String> other : cores(d)) {
        if (statedBefore(other, core)) {
          if (found != null && found != d) {
            return null;
          }
          found = d;
        }
      }
    }
    return found;
  }

  /** Whether {@code other} is {@code core} after one word saying whose it is ("turkish foreign ministry"). */
  private static boolean statedBefore(List<String> other, List<String> core) {
    return other.size() == core.size() + 1 && other.subList(1, other.size()).equals(core);
  }

  private Draft oneWord(Candidate c, String word) {
    for (Draft d : drafts.all()) {
      if (d.isPerson() && cores(d).stream().anyMatch(n -> n.size() > 1 && n.get(n.size() - 1).equals(word))) {
        return d; // a lone surname is the person's even when NER typed it as an organisation or place
      }
    }
    for (Draft d : drafts.all()) {
      if (d.isPerson() && cores(d).stream().anyMatch(n -> n.size() > 2 && n.get(n.size() - 2).equals(word))) {
        return d; // "Hernandez" of "Arturo Hernandez Grisanti": the first of two surnames stands alone
      }
    }
    for (Draft d : drafts.all()) {
      if (d.isPerson() && cores(d).stream().anyMatch(n -> n.size() > 1 && n.get(0).equals(word))) {
        return d; // "Wang" of "Wang Bingqian"; "Bear" of "Bear Stearns", which NER took for a person
      }
    }
    for (Draft d : drafts.all()) {
      if (!d.isPerson() && cores(d).stream().anyMatch(n -> n.size() > 1 && n.get(0).equals(word))) {
        return d;
      }
    }
    for (boolean initialsOnly : new boolean[] {true, false}) {
      for (Draft d : drafts.all()) {
        if (!d.isPerson() && Linker.abbreviates(c, d, initialsOnly)) {
          return d;
        }
      }
    }
    return null;
  }

  /**
   * A name of the article misspelt: one edit from a person's surname (with the same given name, if
   * both have one: Bill Clinton is not Hillary) or an organisation's one-word name.
   */
  Draft misspelt(Candidate c) {
    List<String> core = c.core();
    if (core.isEmpty()) {
      return null;
    }
    String last = core.get(core.size() - 1);
    for (Draft d : drafts.all()) {
      if (!compatible(c.nerType(), d)) {
        continue;
      }
      for (List<String> other : cores(d)) {
        boolean given = core.size() == 1 || other.size() == 1 || Fuzzy.equals(core.get(0), other.get(0));
        boolean person = d.isPerson() && given && Fuzzy.equals(other.get(other.size() - 1), last);
        boolean org = !d.isPerson() && core.size() == 1 && other.size() == 1 && Fuzzy.equals(other.get(0), last);
        if (person || org) {
          return d;
        }
      }
    }
    return null;
  }

  /** "Bra Kanon" of "Denis Bra Kanon", "Mohammed bin Abdulrahman" of "… Al Thani". */
  private static boolean partOfPersonName(List<String> core, List<String> other) {
    if (other.size() <= core.size()) {
      return false;
    }
    return other.subList(0, core.size()).equals(core) || other.subList(other.size() - core.size(), other.size()).equals(core);
  }

  private static boolean sameInstitution(List<String> a, List<String> b) {
    List<String> shorter = a.size() <= b.size() ? a : b;
    List<String> longer = a.size() <= b.size() ? b : a;
    if (shorter.size() < 2 || shorter.size() == longer.size() || !longer.subList(0, shorter.size()).equals(shorter)) {
      return false;
    }
    for (String w : longer.subList(shorter.size(), longer.size())) {
      if (Names.ORGANISATION_HEADS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean compatible(String nerType, Draft d) {
    return switch (nerType) {
      case "PERSON" -> d.isPerson();
      case "LOCATION" -> d.type().equals("COUNTRY") || d.type().equals("LOCATION");
      default -> !d.isPerson();
    };
  }

  /** The identifying words of every name the actor has been written with, and its gazetteer names. */
  static List<List<String>> coresOf(Draft d) {
    List<List<String>> out = new ArrayList<>();
    List<List<String>> all = new ArrayList<>();
    all.add(Names.core(Names.words(d.name())));
    if (d.entry() != null) {
      d.entry().aliases().forEach(a -> all.add(Names.core(Names.words(a))));
    }
    for (Candidate m : d.names()) {
      all.add(m.core());
    }
    for (List<String> core : all) {
      if (!core.isEmpty() && !out.contains(core)) {
        out.add(core);
      }
    }
    return out;
  }

  static List<List<String>> nameWords(Draft d) {
    List<List<String>> out = new ArrayList<>();
    out.add(Names.words(d.name()));
    if (d.entry() != null) {
      d.entry().aliases().forEach(a -> out.add(Names.words(a)));
    }
    for (Candidate m : d.names()) {
      out.add(m.nameTokens());
    }
    return out;
  }
}
