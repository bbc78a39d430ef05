package org.hindsight.check.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * A searcher whose term and collection statistics count live documents only. Lucene's count
 * deleted documents too until a merge drops them, and every check rewrites the documents of the
 * predictions whose status changed: with plain statistics a second check of the same index scored
 * its candidates a little differently from the first (2,453 of 2,979 confidences moved on the dev
 * check index). Statistics are computed on first use and kept: the reader never changes. Without
 * deletions they are Lucene's own. Thread-safe.
 */
final class LiveStatistics extends IndexSearcher {

  private final boolean deletions;
  private final Map<Term, long[]> terms = new ConcurrentHashMap<>();
  private final Map<String, CollectionStatistics> fields = new ConcurrentHashMap<>();

  LiveStatistics(IndexReader reader) {
    super(reader);
    this.deletions = reader.hasDeletions();
  }

  /** Live documents holding the term (what IDF should count). */
  int docFreq(Term term) throws IOException {
    return deletions ? (int) live(term)[0] : getIndexReader().docFreq(term);
  }

  @Override
  public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
    if (!deletions) {
      return super.termStatistics(term, docFreq, totalTermFreq);
    }
    long[] s = live(term);
    // a term only deleted documents hold matches nothing: Lucene's figures do no harm
    return s[0] == 0 ? super.termStatistics(term, docFreq, totalTermFreq) : new TermStatistics(term.bytes(), s[0], s[1]);
  }

  @Override
  public CollectionStatistics collectionStatistics(String field) throws IOException {
    if (!deletions) {
      return super.collectionStatistics(field);
    }
    try {
      return fields.computeIfAbsent(field, f -> {
        try {
          return liveCollection(f);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private long[] live(Term term) throws IOException {
    long[] s = terms.get(term);
    if (s != null) {
      return s;
    }
    s = new long[2];
    for (LeafReaderContext leaf : getIndexReader().leaves()) {
      Terms t = leaf.reader().terms(term.field());
      if (t == null) {
        continue;
      }
      TermsEnum te = t.iterator();
      if (te.seekExact(term.bytes())) {
        count(te.postings(null, PostingsEnum.FREQS), leaf.reader().getLiveDocs(), s, null);
      }
    }
    terms.put(term, s);
    return s;
  }

  private CollectionStatistics liveCollection(String field) throws IOException {
    long docCount = 0;
    long[] sums = new long[2]; // documents per term summed, occurrences summed
    for (LeafReaderContext leaf : getIndexReader().leaves()) {
      Terms t = leaf.reader().terms(field);
      if (t == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      FixedBitSet withField = new FixedBitSet(leaf.reader().maxDoc());
      TermsEnum te = t.iterator();
      PostingsEnum pe = null;
      for (BytesRef b = te.next(); b != null; b = te.next()) {
        pe = te.postings(pe, PostingsEnum.FREQS);
        count(pe, live, sums, withField);
      }
      docCount += withField.cardinality();
    }
    if (docCount == 0) {
      return super.collectionStatistics(field);
    }
    return new CollectionStatistics(field, getIndexReader().numDocs(), docCount, sums[1], sums[0]);
  }

  private static void count(PostingsEnum pe, Bits live, long[] s, FixedBitSet seen) throws IOException {
    for (int doc = pe.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = pe.nextDoc()) {
      if (live == null || live.get(doc)) {
        s[0]++;
        s[1] += pe.freq();
        if (seen != null) {
          seen.set(doc);
        }
      }
    }
  }
}
