package org.hindsight.extract.prediction.cue;

/** What a matched cue does: opens a prediction, hedges one, or operates on the next cue (negation, intensifier). */
public enum Role {
  OPEN,
  HEDGE,
  OPERATOR
}
