package org.hindsight.check.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Forecast figures against reported ones, on Reuters dev sentences. */
class FiguresTest {

  @Test
  void readsFiguresWithUnitsAndScales() {
    List<Figures.Figure> f = Figures.read("This takes the Bank's total assistance so far today to 928 mln stg and compares with its forecast shortage");
    assertEquals(1, f.size());
    assertEquals(928e6, f.get(0).value(), 1);
    assertEquals("stg", f.get(0).unit());
    assertEquals(7.75, Figures.read("its intervention rate, which has stood at 7 3/4 pct").get(0).value(), 1e-9);
    assertEquals(7.75, Figures.read("left its intervention rate unchanged at 7-3/4 pct").get(0).value(), 1e-9);
    assertEquals(List.of(), Figures.read("the 1.2.3 billion and 2,300-mile-long waterway"), "no unit, no figure; nothing throws");
  }

  @Test
  void aForecastRangeAcceptsWhatFallsInIt() {
    Figures.Forecast range = Figures.forecast("is expected to report a net profit of around 600 mln to 620 mln dlrs tomorrow");
    assertEquals("dlrs", range.unit());
    assertEquals(Figures.Match.INSIDE, Figures.compare(range, "The group earlier reported its net earnings dropped to 603.0 mln dlrs in the first three quarters"));
    Figures.Forecast quoted = Figures.forecast("expected to produce an average yield of about 5.74/72 pct for the three-month");
    assertEquals(Figures.Match.INSIDE, Figures.compare(quoted, "its weekly auction of bills produced an average rate of 5.72 pct for the three-month"));
  }

  @Test
  void aRangeWrittenInWordsIsARange() {
    // Reuters dev 10464: the Fed arranged one billion dlrs, inside "one to two billion dlrs"
    Figures.Forecast words = Figures.forecast("the Fed would probably supply temporary reserves indirectly by arranging one to two billion dlrs of customer repurchase agreements");
    assertEquals(1e9, words.low(), 0.05e9);
    assertEquals(Figures.Match.INSIDE, Figures.compare(words, "The Federal Reserve entered the market to arrange one billion dlrs of customer repurchase agreements"));
    assertEquals(Figures.Match.OUTSIDE, Figures.compare(words, "The Fed arranged three billion dlrs of customer repurchase agreements"));
    Figures.Forecast mixed = Figures.forecast("it expects to sell two or three mln tonnes of sugar");
    assertEquals(2e6, mixed.low(), 0.1e6);
    assertEquals(3e6, mixed.high(), 0.1e6);
  }

  @Test
  void aPointForecastMissedByMoreThanATenthIsOutside() {
    Figures.Forecast point = Figures.forecast("industrial production is expected to rise 3.2 pct in March");
    assertEquals(Figures.Match.OUTSIDE, Figures.compare(point, "Japan's preliminary industrial production index rose 0.7 pct to a seasonally adjusted 122.8 in March"));
    assertEquals(Figures.Match.NONE, Figures.compare(point, "The ministry gave no figure."));
    assertNull(Figures.forecast("the Fed will probably intervene in the market"));
  }

  @Test
  void whereAChangeStartsIsNeitherForecastNorOutcome() {
    // Reuters, March 1987: the rate a cut would start from is not what the cut would bring
    assertNull(Figures.forecast("might herald a quarter percentage point cut in the central bank intervention rate from the 7-3/4 pct"));
    // the old prime rate in the report is not the rate that now holds
    Figures.Forecast remain = Figures.forecast("Most expect the prime lending rate at major banks to remain at 7-1/2 pct");
    assertEquals(Figures.Match.OUTSIDE, Figures.compare(remain, "Chemical Bank raised its prime rate to 8-3/4 pct from 7-1/2 pct, effective today"));
    assertEquals(Figures.Match.INSIDE, Figures.compare(remain, "Citibank kept its prime rate at 7-1/2 pct"));
    Figures.Forecast rise = Figures.forecast("the discount rate will rise to 6 pct from 5-1/2 pct");
    assertEquals(5.4, rise.low(), 1e-9);
    // the low end of a range is no starting point
    Figures.Forecast range = Figures.forecast("probably will continue in a range from 380 to 430 dlrs in the first half");
    assertEquals(Figures.Match.INSIDE, Figures.compare(range, "gold was fixed at 395 dlrs an ounce"));
    assertEquals(Figures.Match.OUTSIDE, Figures.compare(range, "gold was fixed this morning at 446.50 dlrs, up from 432.00 dlrs on Friday"));
  }

  @Test
  void aBoundOrALevelKeptIsReadAsItIsWritten() {
    // "fall short of the record 988.2 mln": anything under it; 820 mln is no miss
    Figures.Forecast under = Figures.forecast("net will fall short of the record 988.2 mln dlrs earned in 1985/86");
    assertEquals(Figures.Match.INSIDE, Figures.compare(under, "attributable group earnings dropped to 820.27 mln dlrs from 988.20 mln"));
    Figures.Forecast least = Figures.forecast("it would be likely to raise at least four billion guilders");
    assertEquals(Figures.Match.OUTSIDE, Figures.compare(least, "the ministry accepted bids totalling 3.25 billion guilders"));
    assertEquals(Figures.Match.INSIDE, Figures.compare(least, "the ministry accepted bids totalling 5.1 billion guilders"));
    // a rate that is to stay where it is: a quarter point is a change, not a tenth's tolerance
    Figures.Forecast kept = Figures.forecast("Most expect the prime lending rate to remain at 7-1/2 pct");
    assertEquals(Figures.Match.OUTSIDE, Figures.compare(kept, "major banks today announced prime rate increases to 7-3/4 pct"));
    assertEquals(Figures.Match.INSIDE, Figures.compare(kept, "Citibank kept its prime rate at 7-1/2 pct"));
  }

  @Test
  void readsTheDirectionOfAChange() {
    assertEquals(Figures.Direction.UP, Figures.direction("The yen could rise to 140 yen to the dollar"));
    assertEquals(Figures.Direction.DOWN, Figures.direction("The dollar fell as low as 142.90 yen"));
    assertEquals(Figures.Direction.FLAT, Figures.direction("The Bank of France said it left its intervention rate unchanged"));
  }
}
