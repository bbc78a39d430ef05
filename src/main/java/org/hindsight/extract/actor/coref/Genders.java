package org.hindsight.extract.actor.coref;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.hindsight.extract.actor.candidate.Candidate;
import org.hindsight.extract.actor.candidate.Draft;
import org.hindsight.extract.actor.candidate.Names;

/**
 * A person's grammatical gender, for "he" and "she": from an honorific the article uses ("Mrs.
 * Clinton", "Mr. Trump") or else from the given name, looked up in the lists of common given names
 * CoreNLP's models ship ({@code gender/male_first_names.txt}, {@code female_first_names.txt}: about
 * 300 each, read from the classpath; a name in both is unknown). The longer lists of rare names are
 * not used: they take a Polish Karol for a Carol. Unknown when neither says. Immutable after loading;
 * thread-safe.
 */
final class Genders {

  enum Gender { MALE, FEMALE, UNKNOWN }

  private static final String NAMES = "/edu/stanford/nlp/models/gender/%s_first_names.txt";
  private static final Map<String, Gender> FIRST_NAMES = load();

  private Genders() {}

  static Gender of(Draft person) {
    for (Candidate c : person.mentions()) {
      if (c.role() == Candidate.Role.PRONOUN) {
        continue;
      }
      for (int i = c.extFrom(); i < c.from(); i++) {
        Gender g = honorific(c.token(i).lower());
        if (g != Gender.UNKNOWN) {
          return g;
        }
      }
      if (c.from() > 0) {
        Gender g = honorific(c.token(c.from() - 1).lower());
        if (g != Gender.UNKNOWN) {
          return g;
        }
      }
    }
    for (Candidate c : person.names()) {
      if (c.nameTokens().size() > 1) {
        Gender g = FIRST_NAMES.getOrDefault(Names.fold(c.nameTokens().get(0)), Gender.UNKNOWN);
        if (g != Gender.UNKNOWN) {
          return g;
        }
      }
    }
    String[] w = person.name().split("\\s+");
    return w.length > 1 ? FIRST_NAMES.getOrDefault(Names.fold(w[0]), Gender.UNKNOWN) : Gender.UNKNOWN;
  }

  /** The gender a pronoun asks for. */
  static Gender ofPronoun(String pronoun) {
    return switch (pronoun.toLowerCase(Locale.ROOT)) {
      case "he", "him", "his", "himself" -> Gender.MALE;
      case "she", "her", "hers", "herself" -> Gender.FEMALE;
      default -> Gender.UNKNOWN;
    };
  }

  static boolean agree(Gender a, Gender b) {
    return a == Gender.UNKNOWN || b == Gender.UNKNOWN || a == b;
  }

  private static Gender honorific(String w) {
    return switch (w) {
      case "mr.", "mr", "sir", "king", "prince", "lord", "sheikh", "emir", "sultan", "pope", "father" -> Gender.MALE;
      case "mrs.", "mrs", "ms.", "ms", "miss", "madame", "queen", "princess", "lady", "dame" -> Gender.FEMALE;
      default -> Gender.UNKNOWN;
    };
  }

  private static Map<String, Gender> load() {
    Map<String, Gender> out = new HashMap<>();
    for (Gender g : new Gender[] {Gender.MALE, Gender.FEMALE}) {
      String file = String.format(Locale.ROOT, NAMES, g.name().toLowerCase(Locale.ROOT));
      try (InputStream in = Genders.class.getResourceAsStream(file)) {
        if (in == null) {
          continue; // CoreNLP's models not on the classpath: genders come from honorifics only
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          String name = line.trim().toLowerCase(Locale.ROOT);
          if (!name.isEmpty()) {
            out.merge(name, g, (a, b) -> a == b ? a : Gender.UNKNOWN);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return out;
  }
}
