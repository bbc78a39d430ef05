package org.hindsight.extract.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hindsight.article.Article;
import org.hindsight.extract.actor.gazetteer.Gazetteer;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.SharedPipeline;
import org.junit.jupiter.api.Test;

/**
 * Actors of 1987 wire copy, from NER, titles and coreference, with or without the gazetteer: people
 * and firms of any decade and country, the wire's conventions (tickers, brackets, units) and
 * descriptions that refer back. Sentences written for this test in the style of Reuters copy.
 */
class WireActorsTest {

  /** Short stories, each an article of its own, as the wire files them. */
  private static final List<String> STORIES =
      List.of(
          "Bundesbank President Karl Otto Poehl said the central bank saw no need to cut interest rates."
              + " Poehl told reporters that money supply growth was within target. Reuter",
          "Cocoa arrivals at Bahia ports rose to 155,000 bags last week, the trade house Comissaria Smith said in"
              + " its weekly review. Comissaria Smith said the temporao crop would be late. Reuter",
          "OPEC President Rilwanu Lukman said the group would hold output at 15.8 mln bpd. Lukman said prices"
              + " should stay near 18 dlrs a barrel. Reuter",
          "<Canamax Resources Inc> and <Pacific Trans-Ocean Resources Ltd> said they approved production at the"
              + " Ketza River mine. Canamax and Pacific Trans-Ocean said the project would yield a 40 pct return.",
          "Norsk Hydro A/S <NHY.OL> will share the licence with <Deminex> unit Deminex (Norge) A/S.\n\n"
              + "Norway's Oil and Energy Ministry proposed the shares. The ministry gave the companies 10 days to"
              + " accept them.",
          "Pennzoil Co said it remained willing to settle with Texaco Inc. Pennzoil said its reserves fell. The"
              + " Houston-based company said it would drill in the Gulf of Mexico.",
          "CrossLand Savings FSB acquired the bank with the help of the Federal Savings and Loan Insurance Corp."
              + " CrossLand and the FSLIC signed an assistance agreement.",
          "The Senate Republican leader said the chamber would vote on the trade bill next week. Reuter");

  private static final String MARCH_1987 = "1987-03-26T12:00:00Z";
  private static final List<Actor> ACTORS = resolveAll(Gazetteer.bundled(), MARCH_1987);

  private static List<Actor> resolveAll(Gazetteer gazetteer, String published) {
    List<Actor> out = new java.util.ArrayList<>();
    for (String story : STORIES) {
      out.addAll(resolve(gazetteer, story, published));
    }
    return out;
  }

  private static List<Actor> resolve(Gazetteer gazetteer, String text, String published) {
    Article a = new Article("wire-actors", "Test", "Reuters", null, Instant.parse(published), null, "en", text,
        "test/wire-actors.txt");
    AnnotatedDocument doc = SharedPipeline.pipeline().annotate(a);
    List<Actor> actors = new ActorResolver(gazetteer).resolve(doc);
    for (Actor x : actors) {
      for (ActorMention m : x.mentions()) {
        assertEquals(text.substring(m.span().begin(), m.span().end()), m.text(), "a mention is its span of the text");
      }
    }
    return actors;
  }

  private static Actor actor(List<Actor> actors, String name) {
    return actors.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow(
        () -> new AssertionError(name + " not among " + actors.stream().map(Actor::name).toList()));
  }

  private static List<String> mentions(Actor a) {
    return a.mentions().stream().map(ActorMention::text).toList();
  }

  @Test
  void peopleOfAnyDecadeAndCountryAreFoundWithTheirTitlesAndShortNames() {
    assertTrue(mentions(actor(ACTORS, "Karl Otto Poehl")).containsAll(List.of("Bundesbank President Karl Otto Poehl", "Poehl")));
    assertTrue(mentions(actor(ACTORS, "Rilwanu Lukman")).contains("Lukman"));
    assertEquals(2, actor(ACTORS, "Comissaria Smith").mentions().stream().filter(m -> m.role().equals("NAME")).count());
  }

  @Test
  void theWiresConventionsAreNoActors() {
    for (Actor a : ACTORS) {
      assertFalse(Set.of("reuter", "dlrs", "pct", "bpd", "mln").contains(a.name().toLowerCase()), a.name());
      assertFalse(a.name().contains("<") || a.name().contains(">"), a.name());
    }
  }

