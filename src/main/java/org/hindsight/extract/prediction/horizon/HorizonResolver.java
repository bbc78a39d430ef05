package org.hindsight.extract.prediction.horizon;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hindsight.article.Span;
import org.hindsight.extract.Horizon;
import org.hindsight.extract.prediction.cue.CueContext;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.Dependency;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.TimeExpression;
import org.hindsight.nlp.Token;

/**
 * Gives a prediction its horizon: the time expressions of its sentence (normalised by the NLP
 * stage against the publication date) read together with the preposition before them, plus rules
 * for vague phrases SUTime leaves open. Rules for vague horizons:
 *
 * <ul>
 *   <li>"by X", "until X", "no later than X": from publication to the end of X.
 *   <li>"before X": from publication to the day before X begins.
 *   <li>"in/within the (coming|next|following) hours", "the hours following": two days.
 *   <li>"as soon as X", "in X", "next X": X itself.
 *   <li>an expression that ends before publication is not a horizon (a past event).
 *   <li>calendar periods SUTime widens or misses — quarters, halves, year-end, the end of the
 *       decade, the rest of the year — and spans counted from publication ("within N days", "for
 *       up to five months", "the next two or three weeks"): {@link CalendarPhrases}; a period in
 *       the prediction's own span wins over SUTime's reading.
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class HorizonResolver {

  /** "earlier this week", "last month", "two days ago": the past, though the period may run on. */
  private static final Pattern PAST_WORDS = Pattern.compile("(?i)\\b(earlier|last|previous|past|ago|recent|recently)\\b");
  /** "the present order intake", "now", "currently": the state at publication, never a horizon. */
  private static final Pattern PRESENT_WORDS = Pattern.compile("(?i)(the )?(present|now|currently|current|nowadays|at present)");
  private static final Pattern HOURS =
      Pattern.compile("(?i)\\b(in|within|over) the (coming |next |following )?(few )?hours\\b|\\bhours (following|after)\\b");

  private static final Pattern ANAPHORIC =
      Pattern.compile(
          "(?i)\\b(before|by|until) (then|that time|that date|(?:the|that|this|his|her|its|their)(?: own)? deadline)\\b");

  static final List<String> MONTHS =
      List.of("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december");
  private static final Pattern MONTH_NAME =
      Pattern.compile("\\b(early|mid|late)?[- ]?(January|February|March|April|May|June|July|August|September"
          + "|October|November|December)\\b");

  /** Words before a capitalised "May" that make it the month: "in May", "by May", "next May", "the end of May". */
  private static final Pattern MONTH_BEFORE =
      Pattern.compile("(?i)\\b(in|by|until|till|before|after|during|since|from|through|of|next|this|last)\\s*$");

  private static final Pattern LAST_BEFORE = Pattern.compile("(?i)\\blast\\s*$");

  /** "the middle of 1987", "mid-1988": a year's middle. */
  private static final Pattern MID_YEAR = Pattern.compile("(?i)\\b(?:middle of|mid-?)\\s*(?:19|20)\\d\\d\\b");

  private HorizonResolver() {}

  /**
   * A month SUTime left untagged ("in mid-October"): its next occurrence from publication (this
   * year if not yet over, else next year), except the month just gone by, which names what already
   * happened; "early"/"mid"/"late" take the first, middle or last third.
   */
  static Horizon namedMonth(String spanText, LocalDate pub) {
    Matcher m = MONTH_NAME.matcher(spanText);
    while (m.find()) {
      if (m.group(2).equals("May") && m.group(1) == null && !MONTH_BEFORE.matcher(spanText.substring(0, m.start())).find()) {
        continue; // the modal, as often as the month, unless a preposition or "next" makes it a time ("in May, they said")
      }
      if (LAST_BEFORE.matcher(spanText.substring(0, m.start())).find() || CueContext.reachesBack(spanText, m.start(2), m.end())) {
        continue; // "last October", "since December": a month gone by
      }
      int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
      LocalDate first = LocalDate.of(pub.getYear(), month, 1);
      if (first.plusMonths(1).isBefore(pub) || first.plusMonths(1).isEqual(pub)) {
        if (first.plusMonths(1).getMonthValue() == pub.getMonthValue()) {
          continue; // the month just gone by: "the preceding offer in late February", said in March
        }
        first = first.plusYears(1);
      }
      LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
      LocalDate start = first;
      LocalDate end = last;
      if (m.group(1) != null) {
        switch (m.group(1)) {
          case "early" -> end = first.withDayOfMonth(10);
          case "mid" -> {
            start = first.withDayOfMonth(10);
            end = first.withDayOfMonth(20);
          }
          default -> start = first.withDayOfMonth(20);
        }
      }
      if (start.isBefore(pub)) {
        start = pub;
      }
      return new Horizon(m.group().strip(), start, end.isBefore(start) ? start : end);
    }
    return null;
  }

  /**
   * "before then", "by that date": the last date after publication named in the sentences before
   * (up to six back); "by the deadline", "before his own deadline": {@link #namedDeadline}.
   */
  private static Horizon anaphoric(AnnotatedDocument doc, Sentence s, Span span, LocalDate pub) {
    Matcher a = ANAPHORIC.matcher(s.span().of(doc.article().text()));
    if (!a.find()) {
      return null;
    }
    TimeExpression best =
        a.group(2).toLowerCase(Locale.ROOT).endsWith("deadline") ? namedDeadline(doc, s, pub) : null;
    for (int k = s.index() - 1; k >= Math.max(0, s.index() - 6) && best == null; k--) {
      for (TimeExpression t : doc.times()) {
        if (t.sentence() == k && t.resolved() && t.end().isAfter(pub)) {
          best = t;
        }
      }
    }
    if (best == null) {
      return null;
    }
    boolean before = a.group(1).equalsIgnoreCase("before") && !best.text().toLowerCase(Locale.ROOT).contains("end");
    LocalDate end = before ? best.begin().minusDays(1) : best.end();
    return new Horizon(a.group() + " (" + best.text() + ")", pub, end.isBefore(pub) ? pub : end);
  }

  /**
   * What "the deadline" (or "his own deadline") refers to: the nearest earlier sentence that says
   * "deadline" next to a date after publication ("Trump's August 1 deadline"), else the latest
   * date after publication named anywhere before. A deadline is the date an article counts down
   * to, and is often set out paragraphs earlier ("sanctions return at the end of September").
   */
  private static TimeExpression namedDeadline(AnnotatedDocument doc, Sentence s, LocalDate pub) {
    String text = doc.article().text();
    for (int k = s.index() - 1; k >= 0; k--) {
      if (!doc.sentences().get(k).span().of(text).toLowerCase(Locale.ROOT).contains("deadline")) {
        continue;
      }
      TimeExpression last = null;
      for (TimeExpression t : doc.times()) {
        if (t.sentence() == k && t.resolved() && t.end().isAfter(pub)) {
          last = t;
        }
      }
      if (last != null) {
        return last;
      }
    }
    TimeExpression latest = null;
    for (TimeExpression t : doc.times()) {
      if (t.sentence() < s.index() && t.resolved() && t.end().isAfter(pub)
          && (latest == null || t.end().isAfter(latest.end()))) {
        latest = t;
      }
    }
    return latest;
  }

  /** A clock time read off bare numbers ("about five to six" mln dlrs): no time of day is written as words alone here. */
  private static boolean bareClock(TimeExpression t) {
    return "TIME".equals(t.type()) && !CLOCK.matcher(t.text()).find();
  }

  /**
   * "2330 GMT", "2100 hrs", "1930 local time": the wire's time of day, which SUTime may read as a
   * year ("2010 local elections" stays a year).
   */
  private static boolean clockYear(TimeExpression t, String text) {
    return FOUR_DIGITS.matcher(t.text().strip()).matches()
        && ZONE_AFTER.matcher(text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 8))).lookingAt();
  }

  private static final Pattern FOUR_DIGITS = Pattern.compile("[0-2]\\d[0-5]\\d");
  private static final Pattern ZONE_AFTER =
      Pattern.compile("\\s*(hrs|hours|gmt|edt|est|cdt|cst|mdt|mst|pdt|pst|bst|local\\s+time)\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern CLOCK =
      Pattern.compile("(?i)\\d:\\d\\d|\\b(a\\.?m|p\\.?m|o'clock|noon|midnight|morning|afternoon|evening|night|tonight|hours?|gmt|edt|est|bst)\\b");

  /**
   * Inside the span beats outside; ahead of publication beats the publication day ("later today"
   * and "tonight" are ahead); one that hangs right on the predicted clause's verb beats one that
   * does not ({@link #attachedTo}); narrower wins.
   */
  private static boolean better(TimeExpression t, TimeExpression best, Span span, LocalDate pub, String text, Sentence s, int verb) {
    boolean in = span.contains(t.span());
    boolean bestIn = span.contains(best.span());
    if (in != bestIn) {
      return in;
    }
    boolean after = ahead(t, pub, text);
    boolean bestAfter = ahead(best, pub, text);
    if (after != bestAfter) {
      return after;
    }
    boolean attached = attachedTo(t, s, verb);
    if (attached != attachedTo(best, s, verb)) {
      return attached;
    }
    long width = t.end().toEpochDay() - t.begin().toEpochDay();
    long bestWidth = best.end().toEpochDay() - best.begin().toEpochDay();
    return width < bestWidth;
  }

  private static final Pattern SPEECH_BEFORE =
      Pattern.compile("(?i)\\b(said|told|announced|stated|added|disclosed|reported)\\b[^.;:\"]{0,45}$");
  private static final Pattern THAT_AFTER = Pattern.compile("(?i)^,?\\s+that\\b");

  /**
   * "said in the budget speech on Thursday that …", "told reporters on Monday that …": the day of
   * the report, not of the reported event.
   */
  private static boolean reportDate(TimeExpression t, String text) {
    return THAT_AFTER.matcher(text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 8))).find()
        && SPEECH_BEFORE.matcher(text.substring(Math.max(0, t.span().begin() - 60), t.span().begin())).find();
  }

  private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

  /**
   * "On Friday, Washington announced plans for … tariffs": a weekday that dates a past-tense verb
   * (no auxiliary: not "will be held on Friday, he said"; not in a clause of condition or time,
   * whose past is the forecast's own: "if banks were short of liquidity until the bills matured on
   * Tuesday") dates that act, not the event forecast; read forward as a prediction's weekday, it
   * made the horizon the coming Friday.
   */
  static boolean pastDay(TimeExpression t, Sentence s) {
    if (!s.parsed() || !WEEKDAY.matcher(t.text()).find()) {
      return false;
    }
    for (Token k : s.tokens()) {
      if (t.span().contains(k.span()) && WEEKDAY.matcher(k.text()).matches()) {
        int v = CueContext.governingVerb(s, k.index());
        Token verb = s.tokens().get(v);
        return verb.pos().equals("VBD")
            && s.children(v).stream().noneMatch(c -> c.relation().startsWith("aux") || c.relation().equals("mark"));
      }
    }
    return false;
  }

  private static final Pattern LATER = Pattern.compile("(?i)\\blater\\s+$");

  /** Whether a time is after publication, or later on the day itself ("later today", "tonight"). */
  private static boolean ahead(TimeExpression t, LocalDate pub, String text) {
    return t.end().isAfter(pub) || t.end().equals(pub)
        && (t.text().strip().equalsIgnoreCase("tonight") || t.text().strip().toLowerCase(Locale.ROOT).startsWith("later ")
            || LATER.matcher(text.substring(Math.max(0, t.span().begin() - 8), t.span().begin())).find());
  }

  /**
   * Whether a time expression dates the verb {@code verb} (its syntactic head hangs right on that verb):
   * of two expressions in a prediction, the one on the predicted event's verb bounds it ("is expected
   * to send an official early next month to try to settle it before the April 17 tariffs").
   */
  static boolean attachedTo(TimeExpression t, Sentence s, int verb) {
    if (verb < 0 || !s.parsed()) {
      return false;
    }
    for (Token k : s.tokens()) {
      if (!t.span().contains(k.span())) {
        continue;
      }
      Dependency up = s.head(k.index());
      if (up == null || up.governor() < 0 || !t.span().contains(s.tokens().get(up.governor()).span())) {
        return up != null && up.governor() == verb;
      }
    }
    return false;
  }

  /** "from July 1988 to July 1989" inside the prediction, which SUTime reads as a duration without dates. */
  private static Horizon durationRange(AnnotatedDocument doc, Sentence s, Span span, LocalDate pub) {
    for (TimeExpression raw : doc.times()) {
      if (raw.sentence() == s.index() && span.contains(raw.span())) {
        LocalDate end = Ranges.durationEnd(raw, pub);
        if (end != null && end.isAfter(pub)) {
          return new Horizon(raw.text(), pub, end);
        }
      }
    }
    return null;
  }

  /** The horizon of the prediction at {@code span} whose clause has its head at token {@code head} (-1: unknown). */
  public static Horizon resolve(AnnotatedDocument doc, Sentence s, Span span, int head) {
    if (doc.article().published() == null) {
      return null;
    }
    int verb = head < 0 || !s.parsed() ? -1 : CueContext.governingVerb(s, head);
    LocalDate pub = doc.article().publishedDate();
    String text = doc.article().text();
    Horizon anaphoric = anaphoric(doc, s, span, pub);
    if (anaphoric != null) {
      return anaphoric;
    }
    int fiscalEnd = FiscalYear.endMonth(text);
    // the periods of the figures a forecast is compared with are not its own
    String own = span.of(text);
    int joint = CueContext.comparisonJoint(own);
    own = joint > 0 ? own.substring(0, joint) : own;
    Horizon period = CalendarPhrases.period(own, pub, fiscalEnd, true);
    if (period != null) {
      return period;
    }
    // a period that names what is measured ("first quarter results") is left to the last resort
    Horizon measured = CalendarPhrases.period(own, pub, fiscalEnd);
    String measuredText = measured == null ? null : measured.text().toLowerCase(Locale.ROOT);
    // "final figures for March will be released in about 10 days": the span counted from
    // publication bounds the event; a month in the clause may name what is measured
    Horizon counted = CalendarPhrases.countedFromNow(span.of(text), pub);
    if (counted != null) {
      return counted;
    }
    TimeExpression best = null;
    for (TimeExpression raw : doc.times()) {
      if (raw.sentence() != s.index() || !raw.resolved()) {
        continue;
      }
      TimeExpression t = TimeReadings.read(raw, pub, text, fiscalEnd);
      if (CalendarPhrases.maturity(text, t.span().begin()) || reportDate(t, text) || pastDay(raw, s)
          || measuredText != null && measuredText.contains(t.text().toLowerCase(Locale.ROOT).strip())) {
        continue;
      }
      if (t.end().isBefore(pub) || PAST_WORDS.matcher(t.text()).find() || PRESENT_WORDS.matcher(t.text()).matches()
          || bareClock(t) || clockYear(t, text) || CueContext.reachesBack(text, t) || CueContext.comparisonTail(text, t.span().begin())) {
        continue;
      }
      if (best == null || better(t, best, span, pub, text, s, verb)) {
        best = t;
      }
    }
    if (best == null || !span.contains(best.span())) {
      Horizon range = durationRange(doc, s, span, pub);
      if (range != null) {
        return range;
      }
    }
    if (best == null || !span.contains(best.span()) || !best.end().isAfter(pub)) {
      // a year the prediction names ("its 1987 earnings") beats a date outside it and "today"
      Horizon year = CalendarPhrases.namedYear(span.of(text), pub);
      if (year != null) {
        return year;
      }
    }
    if (best != null) {
      String before = text.substring(Math.max(s.span().begin(), best.span().begin() - 25), best.span().begin())
          .toLowerCase(Locale.ROOT);
      LocalDate start = best.begin();
      LocalDate end = best.end();
      String label = best.text();
      Matcher prep = Pattern.compile("(by|until|till|before|no later than|as soon as|as early as|after)\\s*(the\\s+)?(end of\\s+)?$").matcher(before);
      boolean beforeIt = false;
      if (prep.find()) {
        String p = prep.group(1);
        label = text.substring(best.span().begin() - (before.length() - prep.start()), best.span().end());
        switch (p) {
          case "before" -> {
            beforeIt = true;
            // "before the end of the year" ends with the year; "before December" the day before it
            if (!best.text().toLowerCase(Locale.ROOT).contains("end of") && prep.group(3) == null) {
              end = start.minusDays(1);
            }
            start = pub;
          }
          case "after" -> {
            // "after the September meeting": within the named period itself
          }
          default -> {
            if (prep.group(3) != null) {
              start = end.withDayOfMonth(1).isBefore(pub) ? pub : end.minusMonths(1);
            } else if (!p.startsWith("as")) {
              start = pub;
            }
            if (MID_YEAR.matcher(best.text()).find() && !p.startsWith("as")) {
              // "by the middle of 1987": its middle, not the end of SUTime's May-to-August reading
              end = LocalDate.of(best.begin().getYear(), 6, 30);
            }
          }
        }
      }
      if (!beforeIt) {
        end = Ranges.end(doc, s, best, end, pub, fiscalEnd); // "between June and September", "90 days after April 29"
      }
      if (start.isBefore(pub)) {
        start = pub;
      }
      if (end == null) {
        end = start.plusYears(1);
      }
      if (end.isBefore(start)) {
        end = start;
      }
      return new Horizon(label, start, end);
    }
    String sentenceText = s.span().of(text);
    Horizon month = namedMonth(span.of(text), pub);
    if (month != null) {
      return month;
    }
    Matcher m = HOURS.matcher(sentenceText);
    if (m.find()) {
      return new Horizon(m.group(), pub, pub.plusDays(2));
    }
    Horizon calendar = CalendarPhrases.find(own, pub, fiscalEnd);
    return calendar != null ? calendar : CalendarPhrases.find(sentenceText, pub, fiscalEnd);
  }
}
