package org.hindsight.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.hindsight.article.Article;
import org.junit.jupiter.api.Test;

class LanguageGuardTest {

  private final LanguageGuard guard = new LanguageGuard();

  private static Article article(String text, String language) {
    return new Article("x", "t", null, null, null, null, language, text, "x.txt");
  }

  @Test
  void englishPasses() {
    assertTrue(guard.refusal(SharedPipeline.seed()).isEmpty());
  }

  @Test
  void germanIsRefused() {
    String text =
        "Die Bundesregierung hat am Mittwoch neue Sanktionen gegen Russland angekündigt. Der Kanzler sagte, "
            + "die Maßnahmen würden in den kommenden Tagen in Kraft treten, und die Opposition kritisierte den Plan scharf.";
    var r = guard.refusal(article(text, null));
    assertTrue(r.isPresent() && r.get().contains("not English") && r.get().contains("deu"), r.toString());
  }

  @Test
  void declaredLanguageIsRespected() {
    assertTrue(guard.refusal(article("Some English text here.", "fr")).get().contains("'fr'"));
    assertTrue(guard.refusal(article("Some English text here.", "en-GB")).isEmpty());
  }

  /**
   * One English sentence followed by 2,000 random Latin-1 characters, as HostileCorpusTest writes it:
   * with seed 78482498506744 the detector called the noise Japanese (confidence 0.11) and the
   * article was refused. Noise is no evidence of a language; the guard must judge the words only.
   */
  @Test
  void binaryNoiseIsNoLanguage() {
    for (long seed : new long[] {78482498506744L, 1L, 2L, 3L, 42L, 7_000_003L}) {
      for (int i = 0; i < 40; i++) {
        Random random = new Random(seed + i);
        StringBuilder text = new StringBuilder("The minister said prices may rise. ");
        for (int c = 0; c < 2_000; c++) {
          text.append((char) random.nextInt(0x100));
        }
        var r = guard.refusal(article(text.toString(), null));
        assertTrue(r.isEmpty(), "seed " + (seed + i) + ": " + r);
      }
    }
  }

  @Test
  void germanAmidNoiseIsStillRefused() {
    Random random = new Random(5);
    StringBuilder text =
        new StringBuilder(
            "Die Bundesregierung hat am Mittwoch neue Sanktionen gegen Russland angekündigt. Der Kanzler sagte, "
                + "die Maßnahmen würden in den kommenden Tagen in Kraft treten, und die Opposition kritisierte den Plan scharf. ");
    for (int c = 0; c < 1_000; c++) {
      text.append((char) random.nextInt(0x100));
    }
    var r = guard.refusal(article(text.toString(), null));
    assertTrue(r.isPresent() && r.get().contains("deu"), r.toString());
  }
}
