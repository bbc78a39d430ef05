package org.hindsight.extract.actor.candidate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hindsight.extract.actor.gazetteer.Gazetteer;

/**
 * An actor being assembled from the candidates linked to it: its id (the gazetteer's when curated,
 * so ids are shared across articles), a working name and type, the gazetteer entry it comes from
 * (or null), its mentions in text order of linking, and the role nouns it has been introduced with
 * ("envoy", "ministry") that later descriptions may use to refer back to it. Mutable; confined to
 * one resolution.
 */
public final class Draft {

  private final String id;
  private String name;
  private final String type;
  private final Gazetteer.Entry entry;
  private final List<Candidate> mentions = new ArrayList<>();
  private final Set<String> roleNouns = new HashSet<>();
  private boolean company;

  public Draft(String id, String name, String type, Gazetteer.Entry entry) {
    this.id = id;
    this.name = name;
    this.type = type;
    this.entry = entry;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String type() {
    return type;
  }

  public boolean isPerson() {
    return type.equals("PERSON");
  }

  /** The gazetteer entry, or null for an actor only this article names. */
  public Gazetteer.Entry entry() {
    return entry;
  }

  public boolean curated() {
    return entry != null;
  }

  public List<Candidate> mentions() {
    return mentions;
  }

  public Set<String> roleNouns() {
    return roleNouns;
  }

  /** Written somewhere as a company (legal form, ticker, brackets): "the company" may mean it. */
  public boolean company() {
    return company;
  }

  /** Links {@code c} to this actor. */
  public void add(Candidate c) {
    c.setDraft(this);
    mentions.add(c);
    company |= c.company();
  }

  /** The names this actor is written with in the article (mentions that are names, not references). */
  public List<Candidate> names() {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : mentions) {
      if (c.role() == Candidate.Role.NAME || c.role() == Candidate.Role.PART) {
        out.add(c);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return id;
  }
}
