package org.hindsight.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hindsight.article.Article;
import org.junit.jupiter.api.Test;

/**
 * "mid-YYYY" as one token, which SUTime reads no date in (MEANTIME dev: "to be released in
 * mid-2011"): the year's middle, May to August, once, beside what SUTime reads. Sentences written
 * for this test.
 */
class MidYearsTest {

  private static List<TimeExpression> times(String text) {
    Article a = new Article("mid-years", "Test", "Reuters", null, Instant.parse("1987-03-26T12:00:00Z"), null, "en", text, "test/mid-years.txt");
    return SharedPipeline.pipeline().annotate(a).times();
  }

  @Test
  void aMidYearTokenIsTheYearsMiddle() {
    List<TimeExpression> t = times("The company expects to complete the plant by mid-1989, it said on Thursday.");
    TimeExpression mid = t.stream().filter(x -> x.text().equals("mid-1989")).findFirst()
        .orElseThrow(() -> new AssertionError("no mid-1989 among " + t));
    assertEquals(LocalDate.of(1989, 5, 1), mid.begin());
    assertEquals(LocalDate.of(1989, 8, 31), mid.end());
    assertTrue(t.stream().anyMatch(x -> x.text().equals("Thursday")), "SUTime's own reading is kept: " + t);
  }

  @Test
  void aMidYearSutimeReadsIsNotReadTwice() {
    List<TimeExpression> t = times("The company expects to complete the plant in mid 1989.");
    assertEquals(1, t.stream().filter(x -> x.text().contains("1989")).count(), t.toString());
  }
}
