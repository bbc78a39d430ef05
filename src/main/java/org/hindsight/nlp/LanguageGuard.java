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
 * English is refused without detection; short texts (under 60 letters) are too short to judge and
 * pass. Thread-safe: the model is immutable and each call makes its own detector.
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
    String text = article.text();
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
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
}
