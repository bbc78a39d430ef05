package org.hindsight.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.TrimFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
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
import org.hindsight.extract.ExtractionJson;
import org.hindsight.extract.Holder;
import org.hindsight.extract.Prediction;
import org.hindsight.extract.actor.Actor;

/**
 * The index schema, in one place: every field name, how it is analysed, what is stored, the facet
 * dimensions, and how an {@link Extraction} becomes documents. Nothing else in hindsight spells a
 * field name. Bump {@link #VERSION} whenever a field changes meaning or type: an index written
 * with another version is refused (see {@link IncompatibleIndexException}) and must be re-ingested.
 *
 * <p>One document per item, all carrying {@link #ARTICLE_ID}: the {@code article} (holding the
 * article JSON), one {@code actor} document per actor of the article (its names, aliases and
 * counts, aggregated by {@code hindsight actors}), one per {@code claim} and per {@code
 * prediction}. An article's documents are written as one block, so a commit holds all of them or
 * none.
 *
 * <p>Keyword fields ({@link #ACTOR}, {@link #HOLDER}, {@link #SOURCE}, {@link #CUE}) hold values
 * passed through {@link #normalize}: lower-cased, whitespace collapsed, so that filters and {@code
 * actor:putin} in a query match case-insensitively.
 *
 * <p>Thread-safe after construction (the analyzer and facets configuration are only read).
 */
public final class Schema {

  /** The version of this schema; stored in every commit's user data under {@link #VERSION_KEY}. */
  public static final int VERSION = 1;

  public static final String VERSION_KEY = "hindsight.schema.version";

  // ---- kinds (values of KIND) ----
  public static final String KIND_ARTICLE = "article";
  public static final String KIND_CLAIM = "claim";
  public static final String KIND_PREDICTION = "prediction";
  public static final String KIND_ACTOR = "actor";

  /** The kinds {@code search} returns (actor documents serve aliases and {@code actors}). */
  public static final List<String> SEARCHABLE_KINDS = List.of(KIND_CLAIM, KIND_PREDICTION, KIND_ARTICLE);

  /** The status of a prediction nobody has checked yet (verdicts replace it later). */
  public static final String STATUS_OPEN = "OPEN";

  // ---- indexed fields ----
  /** Keyword, stored: {@code article}, {@code claim}, {@code prediction} or {@code actor}. */
  public static final String KIND = "kind";
  /** Keyword, stored: the item's id (article id for articles, actor id for actors). */
  public static final String ID = "id";
  /** Keyword, stored, on every document: the article the document belongs to. */
  public static final String ARTICLE_ID = "article_id";
  /** Keyword, article documents only: {@code articleId + U+001F + content hash}. */
  public static final String CONTENT = "content";
  /**
   * Keyword, article documents only: {@code articleId + U+001F + article hash} (the article as
   * read, before extraction), so ingest can skip annotating an article it already holds.
   */
  public static final String ARTICLE_KEY = "article_key";
  /**
   * English analysis (stop words, Porter stemming), offsets in the postings: the item's sentence
   * (stored), or the article's {@link #articleText} (stored inside {@link #JSON} only).
   */
  public static final String TEXT = "text";
  /** Words lower-cased, no stemming or stop words, not stored: exact-word and phrase queries. */
  public static final String EXACT = "exact";
  /** Keyword (normalised), multi: canonical names and every alias of the item's actors. */
  public static final String ACTOR = "actor";
  /** Keyword, multi: the item's actor ids. */
  public static final String ACTOR_ID = "actor_id";
  /**
   * Sorted-set doc values, actor documents only: the actor id, for aggregating {@code actors}
   * (Lucene wants one doc-values type per field name, so it is not {@link #ACTOR_ID}).
   */
  public static final String ACTOR_ID_VALUES = "actor_id_values";
  /** Keyword, actor documents only: {@code normalised name or alias + U+001F + actor id}. */
  public static final String ALIAS = "alias";
  /** Keyword (normalised): the holder's name and, for an actor holder, its names and aliases. */
  public static final String HOLDER = "holder";
  /** Keyword: the holder's actor id (actor holders only). */
  public static final String HOLDER_ID = "holder_id";
  /** Keyword, stored: {@code author} or {@code actor}. */
  public static final String HOLDER_TYPE = "holder_type";
  /** Keyword (normalised), multi: the cue words. */
  public static final String CUE = "cue";
  /** Double point + doc values + stored: the probability (predictions; hedged claims). */
  public static final String PROBABILITY = "probability";
  /** Keyword, stored: the probability band (predictions). */
  public static final String LEVEL = "level";
  /** Keyword, stored: {@code POSITIVE} or {@code NEGATIVE}. */
  public static final String POLARITY = "polarity";
  /** Keyword, stored: {@code OPEN} for every new prediction; verdicts replace it. */
  public static final String STATUS = "status";
  /** Long point + numeric doc values + stored: publication time, epoch milliseconds. */
  public static final String PUBLISHED = "published";
  /** Long point + numeric doc values + stored: the horizon's end, epoch day (predictions). */
  public static final String DEADLINE = "deadline";
  /** Keyword (normalised): the article's source. */
  public static final String SOURCE = "source";

