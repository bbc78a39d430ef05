package org.hindsight.article;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Publication dates as news sources write them, parsed into an {@link Instant}. Stateless and
 * thread-safe.
 *
 * <p>Accepted forms (month and day names in English, any letter case):
 *
 * <ul>
 *   <li>ISO date {@code 2025-08-06} (midnight UTC), and {@code 2025/08/06};
 *   <li>ISO date-time with an offset or {@code Z} ({@code 2025-08-06T14:05:00+02:00}, also {@code
 *       +0200}), or without one (taken as UTC); a space may stand for the {@code T};
 *   <li>{@code August 6, 2025}, {@code Aug 6, 2025}, {@code Aug. 6, 2025};
 *   <li>{@code 6 August 2025}, {@code 6 Aug 2025}, optionally with {@code 14:05[:00]} and a zone
 *       ({@code GMT}, {@code +0000});
 *   <li>RFC 1123, as in feeds: {@code Wed, 06 Aug 2025 14:05:00 +0000};
 *   <li>the Reuters-21578 form {@code 26-FEB-1987 15:01:01.79}.
 * </ul>
 *
 * A date without a zone is read as UTC: news dates rarely say, and UTC keeps the result independent
 * of the machine that reads it. A date with one keeps it ({@link #parseWithOffset}): the local date
 * of publication is the reference for "today" and "tomorrow".
 */
public final class PublishedDates {

  /** Formats in the order tried; the first that parses the whole text wins. */
  private static final List<DateTimeFormatter> FORMATS =
      List.of(
          isoDateTime(),
          strict("uuuu-MM-dd"),
          strict("uuuu/M/d"),
          strict("MMMM d, uuuu"),
          strict("MMM d, uuuu"),
          strict("d MMMM uuuu[ HH:mm[:ss]][ z][ XX]"),
          strict("d MMM uuuu[ HH:mm[:ss]][ z][ XX]"),
          DateTimeFormatter.RFC_1123_DATE_TIME,
          reuters());

  /** "Aug. 6" (AP style): the period after an abbreviated month is dropped before parsing. */
  private static final Pattern MONTH_ABBREVIATION_PERIOD = Pattern.compile("^([A-Za-z]{3,4})\\.");

  /** A space between an ISO date and time, as SQL dumps write it. */
  private static final Pattern ISO_SPACE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (?=\\d{2}:)");

  private PublishedDates() {}

  /**
   * The instant {@code text} names.
   *
   * @throws DateTimeParseException when no accepted form matches (including blank text)
   */
  public static Instant parse(String text) {
    return parseWithOffset(text).toInstant();
  }

  /**
   * The time {@code text} names, at the offset it was written in (a named zone such as {@code GMT}
   * at its offset on that day; UTC when the text gives none).
   *
   * @throws DateTimeParseException when no accepted form matches (including blank text)
   */
  public static OffsetDateTime parseWithOffset(String text) {
    String s = text.strip().replaceAll("\\s+", " ");
    s = MONTH_ABBREVIATION_PERIOD.matcher(s).replaceFirst("$1");
    s = ISO_SPACE.matcher(s).replaceFirst("$1T");
    for (DateTimeFormatter format : FORMATS) {
      try {
        return toOffsetDateTime(format.parse(s));
      } catch (DateTimeException e) {
        // Not this form (or a form with an impossible value); the next one may fit.
        continue;
      }
    }
    throw new DateTimeParseException("unparsable date '" + text + "'", text, 0);
  }

  private static OffsetDateTime toOffsetDateTime(TemporalAccessor parsed) {
    if (parsed.isSupported(ChronoField.INSTANT_SECONDS)) {
      ZoneId zone = parsed.query(TemporalQueries.zone());
      return OffsetDateTime.ofInstant(Instant.from(parsed), zone == null ? ZoneOffset.UTC : zone);
    }
    if (parsed.query(TemporalQueries.localTime()) != null) {
      return LocalDateTime.from(parsed).atOffset(ZoneOffset.UTC);
    }
    return LocalDate.from(parsed).atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  /**
   * The ISO form a publication time is stored and printed in: with its offset ({@code
   * 2025-04-03T07:00:00+08:00}), and in UTC exactly as {@link Instant#toString()} writes it ({@code
   * 1987-02-26T15:01:01.790Z}), so that articles read before offsets were kept keep their form.
   */
  public static String format(OffsetDateTime time) {
    Instant instant = time.toInstant();
    int offset = time.getOffset().getTotalSeconds();
    if (offset == 0) {
      return instant.toString();
    }
    // the local time written the way Instant writes a time (seconds always, fractions by threes)
    String local = Instant.ofEpochSecond(instant.getEpochSecond() + offset, instant.getNano()).toString();
    return local.substring(0, local.length() - 1) + time.getOffset().getId();
  }

  private static DateTimeFormatter strict(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /** ISO local date-time with an optional offset in any of its usual spellings. */
  private static DateTimeFormatter isoDateTime() {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .append(DateTimeFormatter.ISO_LOCAL_DATE)
        .appendLiteral('T')
        .append(DateTimeFormatter.ISO_LOCAL_TIME)
        .appendPattern("[XXX][XX][X]")
        .toFormatter(Locale.ROOT)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /** {@code 26-FEB-1987 15:01:01.79}: hundredths of a second, upper-case month. */
  private static DateTimeFormatter reuters() {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern("d-MMM-uuuu HH:mm[:ss]")
        .optionalStart()
        .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
        .optionalEnd()
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
