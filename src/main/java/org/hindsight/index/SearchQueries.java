package org.hindsight.index;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * A search request as a Lucene query: the user's text in Lucene syntax (both backends parse it
 * here, so they refuse the same queries with the same line), the filters of the request (kind,
 * actor and holder through every alias the index has seen, dates, source, probability, status,
 * level, deadline) and its sort. Stateless.
 */
public final class SearchQueries {

  private SearchQueries() {}

  /**
   * A user's query as both backends read it: Lucene syntax over {@link Schema#TEXT}, all words
   * required unless OR is written; null when there is none.
   *
   * @throws QuerySyntaxException when it does not parse (one line)
   */
  public static Query parseText(Schema schema, String query) {
    if (query == null) {
      return null;
    }
    QueryParser parser = new QueryParser(Schema.TEXT, schema.analyzer());
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(query);
    } catch (ParseException e) {
      String reason = IndexFormat.firstLine(e.getMessage());
      String prefix = "Cannot parse '" + query + "': ";
      if (reason.startsWith(prefix)) {
        reason = reason.substring(prefix.length());
      }
      throw new QuerySyntaxException("bad query \"" + oneLine(query) + "\": " + oneLine(reason), e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException("query \"" + oneLine(query) + "\" has too many clauses", e);
    }
  }

