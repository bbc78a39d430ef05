package org.hindsight.check.evidence;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hindsight.extract.actor.gazetteer.Gazetteer;

/**
 * Who belongs to whom, from the gazetteer's {@code affiliation} links (Donald Trump → United
 * States, Jerome Powell → Federal Reserve → United States): an act of the United States can be
 * Trump's, an act of the European Central Bank is not the Fed's, and one president's veto is not
 * another's. Thread-safe (the gazetteer is immutable; chains are cached).
 */
public final class Affiliations {

  private static volatile Affiliations bundled;

  private final Gazetteer gazetteer;
  private final ConcurrentHashMap<String, Set<String>> chains = new ConcurrentHashMap<>();

  public Affiliations(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The bundled gazetteer's affiliations; loaded on first use, then shared. */
  public static Affiliations bundled() {
    Affiliations a = bundled;
    if (a == null) {
      synchronized (Affiliations.class) {
        a = bundled;
        if (a == null) {
          bundled = a = new Affiliations(Gazetteer.bundled());
        }
      }
    }
    return a;
  }

  /** Whether the gazetteer knows this actor id (its id is canonical across stories). */
  public boolean known(String actorId) {
    return gazetteer.get(actorId) != null;
  }

  /** The actor and everything it is affiliated with, nearest first (cycles cut). */
  public Set<String> chain(String actorId) {
    return chains.computeIfAbsent(
        actorId,
        id -> {
          Set<String> out = new LinkedHashSet<>();
          String cur = id;
          while (cur != null && out.add(cur) && out.size() < 8) {
            Gazetteer.Entry e = gazetteer.get(cur);
            cur = e == null ? null : e.affiliation();
          }
          return Collections.unmodifiableSet(out);
        });
  }

  /**
   * Whether an act by {@code agent} can be an act of {@code subject}: the same actor, or one of
   * them belongs to the other (a president and his country, a chair and her bank). Two members of
   * the same body (two presidents of one country) are not related.
   */
  public boolean related(String agent, String subject) {
    return chain(agent).contains(subject) || chain(subject).contains(agent);
  }
}
