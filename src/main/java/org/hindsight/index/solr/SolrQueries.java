package org.hindsight.index.solr;

import java.util.Collection;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * Query pieces that never let a value be parsed as query syntax: every value travels in a
 * parameter of its own and is referenced from a local-params query ({@code {!term f=actor
 * v=$v3}}). Stateless.
 */
public final class SolrQueries {

  /** Separates the values of a {@code terms} query: no id or name contains it (it is Schema.SEP). */
  public static final String SEPARATOR = "\u001f";

  private SolrQueries() {}

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
}
