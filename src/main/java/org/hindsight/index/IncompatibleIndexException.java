package org.hindsight.index;

import java.io.IOException;

/**
 * The directory holds no index hindsight can use: written with another {@link Schema#VERSION}, by
 * an incompatible Lucene, or not a hindsight index at all. The message is one line and names the
 * directory and what to do.
 */
public final class IncompatibleIndexException extends IOException {
  private static final long serialVersionUID = 1L;

  public IncompatibleIndexException(String message) {
    super(message);
  }

  public IncompatibleIndexException(String message, Throwable cause) {
    super(message, cause);
  }
}
