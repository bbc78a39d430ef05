package org.hindsight.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * How a hit's matched words are marked ({@code **word**}): an item as its whole sentence, an
 * article as its two best passages. The embedded index's hits take the offsets from the postings
 * ({@link #marked}); a backend that keeps no offsets ({@code SolrSearchIndex}) re-analyses the
 * hit's text with the same analyzer ({@link #analysed}), which finds the same words. Stateless.
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
   * @param text the parsed text query ({@link SearchQueries#parseText})
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

  /**
   * The matched words of each hit's text: items as their whole sentence, articles as their two
   * best passages. Offsets come from the postings (no re-analysis); the text from what the hits
   * already loaded.
   */
  static String[] marked(IndexSearcher s, Analyzer analyzer, Query text, ScoreDoc[] top, Document[] docs, String[] bodies) throws IOException {
    String[] out = new String[top.length];
    Map<Integer, String> content = new HashMap<>();
    List<Integer> items = new ArrayList<>();
    List<Integer> articles = new ArrayList<>();
    for (int i = 0; i < top.length; i++) {
      if (bodies[i] == null) {
        continue;
      }
      if (Schema.KIND_ARTICLE.equals(docs[i].get(Schema.KIND))) {
        content.put(top[i].doc, Schema.articleText(docs[i].get(Schema.TITLE), bodies[i]));
        articles.add(i);
      } else {
        content.put(top[i].doc, bodies[i]);
        items.add(i);
      }
    }
    highlight(s, analyzer, text, top, items, content, true, out);
    highlight(s, analyzer, text, top, articles, content, false, out);
    return out;
  }

  private static void highlight(
      IndexSearcher s, Analyzer analyzer, Query text, ScoreDoc[] top, List<Integer> which, Map<Integer, String> content, boolean whole, String[] out)
      throws IOException {
    if (which.isEmpty()) {
      return;
    }
    UnifiedHighlighter.Builder b =
        UnifiedHighlighter.builder(s, analyzer).withFormatter(formatter()).withMaxNoHighlightPassages(0);
    if (whole) {
      b.withBreakIterator(WholeBreakIterator::new);
    }
    UnifiedHighlighter h = new LoadedTextHighlighter(b, content);
    int[] docIds = which.stream().mapToInt(i -> top[i].doc).toArray();
    int[] passages = {passages(!whole)};
    String[] marked = h.highlightFields(new String[] {Schema.TEXT}, text, docIds, passages).get(Schema.TEXT);
    for (int k = 0; k < which.size(); k++) {
      out[which.get(k)] = marked[k];
    }
  }

  /** Highlights text the caller already has (articles keep theirs inside the stored JSON). */
  private static final class LoadedTextHighlighter extends UnifiedHighlighter {
    private final Map<Integer, String> content;

    LoadedTextHighlighter(UnifiedHighlighter.Builder builder, Map<Integer, String> content) {
      super(builder);
      this.content = content;
    }

    /** The schema puts offsets in the postings; asking the reader costs a merge of its FieldInfos. */
    @Override
    protected OffsetSource getOffsetSource(String field) {
      return OffsetSource.POSTINGS;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
        throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        CharSequence[] v = new CharSequence[fields.length];
        java.util.Arrays.fill(v, content.getOrDefault(doc, ""));
        values.add(v);
      }
      return values;
    }
  }
}
