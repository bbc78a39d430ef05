package org.hindsight.extract.prediction.cue;

import org.hindsight.extract.prediction.HedgeLexicon;

/** A lexicon cue found in a sentence: tokens [from, to), the anchor token for the parse, its value. Immutable. */
public record Hit(int from, int to, int anchor, HedgeLexicon.Entry entry, Role role, Double value) {}
