package org.hindsight.extract.actor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A title several states' institutions share ("central bank") is the one of the state whose
 * possessive stands right before it, not of the state the story names most: Reuters dev 9673
 * ("Brazil's Central Bank governor Francisco Gros said …" in a story about the United States at the
 * Inter-American Development Bank) linked it to the Federal Reserve. Sentences written for this
 * test in the style of Reuters copy.
 */
class PossessedTitleTest {

  @Test
  void thePossessiveStateDecidesWhoseCentralBank() {
    List<String> names = ResolvedNames.of("possessed-title",
        "The United States wants a larger say in the lending bank, U.S. officials said in Washington."
            + " The U.S. delegation said Washington would not give way.\n\n"
            + "Mexico's Central Bank governor Tomas Arrieta said Mexico would keep paying interest. Reuter",
        "1987-03-26T12:00:00Z");
    assertTrue(names.contains("Bank of Mexico"), names.toString());
    assertFalse(names.contains("Federal Reserve"), names.toString());
  }
}
