package org.hindsight.extract.actor;

import java.util.List;

/**
 * A canonical actor of one article: a stable id (the gazetteer's when known, so ids are shared
 * across articles), canonical name, type (PERSON, ORGANIZATION, COUNTRY, GROUP, …), the aliases seen
 * in the article and every mention. Immutable.
 */
public record Actor(String id, String name, String type, List<String> aliases, List<ActorMention> mentions) {
  public Actor {
    aliases = List.copyOf(aliases);
    mentions = List.copyOf(mentions);
  }
}
