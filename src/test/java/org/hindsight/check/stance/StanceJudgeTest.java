package org.hindsight.check.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hindsight.check.CheckFixtures;
import org.hindsight.check.evidence.ArticleView;
import org.hindsight.check.evidence.EventQuery;
import org.hindsight.check.evidence.LaterSentence;
import org.hindsight.check.evidence.Lexicon;
import org.hindsight.extract.Polarity;
import org.junit.jupiter.api.Test;

/**
 * Stance on hand-made sentence pairs: outcomes support, negations and antonyms refute, later
 * forecasts say nothing, and in a contest another actor's win refutes. WordNet only (no index, no
 * pipeline, no embeddings).
 */
class StanceJudgeTest {

  private static final Lexicon LEX = Lexicon.bundled();
  private static final StanceJudge JUDGE = new StanceJudge(LEX);
  private static final LocalDate LATER = LocalDate.of(2025, 7, 20);

  private static Judgement judge(String prediction, List<String> cues, String later) {
    return judge(prediction, cues, Polarity.POSITIVE, later, Map.of(), Map.of());
  }

  private static Judgement judge(
      String prediction, List<String> cues, Polarity polarity, String later, Map<String, String> predActors, Map<String, String> laterActors) {
    return judge(prediction, cues, polarity, later, predActors, laterActors, LATER);
  }

  private static Judgement judge(
      String prediction, List<String> cues, Polarity polarity, String later, Map<String, String> predActors, Map<String, String> laterActors,
      LocalDate published) {
    ArticleView p = CheckFixtures.predictionArticle(prediction, cues, polarity, predActors);
    EventQuery q = EventQuery.of(p.predictions().get(0), p, LEX, w -> 0.6);
    LaterSentence s = CheckFixtures.later("b", published, later, laterActors).sentences().get(0);
    return JUDGE.judge(q, s);
  }

  @Test
  void aReportedOutcomeSupports() {
    Judgement j = judge("The Fed could cut rates in September.", List.of("could"), "The Fed cut interest rates by a quarter point on Wednesday.");
    assertEquals(Stance.SUPPORTS, j.stance(), j.reason());
    assertTrue(j.anchorFound());
  }

  @Test
  void negationRefutes() {
    assertEquals(Stance.REFUTES, judge("Putin might make limited concessions.", List.of("might"), "Putin made no concessions.").stance());
    assertEquals(
        Stance.REFUTES,
        judge("Witkoff is expected to travel to Doha later this week.", List.of("is expected to"), "Witkoff did not travel to Qatar or Doha.").stance());
    assertEquals(
        Stance.REFUTES,
        judge("A ceasefire could be agreed by the end of the week.", List.of("could"), "The talks ended the week without agreeing a ceasefire.").stance());
    assertEquals(
        Stance.REFUTES,
        judge("Inflation will peak at about 4 percent in September.", List.of("will"), "The predicted 4 percent peak did not come.").stance());
  }

  @Test
  void antonymRefutes() {
    Judgement kept =
        judge("The council could cut rates at its October meeting.", List.of("could"), "The council kept rates unchanged at its October meeting.");
    assertEquals(Stance.REFUTES, kept.stance(), kept.reason());
    assertTrue(kept.contrary());
    assertEquals(
        Stance.REFUTES,
        judge("The tariff truce is set to expire on August 12.", List.of("is set to"), "The president signed an order extending the tariff truce by 90 days.").stance());
  }

  @Test
  void aNounElsewhereIsNoContrary() {
    // "cut" as a noun far from the event ("a risk-management cut") is not the opposite of holding a news conference
    Judgement j =
        judge(
            "The chair is set to hold a news conference after the meeting.",
            List.of("is set to"),
            "The chair told a news conference after the meeting that the move was a risk-management cut.");
    assertEquals(Stance.SUPPORTS, j.stance(), j.reason());
  }

  @Test
  void aLaterForecastIsNoOutcome() {
    assertEquals(
        Stance.UNRELATED,
        judge("The Fed will cut rates in September.", List.of("will"), "The Fed is widely expected to cut rates by a quarter point on Wednesday.").stance());
    assertEquals(
        Stance.UNRELATED,
        judge("Officials will cut rates twice more this year.", List.of("will"), "The median official now pencils in two more cuts before the end of the year.").stance());
    assertEquals(
        Stance.UNRELATED,
        judge("New sanctions could come this autumn.", List.of("could"), "Analysts said new sanctions could still come this autumn.").stance());
    Judgement restated = judge("Reeves will deliver her Budget on November 26.", List.of("will"), "Reeves, who will deliver her Budget on November 26, said the figures were welcome.");
    assertEquals(Stance.UNRELATED, restated.stance(), restated.reason());
  }

