package org.hindsight.extract.prediction.horizon;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.TimeExpression;

/**
 * Where the time a prediction names is only where its period starts: the first end of a range
 * ("between June and September", "from April to June", "1987-90", "from July 1988 to July 1989"),
 * the first of two dates the event may fall on ("in June or July"), or the anchor of a count
 * ("ninety days after the April 29 hearing"). The horizon then ends at the range's far end, the
 * later date or the counted day. Stateless.
 */
final class Ranges {

  private Ranges() {}

  /** The words joining a range's two ends; "and" only after "between"; "or" joins two dates the event may fall on. */
  private static final Pattern JOINT = Pattern.compile("(?i)^\\s*(?:(and)|or|to|through|thru|until|till|[-\u2013])\\s*$");
  private static final Pattern BETWEEN = Pattern.compile("(?i)\\bbetween\\s+(?:the\\s+)?$");

  /** "1987-90", "1987-1990", "1987 to 1990": the far year of a range of years. */
  private static final Pattern YEAR_RANGE = Pattern.compile("^\\s*(?:[-\u2013]|\\s+to\\s+|\\s+through\\s+)((?:19|20)?\\d\\d)(?![\\d.,/-]\\d)");

  /** "from July 1988 to July 1989", "from April to June": SUTime reads them as a duration without dates; the far end, as words. */
  private static final Pattern FAR_END = Pattern.compile(
      "(?i)\\b(?:to|through|until|till)\\s+(?:(" + String.join("|", HorizonResolver.MONTHS) + ")(?:\\s+\\d{1,2})?,?\\s*)?((?:19|20)\\d\\d)?\\s*$");

  /** "ninety days after": the count before an anchor date. */
  private static final Pattern COUNT_AFTER = Pattern.compile(
      "(?i)\\b(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|"
          + "sixty|ninety)\\s+(day|week|month|year)s?\\s+(?:after|from|following)\\s+(?:the\\s+)?$");

  /**
   * The end of the period that starts with {@code first}: the last day of the range's far end, or
   * the counted day after it; {@code end} when {@code first} opens no range and no count.
   */
  static LocalDate end(AnnotatedDocument doc, Sentence s, TimeExpression first, LocalDate end, LocalDate pub, int fiscalEnd) {
    String text = doc.article().text();
    int from = first.span().end();
    for (TimeExpression raw : doc.times()) {
      if (raw.sentence() != s.index() || !raw.resolved() || raw.span().begin() < from || raw.span().begin() - from > 12) {
        continue;
      }
      Matcher joint = JOINT.matcher(text.substring(from, raw.span().begin()));
      if (!joint.matches()) {
        continue;
      }
      boolean between = BETWEEN.matcher(text.substring(Math.max(s.span().begin(), first.span().begin() - 12), first.span().begin())).find();
      if (joint.group(1) != null && !between) {
        continue; // "March and the next three months", "in June and July": two periods, not a range
      }
      TimeExpression far = TimeReadings.read(raw, pub, text, fiscalEnd);
      return far.end().isAfter(end) ? far.end() : end;
    }
    Matcher years = YEAR_RANGE.matcher(text.substring(from, Math.min(s.span().end(), from + 12)));
    if (years.lookingAt() && first.text().strip().matches("(19|20)\\d\\d")) {
      String y = years.group(1);
      int far = y.length() == 2 ? Integer.parseInt(first.text().strip().substring(0, 2) + y) : Integer.parseInt(y);
      LocalDate last = LocalDate.of(far, 12, 31);
      return last.isAfter(end) ? last : end;
    }
    Matcher count = COUNT_AFTER.matcher(text.substring(Math.max(s.span().begin(), first.span().begin() - 40), first.span().begin()));
    if (count.find() && first.begin() != null && first.begin().equals(first.end())) {
      return CalendarPhrases.plus(first.end(), CalendarPhrases.number(count.group(1)), count.group(2));
    }
    return end;
  }

  /**
   * The last day of a range SUTime read as a duration without dates ("from July 1988 to July
   * 1989", "from April to June"), or null.
   */
  static LocalDate durationEnd(TimeExpression raw, LocalDate pub) {
    if (raw.resolved() || !"DURATION".equals(raw.type()) || !raw.text().toLowerCase(Locale.ROOT).startsWith("from ")) {
      return null;
    }
    Matcher m = FAR_END.matcher(raw.text());
    if (!m.find() || m.group(1) == null && m.group(2) == null) {
      return null;
    }
    if (m.group(1) == null) {
      return LocalDate.of(Integer.parseInt(m.group(2)), 12, 31);
    }
    int month = HorizonResolver.MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1;
    // a month without a year is its next occurrence
    int year = m.group(2) != null ? Integer.parseInt(m.group(2)) : month < pub.getMonthValue() ? pub.getYear() + 1 : pub.getYear();
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastDayOfMonth());
  }
}