  // ---- stored only (display) ----
  public static final String HASH = "hash";
  public static final String HOLDER_NAME = "holder_name";
  public static final String SOURCE_NAME = "source_name";
  public static final String TITLE = "title";
  public static final String URL = "url";
  /** Stored, multi: {@code actor id + U+001F + canonical name} of each actor of the item. */
  public static final String ACTOR_LABEL = "actor_label";
  public static final String CUE_TEXT = "cue_text";
  public static final String START = "start";
  public static final String END = "end";
  /**
   * Stored: the extraction JSON for display — {@code ExtractionJson.claim/prediction/actor} of the
   * item, {@code ExtractionJson.article} (with the text) on article documents.
   */
  public static final String JSON = "json";
  /** Stored on article documents: how many documents the article has (itself included). */
  public static final String DOC_COUNT = "doc_count";
  /** Stored on actor documents: canonical name and type. */
  public static final String ACTOR_NAME = "actor_name";
  public static final String ACTOR_TYPE = "actor_type";

  /** Stored on every document: its place in its article's block (0: the article), so a backend that
   * keeps no block order (Solr) can rebuild the extraction in order. */
  public static final String POSITION = "position";

  // ---- numeric doc values on actor documents (aggregated by `actors`) ----
  public static final String MENTIONS = "mentions";
  public static final String CLAIMS = "claims";
  public static final String PREDICTIONS = "predictions";
  /** Claims and predictions the actor holds in the article. */
  public static final String HELD = "held";

  // ---- facet dimensions ----
  public static final String DIM_ACTOR = "actor";
  public static final String DIM_HOLDER = "holder";
  public static final String DIM_SOURCE = "source";
  public static final String DIM_LEVEL = "level";
  public static final String DIM_KIND = "kind";
  public static final String DIM_MONTH = "month";
  public static final List<String> DIMS =
      List.of(DIM_KIND, DIM_ACTOR, DIM_HOLDER, DIM_SOURCE, DIM_LEVEL, DIM_MONTH);

  /**
   * How a field is indexed, whatever the backend: the embedded Lucene documents below are built to
   * these declarations (a test checks every field of every document against them), and the Solr
   * schema is generated from them ({@code index.solr.SolrConfigset}).
   */
  public enum FieldKind {
    /** One verbatim term (ids, kinds, statuses). */
    KEYWORD,
    /** One term, {@link #normalize normalised} (names, sources, cues); queries lower-case it. */
    NAME,
    /** English words: stop words dropped, Porter stems ({@link EnglishAnalyzer}). */
    ENGLISH,
    /** Words lower-cased, nothing dropped or stemmed. */
    WORDS,
    /** A long: points for ranges, doc values for sorting, stored. */
    LONG,
    /** A double: points for ranges, doc values, stored. */
    DOUBLE,
    /** A long in doc values only (summed by {@code actors}). */
    COUNT,
    /** A string in sorted-set doc values only (grouped by {@code actors}). */
    VALUES,
    /** Stored only: a string for display. */
    STORED,
    /** Stored only: an int. */
    STORED_INT
  }