  @Test
  void companiesKeepTheirLegalFormsAndStaySeparate() {
    actor(ACTORS, "Norsk Hydro A/S");
    actor(ACTORS, "Deminex");
    actor(ACTORS, "Deminex (Norge) A/S");
    assertTrue(mentions(actor(ACTORS, "Canamax Resources Inc")).contains("Canamax"));
    assertTrue(mentions(actor(ACTORS, "Pacific Trans-Ocean Resources Ltd")).contains("Pacific Trans-Ocean"));
    assertTrue(ACTORS.stream().noneMatch(a -> a.name().contains(" and Pacific")));
  }

  @Test
  void descriptionsAndAcronymsReferBackToTheirNames() {
    assertTrue(mentions(actor(ACTORS, "Oil and Energy Ministry")).contains("The ministry"));
    assertTrue(mentions(actor(ACTORS, "Pennzoil Co")).contains("The Houston-based company"));
    assertTrue(mentions(actor(ACTORS, "Federal Savings and Loan Insurance Corp")).contains("the FSLIC"));
    assertTrue(mentions(actor(ACTORS, "CrossLand Savings FSB")).contains("CrossLand"));
  }

  @Test
  void aTitleResolvesToTodaysHolderOnlyInTodaysCopy() {
    assertTrue(ACTORS.stream().noneMatch(a -> a.id().equals("person/john-thune")), "1987: not the 2025 leader");
    List<Actor> now = resolve(Gazetteer.bundled(), STORIES.get(STORIES.size() - 1), "2025-08-06T12:00:00Z");
    assertTrue(now.stream().anyMatch(a -> a.id().equals("person/john-thune")));
  }

  @Test
  void aTitleSeveralActorsShareIsTheArticlesOwnWhenNoContextDecides() {
    // "the central bank" is the ECB's, the Fed's, the Bank of England's …: in a story about a bank
    // the gazetteer does not know it was the first of them (the ECB, in 1987 copy)
    List<Actor> actors = resolve(Gazetteer.bundled(), "The Bank of Thailand plans to issue its first bond, bankers said."
        + " The central bank has previously issued only Finance Ministry bonds.", MARCH_1987);
    assertTrue(mentions(actor(actors, "Bank of Thailand")).contains("The central bank"), actors.toString());
    assertTrue(actors.stream().noneMatch(a -> a.id() != null && a.id().equals("org/ecb")), actors.toString());
  }

  @Test
  void theBourseAndTheFirstOfTwoSurnamesReferBack() {
    List<Actor> actors = resolve(Gazetteer.bundled(), "The Lisbon Stock Exchange said it will open a second trading floor."
        + " The bourse expects volume to double this year. Finance Minister Miguel Cadilhe Soares said the plan"
        + " was sound. Cadilhe added that taxes on share deals would be cut.", MARCH_1987);
    assertTrue(mentions(actor(actors, "Lisbon Stock Exchange")).contains("The bourse"), actors.toString());
    assertTrue(mentions(actor(actors, "Miguel Cadilhe Soares")).contains("Cadilhe"), actors.toString());
  }

  @Test
  void theGazetteerHelpsButIsNotRequired(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.json"), "{\"version\": \"2025.11-0\", \"actors\": [], \"ambiguous\": []}");
    List<Actor> bare = resolveAll(Gazetteer.load(empty), MARCH_1987);
    for (String name : List.of("Karl Otto Poehl", "Comissaria Smith", "Rilwanu Lukman", "Canamax Resources Inc",
        "Norsk Hydro A/S", "Oil and Energy Ministry", "Federal Savings and Loan Insurance Corp")) {
      actor(bare, name);
    }
  }

  @Test
  void aTerritoryActsLikeAState() {
    // Hong Kong, Bermuda, the Netherlands Antilles: no sovereign states, but governments, markets
    // and tax regimes of their own in wire copy; NER tags them as places
    List<Actor> actors = resolve(Gazetteer.bundled(), "The Hong Kong government said it will sell the site next month."
        + " Hong Kong exports rose 12 pct in February. Reuter", MARCH_1987);
    assertTrue(mentions(actor(actors, "Hong Kong")).contains("The Hong Kong government"), actors.toString());
    List<Actor> antilles = resolve(Gazetteer.bundled(), "Its Netherlands Antilles unit will issue 100 mln dlrs of bonds."
        + " Bermuda said it would not tax the insurers. Reuter", MARCH_1987);
    assertEquals("country/netherlands-antilles", actor(antilles, "Netherlands Antilles").id());
    assertEquals("country/bermuda", actor(antilles, "Bermuda").id());
  }

