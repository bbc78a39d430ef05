package org.hindsight.article;

/**
 * A half-open character range {@code [begin, end)} into an article's text. Every extracted item
 * carries one. Immutable and thread-safe.
 */
public record Span(int begin, int end) implements Comparable<Span> {

  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    }
  }

  public int length() {
    return end - begin;
  }

  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }

  /** The text this span covers in {@code text}. */
  public String of(String text) {
    return text.substring(begin, end);
  }

  @Override
  public int compareTo(Span o) {
    return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
  }
}
