package org.hindsight.extract.actor.link;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hindsight.extract.actor.candidate.Candidate;
import org.hindsight.extract.actor.candidate.Draft;
import org.hindsight.extract.actor.candidate.Names;
import org.hindsight.extract.actor.gazetteer.Gazetteer;

/**
 * The article's actors as they are being assembled, by id, in the order they were first linked.
 * A curated actor starts with the role nouns its gazetteer entry implies ("the Commission", "the
 * government" of a state), so that descriptions can refer back to it. Mutable; confined to one
 * resolution.
 */
public final class Drafts {

  private final Map<String, Draft> byId = new LinkedHashMap<>();

  public Iterable<Draft> all() {
    return byId.values();
  }

  public List<Draft> list() {
    return List.copyOf(byId.values());
  }

  public boolean has(String id) {
    return byId.containsKey(id);
  }

  /** How often the actor of this id has been mentioned as an actor (not a place) so far; 0 if never. */
  int mentionsOf(String id) {
    Draft d = id == null ? null : byId.get(id);
    if (d == null) {
      return 0;
    }
    return (int) d.mentions().stream().filter(c -> c.role() != Candidate.Role.PLACE).count();
  }

  /** The actor of a gazetteer entry, created on first use. */
  public Draft curated(Gazetteer.Entry e) {
    return byId.computeIfAbsent(e.id(), id -> {
      Draft d = new Draft(id, e.name(), e.type(), e);
      for (String role : e.roles()) {
        addRoleNouns(d, role);
      }
      if (id.startsWith("party/")) {
        d.roleNouns().add("party");
      }
      if (e.type().equals("COUNTRY")) {
        d.roleNouns().addAll(List.of("government", "administration", "country"));
      } else if (!e.type().equals("PERSON")) {
        // "the Commission", "the committee", "the court": the head noun of its names
        addHeadNoun(d, e.name());
        e.aliases().forEach(a -> addHeadNoun(d, a));
      }
      return d;
    });
  }

  /** A new actor only this article names. */
  public Draft named(String name, String nerType) {
    String type = switch (nerType) {
      case "PERSON" -> "PERSON";
      case "ORGANIZATION", "MISC" -> "ORGANIZATION";
      default -> "LOCATION";
    };
    String prefix = switch (type) {
      case "PERSON" -> "person/";
      case "ORGANIZATION" -> "org/";
      default -> "place/";
    };
    String id = prefix + Names.slug(name);
    Draft d = byId.get(id);
    if (d == null) {
      d = new Draft(id, name, type, null);
      if (!type.equals("PERSON")) {
        addHeadNoun(d, name);
      }
      byId.put(id, d);
    }
    return d;
  }

  /** "the committee" of "House Banking Committee", "the board" of "Chicago Board of Trade". */
  static void addHeadNoun(Draft d, String name) {
    List<String> w = Names.core(Names.words(name));
    if (w.size() < 2) {
      return;
    }
    int of = w.indexOf("of");
    for (String head : of > 0 ? List.of(w.get(of - 1), w.get(w.size() - 1)) : List.of(w.get(w.size() - 1))) {
      if (head.length() > 3 && head.chars().allMatch(Character::isLetter)) {
        d.roleNouns().add(head);
      }
    }
  }

  /** "US President's special envoy" gives "envoy" and "special envoy". */
  public static void addRoleNouns(Draft d, String phrase) {
    String p = phrase.toLowerCase(Locale.ROOT).replace("'s", "").trim();
    int of = p.indexOf(" of ");
    if (of > 0) {
      p = p.substring(0, of); // "President of the European Central Bank" is a president
    }
    String[] w = p.split("\\s+");
    if (w.length == 0 || w[0].isEmpty()) {
      return;
    }
    d.roleNouns().add(w[w.length - 1]);
    if (w.length >= 2) {
      d.roleNouns().add(w[w.length - 2] + " " + w[w.length - 1]);
    }
  }
}
