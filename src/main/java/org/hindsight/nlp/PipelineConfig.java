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
 * <p>Limits that bound the work of the fast profile by construction (see {@link Segmenter}):
 * {@code maxSentenceTokens} cuts a longer "sentence" (a scraped page without punctuation, a table)
 * into pieces of at most that many tokens before the tagger, NER, SUTime and the parser see it, so
 * that no annotator's cost grows faster than the text; an article of more than {@code
 * maxArticleTokens} tokens fails right after tokenizing (it is a dump, not an article, and parts
 * of the extractor grow with the square of the names an article holds). The full profile, the
 * benchmark's naive baseline, has no limits.
 */
public record PipelineConfig(
    Profile profile,
    Set<String> parseTriggers,
    Set<String> timeTriggers,
    BiPredicate<AnnotatedDocument, Sentence> parseSelector,
    int maxSentenceTokens,
    int maxArticleTokens) {

  /**
   * Far above any sentence a news article holds (the longest of the 133,834 in Reuters-21578 are
   * tables of about 300 tokens), and short enough for the parser and SUTime to stay fast.
   */
  public static final int DEFAULT_MAX_SENTENCE_TOKENS = 250;

  /**
   * Four times the longest long-read (about 20,000 words); a 5 MB scraped page has a million. The
   * fast pipeline takes about half a minute for this many on one thread.
   */
  public static final int DEFAULT_MAX_ARTICLE_TOKENS = 100_000;

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
    if (maxArticleTokens < 1) {
      throw new IllegalArgumentException("maxArticleTokens must be positive: " + maxArticleTokens);
    }
  }

  /** The same configuration with other limits (at least 10 tokens a sentence, 1 an article). */
  public PipelineConfig withLimits(int sentenceTokens, int articleTokens) {
    return new PipelineConfig(profile, parseTriggers, timeTriggers, parseSelector, sentenceTokens, articleTokens);
  }

  /**
   * The fast profile: SUTime on sentences holding a temporal word and one of {@code timeTriggers};
   * the parser on sentences holding one of {@code parseTriggers} that {@code parseSelector} accepts
   * (given the unparsed document). Empty trigger sets select every sentence; a null selector
   * accepts every sentence.
   */
  public static PipelineConfig fast(
      Set<String> parseTriggers, Set<String> timeTriggers, BiPredicate<AnnotatedDocument, Sentence> parseSelector) {
    return new PipelineConfig(Profile.FAST, parseTriggers, timeTriggers, parseSelector, DEFAULT_MAX_SENTENCE_TOKENS, DEFAULT_MAX_ARTICLE_TOKENS);
  }

  /** The fast profile that parses and time-tags every sentence. */
  public static PipelineConfig fastEverySentence() {
    return new PipelineConfig(Profile.FAST, Set.of(), Set.of(), null, DEFAULT_MAX_SENTENCE_TOKENS, DEFAULT_MAX_ARTICLE_TOKENS);
  }

  public static PipelineConfig full() {
    return new PipelineConfig(Profile.FULL, Set.of(), Set.of(), null, DEFAULT_MAX_SENTENCE_TOKENS, DEFAULT_MAX_ARTICLE_TOKENS);
  }
}
