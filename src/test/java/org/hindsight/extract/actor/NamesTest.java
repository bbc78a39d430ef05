package org.hindsight.extract.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hindsight.extract.actor.candidate.Abbreviation;
import org.hindsight.extract.actor.candidate.Names;
import org.junit.jupiter.api.Test;

/** How names are compared and abbreviated, on names from 1987 wire copy. No models needed. */
class NamesTest {

  @Test
  void theCoreOfANameHasNoLegalFormTickerOrPunctuation() {
    assertEquals(List.of("norsk", "hydro"), Names.core(List.of("Norsk", "Hydro", "A", "/", "S")));
    assertEquals(List.of("norske", "shell"), Names.core(List.of("A", "/", "S", "Norske", "Shell")));
    assertEquals(List.of("deminex", "norge"), Names.core(List.of("Deminex", "(", "Norge", ")", "A", "/", "S.")));
    assertEquals(List.of("texaco"), Names.core(List.of("Texaco", "Inc", "<TX.N>")));
    assertEquals(List.of("us", "senate"), Names.core(List.of("U.S.", "Senate")));
    assertTrue(Names.core(List.of("Inc")).isEmpty(), "a legal form alone names nothing");
  }

  @Test
  void tickersAndBracketedNamesAreTold() {
    assertTrue(Names.isTicker("<XON.N>"));
    assertTrue(Names.isTicker("<BOR>"));
    assertFalse(Names.isTicker("<Agip SpA>"));
    assertTrue(Names.isBracketedName("<Agip SpA>"));
    assertTrue(Names.isBracketedName("<Deminex>"));
    assertFalse(Names.isBracketedName("<STAT.OL>"));
  }

  @Test
  void wireUnitsAreNoNames() {
    for (String w : List.of("dlrs", "Dlr", "pct", "mln", "bpd", "Reuter", "stg", "cts")) {
      assertTrue(Names.isWireWord(w), w);
    }
    assertFalse(Names.isWireWord("Texaco"));
  }

  @Test
  void acronymsAbbreviateTheirNames() {
    assertTrue(Abbreviation.abbreviates("MITI", words("Ministry of International Trade and Industry")));
    assertTrue(Abbreviation.abbreviates("FSLIC", words("Federal Savings and Loan Insurance Corp")));
    assertTrue(Abbreviation.abbreviates("USDA", words("U.S. Department of Agriculture")));
    assertTrue(Abbreviation.abbreviates("ICCO", words("International Cocoa Organization")), "two letters of one word");
    assertTrue(Abbreviation.abbreviates("GATT", words("General Agreement on Tariffs and Trade")));
    assertTrue(Abbreviation.abbreviates("BWA", words("Borg-Warner (Australia) Ltd"), true));
    assertFalse(Abbreviation.abbreviates("BWA", words("Borg-Warner Corp"), true), "by initials, Borg-Warner Corp is BW");
    assertFalse(Abbreviation.abbreviates("IMF", words("World Bank")));
    assertFalse(Abbreviation.abbreviates("EC", words("Texaco Inc")));
  }

  @Test
  void theShortestEndingAnAcronymAbbreviatesIsItsExpansion() {
    assertEquals(3, Abbreviation.expansion("PSC", words("Year-on-year private sector credit")));
    assertEquals(0, Abbreviation.expansion("PSC", words("grew 31.07 pct in January")));
  }

  private static List<String> words(String name) {
    return Names.words(name);
  }
}
