package org.hindsight.check.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.hindsight.check.verdict.Status;
import org.hindsight.check.verdict.Verdict;
import org.hindsight.extract.ExtractionJson;

/**
 * What {@code check} keeps between runs, in a small Lucene index of its own in the folder {@value
 * #FOLDER} inside the index directory: the checker's verdict for every prediction (with a
 * fingerprint of the prediction it judged), human judgments ({@code hindsight judge}), the content
 * hash of every article as of the last check, every judgment ever given (the history) (to tell which articles arrived or changed since),
 * and, in the commit's user data, the last run's as-of date, time and checker fingerprint.
 *
 * <p>Judgments live apart from the index's documents on purpose: {@code ingest} replaces an
 * article's documents when it re-extracts it, and a human verdict must survive that. Every {@link
 * #commit} is atomic; one process writes at a time (Lucene's write lock). Field names are spelled
 * here and nowhere else.
 *
 * <p>Not thread-safe: one run uses it from one thread.
 */
public final class VerdictStore implements Closeable {

  /** The store's folder inside the index directory. */
  public static final String FOLDER = "check";

  // ---- fields (this store's schema, in one place) ----
  private static final String TYPE = "type";
  private static final String ID = "id";
  private static final String JSON = "json";
  private static final String HASH = "hash";
  private static final String TYPE_VERDICT = "verdict";
  private static final String TYPE_JUDGMENT = "judgment";
  /** Every judgment ever given, kept apart from the one in force (which a later one replaces). */
  private static final String TYPE_JUDGMENT_LOG = "judgment_log";
  private static final String TYPE_ARTICLE = "article";
  // ---- commit user data ----
  private static final String AS_OF = "check.as_of";
  private static final String RAN_AT = "check.ran_at";
  private static final String FINGERPRINT = "check.fingerprint";

  /** The last run: as-of date, when it ran, the checker's fingerprint (null fields when none ran). */
  public record State(LocalDate asOf, Instant ranAt, String fingerprint) {
    public static final State NONE = new State(null, null, null);
  }

  /** A stored checker verdict and the fingerprint of the prediction it judged. */
  public record StoredVerdict(Verdict verdict, String predictionHash) {
    public StoredVerdict {
      Objects.requireNonNull(verdict, "verdict");
    }
  }

  /**
   * A human verdict: the prediction (id, and its text when judged, to find it again should ingest
   * renumber the article's predictions), the status, a note, and when it was given. Immutable.
   */
  public record Judgment(String predictionId, String predictionText, Status status, String note, Instant at) {
    public Judgment {
      Objects.requireNonNull(predictionId, "predictionId");
      Objects.requireNonNull(status, "status");
    }
  }

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final State state;
  private final Map<String, StoredVerdict> verdicts = new LinkedHashMap<>();
  private final Map<String, Judgment> judgments = new LinkedHashMap<>();
  private final Map<String, java.util.List<Judgment>> history = new HashMap<>();
  private final Map<String, String> articleHashes = new HashMap<>();

