package org.hindsight.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hindsight.article.Article;
import org.hindsight.article.Span;
import org.hindsight.extract.Claim;
import org.hindsight.extract.Cue;
import org.hindsight.extract.Extraction;
import org.hindsight.extract.Holder;
import org.hindsight.extract.Horizon;
import org.hindsight.extract.Polarity;
import org.hindsight.extract.Prediction;
import org.hindsight.extract.actor.Actor;
import org.hindsight.extract.actor.ActorMention;

/**
 * Small hand-built extractions (records' constructors, no NLP) for the index tests.
 *
 * <ul>
 *   <li>{@code a1} Reuters, 2025-08-06: Putin (alias "Putin"), Russia (aliases "the Kremlin",
 *       "Moscow"), Jerome Powell (alias "Powell"); prediction p0 "Putin might make limited
 *       concessions…" (author, 0.325 UNLIKELY, no deadline), p1 "inflation could ease next year"
 *       (held by Powell, deadline 2026-12-31); claim c0 "sanctions will not work" (held by the
 *       Kremlin, about Russia).
 *   <li>{@code a2} BBC, 2024-03-10: Vladimir Putin (no alias: only the full name), Ukraine;
 *       prediction p0 "Vladimir Putin is likely to visit Ukraine" (0.675 LIKELY, deadline
 *       2024-04-01, passed); claim c0 about Ukraine by "Ukrainian officials".
 *   <li>{@code a3} undated, no source: one hedged claim about Russia (0.9).
 * </ul>
 */
public final class Fixtures {

  static final String PUTIN = "person/vladimir-putin";
  static final String RUSSIA = "country/russia";
  static final String POWELL = "person/jerome-powell";
  static final String UKRAINE = "country/ukraine";

  private Fixtures() {}

  public static List<Extraction> all() {
    return List.of(a1(), a2(), a3());
  }

  /** Writes {@link #all()} into an embedded index at {@code dir} and closes it. */
  public static void indexAll(Path dir) throws IOException {
    try (Indexer indexer = Indexer.open(dir, Indexer.Config.DEFAULT)) {
      for (Extraction x : all()) {
        indexer.index(x);
      }
    }
  }

  static Extraction a1() {
    return a1("Putin might make limited concessions to buy more time before new sanctions");
  }

  /** {@code a1} with another first sentence (a changed article). */
  static Extraction a1(String first) {
    String s2 = "The Kremlin said sanctions will not work";
    String s3 = "Powell said inflation could ease next year";
    String text = first + ". " + s2 + ". " + s3 + ".";
    int b2 = text.indexOf(s2);
    int b3 = text.indexOf(s3);
    Article a = article("a1", "Envoy visits Kremlin", "Reuters", "2025-08-06T09:00:00Z", text);
    Actor putin = actor(PUTIN, "Vladimir Putin", "PERSON", List.of("Putin"), mention(text, "Putin"));
    Actor russia = actor(RUSSIA, "Russia", "COUNTRY", List.of("the Kremlin", "Moscow"), mention(text, "Kremlin"));
    Actor powell = actor(POWELL, "Jerome Powell", "PERSON", List.of("Powell"), mention(text, "Powell"));
    String p0 = first;
    String p1 = "inflation could ease next year";
    String c0 = "sanctions will not work";
    Prediction pred0 =
        new Prediction("a1:p0", p0, new Span(0, p0.length()), Holder.author(null), List.of(PUTIN),
            List.of(cue(text, first.contains("might") ? "might" : "may")), 0.325, "UNLIKELY", Polarity.POSITIVE, null, null);
    Prediction pred1 =
        new Prediction("a1:p1", p1, span(text, p1), Holder.actor("Powell", POWELL), List.of(),
            List.of(cue(text, "could")), 0.325, "UNLIKELY", Polarity.POSITIVE, null,
            new Horizon("next year", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")));
    Claim claim0 =
        new Claim("a1:c0", c0, span(text, c0), Holder.actor("The Kremlin", RUSSIA), List.of(RUSSIA),
            List.of(), null, Polarity.NEGATIVE);
    assert b2 > 0 && b3 > 0;
    return new Extraction(a, List.of(putin, russia, powell), List.of(claim0), List.of(pred0, pred1));
  }

  static Extraction a2() {
    String s1 = "Vladimir Putin is likely to visit Ukraine before April";
    String s2 = "Ukrainian officials say the bridges were destroyed";
    String text = s1 + ". " + s2 + ".";
    Article a = article("a2", "Visit expected", "BBC", "2024-03-10T12:00:00Z", text);
    Actor putin = actor(PUTIN, "Vladimir Putin", "PERSON", List.of(), mention(text, "Vladimir Putin"));
    Actor ukraine = actor(UKRAINE, "Ukraine", "COUNTRY", List.of("Ukrainian officials"), mention(text, "Ukraine"));
    Prediction p0 =
        new Prediction("a2:p0", s1, span(text, s1), Holder.author(null), List.of(PUTIN, UKRAINE),
            List.of(cue(text, "likely")), 0.675, "LIKELY", Polarity.POSITIVE, null,
            new Horizon("before April", LocalDate.parse("2024-03-10"), LocalDate.parse("2024-04-01")));
    Claim c0 =
        new Claim("a2:c0", s2, span(text, s2), Holder.actor("Ukrainian officials", UKRAINE), List.of(UKRAINE),
            List.of(), null, Polarity.POSITIVE);
    return new Extraction(a, List.of(putin, ukraine), List.of(c0), List.of(p0));
  }

  static Extraction a3() {
    String s1 = "Moscow almost certainly supplied the drones";
    Article a = new Article("a3", null, null, null, null, null, "en", s1 + ".", "a3.txt");
    Actor russia = actor(RUSSIA, "Russia", "COUNTRY", List.of("Moscow"), mention(s1, "Moscow"));
    Claim c0 =
        new Claim("a3:c0", s1, span(s1, s1), Holder.author(null), List.of(RUSSIA),
            List.of(cue(s1, "almost certainly")), 0.9, Polarity.POSITIVE);
    return new Extraction(a, List.of(russia), List.of(c0), List.of());
  }

  /** An extraction with {@code n} claims, for bulk tests. */
  static Extraction bulk(String id, int n) {
    StringBuilder text = new StringBuilder();
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String s = "Claim number " + i + " about the budget";
      int b = text.length();
      text.append(s).append(". ");
      claims.add(new Claim(id + ":c" + i, s, new Span(b, b + s.length()), Holder.author(null), List.of(), List.of(), null, Polarity.POSITIVE));
    }
    Article a = article(id, "Bulk " + id, "Wire", "2025-01-01T00:00:00Z", text.toString());
    return new Extraction(a, List.of(), claims, List.of());
  }

  static Article article(String id, String title, String source, String published, String text) {
    return new Article(id, title, source, null, Instant.parse(published), "https://example.org/" + id, "en", text, id + ".txt");
  }

  static Actor actor(String id, String name, String type, List<String> aliases, ActorMention m) {
    return new Actor(id, name, type, aliases, List.of(m));
  }

  static ActorMention mention(String text, String what) {
    return new ActorMention(what, span(text, what), "NAME");
  }

  static Cue cue(String text, String what) {
    return new Cue(what, span(text, what));
  }

  static Span span(String text, String what) {
    int b = text.indexOf(what);
    if (b < 0) {
      throw new IllegalArgumentException("'" + what + "' not in '" + text + "'");
    }
    return new Span(b, b + what.length());
  }
}