  /**
   * One field: name, kind, whether its value comes back from the index, and whether a document
   * may hold several. {@link #TEXT} is declared unstored: the embedded index stores an item's
   * sentence for highlighting, but every item carries it inside its {@link #JSON} too.
   */
  public record FieldDef(String name, FieldKind kind, boolean stored, boolean multiValued) {}

  /** Every field a document can have, but the facet dimensions ({@link #DIMS}). */
  public static final List<FieldDef> FIELDS =
      List.of(
          new FieldDef(KIND, FieldKind.KEYWORD, true, false),
          new FieldDef(ID, FieldKind.KEYWORD, true, false),
          new FieldDef(ARTICLE_ID, FieldKind.KEYWORD, true, false),
          new FieldDef(CONTENT, FieldKind.KEYWORD, false, false),
          new FieldDef(ARTICLE_KEY, FieldKind.KEYWORD, false, false),
          new FieldDef(TEXT, FieldKind.ENGLISH, false, false),
          new FieldDef(EXACT, FieldKind.WORDS, false, false),
          new FieldDef(ACTOR, FieldKind.NAME, false, true),
          new FieldDef(ACTOR_ID, FieldKind.KEYWORD, false, true),
          new FieldDef(ACTOR_ID_VALUES, FieldKind.VALUES, false, false),
          new FieldDef(ALIAS, FieldKind.KEYWORD, false, true),
          new FieldDef(HOLDER, FieldKind.NAME, false, true),
          new FieldDef(HOLDER_ID, FieldKind.KEYWORD, true, false),
          new FieldDef(HOLDER_TYPE, FieldKind.KEYWORD, true, false),
          new FieldDef(CUE, FieldKind.NAME, false, true),
          new FieldDef(PROBABILITY, FieldKind.DOUBLE, true, false),
          new FieldDef(LEVEL, FieldKind.KEYWORD, true, false),
          new FieldDef(POLARITY, FieldKind.KEYWORD, true, false),
          new FieldDef(STATUS, FieldKind.KEYWORD, true, false),
          new FieldDef(PUBLISHED, FieldKind.LONG, true, false),
          new FieldDef(DEADLINE, FieldKind.LONG, true, false),
          new FieldDef(SOURCE, FieldKind.NAME, false, false),
          new FieldDef(HASH, FieldKind.STORED, true, false),
          new FieldDef(HOLDER_NAME, FieldKind.STORED, true, false),
          new FieldDef(SOURCE_NAME, FieldKind.STORED, true, false),
          new FieldDef(TITLE, FieldKind.STORED, true, false),
          new FieldDef(URL, FieldKind.STORED, true, false),
          new FieldDef(ACTOR_LABEL, FieldKind.STORED, true, true),
          new FieldDef(CUE_TEXT, FieldKind.STORED, true, true),
          new FieldDef(START, FieldKind.STORED_INT, true, false),
          new FieldDef(END, FieldKind.STORED_INT, true, false),
          new FieldDef(JSON, FieldKind.STORED, true, false),
          new FieldDef(DOC_COUNT, FieldKind.STORED_INT, true, false),
          new FieldDef(POSITION, FieldKind.STORED_INT, true, false),
          new FieldDef(ACTOR_NAME, FieldKind.STORED, true, false),
          new FieldDef(ACTOR_TYPE, FieldKind.STORED, true, false),
          new FieldDef(MENTIONS, FieldKind.COUNT, false, false),
          new FieldDef(CLAIMS, FieldKind.COUNT, false, false),
          new FieldDef(PREDICTIONS, FieldKind.COUNT, false, false),
          new FieldDef(HELD, FieldKind.COUNT, false, false));

