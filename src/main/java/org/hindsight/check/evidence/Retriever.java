package org.hindsight.check.evidence;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hindsight.extract.actor.Actor;

/**
 * Finds the later sentences that may settle a prediction, by two channels over the index: items
 * (claims and predictions) of later articles sharing the event's words (stemmed as the index stems
 * them; the head word's inflections, synonyms, derivations and antonyms at a lower boost), and
 * items about the event's actors (canonical ids, so "the Kremlin" meets "Russia"), ranked by the
 * same words. Each hit becomes the sentence holding it, with its best rank in each channel.
 *
 * <p>Thread-safe when its collaborators are (the index and lexicon are).
 */
public final class Retriever {

  /** The share of its weight a unit word ("dlrs", "mln", "pct") keeps as a search boost. */
  static final float UNIT_BOOST = 0.3f;

  private final EvidenceIndex index;
  private final Lexicon lexicon;
  private final Affiliations affiliations = Affiliations.bundled();
  private final int perChannel;
  private final Instant until;

  /**
   * @param perChannel items taken from each channel
   * @param asOf the last day whose articles count
   */
  public Retriever(EvidenceIndex index, Lexicon lexicon, int perChannel, LocalDate asOf) {
    this.index = Objects.requireNonNull(index, "index");
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.perChannel = perChannel;
    this.until = asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
  }

