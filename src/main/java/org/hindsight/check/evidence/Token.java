package org.hindsight.check.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word or punctuation mark of a sentence, with its character offsets into the article text.
 * {@code norm} is the lower-cased form the checker compares ("n't" becomes "not", "'ll" becomes
 * "will", curly apostrophes straight). Immutable.
 */
public record Token(String norm, int start, int end, boolean word) {

  /**
   * Splits {@code text} (which starts at {@code offset} in the article) into tokens: words and
   * numbers ("3.8", "548,000", "U.S."), clitics as their own tokens ("did" "not", "Trump" "'s"),
   * and one token per punctuation mark that can bound a clause. Hyphenated words are split
   * ("quarter-point" gives "quarter" "point"). Thread-safe (stateless).
   */
  public static List<Token> tokenize(String text, int offset) {
    List<Token> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        int j = i + 1;
        while (j < n) {
          char d = text.charAt(j);
          if (Character.isDigit(d)) {
            j++;
          } else if ((d == '.' || d == ',') && j + 1 < n && Character.isDigit(text.charAt(j + 1))) {
            j += 2;
          } else {
            break;
          }
        }
        out.add(new Token(text.substring(i, j).replace(",", ""), offset + i, offset + j, true));
        i = j;
      } else if (Character.isLetter(c)) {
        int j = i + 1;
        while (j < n && (Character.isLetterOrDigit(text.charAt(j)))) {
          j++;
        }
        // abbreviations with dots: U.S., p.m.
        int k = j;
        while (k + 1 < n && text.charAt(k) == '.' && Character.isLetter(text.charAt(k + 1)) && k - i <= 6) {
          int m = k + 1;
          while (m < n && Character.isLetter(text.charAt(m))) {
            m++;
          }
          if (m - k > 2) {
            break;
          }
          k = m;
        }
        if (k > j) {
          j = k < n && text.charAt(k) == '.' ? k + 1 : k;
          out.add(new Token(text.substring(i, j).toLowerCase(Locale.ROOT), offset + i, offset + j, true));
          i = j;
          continue;
        }
        String w = text.substring(i, j).toLowerCase(Locale.ROOT);
        // clitics: n't, 's, 'll, 're, 've, 'd, 'm
        if (j + 1 < n && isApostrophe(text.charAt(j)) && Character.isLetter(text.charAt(j + 1))) {
          int m = j + 1;
          while (m < n && Character.isLetter(text.charAt(m))) {
            m++;
          }
          String clitic = text.substring(j + 1, m).toLowerCase(Locale.ROOT);
          if (clitic.equals("t") && w.endsWith("n") && w.length() > 1) {
            String base = w.substring(0, w.length() - 1);
            base = switch (base) {
              case "wo" -> "will";
              case "ca" -> "can";
              case "sha" -> "shall";
              default -> base;
            };
            out.add(new Token(base, offset + i, offset + j - 1, true));
            out.add(new Token("not", offset + j - 1, offset + m, true));
            i = m;
            continue;
          }
          if (clitic.length() <= 2) {
            out.add(new Token(w, offset + i, offset + j, true));
            String norm = switch (clitic) {
              case "ll" -> "will";
              case "re" -> "are";
              case "ve" -> "have";
              case "m" -> "am";
              case "d" -> "would";
              default -> "'" + clitic;
            };
            out.add(new Token(norm, offset + j, offset + m, true));
            i = m;
            continue;
          }
        }
        out.add(new Token(w, offset + i, offset + j, true));
        i = j;
      } else {
        if (",;:()\"“”—–?!.[]".indexOf(c) >= 0) {
          out.add(new Token(String.valueOf(c == '“' || c == '”' ? '"' : c), offset + i, offset + i + 1, false));
        } else if (c == '%') {
          out.add(new Token("percent", offset + i, offset + i + 1, true));
        }
        i++;
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern DATELINE =
      java.util.regex.Pattern.compile(
          "^\\s*[A-Z][A-Z/ .'-]{1,40}(?:,\\s*[A-Z][A-Za-z0-9 .'-]{1,30}?){0,2}(?:\\s*\\([^)]{1,60}\\))?\\s+[-\u2013\u2014]\\s+");

  /**
   * Where a wire dateline ("LONDON/DUBAI, July 3 (Meridian Wire) - ", "LONDON - ") at the start of
   * {@code text} ends, or 0 when there is none: its place and date are not the event's.
   */
  public static int datelineEnd(String text) {
    java.util.regex.Matcher m = DATELINE.matcher(text);
    return m.lookingAt() && m.end() < text.length() ? m.end() : 0;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }
}
