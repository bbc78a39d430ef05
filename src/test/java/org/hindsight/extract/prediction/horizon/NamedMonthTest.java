package org.hindsight.extract.prediction.horizon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.hindsight.extract.Horizon;
import org.junit.jupiter.api.Test;

/**
 * A month SUTime left to us: its next occurrence, except the month just gone by, which wire copy
 * names for what already happened ("the preceding offer in late February", written on 26 March,
 * had put the Italian Treasury's new offer in February 1988). Publication: Thursday 26 March 1987.
 */
class NamedMonthTest {

  private static final LocalDate PUB = LocalDate.of(1987, 3, 26);

  @Test
  void theMonthJustGoneByIsNoHorizon() {
    assertNull(HorizonResolver.namedMonth("at a rate unchanged on that of the preceding offer in late February", PUB));
    assertNull(HorizonResolver.namedMonth("the talks it held in February", PUB));
  }

  @Test
  void aLaterMonthIsTheComingOne() {
    Horizon h = HorizonResolver.namedMonth("the plant will open in mid-October", PUB);
    assertEquals(LocalDate.of(1987, 10, 10), h.start());
    assertEquals(LocalDate.of(1987, 10, 20), h.end());
    Horizon april = HorizonResolver.namedMonth("the new issue will be priced in early April", PUB);
    assertEquals(LocalDate.of(1987, 4, 10), april.end());
  }

  @Test
  void aMonthLongerGoneIsNextYears() {
    Horizon h = HorizonResolver.namedMonth("the contract will be renewed in January", PUB);
    assertEquals(LocalDate.of(1988, 1, 31), h.end());
  }

  @Test
  void thisMonthStaysThisMonth() {
    Horizon h = HorizonResolver.namedMonth("a decision is expected in late March", PUB);
    assertEquals(LocalDate.of(1987, 3, 31), h.end());
  }
}
