package org.hindsight.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
