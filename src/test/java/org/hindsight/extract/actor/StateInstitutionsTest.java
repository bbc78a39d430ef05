package org.hindsight.extract.actor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A state's institutions the wire writes in lower case, which NER leaves untagged: five of Reuters
 * dev's missed actors were of this kind ("the Dutch central bank", "a Belgian finance ministry
 * spokesman", "Frankfurt stock exchange president Michael Hauck", "Venezuela's ministry of energy
 * and mines", "a Lebanese central bank official"). With its state before it such a phrase names
 * one institution; without one ("a Japanese bank", "the ministry") it only describes. Sentences
 * written for this test in the style of Reuters copy.
 */
class StateInstitutionsTest {

  private static List<String> names(String text) {
    return ResolvedNames.of("state-institutions", text, "1987-03-26T12:00:00Z");
  }

  @Test
  void aNationalitysCentralBankAndMinistryAreNames() {
    List<String> names = names("The Danish central bank will keep its discount rate at seven pct, dealers said. A Swedish"
        + " finance ministry spokesman said the budget would be cut. Reuter");
    assertTrue(names.contains("Danish central bank"), names.toString());
    assertTrue(names.contains("Swedish finance ministry"), names.toString());
  }

  @Test
  void aCitysStockExchangeAndAPlacesMinistryOfTwoFieldsAreNames() {
    List<String> names = names("Lyon stock exchange president Pierre Garnier said turnover would rise. The talks will"
        + " center on prices, Ecuador's ministry of energy and mines said. Reuter");
    assertTrue(names.contains("Lyon stock exchange"), names.toString());
    assertTrue(names.contains("Pierre Garnier"), names.toString());
    assertTrue(names.contains("Ecuador's ministry of energy and mines"), names.toString());
  }

  @Test
  void withoutItsStateALowerCaseInstitutionOnlyDescribes() {
    List<String> names = names("A Japanese bank said it would open a branch in Sydney. The finance ministry said"
        + " the stock exchange would close early on Friday. Reuter");
    assertFalse(names.stream().anyMatch(n -> n.toLowerCase().contains("japanese bank")), names.toString());
    assertFalse(names.stream().anyMatch(n -> n.equalsIgnoreCase("finance ministry")), names.toString());
    assertFalse(names.stream().anyMatch(n -> n.equalsIgnoreCase("stock exchange")), names.toString());
  }
}
