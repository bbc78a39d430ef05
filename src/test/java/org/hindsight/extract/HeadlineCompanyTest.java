package org.hindsight.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.hindsight.extract.actor.Actor;
import org.junit.jupiter.api.Test;

/**
 * Companies named like people ("P.H. Glatfelter" in Reuters dev10, 9388): NER reads the initials and
 * surname as a person, so "the company said" and "it said" found nobody and the company's forecasts
 * were held by the words "company" or by the wire. The headline writes the company's legal form or
 * ticker after the name: then it is a company. A person the headline names without one stays a
 * person. Stories written for this test in the style of 1987 wire copy.
 */
class HeadlineCompanyTest {

  @Test
  void aNameTheHeadlineGivesALegalFormIsACompany() {
    Extraction x = WrittenStory.extract("headline-company", "H.R. Blakemore Co <Hrb> Raises Dividend", "Reuters",
        Instant.parse("1987-03-25T12:00:00Z"),
        "H.R. Blakemore said its board raised its quarterly dividend to 14 cts per share from 12 cts.\n\n"
            + "The company said it has no present plans to issue any of the shares it may repurchase.");
    Actor a = x.actors().stream().filter(y -> y.name().equals("H.R. Blakemore")).findFirst().orElseThrow();
    assertEquals("ORGANIZATION", a.type());
    assertEquals("H.R. Blakemore", WrittenStory.holderOf(x, "it has no present plans to issue any of the shares"));
  }

  @Test
  void aPersonTheHeadlineNamesStaysAPerson() {
    Extraction x = WrittenStory.extract("headline-person", "Paul Ostrander Says Rates Will Fall", "Reuters",
        Instant.parse("1987-03-25T12:00:00Z"),
        "Paul Ostrander, chief economist at a Chicago bank, said interest rates will probably fall by the summer.");
    Actor a = x.actors().stream().filter(y -> y.name().equals("Paul Ostrander")).findFirst().orElseThrow();
    assertEquals("PERSON", a.type());
  }
}
