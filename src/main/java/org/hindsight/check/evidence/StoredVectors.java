package org.hindsight.check.evidence;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * Sentence vectors kept with the index ({@code <index>/vectors}), so that a sentence is embedded
 * once: on first use by the wrapped embedder, then read back by every later check, incremental or
 * full. A vector is stored bit for bit, keyed by a digest of the embedder's name and the text, so
 * the same text in two articles is one vector and another model never reads this one's vectors.
 * What a run embeds is written as it goes and committed by {@link #close}; a run that dies loses
 * only its own new vectors.
 *
 * <p>Thread-safe: lookups share one reader opened at the start (the vectors of earlier runs; those
 * of this run are in the wrapped embedder's own cache), writes go through one Lucene writer.
 */
public final class StoredVectors implements Embedder, Closeable {

  /** The folder inside the index directory. */
  public static final String FOLDER = "vectors";

  private static final String KEY = "key";
  private static final String VECTOR = "vector";

  private final Embedder inner;
  private final String model;
  private final Directory directory;
  private final IndexWriter writer;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final AtomicLong read = new AtomicLong();
  private final AtomicLong written = new AtomicLong();

  private StoredVectors(Embedder inner, Directory directory, IndexWriter writer, DirectoryReader reader) {
    this.inner = inner;
    this.model = inner.getClass().getName() + "/" + inner.dimension();
    this.directory = directory;
    this.writer = writer;
    this.reader = reader;
    this.searcher = reader == null ? null : new IndexSearcher(reader);
  }

  /**
   * Opens (or creates) the vectors of the index in {@code indexDir} around {@code inner}. Fails with
   * a one-line {@link IOException} when another process holds them.
   */
  public static StoredVectors open(Path indexDir, Embedder inner) throws IOException {
    Path dir = indexDir.resolve(FOLDER);
    Files.createDirectories(dir);
    Directory d = FSDirectory.open(dir);
    try {
      IndexWriter w;
      try {
        w = new IndexWriter(d, new IndexWriterConfig(new KeywordAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
      } catch (LockObtainFailedException e) {
        throw new IOException(dir + ": another process is checking this index (its " + IndexWriter.WRITE_LOCK_NAME + " is held)", e);
      }
      DirectoryReader r = DirectoryReader.indexExists(d) ? DirectoryReader.open(d) : null;
      return new StoredVectors(inner, d, w, r);
    } catch (IOException | RuntimeException e) {
      d.close();
      throw e;
    }
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    float[][] out = new float[texts.size()][];
    List<String> missing = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    String[] keys = new String[texts.size()];
    for (int i = 0; i < texts.size(); i++) {
      keys[i] = key(texts.get(i));
      out[i] = stored(keys[i]);
      if (out[i] == null) {
        missing.add(texts.get(i));
        at.add(i);
      } else {
        read.incrementAndGet();
      }
    }
    if (!missing.isEmpty()) {
      List<float[]> fresh = inner.embed(missing);
      for (int k = 0; k < missing.size(); k++) {
        int i = at.get(k);
        out[i] = fresh.get(k);
        store(keys[i], out[i]);
      }
    }
    return List.of(out);
  }

  @Override
  public int dimension() {
    return inner.dimension();
  }

  /** Vectors read back from earlier runs, in this run. */
  public long read() {
    return read.get();
  }

  /** Vectors this run computed and stored. */
  public long written() {
    return written.get();
  }

  private float[] stored(String key) {
    if (searcher == null) {
      return null;
    }
    try {
      TopDocs hit = searcher.search(new TermQuery(new Term(KEY, key)), 1);
      if (hit.scoreDocs.length == 0) {
        return null;
      }
      BytesRef b = searcher.storedFields().document(hit.scoreDocs[0].doc).getBinaryValue(VECTOR);
      if (b == null || b.length != 4 * inner.dimension()) {
        return null; // a broken record is computed again
      }
      float[] v = new float[inner.dimension()];
      ByteBuffer.wrap(b.bytes, b.offset, b.length).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
      return v;
    } catch (IOException e) {
      return null; // unreadable: compute it again
    }
  }

  private void store(String key, float[] v) {
    ByteBuffer b = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(v);
    Document d = new Document();
    d.add(new StringField(KEY, key, Field.Store.NO));
    d.add(new StoredField(VECTOR, b.array()));
    try {
      writer.updateDocument(new Term(KEY, key), d);
      written.incrementAndGet();
    } catch (IOException e) {
      // not stored: the next run computes it again
    }
  }

  private String key(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(model.getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Commits what this run embedded and releases the folder. */
  @Override
  public void close() throws IOException {
    try {
      if (reader != null) {
        reader.close();
      }
      writer.commit();
      writer.close();
    } finally {
      directory.close();
    }
  }
}
