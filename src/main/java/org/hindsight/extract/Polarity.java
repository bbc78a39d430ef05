package org.hindsight.extract;

/** Whether a statement asserts or denies its content. */
public enum Polarity {
  POSITIVE,
  NEGATIVE
}
