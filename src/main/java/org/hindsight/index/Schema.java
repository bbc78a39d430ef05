package org.hindsight.index;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.util.BytesRef;
import org.hindsight.article.Article;
import org.hindsight.extract.ExtractionJson;

/**
 * The index schema, in one place: every field name, how it is analysed, what is stored, the facet
 * dimensions and the composite keys. {@link Documents} builds an article's documents to it from a
 * {@link Serialized} extraction. Nothing else in hindsight spells a field name: everything uses
 * these constants. Bump {@link #VERSION} whenever a field changes meaning or type: an index written
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

  /** The {@link #ARTICLE_KEY} of an article from its contract JSON. */
  static String articleKey(String id, String articleJson) {
    return id + SEP + Serialized.sha(articleJson);
  }


  /**
   * What an article document indexes as {@link #TEXT}: the title, a blank line, the body. The
   * highlighter needs the same string back (the offsets in the postings point into it).
   */
  public static String articleText(String title, String body) {
    return title == null || title.isBlank() ? body : title + "\n\n" + body;
  }
}
