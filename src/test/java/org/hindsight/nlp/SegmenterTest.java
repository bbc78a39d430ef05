package org.hindsight.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hindsight.article.Article;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer and sentence splitter stay linear in the text: long runs without whitespace and
 * long sentences are cut, ordinary text is tokenized exactly as CoreNLP does it in one call. Loads
 * only the tokenizer.
 */
class SegmenterTest {

  private static final Segmenter SEGMENTER = new Segmenter(PipelineConfig.DEFAULT_MAX_SENTENCE_TOKENS);

  @Test
  void piecesCoverTheTextInOrderAndNoRunIsTooLong() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    String[] parts = {" ", "\n", "\n\n", "\n \n", "word", "&amp", "x".repeat(300), "é", "😀", "\t", "y".repeat(1000)};
    for (int round = 0; round < 200; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(80); i > 0; i--) {
        b.append(parts[random.nextInt(parts.length)]);
      }
      String text = b.toString();
      int covered = 0;
      int last = 0;
      for (int[] p : Segmenter.pieces(text)) {
        assertTrue(p[0] >= last && p[1] > p[0], "seed " + seed + ": pieces in order");
        assertTrue(Segmenter.longestRun(text.substring(p[0], p[1])).length() <= Segmenter.MAX_RUN, "seed " + seed);
        covered += text.substring(p[0], p[1]).replaceAll("\\s", "").length();
        last = p[1];
      }
      assertEquals(text.replaceAll("\\s", "").length(), covered, "seed " + seed + ": every character in one piece");
    }
  }

  @Test
  void ordinaryTextIsTokenizedAsInOneCall() {
    List<Article> articles = SharedPipeline.readAll("corpus/articles");
    for (Article a : articles) {
      List<String> warnings = new ArrayList<>();
      Annotation doc = SEGMENTER.segment(a.text(), warnings);
      assertTrue(warnings.isEmpty(), a.path() + ": " + warnings);
      if (articles.indexOf(a) % 4 != 0) {
        continue; // the long form on a few: it tokenizes 100,000 characters each
      }
      // a text over the one-call limit goes paragraph by paragraph, with the same result
      String big = (a.text() + "\n\n").repeat(Segmenter.WHOLE_TEXT_CHARS / a.text().length() + 1).strip();
      Annotation whole = SEGMENTER.segment(a.text(), new ArrayList<>());
      Annotation inPieces = SEGMENTER.segment(big, new ArrayList<>());
      assertEquals(shape(whole), shape(inPieces).subList(0, shape(whole).size()), a.path());
      assertEquals(shape(doc), shape(whole));
      checkInvariants(inPieces, big);
    }
  }

  @Test
  void aLongRunWithoutWhitespaceCostsLinearTime() {
    String text = "The bank may cut rates. " + "&amp".repeat(25_000) + " Officials said so.";
    List<String> warnings = new ArrayList<>();
    long t0 = System.nanoTime();
    Annotation doc = SEGMENTER.segment(text, warnings);
    double seconds = (System.nanoTime() - t0) / 1e9;
    // in one call this took minutes (550 s; the tokenizer is quadratic in a run); cut, about 3 s
    // on an idle machine
    assertTrue(seconds < 60, seconds + " s");
    // each piece of the run is tokenized on its own, so it is its own sentence: no sentence to cut
    assertEquals(List.of("100,000 characters without whitespace at offset 24: cut every 256 characters for the tokenizer"), warnings);
    checkInvariants(doc, text);
  }

  @Test
  void aLongSentenceIsCutIntoPiecesWithinTheLimit() {
    StringBuilder b = new StringBuilder("Short one.\n\n");
    Random random = new Random(7);
    String[] words = {"the", "minister", "said", "taxes", "will", "rise", ",", "and", "prices", "fell"};
    for (int i = 0; i < 100_000; i++) {
      b.append(words[random.nextInt(words.length)]).append(' ');
    }
    String text = b.append(". Last one.").toString();
    List<String> warnings = new ArrayList<>();
    Annotation doc = SEGMENTER.segment(text, warnings);
    // the 560,000-character paragraph is tokenized in pieces of about 100,000 characters first
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).matches("6 sentences over 250 tokens \\(the first at offset 12, [0-9,]+ tokens\\) cut into pieces for the tagger, NER, SUTime and the parser"), warnings.get(0));
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    assertTrue(sentences.size() > 400, sentences.size() + " sentences");
    for (CoreMap s : sentences) {
      assertTrue(s.get(CoreAnnotations.TokensAnnotation.class).size() <= 250);
    }
    checkInvariants(doc, text);
  }

  @Test
  void aSentenceCutAtAnAbbreviationsFullStopIsJoinedAgain() {
    // CoreNLP reads "R-S.C." as "R-S.C" and a full stop that ends the sentence, so the statement
    // ", said the deal …" lost its speaker; a paragraph break still ends a sentence
    String text = "Sen. Ann Okafor, R-S.C., said the deal was dead. Rep. Tom Brandt (R-Ohio) agreed.\n\n, a line that starts oddly.";
    Annotation doc = SEGMENTER.segment(text, new ArrayList<>());
    List<String> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class).stream().map(s -> s.get(CoreAnnotations.TextAnnotation.class)).toList();
    assertEquals(List.of("Sen. Ann Okafor, R-S.C., said the deal was dead.", "Rep. Tom Brandt (R-Ohio) agreed.", ", a line that starts oddly."), sentences);
    checkInvariants(doc, text);
  }

  @Test
  void anAbbreviatedGivenNameIsNoSentence() {
    // "Fried. Krupp GmbH said …" (Reuters dev): the tokenizer does not know "Fried." and ends a
    // sentence of one word there, which cut the firm's name in two; the word and its stop become
    // one token, as "Alex." is, and the tokens after it move up by one
    String text = "Hedw. Marbach AG said it won the order. Profit rose.\n\nNote. Figures are in marks.";
    Annotation doc = SEGMENTER.segment(text, new ArrayList<>());
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    assertEquals(List.of("Hedw. Marbach AG said it won the order.", "Profit rose.", "Note. Figures are in marks."),
        sentences.stream().map(s -> s.get(CoreAnnotations.TextAnnotation.class)).toList());
    assertEquals("Hedw.", sentences.get(0).get(CoreAnnotations.TokensAnnotation.class).get(0).word());
    checkInvariants(doc, text);
    String withThe = "Orders rose. The Hedw. Marbach AG steel group said profit fell.";
    Annotation other = SEGMENTER.segment(withThe, new ArrayList<>());
    assertEquals(List.of("Orders rose.", "The Hedw. Marbach AG steel group said profit fell."),
        other.get(CoreAnnotations.SentencesAnnotation.class).stream().map(x -> x.get(CoreAnnotations.TextAnnotation.class)).toList());
    checkInvariants(other, withThe);
  }

  /** Sentence boundaries as token offsets, for comparing two tokenizations. */
  private static List<String> shape(Annotation doc) {
    List<String> out = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      StringBuilder b = new StringBuilder();
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        b.append(t.beginPosition()).append('-').append(t.word()).append(' ');
      }
      out.add(b.toString());
    }
    return out;
  }

  /**
   * What the rest of the pipeline relies on: tokens in order with offsets into the text, sentences
   * numbered in order, contiguous in the document's token list, tokens numbered from 1 in each.
   */
  static void checkInvariants(Annotation doc, String text) {
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    int next = 0;
    int index = 0;
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      assertEquals(index, s.get(CoreAnnotations.SentenceIndexAnnotation.class));
      assertEquals(next, s.get(CoreAnnotations.TokenBeginAnnotation.class));
      List<CoreLabel> st = s.get(CoreAnnotations.TokensAnnotation.class);
      assertEquals(next + st.size(), s.get(CoreAnnotations.TokenEndAnnotation.class));
      for (int k = 0; k < st.size(); k++) {
        CoreLabel t = st.get(k);
        assertTrue(t == tokens.get(next + k), "the sentence holds the document's tokens");
        assertEquals(k + 1, t.index());
        assertEquals(index, t.sentIndex());
        assertTrue(0 <= t.beginPosition() && t.beginPosition() < t.endPosition() && t.endPosition() <= text.length());
      }
      assertEquals(text.substring(st.get(0).beginPosition(), st.get(st.size() - 1).endPosition()), s.get(CoreAnnotations.TextAnnotation.class));
      next += st.size();
      index++;
    }
    int last = -1;
    for (CoreLabel t : tokens) {
      assertTrue(t.beginPosition() >= last, "tokens in order");
      last = t.endPosition();
    }
  }
}