  /**
   * The prediction as read ({@code query}; null when no article can be later than it) and the
   * sentences found for it, in the order first found (words channel first), with the best rank each
   * got in each channel (absent when that channel did not find it). Immutable.
   */
  public record Found(EventQuery query, Map<String, LaterSentence> sentences, Map<String, Integer> wordRank, Map<String, Integer> actorRank) {
    public Found {
      sentences = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sentences));
      wordRank = Map.copyOf(wordRank);
      actorRank = Map.copyOf(actorRank);
    }

    static final Found NONE = new Found(null, Map.of(), Map.of(), Map.of());
  }

  /** The event query of a prediction (its article's actor mentions mark which words are names). */
  public EventQuery query(IndexedPrediction p, ArticleView own) {
    double max = index.maxIdf();
    return EventQuery.of(
        p.prediction(),
        own,
        lexicon,
        w -> {
          List<String> stems = index.stems(w);
          return stems.isEmpty() ? 0 : Math.min(1.0, index.idf(stems.get(0)) / max);
        });
  }

  /**
   * Later sentences for a prediction: of articles published after it and no later than the as-of
   * date, outside its own article.
   *
   * @param onlyArticles when not null, only sentences of these articles
   */
  public Found find(IndexedPrediction p, Collection<String> onlyArticles) throws IOException {
    Instant after = p.article().published();
    if (after == null || !until.isAfter(after)) {
      return Found.NONE;
    }
    ArticleView own = index.article(p.article().id());
    EventQuery q = query(p, own);
    Map<String, Float> stems = stems(q);
    List<EvidenceIndex.ItemHit> byWords = index.items(stems, Set.of(), after, until, p.article().id(), onlyArticles, perChannel);
    // an event that names no actor is looked for among the items about its story's lead actors
    Set<String> actors = q.actors().isEmpty() ? q.leadActors() : q.actors();
    Set<String> names = nameStems(own, actors);
    List<EvidenceIndex.ItemHit> byActors =
        actors.isEmpty() ? List.of() : index.items(stems, actors, names, after, until, p.article().id(), onlyArticles, perChannel);
    Map<String, LaterSentence> sentences = new LinkedHashMap<>();
    Map<String, Integer> wordRank = new HashMap<>();
    Map<String, Integer> actorRank = new HashMap<>();
    collect(byWords, sentences, wordRank);
    collect(byActors, sentences, actorRank);
    return new Found(q, sentences, wordRank, actorRank);
  }

  /**
   * Whether articles (new since the last check) could change this prediction's verdict: they are
   * published after it and either mention one of its actors or hold its event's head word (itself,
   * an inflection, synonym, derivation or antonym; for a prediction without one, its object words).
   * Evidence without the head word needs a close paraphrase and the prediction's actors, so this
   * misses little while sparing predictions no new article is about.
   */
  public boolean touchedBy(IndexedPrediction p, Collection<String> articles) throws IOException {
    Instant after = p.article().published();
    if (articles.isEmpty() || after == null) {
      return false;
    }
    EventQuery q = query(p, index.article(p.article().id()));
    if (!q.actors().isEmpty() && !index.items(Map.of(), q.actors(), after, until, p.article().id(), articles, 1).isEmpty()) {
      return true;
    }
    Map<String, Float> core = new LinkedHashMap<>();
    for (EventQuery.Term t : q.terms()) {
      boolean head = q.anchor() != null ? t == q.anchor() : t.role() == EventQuery.Role.OBJECT;
      if (!head) {
        continue;
      }
      Set<String> forms = new LinkedHashSet<>();
      forms.add(t.norm());
      for (String l : t.lemmas()) {
        forms.addAll(lexicon.inflections(l));
        forms.addAll(lexicon.synonyms(l));
        forms.addAll(lexicon.derivations(l));
        forms.addAll(lexicon.antonyms(l));
      }
      for (String f : forms) {
        for (String s : index.stems(f)) {
          core.put(s, 1f);
        }
      }
    }
    if (genericEvent(q)) {
      for (String v : lexicon.list("outcome_verbs")) {
        for (String s : index.stems(v)) {
          core.put(s, 1f);
        }
      }
    }
    return !core.isEmpty() && !index.items(core, Set.of(), after, until, p.article().id(), articles, 1).isEmpty();
  }

  /**
   * The distinctive words of these actors' names and aliases as the index stems them, for actors
   * the gazetteer does not know (their ids are made from one story's spelling, so another story
   * may give "Textron Inc" another id than "Textron"): capitalised words of three letters or more
   * that are no company suffix, rarer than {@link #NAME_MIN_RARITY}.
   */
  Set<String> nameStems(ArticleView own, Set<String> actors) {
    Set<String> out = new LinkedHashSet<>();
    if (own == null || actors.isEmpty()) {
      return out;
    }
    double max = index.maxIdf();
    for (Actor a : own.actors()) {
      if (!actors.contains(a.id()) || affiliations.known(a.id())) {
        continue;
      }
      List<String> names = new ArrayList<>(a.aliases());
      names.add(a.name());
      for (String name : names) {
        for (Token t : Token.tokenize(name, 0)) {
          String w = name.substring(t.start(), t.end());
          if (!t.word() || w.length() < 3 || !Character.isUpperCase(w.charAt(0)) || lexicon.in("company_suffixes", t.norm())
              || lexicon.in("stop_words", t.norm())) {
            continue;
          }
          for (String s : index.stems(w)) {
            if (index.idf(s) / max >= NAME_MIN_RARITY) {
              out.add(s);
            }
          }
        }
      }
    }
    return out;
  }

  /** How rare (idf share of the largest) a name word must be to stand for its actor. */
  static final double NAME_MIN_RARITY = 0.5;

  /** "Trump's reaction", "a decision": an event any act of its subject can be. */
  public boolean genericEvent(EventQuery q) {
    return q.anchor() != null && q.anchor().lemmas().stream().anyMatch(l -> lexicon.in("generic_event_nouns", l));
  }

  /**
   * The index terms to search for: each event word's stems, boosted by its weight; the head word's
   * synonyms and derivations at a lower boost.
   */
  public Map<String, Float> stems(EventQuery q) {
    Map<String, Float> out = new LinkedHashMap<>();
    if (genericEvent(q)) {
      // "Trump's reaction will follow": any reported act of the subject may be the event
      for (String v : lexicon.list("outcome_verbs")) {
        for (String f : lexicon.inflections(v)) {
          for (String s : index.stems(f)) {
            out.merge(s, 0.3f, Math::max);
          }
        }
      }
    }
    for (EventQuery.Term t : q.terms()) {
      // "dlrs", "mln", "pct" are in half the wire's sentences: they say little about which event
      float boost = (float) t.weight() * (lexicon.in("unit_words", t.norm()) ? UNIT_BOOST : 1f);
      for (String s : index.stems(t.norm())) {
        out.merge(s, boost, Math::max);
      }
      if (t.role() == EventQuery.Role.ANCHOR || t.role() == EventQuery.Role.OBJECT) {
        Set<String> forms = new LinkedHashSet<>();
        for (String l : t.lemmas()) {
          forms.addAll(lexicon.inflections(l));
        }
        for (String f : forms) {
          for (String s : index.stems(f)) {
            out.merge(s, (float) t.weight(), Math::max);
          }
        }
        Set<String> related = new LinkedHashSet<>();
        for (String l : t.lemmas()) {
          related.addAll(lexicon.derivations(l));
          if (t.role() == EventQuery.Role.ANCHOR) {
            related.addAll(lexicon.synonyms(l));
            related.addAll(lexicon.antonyms(l));
          }
        }
        for (String r : related) {
          for (String s : index.stems(r)) {
            out.merge(s, (float) (0.5 * t.weight()), Math::max);
          }
        }
      }
    }
    return out;
  }

  private void collect(List<EvidenceIndex.ItemHit> hits, Map<String, LaterSentence> sentences, Map<String, Integer> rank) throws IOException {
    for (EvidenceIndex.ItemHit h : hits) {
      ArticleView a = index.article(h.articleId());
      if (a == null) {
        continue;
      }
      LaterSentence s = a.sentenceAt(h.start());
      if (s == null) {
        continue;
      }
      sentences.putIfAbsent(s.key(), s);
      rank.merge(s.key(), h.rank(), Math::min);
    }
  }
}
