package org.hindsight.check.evidence;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.hindsight.index.Schema;
import org.hindsight.index.solr.SolrCollection;
import org.hindsight.index.solr.SolrQueries;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The checker's view of a SolrCloud collection ({@link EvidenceIndex}), asking what {@link
 * LuceneEvidence} asks of the embedded index. Candidate queries keep the embedded query's scoring
 * part clause for clause (sent through Solr's XML query parser, which builds term queries without
 * analysing the stems again), with its filters as filter queries; with the collection's exact
 * statistics a candidate scores as it does in the embedded index. Not a point-in-time view: what is
 * committed while a check runs may be seen. Document frequencies are asked once per stem.
 *
 * <p>Thread-safe.
 */
public final class SolrEvidence implements EvidenceIndex {

  /** Documents a page of a cursor brings. */
  private static final int PAGE = 1000;

  private static final String REF_FIELDS =
      String.join(",", Schema.ARTICLE_ID, Schema.TITLE, Schema.URL, Schema.PUBLISHED, Schema.SOURCE_NAME);

  private final SolrCollection collection;
  private final StoredItems.ArticleCache articles = new StoredItems.ArticleCache();
  private final Map<String, Long> documentFrequency = new ConcurrentHashMap<>();
  private volatile long documents = -1;

  private SolrEvidence(SolrCollection collection) {
    this.collection = collection;
  }

  /**
   * Reads through a connection the caller keeps and closes ({@code CheckIndex} holds one per
   * collection): cheap to make, one per request.
   */
  public static SolrEvidence on(SolrCollection collection) {
    return new SolrEvidence(collection);
  }

  @Override
  public String describe() {
    return collection.describe();
  }

  @Override
  public List<IndexedPrediction> predictions() throws IOException {
    List<IndexedPrediction> out = new ArrayList<>();
    ModifiableSolrParams p = kind(Schema.KIND_PREDICTION);
    p.set("fl", REF_FIELDS + "," + Schema.JSON + "," + Schema.STATUS);
    collection.forEach(p, PAGE, d -> out.add(prediction(d)));
    StoredItems.order(out);
    return out;
  }

  @Override
  public IndexedPrediction prediction(String id) throws IOException {
    ModifiableSolrParams p = kind(Schema.KIND_PREDICTION);
    p.add("fq", SolrQueries.termQuery(p, Schema.ID, id));
    p.set("fl", REF_FIELDS + "," + Schema.JSON + "," + Schema.STATUS);
    p.set("rows", 1);
    SolrDocumentList found = collection.query(p).getResults();
    return found.isEmpty() ? null : prediction(found.get(0));
  }

  private static IndexedPrediction prediction(SolrDocument d) {
    return StoredItems.prediction(str(d, Schema.JSON), ref(d), str(d, Schema.STATUS));
  }

  @Override
  public Map<String, ArticleState> articleStates() throws IOException {
    Map<String, ArticleState> out = new HashMap<>();
    ModifiableSolrParams p = kind(Schema.KIND_ARTICLE);
    p.set("fl", Schema.ARTICLE_ID + "," + Schema.HASH + "," + Schema.PUBLISHED);
    collection.forEach(p, PAGE, d -> out.put(str(d, Schema.ARTICLE_ID), new ArticleState(str(d, Schema.HASH), instant(d))));
    return out;
  }

  @Override
  public ArticleView article(String id) throws IOException {
    return articles.get(id, this::load);
  }

  private ArticleView load(String id) throws IOException {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", SolrQueries.termQuery(p, Schema.ARTICLE_ID, id));
    p.set("fl", REF_FIELDS + "," + Schema.KIND + "," + Schema.JSON + "," + Schema.POSITION);
    List<SolrDocument> docs = new ArrayList<>();
    collection.forEach(p, PAGE, docs::add);
    // in block order, as the embedded index holds them: the order of an article's actors matters
    docs.sort(Comparator.comparingInt(d -> ((Number) d.getFieldValue(Schema.POSITION)).intValue()));
    StoredItems.Gathered g = new StoredItems.Gathered();
    SolrDocument article = null;
    for (SolrDocument d : docs) {
      if (g.add(str(d, Schema.KIND), str(d, Schema.JSON))) {
        article = d;
      }
    }
    return article == null ? null : g.view(ref(article));
  }

