package org.hindsight.extract.attribution;

import org.hindsight.article.Span;

/**
 * Where quotations and paragraphs lie in one article's text. Straight quotes open after white space
 * or at a paragraph start and close otherwise. A quotation still open at a paragraph's end goes on
 * only when the next paragraph opens with a quotation mark (the newspaper convention: a quotation
 * over several paragraphs opens each of them and closes only the last); otherwise it ends there, so
 * that a stray opening mark (a pasted tweet's, a typo) does not make the rest of the article a
 * quotation. Immutable.
 */
public final class Quotes {

  private final String text;
  /** inside[i]: whether offset i lies inside a quotation (computed once, left to right). */
  private final boolean[] inside;
  /** paragraph[i]: the paragraph number of offset i (paragraphs are separated by blank lines). */
  private final int[] paragraph;

  public Quotes(String text) {
    this.text = text;
    this.inside = new boolean[text.length() + 1];
    this.paragraph = new int[text.length() + 1];
    boolean in = false;
    int para = 0;
    for (int i = 0; i < text.length(); i++) {
      inside[i] = in;
      paragraph[i] = para;
      char c = text.charAt(i);
      if (c == '\u201c') {
        in = true;
      } else if (c == '\u201d') {
        in = false;
      } else if (c == '"') {
        char before = i == 0 ? '\n' : text.charAt(i - 1);
        in = Character.isWhitespace(before) || before == '(' || before == '[' || before == '\u2014';
      } else if (c == '\n' && i > 0 && text.charAt(i - 1) == '\n') {
        para++;
        in = false; // the next paragraph's opening mark, if any, opens it again
      }
    }
    inside[text.length()] = in;
    paragraph[text.length()] = para;
  }

  /** Whether a span starts inside quotation marks. */
  public boolean inside(Span span) {
    return inside[Math.min(span.begin(), text.length())];
  }

  public int paragraph(int offset) {
    return paragraph[Math.min(Math.max(offset, 0), text.length())];
  }

  /** A paragraph's first offset. */
  public int paragraphStart(int offset) {
    int start = text.lastIndexOf("\n\n", Math.max(0, offset - 1));
    return start < 0 ? 0 : start + 2;
  }
}
