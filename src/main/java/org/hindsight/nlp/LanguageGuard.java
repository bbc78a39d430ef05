package org.hindsight.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.hindsight.article.Article;
import org.hindsight.article.Languages;

/**
 * Refuses articles that are not in English, using OpenNLP's language detector (the
 * {@code opennlp-models-langdetect} model, 103 languages). A declared {@code language} other than
 * English is refused without detection. Only runs of text that read as words are judged: a
 * whitespace-separated run with a control character or a symbol in it, or with fewer letters than
 * other characters, is noise (binary pasted into a page, mojibake) and tells nothing about the
 * language. What is left under 60 letters is too short to judge and passes. Thread-safe: the model
 * is immutable and each call makes its own detector.
 */
public final class LanguageGuard {

  private static final int SAMPLE = 3000;
  private final LanguageDetectorModel model;

  public LanguageGuard() {
    try (InputStream in = LanguageGuard.class.getResourceAsStream("/langdetect-183.bin")) {
      if (in == null) {
        throw new IllegalStateException("langdetect-183.bin missing from the classpath");
      }
      model = new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot load the OpenNLP language model", e);
    }
  }

  /** Empty when the article may be processed as English, else the reason to refuse it. */
  public Optional<String> refusal(Article article) {
    String declared = article.language();
    if (declared != null && !declared.isBlank()) {
      if (!Languages.isEnglish(declared)) {
        return Optional.of("not English: declared language '" + declared + "'");
      }
      return Optional.empty();
    }
    String sample = wordsOnly(article.text());
    long letters = sample.chars().filter(Character::isLetter).count();
    if (letters < 60) {
      return Optional.empty();
    }
    Language best = new LanguageDetectorME(model).predictLanguage(sample);
    if (!best.getLang().equals("eng") && best.getConfidence() > 0.1) {
      return Optional.of(
          String.format(Locale.ROOT, "not English: detected '%s' (confidence %.2f)", best.getLang(), best.getConfidence()));
    }
    return Optional.empty();
  }

  /** The runs of {@code text} that read as words, joined by spaces, up to {@link #SAMPLE} characters. */
  static String wordsOnly(String text) {
    StringBuilder sample = new StringBuilder();
    int i = 0;
    int n = text.length();
    while (i < n && sample.length() < SAMPLE) {
      while (i < n && isSpace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isSpace(text.charAt(i))) {
        i++;
      }
      if (i > start && readsAsWord(text, start, i)) {
        if (sample.length() > 0) {
          sample.append(' ');
        }
        sample.append(text, start, i);
      }
    }
    return sample.length() > SAMPLE ? sample.substring(0, SAMPLE) : sample.toString();
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean readsAsWord(String text, int start, int end) {
    int letters = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      switch (Character.getType(c)) {
        case Character.CONTROL, Character.UNASSIGNED, Character.PRIVATE_USE, Character.MATH_SYMBOL,
            Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> {
          return false;
        }
        default -> {
          if (Character.isLetter(c)) {
            letters++;
          }
        }
      }
    }
    return 2 * letters >= end - start;
  }
}
