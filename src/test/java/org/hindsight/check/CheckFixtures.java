package org.hindsight.check;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hindsight.article.Span;
import org.hindsight.check.evidence.ArticleRef;
import org.hindsight.check.evidence.ArticleView;
import org.hindsight.check.evidence.IndexedPrediction;
import org.hindsight.extract.Claim;
import org.hindsight.extract.Cue;
import org.hindsight.extract.Holder;
import org.hindsight.extract.Horizon;
import org.hindsight.extract.Polarity;
import org.hindsight.extract.Prediction;
import org.hindsight.extract.actor.Actor;
import org.hindsight.extract.actor.ActorMention;

/** Hand-made predictions and later sentences for unit tests: no index, no NLP pipeline. */
public final class CheckFixtures {

  private CheckFixtures() {}

  public static final LocalDate DAY = LocalDate.of(2025, 7, 1);

  /**
   * A one-sentence article holding a prediction: the whole text, with the cue phrases found in it
   * and the actors named by {@code actors} (name → id, every occurrence a mention).
   */
  public static ArticleView predictionArticle(String text, List<String> cues, Polarity polarity, Map<String, String> actors) {
    List<Cue> cueList = new ArrayList<>();
    for (String c : cues) {
      int at = text.indexOf(c);
      if (at < 0) {
        throw new IllegalArgumentException("cue '" + c + "' not in: " + text);
      }
      cueList.add(new Cue(c, new Span(at, at + c.length())));
    }
    Prediction p =
        new Prediction(
            "a:p0", text, new Span(0, text.length()), Holder.author(null), List.copyOf(actors.values()), cueList,
            polarity == Polarity.POSITIVE ? 0.6 : 0.2, "LIKELY", polarity, null, null);
    return new ArticleView(ref("a", DAY), text, actorList(text, actors), List.of(), List.of(p));
  }

  /** A later article of one sentence (one unhedged claim covering it). */
  public static ArticleView later(String id, LocalDate day, String text, Map<String, String> actors) {
    Claim c = new Claim(id + ":c0", text, new Span(0, text.length()), Holder.author(null), List.copyOf(actors.values()), List.of(), null, Polarity.POSITIVE);
    return new ArticleView(ref(id, day), text, actorList(text, actors), List.of(c), List.of());
  }

  public static ArticleRef ref(String id, LocalDate day) {
    return new ArticleRef(id, "Title " + id, "https://example.org/" + id, day.atStartOfDay(ZoneOffset.UTC).toInstant(), "Test Wire");
  }

  public static IndexedPrediction indexed(ArticleView a, Horizon horizon) {
    Prediction p = a.predictions().get(0);
    Prediction withHorizon =
        new Prediction(p.id(), p.text(), p.span(), p.holder(), p.actors(), p.cues(), p.probability(), p.level(), p.polarity(), p.condition(), horizon);
    return new IndexedPrediction(withHorizon, a.ref(), "OPEN");
  }

  private static List<Actor> actorList(String text, Map<String, String> actors) {
    List<Actor> out = new ArrayList<>();
    for (Map.Entry<String, String> e : actors.entrySet()) {
      List<ActorMention> mentions = new ArrayList<>();
      for (int at = text.indexOf(e.getKey()); at >= 0; at = text.indexOf(e.getKey(), at + 1)) {
        mentions.add(new ActorMention(e.getKey(), new Span(at, at + e.getKey().length()), "NAME"));
      }
      out.add(new Actor(e.getValue(), e.getKey(), e.getValue().startsWith("person/") ? "PERSON" : "ORGANIZATION", List.of(), mentions));
    }
    return out;
  }

  public static Instant instant(LocalDate d) {
    return d.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