  @Test
  void aFirmWhoseNameEndsInApostropheSKeepsIt() {
    // "Standard and Poor's said": no possessive, since nothing it could own follows
    List<Actor> actors = resolve(Gazetteer.bundled(), "The notes were rated AA-minus by Standard and Poor's, while"
        + " the bonds were not rated. The Council of Lloyd's will meet next week to review Lloyd's rules. Reuter", MARCH_1987);
    actor(actors, "Standard and Poor's");
    actor(actors, "Council of Lloyd's");
    assertTrue(actors.stream().noneMatch(a -> a.name().equals("Standard and Poor")), actors.toString());
    // a possessive before what it owns stays out of the name
    List<Actor> owners = resolve(Gazetteer.bundled(), "Norland Steel Corp's chairman said Norland Steel Corp's sales"
        + " would rise. Reuter", MARCH_1987);
    actor(owners, "Norland Steel Corp");
  }

  @Test
  void aFirmWhoseNameHoldsAndIsOneFirm() {
    // NER tags "Pacific Gas" and "Electric Co" as two organisations; the legal form ends one name
    List<Actor> actors = resolve(Gazetteer.bundled(), "Western Gas and Electric Co said the new rates could cost its"
        + " customers as much as 85 mln dlrs a year by 1990. Western Gas said it would appeal.", MARCH_1987);
    actor(actors, "Western Gas and Electric Co");
    assertTrue(actors.stream().noneMatch(a -> a.name().equals("Electric Co")), actors.toString());
  }


  @Test
  void aStatesInstitutionIsNamedWithItsState() {
    // NER leaves the nationality out of "Turkish Foreign Ministry": every country's ministry was one
    // actor "Foreign Ministry"; a later bare "the Foreign Ministry" is the one the story named
    List<Actor> actors = resolve(Gazetteer.bundled(), "The Portuguese Foreign Ministry said the survey vessel"
        + " would stay in national waters. A Portuguese Petroleum Corp official said drilling would resume in May."
        + " The Foreign Ministry added that talks with Madrid were possible. Reuter", MARCH_1987);
    Actor ministry = actor(actors, "Portuguese Foreign Ministry");
    assertTrue(mentions(ministry).contains("The Foreign Ministry"), mentions(ministry).toString());
    actor(actors, "Portuguese Petroleum Corp");
    assertTrue(actors.stream().noneMatch(a -> a.name().equals("Foreign Ministry") || a.name().equals("Petroleum Corp")),
        actors.toString());
  }

  @Test
  void anotherStatesInstitutionIsNotTheOneNamedBefore() {
    // the bare "the Foreign Ministry" joined the Portuguese one, and through that mention's words a
    // later "Spain's Foreign Ministry" joined it too
    List<Actor> actors = resolve(Gazetteer.bundled(), "The Portuguese Foreign Ministry said the survey vessel"
        + " would stay in national waters. The Foreign Ministry added that talks with Madrid were possible."
        + " Spain's Foreign Ministry said it would send a note of protest on Monday."
        + " Portugal's Foreign Ministry said it had not received one. Reuter", MARCH_1987);
    Actor portuguese = actor(actors, "Portuguese Foreign Ministry");
    assertTrue(mentions(portuguese).contains("The Foreign Ministry"), mentions(portuguese).toString());
    assertTrue(mentions(portuguese).stream().noneMatch(m -> m.contains("Spain")), mentions(portuguese).toString());
    assertTrue(mentions(portuguese).stream().anyMatch(m -> m.contains("Portugal's")), "the same state by its name: " + mentions(portuguese));
  }

  @Test
  void twoInstitutionsTheGazetteerKnowsAreTwoActors() {
    // NER runs "the Bundesbank and Bank of Japan" into one organisation; the gazetteer knows each half
    List<Actor> actors = resolve(Gazetteer.bundled(), "Dealers said the Bundesbank and Bank of Japan bought dollars"
        + " in early trading to steady the currency. Reuter", MARCH_1987);
    actor(actors, "Bundesbank");
    actor(actors, "Bank of Japan");
    assertTrue(actors.stream().noneMatch(a -> a.name().contains(" and ")), actors.toString());
  }

}
