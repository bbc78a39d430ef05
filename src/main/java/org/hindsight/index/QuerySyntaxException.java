package org.hindsight.index;

/**
 * A search query that cannot be parsed or run (Lucene syntax error, too many expanded terms). The
 * message is one line quoting the query and the parser's reason, fit for the terminal as is.
 */
public final class QuerySyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public QuerySyntaxException(String message, Throwable cause) {
    super(message, cause);
  }
}
