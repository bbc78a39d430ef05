package org.hindsight.extract;

/**
 * Who holds a claim or prediction: the article's own voice ({@code type = "author"}, {@code name}
 * the byline or source when known) or an attributed source ({@code type = "actor"}, {@code actor}
 * the canonical actor id when the source resolved to one). Immutable.
 */
public record Holder(String type, String name, String actor) {

  public static final String AUTHOR = "author";
  public static final String ACTOR = "actor";

  public static Holder author(String name) {
    return new Holder(AUTHOR, name, null);
  }

  public static Holder actor(String name, String actorId) {
    return new Holder(ACTOR, name, actorId);
  }

  /**
   * A source named by words no actor stands for ("the partnership", "An investor group"): its name
   * is the words without their article, as an actor's name is written.
   */
  public static Holder words(String text) {
    String name = text.strip().replaceFirst("(?i)^(the|an?)\\s+", "");
    return new Holder(ACTOR, name.isEmpty() ? text.strip() : name, null);
  }

  public boolean isAuthor() {
    return AUTHOR.equals(type);
  }
}
