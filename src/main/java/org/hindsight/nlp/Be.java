package org.hindsight.nlp;

import java.util.HashSet;
import java.util.Set;

/**
 * The forms of "be", lower-cased, contractions as the tokenizers give them ("'s", "'re"): one
 * list for every stage that looks for a copula, and the linking verbs some stages read as one.
 * Stateless.
 */
public final class Be {

  /** "is", "are", "was", "were", "'s", "'re", "be", "been", "am", "being". */
  public static final Set<String> FORMS = Set.of("is", "are", "was", "were", "'s", "'re", "be", "been", "am", "being");

  private Be() {}

  /** The forms of "be" and the linking verbs {@code also} ("seems", "remains"). */
  public static Set<String> and(String... also) {
    Set<String> out = new HashSet<>(FORMS);
    out.addAll(Set.of(also));
    return Set.copyOf(out);
  }
}
