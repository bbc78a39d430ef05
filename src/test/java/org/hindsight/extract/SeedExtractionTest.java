package org.hindsight.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.hindsight.extract.actor.Actor;
import org.hindsight.extract.actor.ActorMention;
import org.hindsight.nlp.SharedPipeline;
import org.junit.jupiter.api.Test;

/** Every feature on the article that started it all. */
class SeedExtractionTest {

  private static final Extraction X =
      SharedPipeline.extractor().extract(SharedPipeline.pipeline().annotate(SharedPipeline.seed()));

  private static Actor actor(String name) {
    return X.actors().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow(
        () -> new AssertionError(name + " not among " + X.actors().stream().map(Actor::name).toList()));
  }

  private static List<String> mentions(Actor a) {
    return a.mentions().stream().map(ActorMention::text).toList();
  }

  private static Prediction prediction(String key) {
    return X.predictions().stream().filter(p -> p.text().contains(key)).findFirst().orElseThrow(
        () -> new AssertionError("no prediction holds '" + key + "': " + X.predictions().stream().map(Prediction::text).toList()));
  }

  @Test
  void misspeltEnvoyLandsOnWitkoff() {
    Actor w = actor("Steve Witkoff");
    assertEquals("person/steve-witkoff", w.id());
    List<String> m = mentions(w);
    assertTrue(m.contains("Steve Withoff") || m.stream().anyMatch(x -> x.endsWith("Steve Withoff")), m.toString());
    assertTrue(m.stream().anyMatch(x -> x.equals("Withoff") || x.endsWith("envoy Withoff")), m.toString());
    assertTrue(m.contains("the envoy"), m.toString());
  }

  @Test
  void metonymsAndAdjectivesLandOnStates() {
    List<String> russia = mentions(actor("Russia"));
    assertTrue(russia.containsAll(List.of("the Kremlin", "Moscow", "Russian", "Russia")), russia.toString());
    List<String> us = mentions(actor("United States"));
    assertTrue(us.contains("the White House") && us.contains("America"), us.toString());
    assertTrue(us.stream().anyMatch(x -> x.equalsIgnoreCase("The US administration")), us.toString());
    assertTrue(mentions(actor("Ukraine")).contains("Ukrainian"));
    // "met in the Kremlin" is a place, still Russia
    assertTrue(actor("Russia").mentions().stream().anyMatch(m -> m.role().equals("PLACE")));
  }

  @Test
  void noJunkActors() {
    for (Actor a : X.actors()) {
      assertTrue(!List.of("War", "An", "Envoy", "President", "the hours", "and").contains(a.name()), a.name());
    }
    assertEquals(1, X.actors().stream().filter(a -> a.name().contains("Putin")).count());
  }

  @Test
  void hedgedPredictionsWithProbabilities() {
    Prediction might = prediction("Putin might make limited concessions");
    assertTrue(might.probability() >= 0.15 && might.probability() <= 0.55);
    assertTrue(might.actors().contains("person/vladimir-putin"));
    assertTrue(might.holder().isAuthor());
    Prediction truce = prediction("A likely compromise could be");
    assertTrue(truce.cues().stream().map(Cue::text).toList().containsAll(List.of("likely", "could")));
    assertTrue(truce.probability() > might.probability(), "likely + could is above might");
    Prediction will = prediction("Trump's reaction will follow in the coming days");
    assertTrue(will.probability() >= 0.75);
    assertNotNull(will.horizon());
    assertTrue(will.horizon().end().isAfter(LocalDate.of(2025, 8, 6)));
    Prediction guarantees = prediction("there are no guarantees that sanctions alone can end the war");
    assertTrue(guarantees.probability() < 0.5);
    Prediction nominal = prediction("possible introduction of new sanctions");
    assertTrue(nominal.actors().containsAll(List.of("person/donald-trump", "country/russia")), nominal.actors().toString());
    Prediction hours = prediction("may announce decisions in the hours following the meeting");
    assertEquals(LocalDate.of(2025, 8, 8), hours.horizon().end());
    assertTrue(hours.actors().contains("person/donald-trump"), "shares the subject of its conjunct");
    assertTrue(hours.holder().isAuthor(), "Trump is what it is about, not who predicts it: " + hours.holder());
  }

  @Test
  void questionsAndPastAreNotPredictions() {
    for (Prediction p : X.predictions()) {
      assertTrue(!p.text().contains("whether sanctions will actually hit"), p.text());
      assertTrue(!p.text().contains("visit to Moscow was delayed"), p.text());
    }
    assertNull(
        X.predictions().stream().filter(p -> p.text().contains("lacked the previously seen")).findFirst().orElse(null));
  }

  @Test
  void claimsCarryHoldersAndHedges() {
    Claim waned =
        X.claims().stream().filter(c -> c.text().contains("seems to have waned")).findFirst().orElseThrow();
    assertTrue(waned.cues().stream().anyMatch(c -> c.text().equals("seems")));
    assertNotNull(waned.probability());
    assertTrue(waned.holder().isAuthor());
    assertTrue(X.claims().stream().anyMatch(c -> c.text().contains("Trump continues to threaten new sanctions")));
  }

  @Test
  void offsetsPointIntoTheArticleText() {
    String text = X.article().text();
    for (Prediction p : X.predictions()) {
      assertEquals(p.text(), p.span().of(text));
      p.cues().forEach(c -> assertEquals(c.text(), c.span().of(text)));
    }
    for (Claim c : X.claims()) {
      assertEquals(c.text(), c.span().of(text));
    }
    for (Actor a : X.actors()) {
      a.mentions().forEach(m -> assertEquals(m.text(), m.span().of(text)));
    }
  }
}
