package org.hindsight.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.hindsight.article.Article;
import org.junit.jupiter.api.Test;

/** The NLP stage on the seed and on the whole corpus (shared pipeline, real models). */
class CoreNlpPipelineTest {

  private static final AnnotatedDocument SEED = SharedPipeline.pipeline().annotate(SharedPipeline.seed());

  @Test
  void seedHasItsSentences() {
    // standfirst + 16 body sentences (the breadcrumb and repeated title are dropped by the reader)
    assertEquals(17, SEED.sentences().size());
    assertTrue(SEED.sentences().get(0).span().of(SEED.article().text()).startsWith("An overview of the meeting"));
  }

  @Test
  void seedPersonsAreFound() {
    List<String> persons =
        SEED.entities().stream().filter(e -> e.type().equals("PERSON")).map(EntityMention::text).toList();
    assertTrue(persons.contains("Steve Withoff"), persons.toString());
    assertTrue(persons.contains("Vladimir Putin"), persons.toString());
    assertTrue(persons.contains("Donald Trump"), persons.toString());
  }

  @Test
  void comingDaysIsNormalisedAfterPublication() {
    TimeExpression coming =
        SEED.times().stream().filter(t -> t.text().contains("coming days")).findFirst().orElse(null);
    assertNotNull(coming, SEED.times().toString());
    assertTrue(coming.begin().isAfter(LocalDate.of(2025, 8, 6)), coming.toString());
    assertTrue(coming.end().isAfter(coming.begin()), coming.toString());
  }

  @Test
  void everyTokenOffsetSlicesTheText() {
    for (Article a : SharedPipeline.readAll("corpus")) {
      AnnotatedDocument d = SharedPipeline.pipeline().annotate(a);
      assertInvariants(d);
    }
  }

  @Test
  void cueSentencesAreParsedOthersNeedNot() {
    long parsed = SEED.sentences().stream().filter(Sentence::parsed).count();
    assertTrue(parsed >= 10, "sentences with cues are parsed: " + parsed);
    Sentence standfirst = SEED.sentences().get(0);
    assertFalse(standfirst.tokens().isEmpty());
  }

  @Test
  void timeWindowsKeepTheSentencesOffsets() {
    // windows without the sentence's token offsets confused SUTime's merged expressions: a Reuters
    // story of this shape failed with "bad span [85, 76)", and this sentence got "51-day" twice
    Article a =
        new Article(
            "boj-bills",
            "Bank to sell bills",
            "Reuters",
            null,
            java.time.Instant.parse("1987-04-13T07:12:28Z"),
            null,
            "en",
            "The central bank of the island will sell 800 billion yen in financing bills today through 51-day"
                + " repurchase agreements maturing June 3 to absorb a projected surplus, traders said.",
            "test/boj-bills.txt");
    AnnotatedDocument d = SharedPipeline.pipeline().annotate(a);
    assertInvariants(d);
    List<String> found = d.times().stream().map(t -> t.text() + "=" + t.value()).toList();
    assertEquals(List.of("today=1987-04-13", "51-day=P51D", "June 3=1987-06-03"), found);
  }

  private static Article note(String id, String published, String text) {
    return new Article(
        id, id, "test", null, java.time.Instant.parse(published + "T09:00:00Z"), null, "en", text, "test/" + id + ".txt");
  }

  private static List<String> weekdays(Article a) {
    return SharedPipeline.pipeline().annotate(a).times().stream()
        .filter(t -> t.text().matches("(?i)(on )?\\w+day"))
        .map(t -> t.text() + "=" + t.value())
        .toList();
  }

  @Test
  void bareWeekdaysFollowTheirOwnSentenceNotEarlierArticles() {
    // Wednesday 28 May 2025; SUTime alone read each "Sunday" by the tense of whichever earlier
    // sentence had last marked the weekday (CoreNLP issue 1061)
    Article plain = note("plain", "2025-05-28", "The runoff on Sunday might decide who leads the country for five years.");
    Article past = note("past", "2025-05-28", "Turnout rose sharply when voters returned on Sunday, and it might rise again.");
    Article future = note("future", "2025-05-28", "Both candidates will campaign on Sunday in the south.");
    List<String> first = weekdays(plain);
    assertEquals(List.of("Sunday=2025-06-01"), first);
    assertEquals(List.of("Sunday=2025-05-25"), weekdays(past));
    assertEquals(first, weekdays(plain));
    assertEquals(List.of("Sunday=2025-06-01"), weekdays(future));
    assertEquals(first, weekdays(plain));
    assertEquals(List.of("Sunday=2025-05-25"), weekdays(past));
  }

