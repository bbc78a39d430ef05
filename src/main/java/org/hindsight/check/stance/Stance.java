package org.hindsight.check.stance;

/**
 * What a later sentence says about a prediction as stated: it happened as predicted ({@code
 * SUPPORTS}), the opposite happened or it did not happen ({@code REFUTES}), or neither — another
 * event, or a later forecast rather than an outcome ({@code UNRELATED}).
 */
public enum Stance {
  SUPPORTS,
  REFUTES,
  UNRELATED
}
