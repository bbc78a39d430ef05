package org.hindsight.check.evidence;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

  private volatile OneThreadMiniLm model;
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

  private OneThreadMiniLm model() {
    OneThreadMiniLm m = model;
    if (m == null) {
      synchronized (this) {
        m = model;
        if (m == null) {
          // the caller's thread runs the model: no hidden pool competing with ours
          model = m = new OneThreadMiniLm();
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

  /**
   * all-MiniLM-L6-v2 (the ONNX model and tokenizer of langchain4j's jar) in a session that computes
   * on the calling thread alone: ONNX Runtime's default pool has every call spread over all cores,
   * and with one call per checking thread the pools fought for the cores (a third of check's CPU
   * went to waiting threads). The same model and the same pooling: the vectors do not change.
   */
  private static final class OneThreadMiniLm extends AbstractInProcessEmbeddingModel {
    private static final String MODEL = "all-minilm-l6-v2.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    OneThreadMiniLm() {
      super(Runnable::run);
      ClassLoader loader = MiniLmEmbedder.class.getClassLoader();
      try (InputStream model = loader.getResourceAsStream(MODEL);
          InputStream tokenizer = loader.getResourceAsStream(TOKENIZER);
          OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
        if (model == null || tokenizer == null) {
          throw new IllegalStateException(MODEL + " or " + TOKENIZER + " missing from the classpath");
        }
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        encoder = new OnnxBertBiEncoder(env, env.createSession(model.readAllBytes(), options), tokenizer, PoolingMode.MEAN);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the embedding model", e);
      } catch (OrtException e) {
        throw new IllegalStateException("cannot start the embedding model: " + e.getMessage(), e);
      }
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSION;
    }
  }
}
