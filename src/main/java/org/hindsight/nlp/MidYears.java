package org.hindsight.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hindsight.article.Span;

/**
 * "to be released in mid-2011", "by mid-1988": SUTime reads no date in a year written as one token
 * after "mid-", so the clause it dates had no horizon. Such a token is read as that year's middle
 * ({@link TimexIntervals}: May to August). Stateless.
 */
final class MidYears {

  private static final Pattern MID_YEAR = Pattern.compile("(?i)mid-((?:19|20)\\d\\d)");

  private MidYears() {}

  /** Adds to {@code times} each "mid-YYYY" token of sentence {@code index} that no time expression there covers. */
  static void add(List<CoreLabel> tokens, int index, String text, LocalDate docDate, List<TimeExpression> times) {
    for (CoreLabel t : tokens) {
      Matcher m = MID_YEAR.matcher(t.word());
      if (!m.matches()) {
        continue;
      }
      Span span = new Span(t.beginPosition(), t.endPosition());
      boolean covered = times.stream().anyMatch(x -> x.sentence() == index && x.span().overlaps(span));
      if (covered) {
        continue;
      }
      String surface = span.of(text);
      LocalDate[] range = TimexIntervals.interval(m.group(1), surface, docDate);
      times.add(new TimeExpression(surface, span, index, "DATE", m.group(1), range == null ? null : range[0], range == null ? null : range[1]));
    }
  }
}