  private static final Map<String, FieldDef> FIELDS_BY_NAME = byName();

  private static Map<String, FieldDef> byName() {
    Map<String, FieldDef> m = new HashMap<>();
    for (FieldDef f : FIELDS) {
      if (m.put(f.name(), f) != null) {
        throw new IllegalStateException("field declared twice: " + f.name());
      }
    }
    return Map.copyOf(m);
  }

  /** The declaration of a field, or null when there is none. */
  public static FieldDef field(String name) {
    return FIELDS_BY_NAME.get(name);
  }

  /**
   * The unique key of a document where the backend needs one (Solr): {@code routing prefix!kind
   * id}, the prefix being the article id, so that an article's documents live on one shard.
   */
  public static final String KEY = "key";

  /** The key of one document ({@link #KEY}). */
  public static String key(String articleId, String kind, String id) {
    // '!' separates the routing prefix in SolrCloud's compositeId router
    return articleId.replace("!", "%21") + "!" + kind + SEP + id;
  }

  /** The field that holds one facet dimension's labels where facets are plain fields (Solr). */
  public static String facetField(String dim) {
    if (!DIMS.contains(dim)) {
      throw new IllegalArgumentException("no facet dimension " + dim);
    }
    return "facet_" + dim;
  }

  /** The holder facet label of an author-voice item with no byline. */
  public static final String AUTHOR_LABEL = "(author)";

  /** What {@link #normalize} keeps of a keyword: longer values are garbage, not names. */
  static final int MAX_KEYWORD_CHARS = 256;