  @Test
  void aFailedForecastRefutes() {
    Judgement j =
        judge(
            "Inflation will peak at about 4 percent in September.",
            List.of("will"),
            "Inflation held at 3.8 percent in September, confounding the forecast that it would peak at about 4 percent.");
    assertEquals(Stance.REFUTES, j.stance(), j.reason());
  }

  @Test
  void anotherActorWinningRefutesAndTheActorWinningConfirms() {
    Map<String, String> both = Map.of("Nawrocki", "person/karol-nawrocki", "Trzaskowski", "person/rafal-trzaskowski");
    String prediction = "Nawrocki could pull off an upset against Trzaskowski in the runoff on Sunday.";
    Judgement lost =
        judge(prediction, List.of("could"), Polarity.POSITIVE, "Trzaskowski won the runoff, defeating Nawrocki by a narrow margin.", both, both);
    assertEquals(Stance.REFUTES, lost.stance(), lost.reason());
    Judgement won =
        judge(prediction, List.of("could"), Polarity.POSITIVE, "Nawrocki won the runoff, defeating Trzaskowski in an upset.", both, both);
    assertEquals(Stance.SUPPORTS, won.stance(), won.reason());
  }

  @Test
  void aVetoOverriddenIsAVetoBattleLost() {
    // Reuters, March-April 1987: "Reagan may win his latest veto battle"; the Senate overrode the veto
    Map<String, String> both = Map.of("Reagan", "person/reagan", "Senate", "org/us-senate");
    String prediction = "Reagan may win his latest veto battle with the Senate over the highway bill.";
    Judgement lost = judge(prediction, List.of("may"), Polarity.POSITIVE,
        "The Senate overrode President Reagan's veto of the highway funding bill, 67-33.", both, both);
    assertEquals(Stance.REFUTES, lost.stance(), lost.reason());
    assertEquals(Stance.REFUTES, lost.contest(), lost.reason());
  }

  @Test
  void aPlanReportedCalledOffRefutes() {
    // Reuters, March 1987: a cancelled plan is reported, not forecast
    String prediction = "CSR could float its Delhi Petroleum unit this year.";
    Judgement dropped = judge(prediction, List.of("could"), "CSR said it had dropped plans to float its Delhi oil and gas interests.");
    assertEquals(Stance.REFUTES, dropped.stance(), dropped.reason());
    Judgement notNow = judge(prediction, List.of("could"), "The previously announced float of part of its Delhi interest will not now proceed, CSR said.");
    assertEquals(Stance.REFUTES, notNow.stance(), notNow.reason());
    // a plan still to come is no outcome
    Judgement plans = judge(prediction, List.of("could"), "CSR said it plans to float its Delhi interests next month.");
    assertEquals(Stance.UNRELATED, plans.stance(), plans.reason());
    Judgement mayDrop = judge(prediction, List.of("could"), "CSR said it may drop plans to float its Delhi interests.");
    assertEquals(Stance.UNRELATED, mayDrop.stance(), mayDrop.reason());
  }

  @Test
  void aFailureToActRefutes() {
    Judgement j = judge("The Fed will add reserves in the market today.", List.of("will"),
        "The Fed's failure to add reserves in the market on Tuesday surprised some dealers.");
    assertEquals(Stance.REFUTES, j.stance(), j.reason());
  }

  @Test
  void whatAnAnnouncementWouldHeraldIsTheEvent() {
    Judgement j = judge("The announcement might herald a quarter point cut in the intervention rate.", List.of("might"),
        "The Bank of France said it left its intervention rate unchanged at 7-3/4 pct.");
    assertEquals(Stance.REFUTES, j.stance(), j.reason());
    assertTrue(j.contrary(), j.reason());
  }

  @Test
  void aDeniedEventThatHappenedRefutesTheDenial() {
    Judgement j =
        judge("I do not expect the coalition to collapse.", List.of("do not expect"), Polarity.NEGATIVE, "The coalition collapsed on Monday.", Map.of(), Map.of());
    assertEquals(Stance.REFUTES, j.stance(), j.reason());
    Judgement held =
        judge("I do not expect the coalition to collapse.", List.of("do not expect"), Polarity.NEGATIVE, "The coalition did not collapse.", Map.of(), Map.of());
    assertEquals(Stance.SUPPORTS, held.stance(), held.reason());
  }

