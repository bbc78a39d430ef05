package org.hindsight.extract.actor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Group of Five and Group of Six of 1980s copy, which NER tags as a miscellany or not at all
 * (four Reuters dev actors were missed): gazetteer entries bounded to their period, so that the
 * G5 Sahel of today's news is not read as the finance ministers' group. Sentences written for this
 * test in the style of Reuters copy.
 */
class FinanceGroupsTest {

  private static List<String> names(String text, String published) {
    return ResolvedNames.of("finance-groups", text, published);
  }

  @Test
  void theGroupOfFiveOf1987IsAnActor() {
    List<String> names = names("Dealers said the Group of Five would meet in Washington next week to review the Paris accord."
        + " The Group of Six agreed in February to stabilise currencies. Reuter", "1987-03-26T12:00:00Z");
    assertTrue(names.contains("Group of Five"), names.toString());
    assertTrue(names.contains("Group of Six"), names.toString());
  }

  @Test
  void todaysG5SahelIsNotTheFinanceMinistersGroup() {
    List<String> names = names("Ministers of the G5 Sahel met in Nouakchott on Monday to discuss security.", "2020-06-15T12:00:00Z");
    assertFalse(names.contains("G5"), names.toString());
  }
}
