package org.hindsight.extract.actor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.hindsight.extract.actor.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;

/**
 * The gazetteer is written as of November 2025; what it says about offices holds for a period
 * only. Reads the bundled {@code models/gazetteer.json}; no NLP models needed.
 */
class GazetteerValidityTest {

  private static final Gazetteer G = Gazetteer.bundled();
  private static final LocalDate MARCH_1987 = LocalDate.of(1987, 3, 26);
  private static final LocalDate AUGUST_2025 = LocalDate.of(2025, 8, 6);

  private static boolean applies(List<Gazetteer.Hit> hits, String id, String phrase, LocalDate date) {
    return hits.stream().anyMatch(h -> h.entry().id().equals(id) && G.applies(h, phrase, date));
  }

  @Test
  void aTitleResolvesToItsHolderOnlyInTheHoldersTime() {
    List<Gazetteer.Hit> leader = G.role("Senate Republican leader");
    assertFalse(applies(leader, "person/john-thune", "Senate Republican leader", MARCH_1987));
    assertTrue(applies(leader, "person/john-thune", "Senate Republican leader", AUGUST_2025));
    List<Gazetteer.Hit> chancellor = G.role("German Chancellor");
    assertFalse(applies(chancellor, "person/friedrich-merz", "German Chancellor", LocalDate.of(2025, 4, 1)),
        "Merz took office on 6 May 2025");
    assertTrue(applies(chancellor, "person/friedrich-merz", "German Chancellor", LocalDate.of(2025, 6, 1)));
  }

  @Test
  void aFullNameResolvesInAnyDecadeButABareSurnameOnlyInItsTime() {
    assertTrue(applies(G.exact("Charles Schumer"), "person/chuck-schumer", "Charles Schumer", MARCH_1987));
    assertFalse(applies(G.exact("Schumer"), "person/chuck-schumer", "Schumer", MARCH_1987));
    assertFalse(applies(G.exact("Wang"), "person/wang-yi", "Wang", MARCH_1987));
    assertTrue(applies(G.exact("Wang"), "person/wang-yi", "Wang", AUGUST_2025));
  }

  @Test
  void institutionsAndStatesHaveTheirOwnPeriods() {
    assertTrue(applies(G.exact("EC"), "org/european-community", "EC", MARCH_1987));
    assertFalse(applies(G.exact("EC"), "org/european-community", "EC", AUGUST_2025));
    assertFalse(applies(G.exact("European Union"), "org/european-union", "European Union", MARCH_1987));
    assertTrue(applies(G.exact("West Germany"), "country/west-germany", "West Germany", MARCH_1987));
    assertTrue(applies(G.exact("Kremlin"), "country/soviet-union", "Kremlin", MARCH_1987));
    assertFalse(applies(G.exact("Kremlin"), "country/russia", "Kremlin", MARCH_1987));
    assertTrue(applies(G.exact("Kremlin"), "country/russia", "Kremlin", AUGUST_2025));
  }

  @Test
  void anUndatedArticleIsReadAsCurrent() {
    assertTrue(applies(G.role("Senate Republican leader"), "person/john-thune", "Senate Republican leader", null));
  }
}
