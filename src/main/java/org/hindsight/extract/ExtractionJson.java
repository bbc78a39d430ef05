package org.hindsight.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hindsight.article.Article;
import org.hindsight.article.Span;
import org.hindsight.extract.actor.Actor;
import org.hindsight.extract.actor.ActorMention;

/**
 * The JSON contract of {@code extract} (ARCHITECTURE.md), both ways. Field names are spelled here
 * and nowhere else. Thread-safe (the mapper is shared and only used for tree building).
 */
public final class ExtractionJson {

  public static final ObjectMapper MAPPER = new ObjectMapper();

  private ExtractionJson() {}

  public static ObjectNode toJson(Extraction x) {
    ObjectNode root = MAPPER.createObjectNode();
    root.set("article", article(x.article()));
    ArrayNode actors = root.putArray("actors");
    for (Actor a : x.actors()) {
      actors.add(actor(a));
    }
    ArrayNode claims = root.putArray("claims");
    for (Claim c : x.claims()) {
      claims.add(claim(c));
    }
    ArrayNode predictions = root.putArray("predictions");
    for (Prediction p : x.predictions()) {
      predictions.add(prediction(p));
    }
    return root;
  }

  public static ObjectNode article(Article a) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", a.id());
    n.put("title", a.title());
    n.put("source", a.source());
    n.put("url", a.url());
    n.put("author", a.author());
    n.put("published", a.publishedText());
    n.put("language", a.language());
    n.put("text", a.text());
    return n;
  }

  public static ObjectNode actor(Actor a) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", a.id());
    n.put("name", a.name());
    n.put("type", a.type());
    ArrayNode aliases = n.putArray("aliases");
    a.aliases().forEach(aliases::add);
    ArrayNode mentions = n.putArray("mentions");
    for (ActorMention m : a.mentions()) {
      ObjectNode mn = mentions.addObject();
      mn.put("text", m.text());
      mn.put("start", m.span().begin());
      mn.put("end", m.span().end());
      mn.put("role", m.role());
    }
    return n;
  }

  public static ObjectNode claim(Claim c) {
    ObjectNode n = statement(c.id(), c.text(), c.span(), c.holder(), c.actors(), c.cues());
    if (c.probability() == null) {
      n.putNull("probability");
    } else {
      n.put("probability", c.probability());
    }
    n.put("polarity", c.polarity().name());
    return n;
  }

  public static ObjectNode prediction(Prediction p) {
    ObjectNode n = statement(p.id(), p.text(), p.span(), p.holder(), p.actors(), p.cues());
    n.put("probability", p.probability());
    n.put("level", p.level());
    n.put("polarity", p.polarity().name());
    n.put("condition", p.condition());
    if (p.horizon() == null) {
      n.putNull("horizon");
    } else {
      ObjectNode h = n.putObject("horizon");
      h.put("text", p.horizon().text());
      h.put("start", p.horizon().start() == null ? null : p.horizon().start().toString());
      h.put("end", p.horizon().end() == null ? null : p.horizon().end().toString());
    }
    return n;
  }

  private static ObjectNode statement(
      String id, String text, Span span, Holder holder, List<String> actors, List<Cue> cues) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", id);
    n.put("text", text);
    n.put("start", span.begin());
    n.put("end", span.end());
    ObjectNode h = n.putObject("holder");
    h.put("type", holder.type());
    h.put("name", holder.name());
    h.put("actor", holder.actor());
    ArrayNode a = n.putArray("actors");
    actors.forEach(a::add);
    ArrayNode cn = n.putArray("cues");
    for (Cue c : cues) {
      ObjectNode o = cn.addObject();
      o.put("text", c.text());
      o.put("start", c.span().begin());
      o.put("end", c.span().end());
    }
    return n;
  }

  // ---- reading back (index display, check) ----

  public static Extraction fromJson(JsonNode root) {
    Article article = articleFrom(root.path("article"));
    List<Actor> actors = new ArrayList<>();
    for (JsonNode a : root.path("actors")) {
      actors.add(actorFrom(a));
    }
    List<Claim> claims = new ArrayList<>();
    for (JsonNode c : root.path("claims")) {
      claims.add(claimFrom(c));
    }
    List<Prediction> predictions = new ArrayList<>();
    for (JsonNode p : root.path("predictions")) {
      predictions.add(predictionFrom(p));
    }
    return new Extraction(article, actors, claims, predictions);
  }

  public static Article articleFrom(JsonNode n) {
    String published = text(n, "published");
    OffsetDateTime at = published == null ? null : OffsetDateTime.parse(published);
    return new Article(
        text(n, "id"),
        text(n, "title"),
        text(n, "source"),
        text(n, "author"),
        at == null ? null : at.toInstant(),
        text(n, "url"),
        text(n, "language"),
        text(n, "text"),
        null,
        at == null ? null : at.getOffset());
  }

  public static Actor actorFrom(JsonNode n) {
    List<String> aliases = new ArrayList<>();
    n.path("aliases").forEach(x -> aliases.add(x.asText()));
    List<ActorMention> mentions = new ArrayList<>();
    for (JsonNode m : n.path("mentions")) {
      mentions.add(
          new ActorMention(
              text(m, "text"), new Span(m.path("start").asInt(), m.path("end").asInt()), text(m, "role")));
    }
    return new Actor(text(n, "id"), text(n, "name"), text(n, "type"), aliases, mentions);
  }

  public static Claim claimFrom(JsonNode n) {
    JsonNode p = n.get("probability");
    return new Claim(
        text(n, "id"),
        text(n, "text"),
        spanFrom(n),
        holderFrom(n.path("holder")),
        strings(n.path("actors")),
        cuesFrom(n.path("cues")),
        p == null || p.isNull() ? null : p.asDouble(),
        Polarity.valueOf(n.path("polarity").asText("POSITIVE")));
  }

  public static Prediction predictionFrom(JsonNode n) {
    JsonNode h = n.get("horizon");
    Horizon horizon = null;
    if (h != null && !h.isNull()) {
      horizon = new Horizon(text(h, "text"), date(text(h, "start")), date(text(h, "end")));
    }
    return new Prediction(
        text(n, "id"),
        text(n, "text"),
        spanFrom(n),
        holderFrom(n.path("holder")),
        strings(n.path("actors")),
        cuesFrom(n.path("cues")),
        n.path("probability").asDouble(),
        text(n, "level"),
        Polarity.valueOf(n.path("polarity").asText("POSITIVE")),
        text(n, "condition"),
        horizon);
  }

  private static Holder holderFrom(JsonNode h) {
    return new Holder(text(h, "type"), text(h, "name"), text(h, "actor"));
  }

  private static List<Cue> cuesFrom(JsonNode n) {
    List<Cue> out = new ArrayList<>();
    for (JsonNode c : n) {
      out.add(new Cue(text(c, "text"), spanFrom(c)));
    }
    return out;
  }

  private static Span spanFrom(JsonNode n) {
    return new Span(n.path("start").asInt(), n.path("end").asInt());
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.forEach(x -> out.add(x.asText()));
    return out;
  }

  private static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
