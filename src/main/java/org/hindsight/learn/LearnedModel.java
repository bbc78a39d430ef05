package org.hindsight.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.io.BinaryQNModelReader;
import opennlp.tools.ml.maxent.io.BinaryQNModelWriter;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained model as shipped in {@code models/}: {@code NAME.bin} (OpenNLP's binary maxent model)
 * and {@code NAME.json} (its manifest: what it decides, the training data and its size, the
 * command that rebuilds it, the seed, cross-validated figures, and the Platt calibration fitted on
 * held-out folds). Evaluation is thread-safe (the OpenNLP model is read-only after loading).
 */
public final class LearnedModel {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final String name;
  private final MaxentModel model;
  private final JsonNode manifest;
  private final Calibration calibration;

  public LearnedModel(String name, MaxentModel model, JsonNode manifest) {
    this.name = name;
    this.model = model;
    this.manifest = manifest;
    JsonNode c = manifest.path("calibration");
    this.calibration = c.has("a") ? new Calibration(c.path("a").asDouble(), c.path("b").asDouble()) : Calibration.identity();
  }

  /** Loads {@code /models/NAME.bin} and {@code /models/NAME.json} from the classpath (the jar bundles {@code models/}). */
  public static LearnedModel bundled(String name) {
    try (InputStream bin = LearnedModel.class.getResourceAsStream("/models/" + name + ".bin");
        InputStream json = LearnedModel.class.getResourceAsStream("/models/" + name + ".json")) {
      if (bin == null || json == null) {
        throw new IllegalStateException("models/" + name + ".bin or .json missing from the classpath: run `hindsight train`");
      }
      return new LearnedModel(name, read(bin), MAPPER.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model " + name, e);
    }
  }

  /** Loads {@code DIR/NAME.bin} and {@code DIR/NAME.json}. */
  public static LearnedModel load(Path dir, String name) throws IOException {
    try (InputStream bin = Files.newInputStream(dir.resolve(name + ".bin"))) {
      return new LearnedModel(name, read(bin), MAPPER.readTree(dir.resolve(name + ".json").toFile()));
    }
  }

  private static MaxentModel read(InputStream in) throws IOException {
    return new BinaryQNModelReader(new DataInputStream(new BufferedInputStream(in))).getModel();
  }

  /** Writes the model and its manifest to {@code DIR/NAME.bin} and {@code DIR/NAME.json}. */
  public static void write(Path dir, String name, MaxentModel model, ObjectNode manifest) throws IOException {
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".bin"), bytes(model));
    Files.writeString(dir.resolve(name + ".json"), MAPPER.writeValueAsString(manifest) + "\n");
  }

  /** The model's bytes as {@link #write} stores them (for bit-for-bit comparisons). */
  public static byte[] bytes(MaxentModel model) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(buf)) {
      new BinaryQNModelWriter((AbstractModel) model, out).persist();
    }
    return buf.toByteArray();
  }

  public String name() {
    return name;
  }

  public JsonNode manifest() {
    return manifest;
  }

  public Calibration calibration() {
    return calibration;
  }

  /** Raw probability of each label. */
  public Map<String, Double> probabilities(Example e) {
    return probabilities(model, e);
  }

  /** Raw probability of one label. */
  public double probability(Example e, String label) {
    return probabilities(e).getOrDefault(label, 0.0);
  }

  /** The calibrated probability of one label (Platt, from the manifest). */
  public double calibrated(Example e, String label) {
    return calibration.apply(probability(e, label));
  }

  static Map<String, Double> probabilities(MaxentModel m, Example e) {
    double[] p = m.eval(e.context(), e.values());
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < p.length; i++) {
      out.put(m.getOutcome(i), p[i]);
    }
    return out;
  }

  /** One feature's contribution to a label's score: its weight times its value. */
  public record Weight(String feature, double contribution) {}

  /** What weighed for a label, strongest first (for {@code --explain}). */
  @SuppressWarnings("unchecked")
  public List<Weight> explain(Example e, String label) {
    Object[] data = ((AbstractModel) model).getDataStructures();
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    int outcome = model.getIndex(label);
    String[] ctx = e.context();
    float[] values = e.values();
    List<Weight> out = new ArrayList<>();
    for (int i = 0; i < ctx.length; i++) {
      Context c = pmap.get(ctx[i]);
      if (c == null) {
        continue;
      }
      for (int k = 0; k < c.getOutcomes().length; k++) {
        if (c.getOutcomes()[k] == outcome) {
          out.add(new Weight(e.features().get(i), c.getParameters()[k] * values[i]));
        }
      }
    }
    out.sort(Comparator.comparingDouble((Weight w) -> -Math.abs(w.contribution())));
    return out;
  }
}
