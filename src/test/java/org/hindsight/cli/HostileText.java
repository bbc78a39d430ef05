package org.hindsight.cli;

import java.util.List;
import java.util.Random;

/**
 * Random text of the kind crawls hold, from a seeded {@link Random}: English words with hedges and
 * dates between scripts of every direction, zero-width and bidirectional controls, combining marks,
 * emoji, numbers, entities, URLs, long runs without whitespace, blank lines. Only valid Unicode
 * scalar values, so that it survives being written as UTF-8.
 */
final class HostileText {

  private static final List<String> WORDS =
      List.of("the", "minister", "said", "will", "probably", "might", "could", "cut", "rates", "next", "week",
          "tomorrow", "in", "July", "2026", "Putin", "Vladimir", "Trump", "the Kremlin", "EU", "according to",
          "expects", "is likely to", "unless", "by the end of the year", ".", ",", "\"", "'", "(", ")", "—", "%",
          "12.5", "3,400", "-0.7", "&amp", "&", "http://example.com/a?b=c&d=e", "@user", "#tag", "$1.2bn");

  /** Code point ranges to draw from: scripts, marks, controls, symbols. */
  private static final int[][] RANGES = { // never NUL: one NUL makes a file binary
    {0x20, 0x7E}, {0xA0, 0x24F}, {0x370, 0x3FF}, {0x400, 0x4FF}, {0x590, 0x5FF}, {0x600, 0x6FF},
    {0x900, 0x97F}, {0x300, 0x36F}, {0x200B, 0x200F}, {0x202A, 0x202E}, {0x2060, 0x2069}, {0xFEFF, 0xFEFF},
    {0x4E00, 0x4FFF}, {0xAC00, 0xAD00}, {0xE000, 0xE0FF}, {0x1F300, 0x1F64F}, {0x10000, 0x1007F},
    {0x1D400, 0x1D4FF}, {0x1, 0x1F}, {0xFFF0, 0xFFFD}
  };

  private HostileText() {}

  static String random(Random random, int approxChars) {
    StringBuilder b = new StringBuilder();
    while (b.length() < approxChars) {
      int kind = random.nextInt(10);
      if (kind < 5) {
        b.append(WORDS.get(random.nextInt(WORDS.size())));
      } else if (kind < 8) {
        int[] r = RANGES[random.nextInt(RANGES.length)];
        // control characters now and then only: a file of them is rightly refused as binary
        int n = r[0] < 0x20 ? 1 : random.nextInt(12) + 1;
        for (int i = 0; i < n; i++) {
          b.appendCodePoint(r[0] + random.nextInt(r[1] - r[0] + 1));
        }
      } else if (kind == 8) {
        b.append(random.nextBoolean() ? "\n\n" : "\n");
      } else if (random.nextInt(10) == 0) {
        b.append(WORDS.get(random.nextInt(WORDS.size())).repeat(50 + random.nextInt(100))); // a long run
      }
      b.append(random.nextInt(4) == 0 ? "" : " ");
    }
    return b.toString();
  }
}
