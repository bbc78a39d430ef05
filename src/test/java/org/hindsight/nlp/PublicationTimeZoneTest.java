package org.hindsight.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hindsight.article.Article;
import org.hindsight.article.ReadOptions;
import org.hindsight.article.ReadOutcome;
import org.hindsight.article.TextArticleReader;
import org.hindsight.extract.Extraction;
import org.hindsight.extract.ExtractionJson;
import org.hindsight.extract.Prediction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Today" and "tomorrow" are days where the article was published: the reference date for SUTime
 * and the horizons is the local date of publication, and the stored {@code published} keeps the
 * offset the input gave. Timestamps around midnight, where the UTC date is another day.
 */
class PublicationTimeZoneTest {

  private static Article read(String published) {
    String text =
        "---\ntitle: Budget vote\npublished: " + published + "\n---\n"
            + "The finance minister will probably announce the budget tomorrow, officials said.\n\n"
            + "The cabinet is expected to agree the figures today.";
    List<ReadOutcome> out =
        new TextArticleReader()
            .read(Path.of("tz.txt"), text.getBytes(java.nio.charset.StandardCharsets.UTF_8), ReadOptions.defaults());
    return ((ReadOutcome.Read) out.get(0)).article();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // 07:00 in Beijing is 23:00 UTC the day before
    "2025-04-03T07:00:00+08:00, 2025-04-03",
    // 21:00 in New York is 02:00 UTC the next day
    "2025-04-03T21:00:00-05:00, 2025-04-03",
    "2025-04-03T23:30:00Z, 2025-04-03",
    "2025-04-03T00:10:00Z, 2025-04-03",
    "2025-04-03T00:30:00+01:00, 2025-04-03"
  })
  void todayAndTomorrowAreLocalDays(String published, LocalDate localDay) throws Exception {
    Article a = read(published);
    assertEquals(localDay, a.publishedDate());
    AnnotatedDocument d = SharedPipeline.pipeline().annotate(a);
    TimeExpression tomorrow = time(d, "tomorrow");
    assertEquals(localDay.plusDays(1), tomorrow.begin(), tomorrow.toString());
    TimeExpression today = time(d, "today");
    assertEquals(localDay, today.begin(), today.toString());
    Extraction x = SharedPipeline.extractor().extract(d);
    Prediction p =
        x.predictions().stream().filter(q -> q.text().contains("announce")).findFirst().orElseThrow(
            () -> new AssertionError("no prediction: " + x.predictions()));
    assertNotNull(p.horizon(), p.toString());
    assertEquals(localDay.plusDays(1), p.horizon().end(), p.horizon().toString());
    String stored = ExtractionJson.toJson(x).path("article").path("published").asText();
    assertEquals(published.replace("+00:00", "Z"), stored);
    Article back = ExtractionJson.articleFrom(ExtractionJson.toJson(x).path("article"));
    assertEquals(a.published(), back.published());
    assertEquals(a.publishedDate(), back.publishedDate());
  }

  private static TimeExpression time(AnnotatedDocument d, String word) {
    return d.times().stream()
        .filter(t -> t.text().toLowerCase(java.util.Locale.ROOT).contains(word))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no '" + word + "' in " + d.times()));
  }
}
