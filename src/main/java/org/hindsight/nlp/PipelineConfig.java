package org.hindsight.nlp;

import java.util.Set;
import java.util.function.BiPredicate;

/**
 * How the CoreNLP pipeline is assembled.
 *
 * <ul>
 *   <li>{@link Profile#FAST} (ingest, extract): tokenize, pos, lemma, a lean NER (the CoNLL
 *       4-class CRF, without the fine-grained gazetteer, numeric classifiers and SUTime), then
 *       SUTime on token windows of the sentences holding a temporal word and one of {@code
 *       timeTriggers}, and the dependency parser only on sentences holding one of {@code
 *       parseTriggers} (an empty set selects every sentence) that the {@code parseSelector} also
 *       accepts: it sees the document tagged, with entities and time expressions but no parse
 *       yet. No statistical coreference: actor resolution does its own, cheaper merging.
 *   <li>{@link Profile#FULL}: the naive full pipeline with CoreNLP's defaults
 *       (tokenize,ssplit,pos,lemma,ner,depparse,coref) — the benchmark's baseline and the
 *       {@code annotate --full} debugging view.
 * </ul>
 *
 * <p>{@code maxSentenceTokens} bounds the work per sentence in both profiles: a longer "sentence"
 * (a scraped page without punctuation, a table) is cut into pieces of at most that many tokens
 * before the tagger, NER, SUTime and the parser see it, so that no annotator's cost grows faster
 * than the text (see {@link Segmenter}).
 */
public record PipelineConfig(
    Profile profile,
    Set<String> parseTriggers,
    Set<String> timeTriggers,
    BiPredicate<AnnotatedDocument, Sentence> parseSelector,
    int maxSentenceTokens) {

  /**
   * Far above any sentence a news article holds (the longest of the 133,834 in Reuters-21578 are
   * tables of about 300 tokens), and short enough for the parser and SUTime to stay fast.
   */
  public static final int DEFAULT_MAX_SENTENCE_TOKENS = 250;

  /** Which annotators run. */
  public enum Profile {
    FAST,
    FULL
  }

  public PipelineConfig {
    parseTriggers = Set.copyOf(parseTriggers);
    timeTriggers = Set.copyOf(timeTriggers);
    if (parseSelector == null) {
      parseSelector = (d, s) -> true;
    }
    if (maxSentenceTokens < 10) {
      throw new IllegalArgumentException("maxSentenceTokens must be at least 10: " + maxSentenceTokens);
    }
  }

  /** The same configuration with another sentence limit (at least 10 tokens). */
  public PipelineConfig withMaxSentenceTokens(int limit) {
    return new PipelineConfig(profile, parseTriggers, timeTriggers, parseSelector, limit);
  }

  /**
   * The fast profile: SUTime on sentences holding a temporal word and one of {@code timeTriggers};
   * the parser on sentences holding one of {@code parseTriggers} that {@code parseSelector} accepts
   * (given the unparsed document). Empty trigger sets select every sentence; a null selector
   * accepts every sentence.
   */
  public static PipelineConfig fast(
      Set<String> parseTriggers, Set<String> timeTriggers, BiPredicate<AnnotatedDocument, Sentence> parseSelector) {
    return new PipelineConfig(Profile.FAST, parseTriggers, timeTriggers, parseSelector, DEFAULT_MAX_SENTENCE_TOKENS);
  }

  /** The fast profile that parses and time-tags every sentence. */
  public static PipelineConfig fastEverySentence() {
    return new PipelineConfig(Profile.FAST, Set.of(), Set.of(), null, DEFAULT_MAX_SENTENCE_TOKENS);
  }

  public static PipelineConfig full() {
    return new PipelineConfig(Profile.FULL, Set.of(), Set.of(), null, DEFAULT_MAX_SENTENCE_TOKENS);
  }
}
