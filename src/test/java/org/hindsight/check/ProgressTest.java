package org.hindsight.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The progress line: done of total, rate, time left; the last step ends the line. */
class ProgressTest {

  @Test
  void countsToTheEndAndEndsTheLine() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
    Progress.Counter c = new Progress.Counter(Progress.line(out, "check"), 1200);
    for (int i = 0; i < 1200; i++) {
      c.step();
    }
    String s = buf.toString(StandardCharsets.UTF_8);
    assertTrue(s.startsWith("\rcheck: "), s);
    assertTrue(s.endsWith("\n"), "the last step ends the line: " + s);
    String last = s.substring(s.lastIndexOf('\r') + 1);
    assertTrue(last.startsWith("check: 1,200/1,200 predictions, "), last);
    assertTrue(last.contains("/s, ETA 0m 00s"), last);
    assertEquals(1, s.chars().filter(ch -> ch == '\n').count());
  }

  @Test
  void countsWhatItIsToldToCount() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
    Progress p = Progress.line(out, "ingest, embedding", "articles");
    p.done(3, 3);
    assertTrue(buf.toString(StandardCharsets.UTF_8).startsWith("\ringest, embedding: 3/3 articles, "), buf.toString(StandardCharsets.UTF_8));
  }
}
