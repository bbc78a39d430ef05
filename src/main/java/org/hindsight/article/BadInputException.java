package org.hindsight.article;

/**
 * Bad input found while reading one article; the message is the one-line reason that becomes a
 * {@link ReadOutcome.Failed}. Checked, so that every reader has to turn it into an outcome.
 */
final class BadInputException extends Exception {

  BadInputException(String reason) {
    // No stack trace: this is an expected verdict on the input, not a bug to debug.
    super(reason, null, false, false);
  }
}
