package org.hindsight.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which tokens are years after the year of publication: the fast pipeline's trigger for a dated clause without a hedge. */
class FutureYearsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1988|1987|true",
        "1987|1987|false",
        "1986|1987|false",
        "mid-2011|2008|true",
        "Mid-1989|1987|true",
        "1988/89|1987|true",
        "1987/88|1987|false",
        "1990-91|1987|true",
        "2017|1987|true",
        "2018|1987|false",
        "2500|2026|false",
        "19880|1987|false",
        "1,988|1987|false",
        "dlrs|1987|false"
      })
  void readsAYearAfterPublication(String word, int published, boolean after) {
    assertEquals(after, FutureYears.isAfter(word, published));
  }
}
