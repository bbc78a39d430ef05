package org.hindsight.extract.actor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Partnerships named after two founders ("Phillips and Drew", "Wagner and Brown", "Fulbright and
 * Jaworski"), which NER tags as two people: four of Reuters dev's missed actors. With a firm written
 * before them, or "of"/"at" after someone who works there, the two surnames are one firm's name;
 * two people anywhere else, and two firms that are names of their own, stay two. The wire also
 * writes partnerships with commas ("Kidder, Peabody and Co Inc", "Loewen, Ondaatje, McCutcheon and
 * Co Ltd", "W.I. Carr, Sons and Co"), which came out as two or three actors: three of Reuters dev9's
 * missed actors. Sentences written for this test in the style of Reuters copy.
 */
class PartnershipNamesTest {

  private static List<String> names(String text) {
    return ResolvedNames.of("partnerships", text, "1987-03-26T12:00:00Z");
  }

  @Test
  void twoSurnamesAfterAFirmNounOrItsStaffAreOneFirm() {
    List<String> names = names("Gilts will rally further, said Alan Webb, economist at stockbrokers Hallett and Crane."
        + " Property group Norland, controlled by privately-held Baxter and Lowe, said it would sell its shares."
        + " Economist Joan Pryce of Simmons and Walker expects sterling to firm. Reuter");
    assertTrue(names.contains("Hallett and Crane"), names.toString());
    assertTrue(names.contains("Baxter and Lowe"), names.toString());
    assertTrue(names.contains("Simmons and Walker"), names.toString());
    assertFalse(names.contains("Hallett") || names.contains("Crane") || names.contains("Lowe") || names.contains("Walker"),
        names.toString());
  }

  @Test
  void twoPeopleOrTwoBanksStayTwo() {
    List<String> names = names("Talks between Reagan and Gorbachev will resume next week, officials said."
        + " Economists at Chase and Citibank said rates would rise. Reuter");
    assertFalse(names.stream().anyMatch(n -> n.contains(" and ")), names.toString());
  }

  @Test
  void commaSeparatedPartnersBeforeAndCoAreOneFirm() {
    List<String> names = names("The notes will be lead managed by Hollis, Brandt and Co Inc, with Ferrand, Olney, Pask and"
        + " Co Ltd and J.R. Tolley, Sons and Co as co-managers, the company said."
        + " Dealers at Hobbs, Vail and Co said the issue would sell well. Reuter");
    assertTrue(names.contains("Hollis, Brandt and Co Inc"), names.toString());
    assertTrue(names.contains("Ferrand, Olney, Pask and Co Ltd"), names.toString());
    assertTrue(names.contains("J.R. Tolley, Sons and Co"), names.toString());
    assertTrue(names.contains("Hobbs, Vail and Co"), names.toString());
    assertFalse(names.contains("Hollis") || names.contains("Olney") || names.contains("Sons and Co"), names.toString());
  }

  @Test
  void aListOfFirmsEachWithItsOwnFormStaysAList() {
    List<String> names = names("Chrysler, Ford Motor Co and General Motors Corp will raise prices next month, analysts said. Reuter");
    assertTrue(names.contains("Chrysler"), names.toString());
    assertFalse(names.stream().anyMatch(n -> n.contains(",")), names.toString());
  }

  @Test
  void aCompleteBankNameBeforeAndIsAFirmOfItsOwn() {
    // Reuters dev10 (10333): NER ran two managing banks together, or "Pacific Gas and Electric"'s rule joined them
    List<String> names = names("The facility was arranged by Tokai Bank and Mitsui Trust and Banking Co Ltd, which will"
        + " underwrite half each. Lead managers are Westpac Banking Corp and Banque Nationale de Paris, the company said."
        + " Pacific Gas and Electric Co said it would sell bonds, and J. Henry Schroeder Bank and Trust Co will manage"
        + " the issue. Reuter");
    assertTrue(names.contains("Tokai Bank"), names.toString());
    assertTrue(names.contains("Mitsui Trust and Banking Co Ltd"), names.toString());
    assertTrue(names.contains("Westpac Banking Corp"), names.toString());
    assertTrue(names.contains("Banque Nationale de Paris"), names.toString());
    assertTrue(names.contains("Pacific Gas and Electric Co"), names.toString());
    assertTrue(names.contains("J. Henry Schroeder Bank and Trust Co"), names.toString());
  }

  @Test
  void aNationalityAndANameEndingInALegalFormAreOneFirm() {
    // Reuters dev10 (10748): NER tagged "British" apart and the firm lost it
    List<String> names = names("Scottish and Northern Shipping Co Plc said it would reorganise its commercial operations. Reuter");
    assertTrue(names.contains("Scottish and Northern Shipping Co Plc"), names.toString());
  }
}
