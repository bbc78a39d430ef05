package org.hindsight.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hindsight.web.Views.Mark;
import org.hindsight.web.Views.Paragraph;

/**
 * Lays marks over text, as the CoreNLP server's view does: each annotation is a character span
 * (offsets of the extraction contract) with a CSS class, a tooltip and maybe a link; overlapping
 * annotations split the text into runs that carry every class covering them, so nothing nests and
 * each run is one element. Not thread-safe: build one per page.
 */
final class Marker {

  /** One annotation: [begin, end) into the text. */
  record Note(int begin, int end, String css, String title, String href) {}

  private final String text;
  private final List<Note> notes = new ArrayList<>();

  Marker(String text) {
    this.text = text == null ? "" : text;
  }

  /** Adds an annotation; spans outside the text are clipped, empty ones ignored. */
  Marker add(int begin, int end, String css, String title, String href) {
    int b = Math.max(0, begin);
    int e = Math.min(text.length(), end);
    if (b < e) {
      notes.add(new Note(b, e, css, title, href));
    }
    return this;
  }

  /** Marks every occurrence of {@code phrase} inside [begin, end) (the first only when {@code once}). */
  Marker addPhrase(String phrase, int begin, int end, String css, String title, boolean once) {
    if (phrase == null || phrase.isBlank()) {
      return this;
    }
    int from = Math.max(0, begin);
    int limit = Math.min(text.length(), end);
    for (int at = text.indexOf(phrase, from); at >= 0 && at + phrase.length() <= limit; at = text.indexOf(phrase, at + 1)) {
      add(at, at + phrase.length(), css, title, null);
      if (once) {
        break;
      }
    }
    return this;
  }

  /** The runs of [begin, end). */
  List<Mark> marks(int begin, int end) {
    int lo = Math.max(0, begin);
    int hi = Math.min(text.length(), end);
    TreeSet<Integer> cuts = new TreeSet<>(List.of(lo, hi));
    for (Note n : notes) {
      if (n.begin() < hi && lo < n.end()) {
        cuts.add(Math.max(lo, n.begin()));
        cuts.add(Math.min(hi, n.end()));
      }
    }
    List<Mark> out = new ArrayList<>();
    Integer a = null;
    for (int b : cuts) {
      if (a != null && a < b) {
        Mark m = run(a, b);
        Mark last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && last.css().equals(m.css()) && eq(last.title(), m.title()) && eq(last.href(), m.href())) {
          out.set(out.size() - 1, new Mark(last.text() + m.text(), m.css(), m.title(), m.href()));
        } else {
          out.add(m);
        }
      }
      a = b;
    }
    return out;
  }

  /** The text split into paragraphs at line breaks (blank lines dropped), each with its runs. */
  List<Paragraph> paragraphs() {
    List<Paragraph> out = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      if (!text.substring(start, end).isBlank()) {
        out.add(new Paragraph(marks(start, end)));
      }
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return out;
  }

  /** The paragraph (between line breaks) holding [begin, end): its bounds. */
  int[] paragraphAround(int begin, int end) {
    int b = Math.max(0, Math.min(begin, text.length()));
    int e = Math.max(b, Math.min(end, text.length()));
    int start = b == 0 ? 0 : text.lastIndexOf('\n', b - 1) + 1;
    int stop = text.indexOf('\n', e);
    return new int[] {start, stop < 0 ? text.length() : stop};
  }

  private Mark run(int a, int b) {
    Set<String> css = new LinkedHashSet<>();
    Set<String> titles = new LinkedHashSet<>();
    String href = null;
    int hrefWidth = Integer.MAX_VALUE;
    for (Note n : notes) {
      if (n.begin() <= a && b <= n.end()) {
        css.add(n.css());
        if (n.title() != null && !n.title().isBlank()) {
          titles.add(n.title());
        }
        int width = n.end() - n.begin();
        if (n.href() != null && width < hrefWidth) {
          href = n.href();
          hrefWidth = width;
        }
      }
    }
    return new Mark(text.substring(a, b), String.join(" ", css), titles.isEmpty() ? null : String.join(" · ", titles), href);
  }

  private static boolean eq(String x, String y) {
    return x == null ? y == null : x.equals(y);
  }
}
