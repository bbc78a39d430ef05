package org.hindsight.nlp;

/**
 * Where the pipeline gives way to an interrupt. A caller that abandons an article past its time
 * budget interrupts its thread; CoreNLP's annotators do not look, so the pipeline looks between
 * its own steps (pieces of text, batches of sentences, sentences) and stops there. Stateless.
 */
final class Interrupts {

  private Interrupts() {}

  /** Throws when the current thread was interrupted (its flag stays set for the caller to see). */
  static void check() {
    if (Thread.currentThread().isInterrupted()) {
      throw new NlpException("interrupted: the article was abandoned");
    }
  }
}
