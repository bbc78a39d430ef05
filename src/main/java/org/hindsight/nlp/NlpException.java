package org.hindsight.nlp;

/** An article the pipeline could not annotate; the message names the reason. */
public class NlpException extends RuntimeException {
  public NlpException(String message) {
    super(message);
  }

  public NlpException(String message, Throwable cause) {
    super(message, cause);
  }
}