  /** The whole query of a request: its text (null: none) with every filter it sets. */
  static Query filtered(IndexReader reader, SearchRequest r, Query text) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (text != null) {
      b.add(text, Occur.MUST);
    } else if (r.kind() == null) {
      b.add(new MatchAllDocsQuery(), Occur.FILTER);
    }
    if (r.kind() != null) {
      b.add(new TermQuery(new Term(Schema.KIND, r.kind())), Occur.FILTER);
    } else if (text == null || !onlyTextFields(text)) {
      // actor documents have no text: a text-only query cannot match them anyway
      b.add(new TermQuery(new Term(Schema.KIND, Schema.KIND_ACTOR)), Occur.MUST_NOT);
    }
    if (r.actor() != null) {
      b.add(actorFilter(reader, r.actor()), Occur.FILTER);
    }
    if (r.holder() != null) {
      b.add(holderFilter(reader, r.holder()), Occur.FILTER);
    }
    if (r.from() != null || r.to() != null) {
      long lo = r.from() == null ? Long.MIN_VALUE : r.from().toEpochMilli();
      long hi = r.to() == null ? Long.MAX_VALUE : r.to().toEpochMilli();
      // points when the date range is what narrows most, doc values to check the few documents
      // the words and actors already narrowed to (Lucene picks per segment)
      b.add(
          new IndexOrDocValuesQuery(
              LongPoint.newRangeQuery(Schema.PUBLISHED, lo, hi),
              NumericDocValuesField.newSlowRangeQuery(Schema.PUBLISHED, lo, hi)),
          Occur.FILTER);
    }
    if (r.source() != null) {
      b.add(new TermQuery(new Term(Schema.SOURCE, Schema.normalize(r.source()))), Occur.FILTER);
    }
    if (r.minProbability() != null || r.maxProbability() != null) {
      double lo = r.minProbability() == null ? 0.0 : r.minProbability();
      double hi = r.maxProbability() == null ? 1.0 : r.maxProbability();
      b.add(DoublePoint.newRangeQuery(Schema.PROBABILITY, lo, hi), Occur.FILTER);
    }
    if (r.open()) {
      b.add(new TermQuery(new Term(Schema.STATUS, Schema.STATUS_OPEN)), Occur.FILTER);
      b.add(LongPoint.newRangeQuery(Schema.DEADLINE, Long.MIN_VALUE, r.today().toEpochDay() - 1), Occur.MUST_NOT);
    }
    if (r.status() != null) {
      b.add(new TermQuery(new Term(Schema.STATUS, r.status())), Occur.FILTER);
    }
    if (r.level() != null) {
      b.add(new TermQuery(new Term(Schema.LEVEL, r.level())), Occur.FILTER);
    }
    if (r.deadlineFrom() != null || r.deadlineTo() != null) {
      long lo = r.deadlineFrom() == null ? Long.MIN_VALUE : r.deadlineFrom().toEpochDay();
      long hi = r.deadlineTo() == null ? Long.MAX_VALUE : r.deadlineTo().toEpochDay();
      b.add(
          new IndexOrDocValuesQuery(
              LongPoint.newRangeQuery(Schema.DEADLINE, lo, hi), NumericDocValuesField.newSlowRangeQuery(Schema.DEADLINE, lo, hi)),
          Occur.FILTER);
    }
    return b.build();
  }

  /** Whether every field the query names is {@link Schema#TEXT} or {@link Schema#EXACT}. */
  private static boolean onlyTextFields(Query q) {
    boolean[] other = {false};
    q.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            if (!Schema.TEXT.equals(field) && !Schema.EXACT.equals(field)) {
              other[0] = true;
            }
            return true;
          }

          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return this;
          }
        });
    return !other[0];
  }

  /**
   * Items about an actor the name resolves to. An item's {@link Schema#ACTOR} names are those of
   * its article's actor documents, so every item holding the name also holds one of the resolved
   * ids: the id terms alone are the whole filter.
   */
  private static Query actorFilter(IndexReader reader, String name) throws IOException {
    String key = Schema.normalize(name);
    Set<BytesRef> ids = key.isEmpty() ? Set.of() : aliasIds(reader, key);
    return idFilter(Schema.ACTOR_ID, ids, "no actor is called '" + key + "'");
  }

  /**
   * Items held by an actor the name resolves to, or by a source of that very name that is no
   * actor ("Ukrainian officials", "author").
   */
  private static Query holderFilter(IndexReader reader, String name) throws IOException {
    String key = Schema.normalize(name);
    if (key.isEmpty()) {
      return new MatchNoDocsQuery("empty name");
    }
    Query byName = new TermQuery(new Term(Schema.HOLDER, key));
    Set<BytesRef> ids = aliasIds(reader, key);
    if (ids.isEmpty()) {
      return byName;
    }
    return new BooleanQuery.Builder()
        .add(byName, Occur.SHOULD)
        .add(idFilter(Schema.HOLDER_ID, ids, ""), Occur.SHOULD)
        .build();
  }

  private static Query idFilter(String field, Set<BytesRef> ids, String none) {
    if (ids.isEmpty()) {
      return new MatchNoDocsQuery(none);
    }
    if (ids.size() == 1) {
      return new TermQuery(new Term(field, ids.iterator().next()));
    }
    return new TermInSetQuery(field, ids);
  }

  /**
   * The actor ids whose normalised name or alias is {@code normalizedName} in a live actor
   * document: the {@link Schema#ALIAS} terms starting with it and U+001F.
   */
  static Set<BytesRef> aliasIds(IndexReader reader, String normalizedName) throws IOException {
    BytesRef prefix = Schema.aliasPrefix(normalizedName);
    Set<BytesRef> ids = new LinkedHashSet<>();
    PostingsEnum postings = null;
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(Schema.ALIAS);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, prefix); t = te.next()) {
        BytesRef id = new BytesRef(t.bytes, t.offset + prefix.length, t.length - prefix.length);
        if (ids.contains(id)) {
          continue;
        }
        postings = te.postings(postings, PostingsEnum.NONE);
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
          if (live == null || live.get(doc)) {
            ids.add(BytesRef.deepCopyOf(id));
            break;
          }
        }
      }
    }
    return ids;
  }

  /** The Lucene sort of a request, or null for relevance. */
  static Sort sort(SearchRequest r, boolean hasText) {
    SearchRequest.Sort by = r.sort() == null ? SearchRequest.Sort.RELEVANCE : r.sort();
    SortField newest = new SortField(Schema.PUBLISHED, SortField.Type.LONG, true);
    switch (by) {
      case NEWEST:
        return new Sort(newest);
      case DEADLINE:
      case DEADLINE_DESC:
        boolean desc = by == SearchRequest.Sort.DEADLINE_DESC;
        SortField deadline = new SortField(Schema.DEADLINE, SortField.Type.LONG, desc);
        // no deadline sorts last either way
        deadline.setMissingValue(desc ? Long.MIN_VALUE : Long.MAX_VALUE);
        return new Sort(deadline, newest);
      default:
        return hasText ? null : new Sort(newest);
    }
  }

  static String oneLine(String s) {
    return s.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
  }
}
