package org.hindsight.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDatesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2025-08-06                      | 2025-08-06T00:00:00Z",
        "2025-08-06T14:05:00Z            | 2025-08-06T14:05:00Z",
        "2025-08-06T14:05:00.250z        | 2025-08-06T14:05:00.250Z",
        "2025-08-06T14:05:00+02:00       | 2025-08-06T12:05:00Z",
        "2025-08-06T14:05:00-0500        | 2025-08-06T19:05:00Z",
        "2025-08-06T14:05+02             | 2025-08-06T12:05:00Z",
        "2025-08-06T14:05:00             | 2025-08-06T14:05:00Z",
        "2025-08-06 14:05:00             | 2025-08-06T14:05:00Z",
        "August 6, 2025                  | 2025-08-06T00:00:00Z",
        "Aug 6, 2025                     | 2025-08-06T00:00:00Z",
        "Aug. 6, 2025                    | 2025-08-06T00:00:00Z",
        "august 06, 2025                 | 2025-08-06T00:00:00Z",
        "6 August 2025                   | 2025-08-06T00:00:00Z",
        "6 Aug 2025                      | 2025-08-06T00:00:00Z",
        "6 Aug 2025 14:05 GMT            | 2025-08-06T14:05:00Z",
        "6 Aug 2025 14:05:30 +0100       | 2025-08-06T13:05:30Z",
        "6 Aug 2025 14:05                | 2025-08-06T14:05:00Z",
        "'Wed, 06 Aug 2025 14:05:00 +0000' | 2025-08-06T14:05:00Z",
        "'Wed, 6 Aug 2025 14:05:00 GMT'  | 2025-08-06T14:05:00Z",
        "2025/08/06                      | 2025-08-06T00:00:00Z",
        "2025/8/6                        | 2025-08-06T00:00:00Z",
        "26-FEB-1987 15:01:01.79         | 1987-02-26T15:01:01.790Z",
        "' 26-FEB-1987 15:01:01.79'      | 1987-02-26T15:01:01.790Z",
        "26-Feb-1987 15:01:01            | 1987-02-26T15:01:01Z"
      })
  void parsesNewsForms(String text, String expected) {
    assertEquals(Instant.parse(expected), PublishedDates.parse(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2025-04-03T07:00:00+08:00       | 2025-04-03T07:00:00+08:00 | 2025-04-03",
        "2025-04-03T21:00:00-0500        | 2025-04-03T21:00:00-05:00 | 2025-04-03",
        "2025-04-03T23:30:00Z            | 2025-04-03T23:30:00Z      | 2025-04-03",
        "2025-04-03                      | 2025-04-03T00:00:00Z      | 2025-04-03",
        "'Thu, 3 Apr 2025 23:30:00 -0700' | 2025-04-03T23:30:00-07:00 | 2025-04-03",
        "3 Apr 2025 08:15 GMT            | 2025-04-03T08:15:00Z      | 2025-04-03",
        "26-FEB-1987 15:01:01.79         | 1987-02-26T15:01:01.790Z  | 1987-02-26",
        "1850-01-01T00:30:00+01:00       | 1850-01-01T00:30:00+01:00 | 1850-01-01",
        "2150-12-31T23:59:59-12:00       | 2150-12-31T23:59:59-12:00 | 2150-12-31"
      })
  void keepsTheOffsetAndTheLocalDate(String text, String stored, String localDay) {
    java.time.OffsetDateTime t = PublishedDates.parseWithOffset(text);
    assertEquals(stored, PublishedDates.format(t));
    assertEquals(java.time.LocalDate.parse(localDay), t.toLocalDate());
    assertEquals(t.toInstant(), java.time.OffsetDateTime.parse(stored).toInstant());
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @ValueSource(
      strings = {
        "",
        "  ",
        "xyz",
        "next tuesday",
        "2025-02-30",
        "2025-13-01",
        "31 Feb 2025",
        "Thu, 06 Aug 2025 14:05:00 +0000",
        "06/08/2025",
        "2025-08-06T25:00:00Z",
        "1755000000"
      })
  void refusesWhatItCannotReadUnambiguously(String text) {
    assertThrows(DateTimeParseException.class, () -> PublishedDates.parse(text));
  }
}
