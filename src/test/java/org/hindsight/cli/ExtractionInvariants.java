package org.hindsight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hindsight.article.Span;
import org.hindsight.extract.Claim;
import org.hindsight.extract.Cue;
import org.hindsight.extract.Extraction;
import org.hindsight.extract.ExtractionJson;
import org.hindsight.extract.Prediction;
import org.hindsight.extract.actor.Actor;
import org.hindsight.extract.actor.ActorMention;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.EntityMention;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.TimeExpression;
import org.hindsight.nlp.Token;

/**
 * What every annotated document and extraction must satisfy, whatever the input (as Lucene's
 * ValidatingTokenFilter checks every analyzer): offsets in bounds and in order, the text at each
 * span equal to the item's text, and the JSON contract reading back to the same extraction.
 */
final class ExtractionInvariants {

  private ExtractionInvariants() {}

  static void check(AnnotatedDocument d, Extraction x) {
    String text = d.article().text();
    String where = d.article().path();
    int last = -1;
    for (Sentence s : d.sentences()) {
      inBounds(s.span(), text, where);
      for (Token t : s.tokens()) {
        assertTrue(t.span().begin() >= last, where + ": tokens in order");
        assertTrue(s.span().contains(t.span()), where + ": token inside its sentence");
        assertEquals(t.text(), t.span().of(text), where);
        last = t.span().end();
      }
    }
    for (EntityMention e : d.entities()) {
      assertEquals(e.text(), e.span().of(text), where);
    }
    for (TimeExpression t : d.times()) {
      assertEquals(t.text(), t.span().of(text), where);
      assertTrue(t.begin() == null || !t.end().isBefore(t.begin()), where + ": " + t);
    }
    for (Actor a : x.actors()) {
      for (ActorMention m : a.mentions()) {
        assertEquals(m.text(), m.span().of(text), where);
      }
    }
    for (Claim c : x.claims()) {
      inBounds(c.span(), text, where);
      c.cues().forEach(cue -> cue(cue, text, where));
    }
    for (Prediction p : x.predictions()) {
      inBounds(p.span(), text, where);
      p.cues().forEach(cue -> cue(cue, text, where));
      assertTrue(p.horizon() == null || !p.horizon().end().isBefore(p.horizon().start()), where + ": " + p.horizon());
    }
    assertEquals(ExtractionJson.toJson(x), ExtractionJson.toJson(ExtractionJson.fromJson(ExtractionJson.toJson(x))), where + ": JSON round trip");
  }

  private static void cue(Cue c, String text, String where) {
    inBounds(c.span(), text, where);
  }

  private static void inBounds(Span s, String text, String where) {
    assertTrue(0 <= s.begin() && s.begin() <= s.end() && s.end() <= text.length(), where + ": span " + s + " outside the text");
  }
}
