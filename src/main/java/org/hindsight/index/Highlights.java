package org.hindsight.index;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * How a hit's matched words are marked ({@code **word**}): an item as its whole sentence, an
 * article as its two best passages. {@link Searcher} takes the offsets from the postings; a backend
 * that keeps no offsets ({@code SolrSearchIndex}) re-analyses the hit's text here with the same
 * analyzer, which finds the same words. Stateless.
 */
public final class Highlights {

  /** What goes either side of a matched word. */
  static final String MARK = "**";

  private Highlights() {}

  /** The formatter of both ways: marks, passages joined by an ellipsis, no HTML escaping. */
  static DefaultPassageFormatter formatter() {
    return new DefaultPassageFormatter(MARK, MARK, " … ", false);
  }

  /** Passages an article's highlight shows (an item shows its one sentence whole). */
  static int passages(boolean article) {
    return article ? 2 : 1;
  }

  /**
   * The highlight of one hit by analysis, or null when no word matches.
   *
   * @param text the parsed text query ({@link Searcher#parseText})
   * @param kind the hit's kind
   * @param title the article's title (articles only)
   * @param body the hit's text
   */
  public static String analysed(Analyzer analyzer, Query text, String kind, String title, String body) throws IOException {
    if (text == null || body == null) {
      return null;
    }
    boolean article = Schema.KIND_ARTICLE.equals(kind);
    UnifiedHighlighter.Builder b =
        UnifiedHighlighter.builderWithoutSearcher(analyzer).withFormatter(formatter()).withMaxNoHighlightPassages(0);
    if (!article) {
      b.withBreakIterator(WholeBreakIterator::new);
    }
    Object marked = b.build().highlightWithoutSearcher(Schema.TEXT, text, article ? Schema.articleText(title, body) : body, passages(article));
    return marked == null ? null : marked.toString();
  }
}
