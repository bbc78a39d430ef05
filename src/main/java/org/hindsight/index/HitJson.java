package org.hindsight.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The JSON Lines of {@code hindsight search --json} and {@code hindsight actors --json}: one
 * object per line, field names stable (documented in the CLI's SearchCommand and the README).
 * Built with Jackson's streaming generator, so the query side loads no object mapper. Stateless
 * and thread-safe.
 */
public final class HitJson {

  private static final JsonFactory JSON = new JsonFactory();

  private HitJson() {}

  /** One hit, {@code "type": "hit"}, ranked from 1. */
  public static String hit(Hit h, int rank) {
    return write(
        g -> {
          g.writeStringField("type", "hit");
          g.writeNumberField("rank", rank);
          if (h.score() == null) {
            g.writeNullField("score");
          } else {
            g.writeNumberField("score", h.score().floatValue());
          }
          g.writeStringField("kind", h.kind());
          g.writeStringField("id", h.id());
          g.writeStringField("article_id", h.articleId());
          g.writeStringField("text", h.text());
          g.writeStringField("highlight", h.highlight());
          if (h.holder() == null) {
            g.writeNullField("holder");
          } else {
            g.writeObjectFieldStart("holder");
            g.writeStringField("type", h.holder().type());
            g.writeStringField("name", h.holder().name());
            g.writeStringField("actor", h.holder().actor());
            g.writeEndObject();
          }
          g.writeArrayFieldStart("actors");
          for (Hit.ActorRef a : h.actors()) {
            g.writeStartObject();
            g.writeStringField("id", a.id());
            g.writeStringField("name", a.name());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeStringField("published", h.published() == null ? null : h.published().toString());
          g.writeStringField("source", h.source());
          g.writeStringField("title", h.title());
          g.writeStringField("url", h.url());
          if (h.probability() == null) {
            g.writeNullField("probability");
          } else {
            g.writeNumberField("probability", h.probability());
          }
          g.writeStringField("level", h.level());
          g.writeStringField("polarity", h.polarity());
          g.writeStringField("deadline", h.deadline() == null ? null : h.deadline().toString());
          g.writeStringField("status", h.status());
          if (h.span() == null) {
            g.writeNullField("start");
            g.writeNullField("end");
          } else {
            g.writeNumberField("start", h.span().begin());
            g.writeNumberField("end", h.span().end());
          }
          g.writeArrayFieldStart("cues");
          for (String c : h.cues()) {
            g.writeString(c);
          }
          g.writeEndArray();
          g.writeFieldName("item");
          if (h.json() == null) {
            g.writeNull();
          } else {
            g.writeRawValue(h.json());
          }
        });
  }

  /** The facet counts of a search, {@code "type": "facets"}, with the total number of hits. */
  public static String facets(SearchResult r) {
    return write(
        g -> {
          g.writeStringField("type", "facets");
          g.writeNumberField("total_hits", r.totalHits());
          g.writeBooleanField("total_hits_exact", r.totalExact());
          g.writeObjectFieldStart("facets");
          for (Map.Entry<String, List<SearchResult.FacetCount>> e : r.facets().entrySet()) {
            g.writeArrayFieldStart(e.getKey());
            for (SearchResult.FacetCount c : e.getValue()) {
              g.writeStartObject();
              g.writeStringField("value", c.value());
              g.writeNumberField("count", c.count());
              g.writeEndObject();
            }
            g.writeEndArray();
          }
          g.writeEndObject();
        });
  }

  /** One line of {@code actors --json}, ranked from 1. */
  public static String actor(ActorStats a, int rank) {
    return write(
        g -> {
          g.writeNumberField("rank", rank);
          g.writeStringField("id", a.id());
          g.writeStringField("name", a.name());
          g.writeStringField("type", a.type());
          g.writeNumberField("articles", a.articles());
          g.writeNumberField("mentions", a.mentions());
          g.writeNumberField("claims", a.claims());
          g.writeNumberField("predictions", a.predictions());
          g.writeNumberField("held", a.held());
        });
  }

  /**
   * The {@code text} of a stored item JSON (the contract's article, claim or prediction object),
   * or null: where a backend does not store {@link Schema#TEXT}, a hit's text comes from here.
   */
  public static String textOf(String json) {
    return articleText(json);
  }

  /** The {@code text} of a stored article JSON (the contract's article object), or null. */
  static String articleText(String articleJson) {
    if (articleJson == null) {
      return null;
    }
    try (JsonParser p = JSON.createParser(articleJson)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if ("text".equals(name)) {
          return value == JsonToken.VALUE_STRING ? p.getText() : null;
        }
        p.skipChildren();
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("stored article JSON is broken: " + e.getMessage(), e);
    }
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String write(Body body) {
    StringWriter w = new StringWriter(512);
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      body.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON", e);
    }
    return w.toString();
  }
}