  @Test
  void theEventDateComesFromTheSentence() {
    Judgement j =
        judge(
            "The bank is expected to keep rates on hold when it meets on September 18.",
            List.of("is expected to"),
            Polarity.POSITIVE,
            "The bank kept its key rate at 4 percent at its September 18 meeting.",
            Map.of(),
            Map.of(),
            LocalDate.of(2025, 10, 22));
    assertEquals(Stance.SUPPORTS, j.stance(), j.reason());
    assertEquals(LocalDate.of(2025, 9, 18), j.eventDate());
    Judgement sunday =
        judge("The result is expected on Sunday.", List.of("is expected"), Polarity.POSITIVE, "The result was announced on Sunday night.",
            Map.of(), Map.of(), LocalDate.of(2025, 6, 2));
    assertEquals(LocalDate.of(2025, 6, 1), sunday.eventDate(), "the last Sunday on or before publication (a Monday)");
    Judgement written =
        judge("The notes will be priced at par.", List.of("will"), Polarity.POSITIVE,
            "The notes were priced at par on May 30, 2024, the agent said.",
            Map.of(), Map.of(), LocalDate.of(2025, 6, 2));
    assertEquals(LocalDate.of(2024, 5, 30), written.eventDate(), "a day with its year is that day");
  }

  @Test
  void aPaymentOrRecordDateDoesNotDateTheEvent() {
    // the coupon's payment day dated the pricing, which then fell after the prediction's window and
    // ruled the confirming sentence out (a Reuters dev check: CCTs "were priced at 99.00 pct")
    Judgement payable =
        judge("The notes will be priced at par.", List.of("will"), Polarity.POSITIVE,
            "The notes were priced at par for a yield on the first coupon, payable April 1, 2026, of 5.1 percent.",
            Map.of(), Map.of(), LocalDate.of(2025, 6, 2));
    assertEquals(Stance.SUPPORTS, payable.stance(), payable.reason());
    assertEquals(null, payable.eventDate());
    Judgement ended =
        judge("The group will report higher quarterly profit.", List.of("will"), Polarity.POSITIVE,
            "The group reported higher profit for the quarter ended February 28.",
            Map.of(), Map.of(), LocalDate.of(2025, 3, 27));
    assertEquals(null, ended.eventDate(), "the end of the accounting period is not the day of the report");
  }

  @Test
  void anEventThatEndedOnADayIsDatedByIt() {
    // "ended" passed every date after it over, so the strike's own end went undated and the
    // publication day stood in; only a period's end ("the quarter ended") belongs to another event
    Judgement strike =
        judge("The dockers' strike will end soon.", List.of("will"), Polarity.POSITIVE,
            "The dockers' strike ended on March 30 after the union accepted the offer.",
            Map.of(), Map.of(), LocalDate.of(2025, 4, 6));
    assertEquals(LocalDate.of(2025, 3, 30), strike.eventDate(), strike.reason());
    Judgement dividend =
        judge("The company will pay a dividend.", List.of("will"), Polarity.POSITIVE,
            "The company said the dividend was paid April 1 to shareholders.",
            Map.of(), Map.of(), LocalDate.of(2025, 4, 6));
    assertEquals(LocalDate.of(2025, 4, 1), dividend.eventDate(), "a payment made on a day is the event");
    Judgement sixMonths =
        judge("The group will report higher profit.", List.of("will"), Polarity.POSITIVE,
            "The group reported higher profit for the six months ending March 31.",
            Map.of(), Map.of(), LocalDate.of(2025, 4, 28));
    assertEquals(null, sixMonths.eventDate(), "the end of a period is not the day of the report");
  }

  @Test
  void oddNumbersNextToAMagnitudeDoNotThrow() {
    // "1.2.3" tokenises as one number-like token; "billion" in the prediction compares magnitudes with it
    for (String later : List.of(
        "The company said it raised 1.2.3 billion dlrs in the offering.",
        "Reserves stood at 4..5 billion and 1.2.3.4 mln dlrs.",
        "The deficit was 12.0.1 billion, revised from 1.1.1.",
        "Sales reached \u0661\u0662 billion dlrs.")) {
      Judgement j = judge("The company expects to raise about 1.2 billion dlrs in the offering.", List.of("expects to"), later);
      assertTrue(j.coverage() >= 0, j.reason());
    }
  }

  @Test
  void aLaterExpectationAfterItsSubjectSaysNothing() {
    // the aligned word is the subject, the forecast frame comes after it: still a forecast
    Judgement j = judge("A definitive merger agreement is expected to be negotiated within six weeks.", List.of("is expected to"),
        "The company said negotiations are expected to be concluded in early June.");
    assertTrue(j.hedged(), j.reason());
    assertEquals(Stance.UNRELATED, j.stance(), j.reason());
  }
}
