package org.hindsight.check.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hindsight.extract.Claim;
import org.hindsight.extract.ExtractionJson;
import org.hindsight.extract.Prediction;
import org.hindsight.extract.actor.Actor;
import org.hindsight.index.Schema;

/**
 * What both {@link EvidenceIndex} backends do alike with what they read: items rebuilt from their
 * stored extraction JSON, an article's documents gathered into an {@link ArticleView}, the order
 * of predictions and of candidate hits, and the index's English analysis of query words.
 * Stateless (the analyzer is thread-safe).
 */
final class StoredItems {

  private static final Analyzer ANALYZER = new Schema().analyzer();

  private StoredItems() {}

  static List<String> stems(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = ANALYZER.tokenStream(Schema.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static IndexedPrediction prediction(String json, ArticleRef article, String status) {
    return new IndexedPrediction(ExtractionJson.predictionFrom(parse(json)), article, status);
  }

  /** Orders predictions by publication (undated last), article id, place in the article, id. */
  static void order(List<IndexedPrediction> predictions) {
    predictions.sort(Comparator.comparing((IndexedPrediction p) -> p.article().published(), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(p -> p.article().id())
        .thenComparingInt(p -> p.prediction().span().begin())
        .thenComparing(p -> p.prediction().id()));
  }

  /** Gathers an article's documents (kind and stored JSON each); null without its article document. */
  static final class Gathered {
    private final List<Actor> actors = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<Prediction> predictions = new ArrayList<>();
    private String articleJson;

    /** Takes one document; returns whether it is the article's own (its reference is the caller's). */
    boolean add(String kind, String json) {
      if (kind == null || json == null) {
        return false;
      }
      switch (kind) {
        case Schema.KIND_ARTICLE -> {
          articleJson = json;
          return true;
        }
        case Schema.KIND_ACTOR -> actors.add(ExtractionJson.actorFrom(parse(json)));
        case Schema.KIND_CLAIM -> claims.add(ExtractionJson.claimFrom(parse(json)));
        case Schema.KIND_PREDICTION -> predictions.add(ExtractionJson.predictionFrom(parse(json)));
        default -> {}
      }
      return false;
    }

    ArticleView view(ArticleRef ref) {
      String text = parse(articleJson).path("text").asText("");
      return new ArticleView(ref, text, actors, claims, predictions);
    }
  }

  /** Articles kept parsed in memory, the least recently used dropped first. Thread-safe. */
  static final class ArticleCache {
    /** Articles kept (each is parsed from JSON once while it stays). */
    static final int SIZE = 4096;

    /** Loads an article by id (null: no such article). */
    interface Loader {
      ArticleView load(String id) throws IOException;
    }

    private final Map<String, ArticleView> articles =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, ArticleView> e) {
            return size() > SIZE;
          }
        };

    ArticleView get(String id, Loader loader) throws IOException {
      synchronized (articles) {
        ArticleView v = articles.get(id);
        if (v != null) {
          return v;
        }
      }
      ArticleView v = loader.load(id);
      if (v != null) {
        synchronized (articles) {
          articles.put(id, v);
        }
      }
      return v;
    }
  }

  /**
   * The best {@code limit} hits, best score first and ties by item id, ranked 1, 2, …: {@code all}
   * must hold every hit tied with the last one kept.
   */
  static List<EvidenceIndex.ItemHit> cut(List<EvidenceIndex.ItemHit> all, int limit) {
    List<EvidenceIndex.ItemHit> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparingDouble((EvidenceIndex.ItemHit h) -> -h.score()).thenComparing(EvidenceIndex.ItemHit::itemId));
    List<EvidenceIndex.ItemHit> out = new ArrayList<>();
    for (EvidenceIndex.ItemHit h : sorted.subList(0, Math.min(limit, sorted.size()))) {
      out.add(new EvidenceIndex.ItemHit(h.itemId(), h.articleId(), h.kind(), h.start(), h.end(), out.size() + 1, h.score()));
    }
    return out;
  }

  static JsonNode parse(String json) {
    try {
      return ExtractionJson.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
