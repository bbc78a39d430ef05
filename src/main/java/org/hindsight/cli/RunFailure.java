package org.hindsight.cli;

import java.io.IOException;
import java.util.Locale;

/**
 * The run itself failed (exit code {@link Main#RUN_FAILED}), as opposed to one input: the index
 * writer gave up, memory ran out, the disk filled. The message is one line that says what happened
 * and what to do; the commands that write say what stays committed. Immutable.
 */
final class RunFailure extends RuntimeException {

  RunFailure(String message, Throwable cause) {
    super(message, cause);
  }

  /** One line for any failure of a run: its cause in words and the way out. */
  static String describe(Throwable t) {
    if (t instanceof RunFailure) {
      return oneLine(t.getMessage());
    }
    if (outOfMemory(t)) {
      return String.format(
          Locale.ROOT,
          "out of memory (heap limit %,d MB): run again with a larger heap (java -Xmx4g -jar hindsight.jar …) or fewer --threads",
          Runtime.getRuntime().maxMemory() >> 20);
    }
    Throwable full = diskFull(t);
    if (full != null) {
      return "disk full: " + oneLine(message(full)) + "; free space and run again";
    }
    if (t instanceof IOException) { // no index here, a locked or incompatible index: said as it is
      return oneLine(message(t));
    }
    return "internal error: "
        + oneLine(message(t))
        + " (a bug: run again with HINDSIGHT_DEBUG=1 for the stack trace, and report it)";
  }

  static boolean outOfMemory(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  /** The exception in {@code t}'s causes that says the disk is full, or null. */
  static Throwable diskFull(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      String m = c.getMessage();
      if (c instanceof IOException
          && m != null
          && (m.contains("No space left on device") || m.contains("Disk quota exceeded"))) {
        return c;
      }
    }
    return null;
  }

  static String message(Throwable t) {
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }

  static String oneLine(String s) {
    return s.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
  }
}