  @Override
  public List<ItemHit> items(
      Map<String, Float> stems,
      Set<String> actorIds,
      Set<String> actorNameStems,
      Instant after,
      Instant until,
      String excludeArticle,
      Collection<String> onlyArticles,
      int limit)
      throws IOException {
    if (limit < 1 || (onlyArticles != null && onlyArticles.isEmpty())) {
      return List.of();
    }
    boolean wordChannel = actorIds.isEmpty() && actorNameStems.isEmpty();
    if (wordChannel && stems.isEmpty()) {
      return List.of();
    }
    ModifiableSolrParams p = new ModifiableSolrParams();
    // the scoring part as the embedded query has it: the words a MUST clause (word channel) or a
    // SHOULD clause beside a filter (actor channel; the actor filter is a filter query here)
    XmlQuery q = new XmlQuery();
    Element top = q.element("BooleanQuery");
    if (wordChannel) {
      q.clause(top, "must").appendChild(words(q, stems));
    } else {
      q.clause(top, "filter").appendChild(q.element("MatchAllDocsQuery"));
      if (!stems.isEmpty()) {
        q.clause(top, "should").appendChild(words(q, stems));
      }
      List<String> about = new ArrayList<>();
      if (!actorIds.isEmpty()) {
        about.add(SolrQueries.termsQuery(p, Schema.ACTOR_ID, actorIds));
      }
      if (!actorNameStems.isEmpty()) {
        about.add(SolrQueries.termsQuery(p, Schema.TEXT, actorNameStems));
      }
      p.add("fq", SolrQueries.anyOf(p, about.toArray(String[]::new)));
    }
    p.set("q", "{!xmlparser v=$" + SolrQueries.param(p, q.text(top)) + "}");
    p.add("fq", SolrQueries.termsQuery(p, Schema.KIND, List.of(Schema.KIND_CLAIM, Schema.KIND_PREDICTION)));
    String lo = after == null ? "*" : Long.toString(after.toEpochMilli() + 1);
    String hi = until == null ? "*" : Long.toString(until.toEpochMilli());
    p.add("fq", Schema.PUBLISHED + ":[" + lo + " TO " + hi + "]");
    if (excludeArticle != null) {
      p.add("fq", "{!bool filter=$" + SolrQueries.param(p, "*:*") + " must_not=$"
          + SolrQueries.param(p, SolrQueries.termQuery(p, Schema.ARTICLE_ID, excludeArticle)) + "}");
    }
    if (onlyArticles != null) {
      p.add("fq", SolrQueries.termsQuery(p, Schema.ARTICLE_ID, onlyArticles));
    }
    p.set("fl", String.join(",", Schema.ID, Schema.ARTICLE_ID, Schema.KIND, Schema.START, Schema.END, "score"));
    p.set("sort", "score desc");
    // every hit tied with the last one kept, as the embedded index takes them
    SolrDocumentList found;
    int n = limit + 1;
    while (true) {
      p.set("rows", n);
      found = collection.query(p).getResults();
      if (found.size() < n || score(found.get(n - 1)) < score(found.get(limit - 1))) {
        break;
      }
      n = 2 * n;
    }
    List<ItemHit> all = new ArrayList<>();
    for (SolrDocument d : found) {
      all.add(new ItemHit(str(d, Schema.ID), str(d, Schema.ARTICLE_ID), str(d, Schema.KIND),
          ((Number) d.getFieldValue(Schema.START)).intValue(), ((Number) d.getFieldValue(Schema.END)).intValue(), 0, score(d)));
    }
    return StoredItems.cut(all, limit);
  }

  /** The words as the embedded query has them: a SHOULD clause per stem, each term boosted. */
  private static Element words(XmlQuery q, Map<String, Float> stems) {
    Element words = q.element("BooleanQuery");
    stems.forEach((stem, boost) -> {
      Element term = q.element("TermQuery");
      term.setAttribute("fieldName", Schema.TEXT);
      term.setAttribute("boost", Float.toString(boost));
      term.setTextContent(stem);
      q.clause(words, "should").appendChild(term);
    });
    return words;
  }

  /** A query for Solr's XML query parser, built as a DOM so that every value is escaped by the JDK. */
  private static final class XmlQuery {
    private final Document doc;

    XmlQuery() {
      try {
        doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
      } catch (ParserConfigurationException e) {
        throw new IllegalStateException("no XML document builder in this JVM", e);
      }
    }

    Element element(String name) {
      return doc.createElement(name);
    }

    /** A new clause of {@code bool} with this occurrence. */
    Element clause(Element bool, String occurs) {
      Element c = element("Clause");
      c.setAttribute("occurs", occurs);
      bool.appendChild(c);
      return c;
    }

    String text(Element root) {
      try {
        Transformer t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        StringWriter w = new StringWriter();
        t.transform(new DOMSource(root), new StreamResult(w));
        return w.toString();
      } catch (TransformerException e) {
        throw new IllegalStateException("cannot write an XML query: " + e.getMessage(), e);
      }
    }
  }

  @Override
  public double idf(String stem) {
    long df = documentFrequency.computeIfAbsent(stem, s -> {
      ModifiableSolrParams p = new ModifiableSolrParams();
      p.set("q", SolrQueries.termQuery(p, Schema.TEXT, s));
      return count(p);
    });
    return Math.log(1 + (double) documents() / (df + 1));
  }

  @Override
  public double maxIdf() {
    return Math.log(1 + (double) documents());
  }

  /** Live documents of every kind, asked once. */
  private long documents() {
    if (documents < 0) {
      ModifiableSolrParams p = new ModifiableSolrParams();
      p.set("q", "*:*");
      documents = count(p);
    }
    return documents;
  }

  private long count(ModifiableSolrParams p) {
    p.set("rows", 0);
    try {
      return collection.query(p).getResults().getNumFound();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ModifiableSolrParams kind(String kind) {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", SolrQueries.termQuery(p, Schema.KIND, kind));
    return p;
  }

  private static ArticleRef ref(SolrDocument d) {
    return new ArticleRef(str(d, Schema.ARTICLE_ID), str(d, Schema.TITLE), str(d, Schema.URL), instant(d), str(d, Schema.SOURCE_NAME));
  }

  private static Instant instant(SolrDocument d) {
    Number published = (Number) d.getFirstValue(Schema.PUBLISHED);
    return published == null ? null : Instant.ofEpochMilli(published.longValue());
  }

  private static float score(SolrDocument d) {
    return ((Number) d.getFieldValue("score")).floatValue();
  }

  private static String str(SolrDocument d, String field) {
    return (String) d.getFirstValue(field);
  }

  /** Leaves the connection open: its owner closes it. */
  @Override
  public void close() {}
}