  @Test
  void bareDatesInAReportedForecastFollowTheForecastNotTheSaying() {
    // Friday 27 March 1987; SUTime read both by the sentence's "said": October 1986 and Monday 23
    // March, so the forecast looked past-dated and lost its cue and its horizon
    Article a = note("reported", "1987-03-27",
        "The chairman will step aside as chief executive in October on reaching 60, the company said.\n\n"
            + "He said he hoped an accord could be reached by Monday.");
    List<String> found = SharedPipeline.pipeline().annotate(a).times().stream()
        .map(t -> t.text() + "=" + t.value())
        .toList();
    assertEquals(List.of("October=1987-10", "Monday=1987-03-30"), found);
  }

  @Test
  void anExpressionSuTimeLeftWithoutAValueIsTheDayItStartsWith() {
    // SUTime took "March 31, the day" for one expression and gave it no value: the forecast looked undated
    Article a = note("day", "1987-03-20", "The deal is expected to close on March 31, the day trading in the trust's units ends.");
    List<String> found = SharedPipeline.pipeline().annotate(a).times().stream()
        .map(t -> t.text() + "=" + t.value() + "=" + t.end())
        .toList();
    assertEquals(List.of("March 31, the day=1987-03-31=1987-03-31"), found);
  }

  @Test
  void aDayWithoutAYearIsTheComingOneWhenSuTimeWentBackMostOfAYear() {
    LocalDate july = LocalDate.of(2025, 7, 14);
    assertEquals("2025-08-01", BareDates.comingDate("2024-08-01", "August 1", july));
    assertEquals("2026-01-05", BareDates.comingDate("2025-01-05", "Jan. 5", LocalDate.of(2025, 12, 20)));
    // a named year, a recent past day, a month alone and a day far ahead stay as SUTime read them
    assertEquals("2024-08-01", BareDates.comingDate("2024-08-01", "August 1, 2024", july));
    assertEquals("2025-06-30", BareDates.comingDate("2025-06-30", "June 30", july));
    assertEquals("2024-08", BareDates.comingDate("2024-08", "August", july));
    assertEquals("2024-03-01", BareDates.comingDate("2024-03-01", "March 1", july));
  }

  @Test
  void timeWindowsFindWhatWholeSentencesFind() {
    CoreNlpPipeline p = (CoreNlpPipeline) SharedPipeline.pipeline();
    List<Article> articles = new java.util.ArrayList<>(SharedPipeline.readAll("corpus/articles"));
    articles.addAll(SharedPipeline.readAll("corpus/later"));
    articles.add(SharedPipeline.seed());
    int times = 0;
    List<String> differences = new java.util.ArrayList<>();
    for (Article a : articles) {
      List<TimeExpression> windowed = p.annotate(a, true).times();
      List<TimeExpression> whole = p.annotate(a, false).times();
      for (TimeExpression t : whole) {
        if (!windowed.contains(t)) {
          differences.add(a.path() + ": missed " + t);
        }
      }
      for (TimeExpression t : windowed) {
        if (!whole.contains(t)) {
          differences.add(a.path() + ": extra " + t);
        }
      }
      times += whole.size();
    }
    assertEquals(List.of(), differences);
    assertTrue(times > 100, "time expressions compared: " + times);
  }

  /** Offsets in bounds, in order, and slicing the text gives the token (Lucene-style validation). */
  static void assertInvariants(AnnotatedDocument d) {
    String text = d.article().text();
    int last = -1;
    for (Sentence s : d.sentences()) {
      assertTrue(s.span().end() <= text.length());
      for (Token t : s.tokens()) {
        assertTrue(t.span().begin() >= last, "tokens in order in " + d.article().path());
        assertTrue(s.span().contains(t.span()));
        assertEquals(t.text(), t.span().of(text));
        last = t.span().end();
      }
      for (Dependency dep : s.dependencies()) {
        assertTrue(dep.dependent() >= 0 && dep.dependent() < s.tokens().size());
        assertTrue(dep.governor() >= -1 && dep.governor() < s.tokens().size());
      }
    }
    for (EntityMention e : d.entities()) {
      assertEquals(e.text(), e.span().of(text));
    }
    for (TimeExpression t : d.times()) {
      assertEquals(t.text(), t.span().of(text));
    }
  }
}
