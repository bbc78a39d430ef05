package org.hindsight.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a sentence-by-sentence CoreNLP annotator on a long document in batches of sentences, so
 * that the thread of an abandoned article notices the interrupt between batches. Stateless.
 */
final class SentenceBatches {

  /**
   * Documents with more tokens than this are tagged and parsed in batches of sentences of about
   * this many tokens, so that an abandoned article's thread stops soon after it is interrupted (the
   * tagger takes up to 15 ms a token on junk whose every word is unknown, so a batch is at most
   * half a minute). The annotators work sentence by sentence, so batches change nothing else.
   */
  static final int TOKENS = 2_000;

  private SentenceBatches() {}

  /**
   * Runs {@code annotator} on {@code sentences} of {@code doc}: in one call when they hold at most
   * {@code batchTokens} tokens (then on {@code doc} itself when they are all of its sentences),
   * else batch by batch, looking for an interrupt between batches. The annotators used here (POS,
   * lemma, NER with entity mentions, the dependency parser) work sentence by sentence.
   */
  static void annotate(StanfordCoreNLP annotator, Annotation doc, List<CoreMap> sentences, int batchTokens) {
    Interrupts.check();
    int tokens = 0;
    for (CoreMap s : sentences) {
      tokens += s.get(CoreAnnotations.TokensAnnotation.class).size();
    }
    if (tokens <= batchTokens) {
      if (sentences != doc.get(CoreAnnotations.SentencesAnnotation.class)) {
        doc.set(CoreAnnotations.SentencesAnnotation.class, sentences);
      }
      annotator.annotate(doc);
      return;
    }
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    int from = 0;
    while (from < sentences.size()) {
      Interrupts.check();
      int to = from;
      int size = 0;
      while (to < sentences.size() && (to == from || size + sentences.get(to).get(CoreAnnotations.TokensAnnotation.class).size() <= batchTokens)) {
        size += sentences.get(to).get(CoreAnnotations.TokensAnnotation.class).size();
        to++;
      }
      List<CoreMap> batch = sentences.subList(from, to);
      Annotation part = new Annotation(text);
      part.set(CoreAnnotations.SentencesAnnotation.class, new ArrayList<>(batch));
      List<CoreLabel> batchTokensList = new ArrayList<>(size);
      for (CoreMap s : batch) {
        batchTokensList.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
      }
      part.set(CoreAnnotations.TokensAnnotation.class, batchTokensList);
      String docDate = doc.get(CoreAnnotations.DocDateAnnotation.class);
      if (docDate != null) {
        part.set(CoreAnnotations.DocDateAnnotation.class, docDate);
      }
      annotator.annotate(part);
      from = to;
    }
  }
}
