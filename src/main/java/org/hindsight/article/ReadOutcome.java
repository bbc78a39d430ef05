package org.hindsight.article;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What reading one article (or one file that yields none) came to: {@link Read}, {@link Failed} or
 * {@link Skipped}. Callers count them and print {@link #describe()} for the ones that are not
 * plainly read. Immutable and thread-safe.
 */
public sealed interface ReadOutcome
    permits ReadOutcome.Read, ReadOutcome.Failed, ReadOutcome.Skipped {

  /**
   * Where the outcome comes from: the file path as given or found while walking, with {@code :LINE}
   * (1-based) for one line of a JSON Lines file.
   */
  String location();

  /** One line for a log or the terminal: location, what happened, and why. */
  String describe();

  /**
   * An article was read. {@code warnings} are one-line remarks about input that was accepted but
   * imperfect (no date, unknown front matter key), without the location.
   */
  record Read(Article article, List<String> warnings) implements ReadOutcome {

    /** The {@code #N} line suffix {@link Article#path()} uses for JSON Lines records. */
    private static final Pattern LINE_SUFFIX = Pattern.compile("#(\\d+)$");

    public Read {
      Objects.requireNonNull(article, "article");
      warnings = warnings.stream().map(ReadOutcome::oneLine).toList();
    }

    /**
     * {@link Article#path()} with its JSON Lines suffix {@code #N} written {@code :N}. Safe to
     * rewrite: a path only gets here if it ends in an extension a reader accepts, so a trailing
     * {@code #digits} can only be the line suffix.
     */
    @Override
    public String location() {
      return locationOf(article);
    }

    /** Where an article read from a file is reported: its path, {@code :N} for a JSON Lines line. */
    public static String locationOf(Article article) {
      String path = article.path() == null ? article.id() : article.path();
      return LINE_SUFFIX.matcher(path).replaceFirst(":$1");
    }

    @Override
    public String describe() {
      StringBuilder line = new StringBuilder(location()).append(": read");
      for (String w : warnings) {
        line.append("; warning: ").append(w);
      }
      return line.toString();
    }
  }

  /** Bad input: the article (or file) was not read. {@code reason} is one line. */
  record Failed(String location, String reason) implements ReadOutcome {

    public Failed {
      Objects.requireNonNull(location, "location");
      reason = oneLine(Objects.requireNonNull(reason, "reason"));
    }

    @Override
    public String describe() {
      return oneLine(location) + ": " + reason;
    }
  }

  /** Deliberately not read (unsupported format, not a regular file). {@code reason} is one line. */
  record Skipped(String location, String reason) implements ReadOutcome {

    public Skipped {
      Objects.requireNonNull(location, "location");
      reason = oneLine(Objects.requireNonNull(reason, "reason"));
    }

    @Override
    public String describe() {
      return oneLine(location) + ": skipped: " + reason;
    }
  }

  /**
   * Line breaks and other control characters become spaces: reasons quote hostile input and parser
   * messages, and one outcome must stay one line.
   */
  private static String oneLine(String s) {
    return s.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
  }
}
