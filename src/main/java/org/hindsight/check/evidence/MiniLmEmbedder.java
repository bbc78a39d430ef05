package org.hindsight.check.evidence;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * all-MiniLM-L6-v2 sentence embeddings (384 dimensions) through langchain4j on ONNX Runtime, in
 * process: the model travels inside its jar and loads on first use (about 1–2 s). Vectors are
 * cached by text (a bounded LRU), so a sentence met again for another prediction is not embedded
 * twice. The model runs on the calling thread: parallelism comes from the callers.
 *
 * <p>Thread-safe: the ONNX session accepts concurrent calls; the cache is synchronised. One
 * instance per JVM is enough ({@link #shared()}).
 */
public final class MiniLmEmbedder implements Embedder {

  static final int DIMENSION = 384;
  static final int CACHE = 200_000;

  private static volatile MiniLmEmbedder shared;

  private volatile AllMiniLmL6V2EmbeddingModel model;
  private final Map<String, float[]> cache =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> e) {
          return size() > CACHE;
        }
      };
  private final AtomicLong computed = new AtomicLong();

  /** The JVM's one embedder (the model is loaded on the first {@link #embed}). */
  public static MiniLmEmbedder shared() {
    MiniLmEmbedder e = shared;
    if (e == null) {
      synchronized (MiniLmEmbedder.class) {
        e = shared;
        if (e == null) {
          shared = e = new MiniLmEmbedder();
        }
      }
    }
    return e;
  }

  private AllMiniLmL6V2EmbeddingModel model() {
    AllMiniLmL6V2EmbeddingModel m = model;
    if (m == null) {
      synchronized (this) {
        m = model;
        if (m == null) {
          // the caller's thread runs the model: no hidden pool competing with ours
          model = m = new AllMiniLmL6V2EmbeddingModel(Runnable::run);
        }
      }
    }
    return m;
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    float[][] out = new float[texts.size()][];
    List<Integer> missing = new ArrayList<>();
    synchronized (cache) {
      for (int i = 0; i < texts.size(); i++) {
        out[i] = cache.get(texts.get(i));
        if (out[i] == null) {
          missing.add(i);
        }
      }
    }
    if (!missing.isEmpty()) {
      List<TextSegment> segments = new ArrayList<>(missing.size());
      for (int i : missing) {
        segments.add(TextSegment.from(texts.get(i)));
      }
      List<Embedding> vectors = model().embedAll(segments).content();
      computed.addAndGet(missing.size());
      synchronized (cache) {
        for (int k = 0; k < missing.size(); k++) {
          float[] v = normalise(vectors.get(k).vector());
          out[missing.get(k)] = v;
          cache.put(texts.get(missing.get(k)), v);
        }
      }
    }
    return List.of(out);
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  /** Sentences embedded by the model so far (cache hits not counted). */
  public long computed() {
    return computed.get();
  }

  private static float[] normalise(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    double norm = Math.sqrt(s);
    if (norm == 0) {
      return v;
    }
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / norm);
    }
    return out;
  }
}
