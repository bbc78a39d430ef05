package org.hindsight.index.solr;

import java.io.IOException;
import java.util.Collection;
import java.util.Set;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.hindsight.index.Schema;
import org.hindsight.index.SearchQueries;
import org.hindsight.index.SearchRequest;

/**
 * Query pieces that never let a value be parsed as query syntax: every value travels in a
 * parameter of its own and is referenced from a local-params query ({@code {!term f=actor
 * v=$v3}}); and a search request as such a query with its filters and sort, as the embedded
 * index reads it. Stateless.
 */
public final class SolrQueries {

  /** Separates the values of a {@code terms} query: no id or name contains it (it is Schema.SEP). */
  public static final String SEPARATOR = "\u001f";

  private SolrQueries() {}

  /** The actor ids a normalised name or alias resolves to in the collection. */
  @FunctionalInterface
  public interface Aliases {
    Set<String> resolve(String normalizedName) throws IOException;
  }

  /** A query for one exact term of a field, its value put in a new parameter of {@code p}. */
  public static String termQuery(ModifiableSolrParams p, String field, String value) {
    return "{!term f=" + field + " v=$" + param(p, value) + "}";
  }

  /** A query for any of the exact terms of a field (none: nothing matches). */
  public static String termsQuery(ModifiableSolrParams p, String field, Collection<String> values) {
    if (values.isEmpty()) {
      return "-*:*";
    }
    p.set("hs.sep", SEPARATOR);
    return "{!terms f=" + field + " separator=$hs.sep v=$" + param(p, String.join(SEPARATOR, values)) + "}";
  }

  /** Parameters whose query is a terms query (for lookups by many ids). */
  public static ModifiableSolrParams terms(String field, Collection<String> values) {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", termsQuery(p, field, values));
    return p;
  }

  /** Any of several queries (each a local-params query string). */
  public static String anyOf(ModifiableSolrParams p, String... queries) {
    StringBuilder b = new StringBuilder("{!bool");
    for (String q : queries) {
      b.append(" should=$").append(param(p, q));
    }
    return b.append('}').toString();
  }

  /** A new parameter holding {@code value}; returns its name. */
  public static String param(ModifiableSolrParams p, String value) {
    int n = 0;
    while (p.get("hs.v" + n) != null) {
      n++;
    }
    String name = "hs.v" + n;
    p.set(name, value);
    return name;
  }

  /** The query and filters of a request, or null when it cannot match (an unknown actor). */
  public static ModifiableSolrParams request(SearchRequest r, Schema schema, Aliases aliases) throws IOException {
    ModifiableSolrParams p = new ModifiableSolrParams();
    if (r.query() != null) {
      SearchQueries.parseText(schema, r.query()); // the same syntax errors as the embedded index, before sending
      p.set("hs.q", r.query());
      p.set("q", "{!lucene df=" + Schema.TEXT + " q.op=AND sow=true v=$hs.q}");
    } else {
      p.set("q", "*:*");
    }
    if (r.kind() != null) {
      p.add("fq", termQuery(p, Schema.KIND, r.kind()));
    } else {
      // actor documents serve aliases and the actor table, never hits
      p.add("fq", "*:* -" + Schema.KIND + ":" + Schema.KIND_ACTOR);
    }
    if (r.actor() != null) {
      String key = Schema.normalize(r.actor());
      Set<String> ids = key.isEmpty() ? Set.of() : aliases.resolve(key);
      if (ids.isEmpty()) {
        return null;
      }
      p.add("fq", termsQuery(p, Schema.ACTOR_ID, ids));
    }
    if (r.holder() != null) {
      String key = Schema.normalize(r.holder());
      if (key.isEmpty()) {
        return null;
      }
      Set<String> ids = aliases.resolve(key);
      String byName = termQuery(p, Schema.HOLDER, key);
      p.add("fq", ids.isEmpty() ? byName : anyOf(p, byName, termsQuery(p, Schema.HOLDER_ID, ids)));
    }
    if (r.from() != null || r.to() != null) {
      p.add("fq", range(Schema.PUBLISHED, r.from() == null ? null : r.from().toEpochMilli(), r.to() == null ? null : r.to().toEpochMilli()));
    }
    if (r.source() != null) {
      p.add("fq", termQuery(p, Schema.SOURCE, Schema.normalize(r.source())));
    }
    if (r.minProbability() != null || r.maxProbability() != null) {
      double lo = r.minProbability() == null ? 0.0 : r.minProbability();
      double hi = r.maxProbability() == null ? 1.0 : r.maxProbability();
      p.add("fq", Schema.PROBABILITY + ":[" + lo + " TO " + hi + "]");
    }
    if (r.open()) {
      p.add("fq", termQuery(p, Schema.STATUS, Schema.STATUS_OPEN));
      p.add("fq", "*:* -" + range(Schema.DEADLINE, null, r.today().toEpochDay() - 1));
    }
    if (r.status() != null) {
      p.add("fq", termQuery(p, Schema.STATUS, r.status()));
    }
    if (r.level() != null) {
      p.add("fq", termQuery(p, Schema.LEVEL, r.level()));
    }
    if (r.deadlineFrom() != null || r.deadlineTo() != null) {
      p.add("fq", range(Schema.DEADLINE, r.deadlineFrom() == null ? null : r.deadlineFrom().toEpochDay(), r.deadlineTo() == null ? null : r.deadlineTo().toEpochDay()));
    }
    return p;
  }

  private static String range(String field, Long lo, Long hi) {
    return field + ":[" + (lo == null ? "*" : lo) + " TO " + (hi == null ? "*" : hi) + "]";
  }

  /** Sets the sort of a request as {@code Searcher} orders hits; returns whether hits are scored. */
  public static boolean sort(ModifiableSolrParams p, SearchRequest r) {
    SearchRequest.Sort by = r.sort() == null ? SearchRequest.Sort.RELEVANCE : r.sort();
    String newest = Schema.PUBLISHED + " desc";
    // ties: an article's documents in block order, as the embedded index keeps them
    String ties = "," + Schema.ARTICLE_ID + " asc," + Schema.POSITION + " asc";
    switch (by) {
      case NEWEST -> p.set("sort", newest + ties);
      // the schema sorts missing values last, as the embedded index does either way
      case DEADLINE -> p.set("sort", Schema.DEADLINE + " asc," + newest + ties);
      case DEADLINE_DESC -> p.set("sort", Schema.DEADLINE + " desc," + newest + ties);
      default -> {
        if (r.query() != null) {
          p.set("sort", "score desc" + ties);
          return true;
        }
        p.set("sort", newest + ties);
      }
    }
    return false;
  }
}
