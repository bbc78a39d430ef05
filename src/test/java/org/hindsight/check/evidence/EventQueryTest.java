package org.hindsight.check.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hindsight.article.Span;
import org.hindsight.check.CheckFixtures;
import org.hindsight.extract.Cue;
import org.hindsight.extract.Holder;
import org.hindsight.extract.Polarity;
import org.hindsight.extract.Prediction;
import org.hindsight.extract.actor.Actor;
import org.hindsight.extract.actor.ActorMention;
import org.junit.jupiter.api.Test;

/**
 * What a prediction of wire copy is about: the company that spoke when "it" will act, the head word
 * past a time phrase or a copula, and the actors a story opens with when the event names none.
 * WordNet only.
 */
class EventQueryTest {

  private static final Lexicon LEX = Lexicon.bundled();

  /** An article whose text is {@code lead} then {@code sentence}; the prediction is {@code key} inside {@code sentence}. */
  private static EventQuery read(String lead, String sentence, String key, String cue, Map<String, String> actors, String holder) {
    String text = lead.isEmpty() ? sentence : lead + "\n\n" + sentence;
    int at = text.indexOf(key);
    int c = text.indexOf(cue, at);
    List<Actor> actorList = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    actors.forEach((name, id) -> {
      List<ActorMention> m = new ArrayList<>();
      for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        m.add(new ActorMention(name, new Span(i, i + name.length()), "NAME"));
        if (i >= at && i < at + key.length() && !ids.contains(id)) {
          ids.add(id);
        }
      }
      actorList.add(new Actor(id, name, "ORGANIZATION", List.of(), m));
    });
    Holder h = holder == null ? Holder.author(null) : Holder.actor(holder, actors.get(holder));
    Prediction p = new Prediction("a:p0", key, new Span(at, at + key.length()), h, ids, List.of(new Cue(cue, new Span(c, c + cue.length()))),
        0.7, "LIKELY", Polarity.POSITIVE, null, null);
    ArticleView a = new ArticleView(CheckFixtures.ref("a", LocalDate.of(1987, 3, 27)), text, actorList, List.of(), List.of(p));
    return EventQuery.of(p, a, LEX, w -> 0.6);
  }

  @Test
  void theCompanyThatSpokeIsTheSubjectOfIt() {
    String s = "CSR Ltd said it expected to make an announcement next week which would have a significant impact.";
    EventQuery q = read("", s, s, "expected to", Map.of("CSR Ltd", "org/csr-ltd"), "CSR Ltd");
    assertEquals("org/csr-ltd", q.subjectActor());
    assertTrue(q.actors().contains("org/csr-ltd"), q.actors().toString());
    assertEquals("announcement", q.anchor().norm(), "not the time phrase after it");
  }

  @Test
  void aBelieverIsNotTheSubject() {
    // the company expects, the dollar rises
    String s = "Baring Brothers said it expects the dollar to rise to 140 yen.";
    EventQuery q = read("", s, s, "expects", Map.of("Baring Brothers", "org/baring"), "Baring Brothers");
    assertEquals(null, q.subjectActor());
    // a person's "they" is someone else
    String t = "Kenji Mori said they will deliver a quarter-point cut.";
    Map<String, String> mori = Map.of("Kenji Mori", "person/kenji-mori");
    assertEquals(null, read("", t, t, "will", mori, "Kenji Mori").subjectActor());
  }

  @Test
  void aCopulaHandsOnToItsNoun() {
    String s = "Japan is completing procedures and is expected to become an importing member in three to four months.";
    EventQuery q = read("", s, "is expected to become an importing member in three to four months", "is expected to", Map.of("Japan", "country/japan"), null);
    assertEquals("member", q.anchor().norm());
  }

  @Test
  void anEventWithoutActorsIsLookedForAmongTheLeadActors() {
    String lead = "Transworld Liquidating Trust said it will distribute proceeds from the sale of Hilton International to UAL Inc.";
    String s = "The deal is expected to close March 31.";
    EventQuery q = read(lead, s, s, "is expected to", Map.of("Transworld Liquidating Trust", "org/transworld", "UAL Inc", "org/ual"), null);
    assertTrue(q.actors().isEmpty());
    assertEquals(Set.of("org/transworld", "org/ual"), q.leadActors());
    EventQuery own = read(lead, s, s, "is expected to", Map.of("Transworld Liquidating Trust", "org/transworld", "UAL Inc", "org/ual", "deal", "org/deal"), null);
    assertTrue(own.leadActors().isEmpty(), "an event with actors of its own looks for those");
  }

  @Test
  void whoSaysItIsNoPartOfTheEventEvenWithoutThat() {
    // wire copy drops the "that": "dealers" and "said" must not become words the event is matched on
    String s = "Money market dealers said the Bundesbank would cut its discount rate next week.";
    EventQuery q = read("", s, s, "would", Map.of("Bundesbank", "org/bundesbank"), null);
    assertEquals("cut", q.anchor().norm());
    assertTrue(q.terms().stream().noneMatch(t -> t.norm().equals("dealers") || t.norm().equals("money")), q.terms().toString());
    assertTrue(q.terms().stream().anyMatch(t -> t.norm().equals("discount")), q.terms().toString());
  }

  @Test
  void aHolderNamedBeforeTheCueIsNoPartOfTheEvent() {
    // in the manner of a Reuters dev story: no speech verb, the holder ("economists", no actor) is
    // the cue's subject; the settling story reports the injection, not the economists
    String s = "Federal funds were trading at 6-3/16 pct and most economists expect an indirect injection of temporary reserves.";
    EventQuery q = read("", s, s, "expect", Map.of(), "most economists");
    assertEquals("injection", q.anchor().norm());
    assertTrue(q.terms().stream().noneMatch(t -> t.norm().equals("economists")), q.terms().toString());
    assertTrue(q.terms().stream().anyMatch(t -> t.norm().equals("reserves")), q.terms().toString());
    assertTrue(q.terms().stream().anyMatch(t -> t.norm().equals("funds")), "the rest of the clause stays: " + q.terms());
  }

  @Test
  void whoIsReportedToActIsTheSubjectNotTheSpeakerOrHisTitle() {
    // real wire copy: the senator's title names the Senate and Reagan follows "said", yet the
    // event ("may win his latest veto battle") is Reagan's
    String s = "Senate majority leader Robert Byrd said President Reagan may win his latest veto battle with Congress.";
    Map<String, String> who = Map.of("Senate", "org/us-senate", "Robert Byrd", "person/robert-byrd", "President Reagan", "person/reagan",
        "Congress", "org/congress");
    EventQuery q = read("", s, s, "may", who, "Robert Byrd");
    assertEquals("person/reagan", q.subjectActor());
    assertTrue(q.actors().contains("person/reagan"), q.actors().toString());
    assertTrue(!q.actors().contains("person/robert-byrd"), "the speaker is no part of the event: " + q.actors());
    // named after the verb and followed by no verb of his own, he still speaks
    String t = "The ministry will cut the rate next week, said Peter Witte, director of the bank.";
    EventQuery w = read("", t, t, "will", Map.of("Peter Witte", "person/peter-witte", "ministry", "org/ministry"), null);
    assertEquals("org/ministry", w.subjectActor());
  }

  @Test
  void aTimePhraseInsideTheNounPhraseModifiesItsHead() {
    // before: the head was the word before the time phrase ("first"), not the thing forecast
    String s = "Mr. Okafor expects 2.5 pct first quarter growth in the harbour economy.";
    assertEquals("growth", read("", s, s, "expects", Map.of(), null).anchor().norm());
    String t = "Analysts see full year earnings at around 90 mln dlrs for the port.";
    assertEquals("earnings", read("", t, t, "see", Map.of(), null).anchor().norm());
  }

  @Test
  void reportingResultsHandsOnToWhatIsReported() {
    String s = "The port company is expected to report a net profit of around 60 mln dlrs tomorrow.";
    assertEquals("profit", read("", s, s, "is expected to", Map.of(), null).anchor().norm());
  }

  @Test
  void anActiveExpectHandsOnToItsInfinitiveNotItsSubject() {
    // "dealers expected the loan to be priced": the pricing, not the dealers (only a passive
    // "is expected" with no "to" after it makes the subject the event)
    String s = "Dealers expected the harbour loan to be priced at 101.00 pct.";
    assertEquals("priced", read("", s, s, "expected", Map.of(), null).anchor().norm());
    String t = "Mr. Okafor expects the ratio between toll and ferry revenues to narrow.";
    assertEquals("narrow", read("", t, t, "expects", Map.of(), null).anchor().norm());
    String u = "Delegates and traders said they expected the manager, Mr. Plambeck, to intervene within three weeks.";
    assertEquals("intervene", read("", u, u, "expected", Map.of(), null).anchor().norm());
  }

  @Test
  void aGenericVerbAfterExpectHandsBackToTheExpectedThingNotTheSpeakers() {
    // "delegates said they expected X to come": what comes is X, not the delegates
    String s = "Delegates said they expected the new buffer stock rules to come early next week.";
    assertEquals("rules", read("", s, s, "expected", Map.of(), null).anchor().norm());
    // "come into force", "go into effect": the force is the event
    String t = "Delegates said they expected them to come into force early next week.";
    assertEquals("force", read("", t, t, "expected", Map.of(), null).anchor().norm());
    String u = "The new tariff is expected to go into effect on April 17.";
    assertEquals("effect", read("", u, u, "is expected to", Map.of(), null).anchor().norm());
  }
}
