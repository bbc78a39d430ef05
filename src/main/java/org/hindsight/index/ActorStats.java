package org.hindsight.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;

/**
 * An actor across the index: in how many articles it appears, how often it is mentioned, how many
 * claims and predictions are about it, and how many it holds (says). Immutable.
 */
public record ActorStats(
    String id, String name, String type, long articles, long mentions, long claims, long predictions, long held) {

  /**
   * Actors across the index, most mentioned first: sums over each article's actor document.
   *
   * @param top how many to return (at least 1)
   */
  static List<ActorStats> top(IndexSearcher s, int top) throws IOException {
    Map<String, long[]> totals = new HashMap<>();
    Map<String, Integer> exampleDoc = new HashMap<>();
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      LeafReader r = leaf.reader();
      SortedSetDocValues ids = DocValues.getSortedSet(r, Schema.ACTOR_ID_VALUES);
      int values = (int) ids.getValueCount();
      if (values == 0) {
        continue;
      }
      NumericDocValues mentions = DocValues.getNumeric(r, Schema.MENTIONS);
      NumericDocValues claims = DocValues.getNumeric(r, Schema.CLAIMS);
      NumericDocValues predictions = DocValues.getNumeric(r, Schema.PREDICTIONS);
      NumericDocValues held = DocValues.getNumeric(r, Schema.HELD);
      Bits live = r.getLiveDocs();
      long[][] acc = new long[values][];
      int[] first = new int[values];
      for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        int ord = (int) ids.nextOrd();
        long[] a = acc[ord];
        if (a == null) {
          a = acc[ord] = new long[5];
          first[ord] = doc;
        }
        a[0]++;
        a[1] += value(mentions, doc);
        a[2] += value(claims, doc);
        a[3] += value(predictions, doc);
        a[4] += value(held, doc);
      }
      for (int ord = 0; ord < values; ord++) {
        if (acc[ord] == null) {
          continue;
        }
        String id = ids.lookupOrd(ord).utf8ToString();
        long[] t = totals.computeIfAbsent(id, k -> new long[5]);
        for (int i = 0; i < 5; i++) {
          t[i] += acc[ord][i];
        }
        exampleDoc.putIfAbsent(id, leaf.docBase + first[ord]);
      }
    }
    List<Map.Entry<String, long[]>> sorted = new ArrayList<>(totals.entrySet());
    sorted.sort(
        Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[1])
            .thenComparingLong(e -> -e.getValue()[0])
            .thenComparing(Map.Entry::getKey));
    StoredFields stored = s.storedFields();
    Set<String> fields = Set.of(Schema.ACTOR_NAME, Schema.ACTOR_TYPE);
    List<ActorStats> out = new ArrayList<>();
    for (Map.Entry<String, long[]> e : sorted.subList(0, Math.min(top, sorted.size()))) {
      Document d = stored.document(exampleDoc.get(e.getKey()), fields);
      long[] t = e.getValue();
      out.add(new ActorStats(e.getKey(), d.get(Schema.ACTOR_NAME), d.get(Schema.ACTOR_TYPE), t[0], t[1], t[2], t[3], t[4]));
    }
    return out;
  }

  private static long value(NumericDocValues v, int doc) throws IOException {
    return v.advanceExact(doc) ? v.longValue() : 0;
  }
}
