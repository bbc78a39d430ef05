package org.hindsight.article;

import java.util.Locale;

/** What a declared language tag says: hindsight reads English only. Stateless and thread-safe. */
public final class Languages {

  private Languages() {}

  /**
   * Whether a declared language (an {@code <html lang>}, a {@code Content-Language} header, a
   * {@code language} field) names English: {@code en}, {@code en-GB}, {@code en_US}, {@code eng},
   * {@code english}, in any case. Blank or null is no declaration, and not English.
   */
  public static boolean isEnglish(String declared) {
    if (declared == null || declared.isBlank()) {
      return false;
    }
    String d = declared.strip().toLowerCase(Locale.ROOT);
    return d.equals("en") || d.startsWith("en-") || d.startsWith("en_") || d.equals("eng") || d.equals("english");
  }
}
