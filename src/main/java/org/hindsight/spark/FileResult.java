package org.hindsight.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What one executor made of one input file: its outcome ({@code processed}: at least one article
 * extracted; {@code skipped}: every record skipped with a reason; {@code empty}: nothing in it;
 * {@code failed}: it could not be read), the articles extracted (month and contract JSON), and
 * the records skipped or failed inside it, with reasons. Immutable.
 */
record FileResult(String file, String outcome, List<Line> extractions, List<String> skipped, List<String> failed, String reason)
    implements Serializable {

  static final String PROCESSED = "processed";
  static final String SKIPPED = "skipped";
  static final String EMPTY = "empty";
  static final String FAILED = "failed";

  FileResult {
    extractions = List.copyOf(extractions);
    skipped = List.copyOf(skipped);
    failed = List.copyOf(failed);
  }

  /** One extraction: the month it was published ({@code YYYY-MM}, or {@code undated}) and its JSON. */
  record Line(String month, String json) implements Serializable {}
}
