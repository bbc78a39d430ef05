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
