package org.hindsight.index;

import static org.hindsight.index.Schema.*;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.hindsight.article.Article;
import org.hindsight.article.Span;
import org.hindsight.extract.Claim;
import org.hindsight.extract.Cue;
import org.hindsight.extract.Extraction;
import org.hindsight.extract.Holder;
import org.hindsight.extract.Prediction;
import org.hindsight.extract.actor.Actor;

/**
 * How a {@link Serialized} extraction becomes the documents of {@link Schema}: one per item, in
 * block order (the article, its actors, its claims, its predictions), each field as {@link
 * Schema#FIELDS} declares it. Thread-safe (the facets configuration is only read).
 */
public final class Documents {

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}]+");

  private final FacetsConfig facets;

  public Documents(Schema schema) {
    this.facets = schema.facetsConfig();
  }

  /**
   * The documents of one article, in block order: the article, its actors, its claims, its
   * predictions. Facet fields are already translated ({@link FacetsConfig#build}).
   */
  public List<Document> documents(Serialized s) throws java.io.IOException {
    return documents(s, Map.of());
  }

  /**
   * The documents of one article, with each prediction's {@link Schema#STATUS} from {@code statuses}
   * (prediction id → status, a verdict of {@code check}); predictions not in the map are {@link
   * Schema#STATUS_OPEN}.
   */
  public List<Document> documents(Serialized s, Map<String, String> statuses) throws java.io.IOException {
    List<Document> raw = unbuiltDocuments(s, statuses);
    List<Document> docs = new ArrayList<>(raw.size());
    for (Document d : raw) {
      docs.add(facets.build(d));
    }
    return docs;
  }

  /**
   * The documents of one article as {@link #documents(Serialized, Map)} makes them, but with the
   * facet fields still {@link SortedSetDocValuesFacetField}s (dimension and label), for a backend
   * that counts facets its own way. Each carries its {@link Schema#POSITION} in the block.
   */
  public List<Document> unbuiltDocuments(Serialized s, Map<String, String> statuses) {
    Extraction x = s.extraction();
    Article a = x.article();
    Map<String, Set<String>> names = new HashMap<>();
    for (Actor actor : x.actors()) {
      names.putIfAbsent(actor.id(), names(actor));
    }
    List<Document> docs = new ArrayList<>();
    int count = 1 + x.actors().size() + x.claims().size() + x.predictions().size();
    docs.add(articleDocument(s, names, count));
    for (int i = 0; i < x.actors().size(); i++) {
      docs.add(actorDocument(x, x.actors().get(i), names, s.actorJson().get(i)));
    }
    for (int i = 0; i < x.claims().size(); i++) {
      Claim c = x.claims().get(i);
      Document d = statement(x, names, KIND_CLAIM, c.id(), c.text(), c.span(), c.holder(), c.actors(), c.cues());
      if (c.probability() != null) {
        probability(d, c.probability());
      }
      keyword(d, POLARITY, c.polarity().name(), true);
      d.add(new StoredField(JSON, s.claimJson().get(i)));
      docs.add(d);
    }
    for (int i = 0; i < x.predictions().size(); i++) {
      Prediction p = x.predictions().get(i);
      Document d = statement(x, names, KIND_PREDICTION, p.id(), p.text(), p.span(), p.holder(), p.actors(), p.cues());
      probability(d, p.probability());
      if (p.level() != null && !p.level().isBlank()) {
        keyword(d, LEVEL, p.level(), true);
        facet(d, DIM_LEVEL, p.level());
      }
      keyword(d, POLARITY, p.polarity().name(), true);
      keyword(d, STATUS, statuses.getOrDefault(p.id(), STATUS_OPEN), true);
      if (p.horizon() != null && p.horizon().end() != null) {
        long day = p.horizon().end().toEpochDay();
        d.add(new LongPoint(DEADLINE, day));
        d.add(new NumericDocValuesField(DEADLINE, day));
        d.add(new StoredField(DEADLINE, day));
      }
      d.add(new StoredField(JSON, s.predictionJson().get(i)));
      docs.add(d);
    }
    if (docs.size() != count) {
      throw new IllegalStateException("article " + a.id() + ": " + docs.size() + " documents, expected " + count);
    }
    for (int i = 0; i < docs.size(); i++) {
      docs.get(i).add(new StoredField(POSITION, i));
    }
    return docs;
  }

  /** The article: title and body indexed but stored only inside the article JSON (once). */
  private Document articleDocument(Serialized s, Map<String, Set<String>> actorNames, int count) {
    Extraction x = s.extraction();
    Article a = x.article();
    Document d = common(a, KIND_ARTICLE, a.id());
    d.add(new StringField(CONTENT, contentKey(a.id(), s.hash()), Field.Store.NO));
    d.add(new StoredField(HASH, s.hash()));
    d.add(new StringField(ARTICLE_KEY, articleKey(a.id(), s.articleJson()), Field.Store.NO));
    text(d, articleText(a.title(), a.text()), false);
    Set<String> names = new LinkedHashSet<>();
    for (Actor actor : x.actors()) {
      d.add(new StringField(ACTOR_ID, actor.id(), Field.Store.NO));
      d.add(new StoredField(ACTOR_LABEL, actor.id() + SEP + label(actor)));
      names.addAll(actorNames.get(actor.id()));
      facet(d, DIM_ACTOR, label(actor));
    }
    for (String n : names) {
      keyword(d, ACTOR, n, false);
    }
    d.add(new StoredField(DOC_COUNT, count));
    d.add(new StoredField(JSON, s.articleJson()));
    return d;
  }

  private Document actorDocument(Extraction x, Actor actor, Map<String, Set<String>> actorNames, String json) {
    Article a = x.article();
    Document d = common(a, KIND_ACTOR, actor.id());
    d.add(new StringField(ACTOR_ID, actor.id(), Field.Store.NO));
    d.add(new SortedSetDocValuesField(ACTOR_ID_VALUES, new BytesRef(actor.id())));
    for (String n : actorNames.get(actor.id())) {
      keyword(d, ACTOR, n, false);
      d.add(new StringField(ALIAS, n + SEP + actor.id(), Field.Store.NO));
    }
    d.add(new StoredField(ACTOR_NAME, label(actor)));
    if (actor.type() != null) {
      d.add(new StoredField(ACTOR_TYPE, actor.type()));
    }
    long claims = x.claims().stream().filter(c -> c.actors().contains(actor.id())).count();
    long predictions = x.predictions().stream().filter(p -> p.actors().contains(actor.id())).count();
    long held =
        x.claims().stream().filter(c -> actor.id().equals(c.holder().actor())).count()
            + x.predictions().stream().filter(p -> actor.id().equals(p.holder().actor())).count();
    d.add(new NumericDocValuesField(MENTIONS, actor.mentions().size()));
    d.add(new NumericDocValuesField(CLAIMS, claims));
    d.add(new NumericDocValuesField(PREDICTIONS, predictions));
    d.add(new NumericDocValuesField(HELD, held));
    d.add(new StoredField(JSON, json));
    return d;
  }

  private Document statement(
      Extraction x,
      Map<String, Set<String>> actorNames,
      String kind,
      String id,
      String text,
      Span span,
      Holder holder,
      List<String> actorIds,
      List<Cue> cues) {
    Article a = x.article();
    Document d = common(a, kind, id);
    text(d, text, true);
    d.add(new StoredField(START, span.begin()));
    d.add(new StoredField(END, span.end()));
    // holder
    Set<String> holderNames = new LinkedHashSet<>();
    if (holder.name() != null && !holder.name().isBlank()) {
      holderNames.add(normalize(holder.name()));
      d.add(new StoredField(HOLDER_NAME, holder.name()));
    }
    if (holder.isAuthor()) {
      holderNames.add(Holder.AUTHOR);
    }
    if (holder.actor() != null) {
      d.add(new StringField(HOLDER_ID, holder.actor(), Field.Store.YES));
      Set<String> known = actorNames.get(holder.actor());
      if (known != null) {
        holderNames.addAll(known);
      }
    }
    for (String n : holderNames) {
      keyword(d, HOLDER, n, false);
    }
    if (holder.type() != null) {
      keyword(d, HOLDER_TYPE, holder.type(), true);
    }
    facet(d, DIM_HOLDER, holder.name() != null && !holder.name().isBlank() ? holder.name() : AUTHOR_LABEL);
    // actors
    Set<String> names = new LinkedHashSet<>();
    for (String actorId : new LinkedHashSet<>(actorIds)) {
      d.add(new StringField(ACTOR_ID, actorId, Field.Store.NO));
      Actor actor = x.actor(actorId);
      String label = actor == null ? actorId : label(actor);
      d.add(new StoredField(ACTOR_LABEL, actorId + SEP + label));
      facet(d, DIM_ACTOR, label);
      if (actor != null) {
        names.addAll(actorNames.get(actorId));
      }
    }
    for (String n : names) {
      keyword(d, ACTOR, n, false);
    }
    for (Cue c : cues) {
      if (c.text() != null && !c.text().isBlank()) {
        keyword(d, CUE, normalize(c.text()), false);
        d.add(new StoredField(CUE_TEXT, c.text()));
      }
    }
    return d;
  }

  /** Fields every document has: kind, article id, publication date, source, title, url. */
  private Document common(Article a, String kind, String id) {
    Document d = new Document();
    keyword(d, KIND, kind, true);
    keyword(d, ID, id, true);
    keyword(d, ARTICLE_ID, a.id(), true);
    if (!KIND_ACTOR.equals(kind)) {
      facet(d, DIM_KIND, kind);
    }
    if (a.published() != null) {
      long ms = a.published().toEpochMilli();
      d.add(new LongPoint(PUBLISHED, ms));
      d.add(new NumericDocValuesField(PUBLISHED, ms));
      d.add(new StoredField(PUBLISHED, ms));
      if (!KIND_ACTOR.equals(kind)) {
        facet(d, DIM_MONTH, YearMonth.from(a.publishedDate()).toString());
      }
    }
    if (a.source() != null && !a.source().isBlank()) {
      keyword(d, SOURCE, normalize(a.source()), false);
      d.add(new StoredField(SOURCE_NAME, a.source()));
      if (!KIND_ACTOR.equals(kind)) {
        facet(d, DIM_SOURCE, a.source());
      }
    }
    if (a.title() != null) {
      d.add(new StoredField(TITLE, a.title()));
    }
    if (a.url() != null) {
      d.add(new StoredField(URL, a.url()));
    }
    return d;
  }

  private static void text(Document d, String text, boolean stored) {
    d.add(new Field(TEXT, text, stored ? TEXT_STORED : TEXT_NOT_STORED));
    d.add(new TextField(EXACT, text, Field.Store.NO));
  }


  /** {@link Schema#TEXT} with offsets in the postings, so highlighting need not re-analyse the text. */
  private static final FieldType TEXT_STORED = textType(true);

  private static final FieldType TEXT_NOT_STORED = textType(false);

  private static FieldType textType(boolean stored) {
    FieldType t = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  private static void probability(Document d, double p) {
    d.add(new DoublePoint(PROBABILITY, p));
    d.add(new DoubleDocValuesField(PROBABILITY, p));
    d.add(new StoredField(PROBABILITY, p));
  }

  private static void keyword(Document d, String field, String value, boolean stored) {
    if (value != null && !value.isEmpty()) {
      d.add(new StringField(field, value, stored ? Field.Store.YES : Field.Store.NO));
    }
  }

  private static void facet(Document d, String dim, String label) {
    String clean = label;
    for (int i = 0; i < label.length(); i++) {
      if (Character.isISOControl(label.charAt(i))) {
        clean = CONTROL.matcher(label).replaceAll(" ");
        break;
      }
    }
    clean = clean.strip();
    if (!clean.isEmpty()) {
      d.add(new SortedSetDocValuesFacetField(dim, clean));
    }
  }

  /** The normalised canonical name and aliases of an actor, without duplicates. */
  static Set<String> names(Actor actor) {
    Set<String> out = new LinkedHashSet<>();
    if (actor.name() != null && !actor.name().isBlank()) {
      out.add(normalize(actor.name()));
    }
    for (String alias : actor.aliases()) {
      if (alias != null && !alias.isBlank()) {
        out.add(normalize(alias));
      }
    }
    // "the Kremlin" is also found as "kremlin"
    for (String n : List.copyOf(out)) {
      if (n.startsWith("the ") && n.length() > 4) {
        out.add(n.substring(4));
      }
    }
    return out;
  }

  private static String label(Actor actor) {
    return actor.name() == null || actor.name().isBlank() ? actor.id() : actor.name();
  }
}