  /** Separates the parts of composite keywords ({@link #CONTENT}, {@link #ALIAS}, labels). */
  public static final char SEP = '\u001f';

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}]+");

  private final Analyzer analyzer;
  private final FacetsConfig facets;

  public Schema() {
    Analyzer keyword =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new KeywordTokenizer();
            TokenStream s = new LowerCaseFilter(source);
            s = new PatternReplaceFilter(s, SPACES, " ", true);
            s = new TrimFilter(s);
            return new TokenStreamComponents(source, s);
          }

          @Override
          protected TokenStream normalize(String field, TokenStream in) {
            return new LowerCaseFilter(in);
          }
        };
    Analyzer verbatim = new KeywordAnalyzer();
    analyzer =
        new PerFieldAnalyzerWrapper(
            new EnglishAnalyzer(),
            Map.ofEntries(
                Map.entry(EXACT, new StandardAnalyzer(CharArraySet.EMPTY_SET)),
                Map.entry(ACTOR, keyword),
                Map.entry(HOLDER, keyword),
                Map.entry(SOURCE, keyword),
                Map.entry(CUE, keyword),
                Map.entry(KIND, verbatim),
                Map.entry(ID, verbatim),
                Map.entry(ARTICLE_ID, verbatim),
                Map.entry(ACTOR_ID, verbatim),
                Map.entry(HOLDER_ID, verbatim),
                Map.entry(HOLDER_TYPE, verbatim),
                Map.entry(LEVEL, verbatim),
                Map.entry(POLARITY, verbatim),
                Map.entry(STATUS, verbatim)));
    facets = new FacetsConfig();
    facets.setMultiValued(DIM_ACTOR, true);
  }

  /**
   * Per-field analysis: {@link #TEXT} English with stemming, {@link #EXACT} plain words, the
   * keyword fields as one lower-cased token, ids verbatim. For indexing and query parsing alike.
   */
  public Analyzer analyzer() {
    return analyzer;
  }

  public FacetsConfig facetsConfig() {
    return facets;
  }

  /** A keyword as the normalised keyword fields hold it: lower-cased, spaces collapsed, trimmed. */
  public static String normalize(String s) {
    StringBuilder b = new StringBuilder(Math.min(s.length(), MAX_KEYWORD_CHARS));
    boolean space = false;
    for (int i = 0; i < s.length() && b.length() < MAX_KEYWORD_CHARS; i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** The first term of {@link #ALIAS} keys for this (normalised) name: the prefix to enumerate. */
  public static BytesRef aliasPrefix(String normalizedName) {
    return new BytesRef(normalizedName + SEP);
  }

  /** The {@link #CONTENT} key of an article version. */
  public static String contentKey(String articleId, String hash) {
    return articleId + SEP + hash;
  }

  /** The {@link #ARTICLE_KEY} of an article as read. */
  public static String articleKey(Article a) {
    return articleKey(a.id(), ExtractionJson.article(a).toString());
  }

  private static String articleKey(String id, String articleJson) {
    return id + SEP + sha(articleJson);
  }

  /**
   * The content hash of an extraction: SHA-256 (first 128 bits, hex) of its contract JSON (the
   * article, actors, claims and predictions objects in order), so that re-extracting an unchanged
   * article with an unchanged extractor yields the same hash.
   */
  public static String contentHash(Extraction x) {
    return serialize(x).hash();
  }

  /**
   * An extraction with its contract JSON written once, for the content hash and the stored
   * fields alike. Immutable.
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
  }

  /** Writes the JSON of every part of {@code x} and hashes it. */
  public static Serialized serialize(Extraction x) {
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
  }

  /**
   * Rebuilds one article from its stored documents (in any order: {@link StoredDoc#position}
   * decides), or null when they hold no article document.
   */
  public static Rebuilt rebuild(List<StoredDoc> docs) {
    List<StoredDoc> ordered = new ArrayList<>(docs);
    ordered.sort(java.util.Comparator.comparingInt(StoredDoc::position));
    Article article = null;
    String hash = null;
    List<Actor> actors = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    List<Prediction> predictions = new ArrayList<>();
    Map<String, String> statuses = new java.util.LinkedHashMap<>();
    for (StoredDoc d : ordered) {
      com.fasterxml.jackson.databind.JsonNode n;
      try {
        n = ExtractionJson.MAPPER.readTree(d.json());
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException("stored JSON of " + d.kind() + " " + d.id() + " is not JSON: " + e.getOriginalMessage(), e);
      }
      switch (d.kind()) {
        case KIND_ARTICLE -> {
          article = ExtractionJson.articleFrom(n);
          hash = d.hash();
        }
        case KIND_ACTOR -> actors.add(ExtractionJson.actorFrom(n));
        case KIND_CLAIM -> claims.add(ExtractionJson.claimFrom(n));
        case KIND_PREDICTION -> {
          predictions.add(ExtractionJson.predictionFrom(n));
          statuses.put(d.id(), d.status());
        }
        default -> {}
      }
    }
    if (article == null) {
      return null;
    }
    return new Rebuilt(serialize(new Extraction(article, actors, claims, predictions)), hash, statuses);
  }

  private static String sha(String s) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] d = sha.digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this JVM", e);
    }
  }

  /**
   * The documents of one article, in block order: the article, its actors, its claims, its
   * predictions. Facet fields are already translated ({@link FacetsConfig#build}).
   */
  public List<Document> documents(Serialized s) throws java.io.IOException {
    return documents(s, Map.of());
  }

  /**
   * The documents of one article, with each prediction's {@link #STATUS} from {@code statuses}
   * (prediction id → status, a verdict of {@code check}); predictions not in the map are {@link
   * #STATUS_OPEN}.
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
   * that counts facets its own way. Each carries its {@link #POSITION} in the block.
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

  /**
   * What an article document indexes as {@link #TEXT}: the title, a blank line, the body. The
   * highlighter needs the same string back (the offsets in the postings point into it).
   */
  public static String articleText(String title, String body) {
    return title == null || title.isBlank() ? body : title + "\n\n" + body;
  }

  /** {@link #TEXT} with offsets in the postings, so highlighting need not re-analyse the text. */
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
