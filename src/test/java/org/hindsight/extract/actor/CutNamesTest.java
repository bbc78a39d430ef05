package org.hindsight.extract.actor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names NER cut in two, or wrote with the wire's spacing. Kinds found among Reuters dev's missed
 * actors ("Pier 1 Imports Inc" as "Pier" and "Imports Inc", "Reynolds and Reynolds Co" as two,
 * "Office of Management and Budget" as "Office of Management", "Security Pacific  Corp" with two
 * spaces, which matches no one's name; "(Brian) Mulroney", "Reuters the National Association of
 * …", "International Monetary Fund/World Bank"): a number between two organisations' words, a
 * one-word name joined by "and" to one that starts with it, "and" and an untagged noun after "of"
 * and one word, runs of spaces, the wire's brackets in a person's name, the news agency told before
 * a name, two known names joined by a slash; and an abbreviated given name before a firm ("Fried.
 * Krupp GmbH", twice among Reuters dev9's missed actors), which the tokenizer read as a sentence of
 * its own; and a demonym after a prefix in one hyphenated word ("Inter-American"), which was read as
 * the United States. Sentences written for this test in the style of Reuters copy.
 */
class CutNamesTest {

  private static List<String> names(String text) {
    return ResolvedNames.of("cut-names", text, "1987-03-26T12:00:00Z");
  }

  @Test
  void aNumberBetweenTwoPartsOfAFirmIsInItsName() {
    List<String> names = names("Harbor 2 Outfitters Inc said it would open 40 new stores this year. Harbor 2 said sales rose 12 pct. Reuter");
    assertTrue(names.contains("Harbor 2 Outfitters Inc"), names.toString());
    assertFalse(names.contains("Outfitters Inc"), names.toString());
  }

  @Test
  void aNameJoinedToOneThatStartsWithItIsOneFirm() {
    List<String> names = names("A federal court ruled against Baxter and Baxter Co <BXB> on Monday. Baxter and Baxter said it would appeal"
        + " the ruling. Reuter");
    assertTrue(names.contains("Baxter and Baxter Co"), names.toString());
    assertFalse(names.contains("Baxter Co"), names.toString());
  }

  @Test
  void anUntaggedNounAfterOfAndAWordGoesOnTheName() {
    List<String> names = names("The director of the Office of Fisheries and Forests Anna Berg warned that cod quotas would fall. Reuter");
    assertTrue(names.contains("Office of Fisheries and Forests"), names.toString());
    assertTrue(names.contains("Anna Berg"), names.toString());
  }

  @Test
  void spacesInsideANameAreOneSpace() {
    List<String> names = names("The agency also downgraded Halvard Mutual Corp and Coastal Federal  Corp, citing weaker results. Reuter");
    assertTrue(names.contains("Coastal Federal Corp"), names.toString());
    assertTrue(names.contains("Halvard Mutual Corp"), names.toString());
  }

  @Test
  void bracketsAreNoPartOfAPersonsName() {
    List<String> names = names("The fishermen will ask Prime Minister (Brian) Mulroney to reopen the cod talks next month. Reuter");
    assertTrue(names.contains("Brian Mulroney"), names.toString());
  }

  @Test
  void theAgencyToldIsNoPartOfTheNameAfterIt() {
    List<String> names = names("The strike leader told Reuters the National Association of Harbour Pilots had called the stoppage. Reuter");
    assertTrue(names.contains("National Association of Harbour Pilots"), names.toString());
  }

  @Test
  void twoKnownInstitutionsJoinedByASlashAreTwo() {
    List<String> names = names("Delegates to the International Monetary Fund/World Bank meetings said debt would dominate the agenda. Reuter");
    assertTrue(names.contains("International Monetary Fund"), names.toString());
    assertTrue(names.contains("World Bank"), names.toString());
  }

  @Test
  void anAbbreviatedGivenNameStartsTheFirmsName() {
    List<String> names = names("Hedw. Marbach AG said its Marbach Anlagenbau GmbH unit won a 90 mln marks order from Malaysia."
        + " Dr. Rudolf Haas, the unit's chairman, said work would start in May. Reuter");
    assertTrue(names.contains("Hedw. Marbach AG"), names.toString());
    assertFalse(names.contains("Marbach AG"), names.toString());
    assertTrue(names.contains("Rudolf Haas"), names.toString());
  }

  @Test
  void aPrefixedDemonymIsNoStatesName() {
    // "Inter-American Development Bank" (Reuters dev 9673): "American" inside the hyphenated word
    // became a mention of the United States and cut the bank's name to "Development Bank"
    List<String> names = names("The Inter-American Development Bank ended its annual meeting in Miami without agreement."
        + " Anti-American protests followed, but the Pan-American Union said talks would go on. Reuter");
    assertTrue(names.contains("Inter-American Development Bank"), names.toString());
    assertFalse(names.contains("United States"), names.toString());
  }
}
