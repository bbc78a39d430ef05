package org.hindsight.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hindsight.article.Article;
import org.hindsight.extract.Claim;
import org.hindsight.extract.Extraction;
import org.hindsight.extract.ExtractionJson;
import org.hindsight.extract.Prediction;
import org.hindsight.extract.actor.Actor;

/**
 * An extraction with its contract JSON written once, for the content hash and the stored fields
 * alike, and back: what an index stores of an article ({@link StoredDoc}s) rebuilt into one
 * ({@link Rebuilt}). The content hash is SHA-256 (first 128 bits, hex) of the contract JSON (the
 * article, actors, claims and predictions objects in order), so that re-extracting an unchanged
 * article with an unchanged extractor yields the same hash. {@link Documents} makes the index
 * documents of one. Immutable.
 */
public record Serialized(
    Extraction extraction,
    String articleJson,
    List<String> actorJson,
    List<String> claimJson,
    List<String> predictionJson,
    String hash) {

  public String articleId() {
    return extraction.article().id();
  }

  /** The content hash of an extraction (see the class comment). */
  public static String contentHash(Extraction x) {
    return of(x).hash();
  }

  /** Writes the JSON of every part of {@code x} and hashes it. */
  public static Serialized of(Extraction x) {
    String article = ExtractionJson.article(x.article()).toString();
    List<String> actors = x.actors().stream().map(a -> ExtractionJson.actor(a).toString()).toList();
    List<String> claims = x.claims().stream().map(c -> ExtractionJson.claim(c).toString()).toList();
    List<String> predictions = x.predictions().stream().map(p -> ExtractionJson.prediction(p).toString()).toList();
    StringBuilder all = new StringBuilder(article.length() * 3).append("article\n").append(article);
    all.append("\nactors");
    actors.forEach(j -> all.append('\n').append(j));
    all.append("\nclaims");
    claims.forEach(j -> all.append('\n').append(j));
    all.append("\npredictions");
    predictions.forEach(j -> all.append('\n').append(j));
    return new Serialized(x, article, actors, claims, predictions, sha(all.toString()));
  }

  /** One stored document of an article as a backend gives it back; null fields it does not have. */
  public record StoredDoc(int position, String kind, String id, String json, String hash, String status) {}

  /**
   * An article rebuilt from its stored documents: its extraction serialized again, the content
   * hash its article document carries, and the status of each prediction. Immutable.
   */
  public record Rebuilt(Serialized serialized, String storedHash, Map<String, String> statuses) {

    /** Whether the stored JSON still hashes to what ingest wrote (else the article must be re-ingested). */
    public boolean intact() {
      return serialized.hash().equals(storedHash);
    }

    /**
     * Refuses an article whose stored JSON no longer hashes to what ingest wrote.
     *
     * @param where the index or collection, for the message
     */
    public void requireIntact(String where) {
      if (!intact()) {
        throw new IllegalStateException(
            where + ": article " + serialized.articleId() + ": its stored JSON does not rebuild to its content hash; re-ingest it");
      }
    }

    /**
     * The prediction statuses with {@code updates} applied to the predictions the article has, and
     * how many of them changed.
     */
    public Restated restated(Map<String, String> updates) {
      Map<String, String> out = new HashMap<>(statuses);
      int changed = 0;
      for (Map.Entry<String, String> u : updates.entrySet()) {
        if (out.containsKey(u.getKey()) && !u.getValue().equals(out.put(u.getKey(), u.getValue()))) {
          changed++;
        }
      }
      return new Restated(out, changed);
    }
  }

  /** An article's prediction statuses after an update, and how many changed. */
  public record Restated(Map<String, String> statuses, int changed) {}

  /**
   * Rebuilds one article from its stored documents (in any order: {@link StoredDoc#position}
   * decides), or null when they hold no article document.
   */
  public static Rebuilt rebuild(List<StoredDoc> docs) {
    List<StoredDoc> ordered = new ArrayList<>(docs);
    ordered.sort(Comparator.comparingInt(StoredDoc::position));
    Article article = null;
    String hash = null;
    List<Actor> actors = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    List<Prediction> predictions = new ArrayList<>();
    Map<String, String> statuses = new LinkedHashMap<>();
    for (StoredDoc d : ordered) {
      JsonNode n;
      try {
        n = ExtractionJson.MAPPER.readTree(d.json());
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("stored JSON of " + d.kind() + " " + d.id() + " is not JSON: " + e.getOriginalMessage(), e);
      }
      switch (d.kind()) {
        case Schema.KIND_ARTICLE -> {
          article = ExtractionJson.articleFrom(n);
          hash = d.hash();
        }
        case Schema.KIND_ACTOR -> actors.add(ExtractionJson.actorFrom(n));
        case Schema.KIND_CLAIM -> claims.add(ExtractionJson.claimFrom(n));
        case Schema.KIND_PREDICTION -> {
          predictions.add(ExtractionJson.predictionFrom(n));
          statuses.put(d.id(), d.status());
        }
        default -> {}
      }
    }
    if (article == null) {
      return null;
    }
    return new Rebuilt(of(new Extraction(article, actors, claims, predictions)), hash, statuses);
  }

  /** SHA-256 of a string, its first 128 bits in hex. */
  static String sha(String s) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] d = sha.digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this JVM", e);
    }
  }
}
