package org.hindsight.extract.actor.link;

import org.hindsight.extract.actor.candidate.Names;

/**
 * Tolerant name comparison for misspellings ("Withoff" for Witkoff, "Texton" for Textron): equal
 * after folding, or one edit apart (two for long names), with the same first letter and at least
 * five letters. Stateless.
 */
public final class Fuzzy {

  private Fuzzy() {}

  public static boolean equals(String a, String b) {
    a = Names.fold(a);
    b = Names.fold(b);
    if (a.equals(b)) {
      return true;
    }
    int len = Math.min(a.length(), b.length());
    if (len < 5 || a.charAt(0) != b.charAt(0)) {
      return false;
    }
    int allowed = len >= 9 ? 2 : 1;
    return damerau(a, b) <= allowed;
  }

  /** Optimal string alignment distance (Damerau–Levenshtein without repeated edits of a substring). */
  static int damerau(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
