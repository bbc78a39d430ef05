package org.hindsight.extract.prediction.clause;

import java.util.ArrayList;
import java.util.List;
import org.hindsight.extract.prediction.cue.Hit;

/** A prediction being assembled: the clause head and its token range, with its cues. */
public final class Group {
  public int head;
  public int from;
  public int to;
  public final List<Hit> hits = new ArrayList<>();
  /** Its source denies or doubts it ({@link Denials}): the event is expected not to happen. */
  public boolean denied;

  public Group(int head, int from, int to) {
    this.head = head;
    this.from = from;
    this.to = to;
  }

  public int size() {
    return to - from;
  }

  public boolean covers(int token) {
    return from <= token && token < to;
  }
}