  private VerdictStore(Path path, Directory directory, IndexWriter writer) throws IOException {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> committed = writer.getLiveCommitData();
    if (committed != null) {
      committed.forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    try (DirectoryReader r = DirectoryReader.open(writer)) {
      this.state =
          data.containsKey(AS_OF)
              ? new State(LocalDate.parse(data.get(AS_OF)), Instant.parse(data.get(RAN_AT)), data.get(FINGERPRINT))
              : State.NONE;
      for (LeafReaderContext leaf : r.leaves()) {
        LeafReader lr = leaf.reader();
        Bits live = lr.getLiveDocs();
        StoredFields stored = lr.storedFields();
        for (int doc = 0; doc < lr.maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          Document d = stored.document(doc);
          String id = d.get(ID);
          switch (d.get(TYPE)) {
            case TYPE_VERDICT -> {
              JsonNode n = parse(d.get(JSON));
              verdicts.put(id, new StoredVerdict(VerdictJson.verdictFrom(n), d.get(HASH)));
            }
            case TYPE_JUDGMENT -> judgments.put(id, judgmentFrom(parse(d.get(JSON))));
            case TYPE_JUDGMENT_LOG -> history.computeIfAbsent(id, k -> new java.util.ArrayList<>()).add(judgmentFrom(parse(d.get(JSON))));
            case TYPE_ARTICLE -> articleHashes.put(id, d.get(HASH));
            default -> {}
          }
        }
      }
    }
    Comparator<Judgment> byTime = Comparator.comparing(Judgment::at, Comparator.nullsFirst(Comparator.naturalOrder()));
    history.values().forEach(l -> l.sort(byTime));
  }

  /**
   * Opens (or creates) the store of the index in {@code indexDir} for reading and writing. Fails
   * with a one-line {@link IOException} when another process holds it.
   */
  public static VerdictStore open(Path indexDir) throws IOException {
    Path dir = indexDir.resolve(FOLDER);
    Files.createDirectories(dir);
    Directory d = FSDirectory.open(dir);
    try {
      IndexWriterConfig iwc =
          new IndexWriterConfig(new KeywordAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setCommitOnClose(false);
      IndexWriter w;
      try {
        w = new IndexWriter(d, iwc);
      } catch (LockObtainFailedException e) {
        throw new IOException(dir + ": another process is checking this index (its " + IndexWriter.WRITE_LOCK_NAME + " is held)", e);
      }
      try {
        return new VerdictStore(dir, d, w);
      } catch (IOException | RuntimeException e) {
        w.rollback();
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      d.close();
      throw e;
    }
  }

  /** Whether the index in {@code indexDir} has a store (a check ran or a judgment was given). */
  public static boolean exists(Path indexDir) throws IOException {
    Path dir = indexDir.resolve(FOLDER);
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Directory d = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(d);
    }
  }

  public Path path() {
    return path;
  }

  /** The last committed run. */
  public State state() {
    return state;
  }

  /** Prediction id → the checker's stored verdict. */
  public Map<String, StoredVerdict> verdicts() {
    return java.util.Collections.unmodifiableMap(verdicts);
  }

  /** Prediction id → human judgment. */
  public Map<String, Judgment> judgments() {
    return java.util.Collections.unmodifiableMap(judgments);
  }

  /** Every judgment given on a prediction (by id), oldest first, including those later replaced. */
  public java.util.List<Judgment> history(String predictionId) {
    return java.util.List.copyOf(history.getOrDefault(predictionId, java.util.List.of()));
  }

  /** Article id → content hash as of the last check. */
  public Map<String, String> articleHashes() {
    return java.util.Collections.unmodifiableMap(articleHashes);
  }

  public void putVerdict(StoredVerdict v) throws IOException {
    String id = v.verdict().predictionId();
    Document d = new Document();
    d.add(new StringField(TYPE, TYPE_VERDICT, Field.Store.YES));
    d.add(new StringField(ID, id, Field.Store.YES));
    d.add(new StoredField(JSON, VerdictJson.verdict(v.verdict()).toString()));
    if (v.predictionHash() != null) {
      d.add(new StoredField(HASH, v.predictionHash()));
    }
    writer.updateDocument(key(TYPE_VERDICT, id), withKey(d, TYPE_VERDICT, id));
    verdicts.put(id, v);
  }

  public void removeVerdicts(Collection<String> predictionIds) throws IOException {
    for (String id : predictionIds) {
      writer.deleteDocuments(key(TYPE_VERDICT, id));
      verdicts.remove(id);
    }
  }

  public void putJudgment(Judgment j) throws IOException {
    ObjectNode n = ExtractionJson.MAPPER.createObjectNode();
    n.put("prediction_id", j.predictionId());
    n.put("prediction_text", j.predictionText());
    n.put("status", j.status().name());
    n.put("note", j.note());
    n.put("at", j.at() == null ? null : j.at().toString());
    Document d = new Document();
    d.add(new StringField(TYPE, TYPE_JUDGMENT, Field.Store.YES));
    d.add(new StringField(ID, j.predictionId(), Field.Store.YES));
    d.add(new StoredField(JSON, n.toString()));
    writer.updateDocument(key(TYPE_JUDGMENT, j.predictionId()), withKey(d, TYPE_JUDGMENT, j.predictionId()));
    judgments.put(j.predictionId(), j);
    Document log = new Document();
    log.add(new StringField(TYPE, TYPE_JUDGMENT_LOG, Field.Store.YES));
    log.add(new StringField(ID, j.predictionId(), Field.Store.YES));
    log.add(new StoredField(JSON, n.toString()));
    writer.addDocument(log);
    history.computeIfAbsent(j.predictionId(), k -> new java.util.ArrayList<>()).add(j);
  }

  /** Removes a judgment; returns whether there was one. */
  public boolean removeJudgment(String predictionId) throws IOException {
    writer.deleteDocuments(key(TYPE_JUDGMENT, predictionId));
    return judgments.remove(predictionId) != null;
  }

  /** Replaces the article hashes with those of this run. */
  public void setArticleHashes(Map<String, String> hashes) throws IOException {
    writer.deleteDocuments(new Term(TYPE, TYPE_ARTICLE));
    for (Map.Entry<String, String> e : hashes.entrySet()) {
      Document d = new Document();
      d.add(new StringField(TYPE, TYPE_ARTICLE, Field.Store.YES));
      d.add(new StringField(ID, e.getKey(), Field.Store.YES));
      d.add(new StoredField(HASH, e.getValue() == null ? "" : e.getValue()));
      writer.addDocument(d);
    }
    articleHashes.clear();
    articleHashes.putAll(hashes);
  }

  /** Commits everything written so far, with the run's state (null: keep the last one). */
  public void commit(State run) throws IOException {
    if (run != null && run.asOf() != null) {
      writer.setLiveCommitData(
          Map.of(AS_OF, run.asOf().toString(), RAN_AT, run.ranAt().toString(), FINGERPRINT, run.fingerprint() == null ? "" : run.fingerprint())
              .entrySet());
    }
    writer.commit();
  }

  /** Closes without committing what was not committed. */
  @Override
  public void close() throws IOException {
    try {
      writer.rollback();
    } finally {
      directory.close();
    }
  }

  private static Term key(String type, String id) {
    return new Term(KEY, type + '\u001f' + id);
  }

  private static final String KEY = "key";

  private static Document withKey(Document d, String type, String id) {
    d.add(new StringField(KEY, type + '\u001f' + id, Field.Store.NO));
    return d;
  }

  private static Judgment judgmentFrom(JsonNode n) {
    return new Judgment(
        n.path("prediction_id").asText(),
        n.hasNonNull("prediction_text") ? n.get("prediction_text").asText() : null,
        Status.valueOf(n.path("status").asText()),
        n.hasNonNull("note") ? n.get("note").asText() : null,
        n.hasNonNull("at") ? Instant.parse(n.get("at").asText()) : null);
  }

  private static JsonNode parse(String json) {
    try {
      return ExtractionJson.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("check store holds bad JSON: " + e.getOriginalMessage(), e);
    }
  }
}
