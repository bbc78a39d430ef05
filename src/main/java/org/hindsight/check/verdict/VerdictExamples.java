package org.hindsight.check.verdict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hindsight.learn.Example;

/**
 * The verdict model's featurised training examples as a file ({@code
 * models/training/verdict-examples.tsv}), so that the model is rebuilt from what it was trained on,
 * not from whatever the current extraction makes of the labelled pairs. One example per line, in
 * training order: label, story (the cross-validation group), source ({@code prediction>sentence}),
 * whether the check's gold outcome is settled ({@code settled}, {@code open} or {@code -} when the
 * pairs do not say), and the features, space-separated. A first comment gives how many labelled
 * pairs were featurised (those not among the candidates have no example); other lines starting
 * with {@code #} are comments.
 * A feature holds no space or tab ({@link VerdictFeatures} names them so); a malformed line fails the
 * read with its file and line number.
 */
public final class VerdictExamples {

  /** Where the committed examples live. */
  public static final Path BUNDLED = Path.of("models/training/verdict-examples.tsv");

  private static final String HEADER = "# label\tstory\tsource\tsettled\tfeatures";
  private static final String LABELLED = "# labelled pairs: ";

  private VerdictExamples() {}

  /** Examples read back, and how many labelled pairs they were featurised from (the rest were not among the candidates). */
  public record Loaded(VerdictTrainer.Examples examples, long labelled) {}

  /**
   * Writes {@code examples} (with each check's settled flag, by prediction id) to {@code file}, and
   * how many labelled pairs they come from.
   */
  public static void write(Path file, VerdictTrainer.Examples examples, long labelled) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(LABELLED + labelled + '\n');
      w.write(HEADER);
      w.write('\n');
      for (Example e : examples.list()) {
        Boolean settled = examples.settled().get(predictionId(e));
        for (String f : e.features()) {
          if (f.isEmpty() || f.indexOf(' ') >= 0 || f.indexOf('\t') >= 0 || f.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("feature '" + f + "' of " + e.source() + " holds a space or is empty");
          }
        }
        w.write(e.label() + '\t' + e.group() + '\t' + e.source() + '\t' + (settled == null ? "-" : settled ? "settled" : "open")
            + '\t' + String.join(" ", e.features()) + '\n');
      }
    }
  }

  /** Reads the examples of {@code file}, in file order, with the settled flags they carry. */
  public static Loaded read(Path file) throws IOException {
    List<Example> list = new ArrayList<>();
    long labelled = -1;
    Map<String, Boolean> settled = new TreeMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.startsWith(LABELLED)) {
          try {
            labelled = Long.parseLong(line.substring(LABELLED.length()).strip());
          } catch (NumberFormatException e) {
            throw new IOException(file + ":" + n + ": '" + line + "' gives no count of labelled pairs");
          }
          continue;
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] col = line.split("\t", -1);
        if (col.length != 5) {
          throw new IOException(file + ":" + n + ": " + col.length + " tab-separated columns, 5 expected (label, story, source, settled, features)");
        }
        String label = col[0];
        if (!label.equals(VerdictFeatures.SUPPORTS) && !label.equals(VerdictFeatures.REFUTES) && !label.equals(VerdictFeatures.UNRELATED)) {
          throw new IOException(file + ":" + n + ": label '" + label + "' is not SUPPORTS, REFUTES or UNRELATED");
        }
        if (col[1].isEmpty() || col[2].indexOf('>') <= 0 || col[4].isBlank()) {
          throw new IOException(file + ":" + n + ": a story, a source 'prediction>sentence' and features are required");
        }
        Example e = new Example(label, Arrays.asList(col[4].split(" ")), col[1], col[2]);
        switch (col[3]) {
          case "settled" -> settled.put(predictionId(e), true);
          case "open" -> settled.put(predictionId(e), false);
          case "-" -> { }
          default -> throw new IOException(file + ":" + n + ": settled is '" + col[3] + "', not settled, open or -");
        }
        list.add(e);
      }
    }
    return new Loaded(new VerdictTrainer.Examples(list, settled), labelled < 0 ? list.size() : labelled);
  }

  /** How far the committed examples are from the current featurising: examples lost and added. */
  public record Drift(int lost, int added) {
    /** The larger of the two: how many examples a retraining would see differently, at least. */
    public int changed() {
      return Math.max(lost, added);
    }
  }

  /**
   * How far a real-valued feature may move and the example still count as the same: scores and
   * coverages weigh words by their rarity in the whole index, so any change to what the index holds
   * (a claim more, a sentence split elsewhere) moves them in the third decimal.
   */
  public static final double REAL_TOLERANCE = 0.01;

  /**
   * Compares {@code committed} with what the current featurising gives ({@code current}): an
   * example is kept when one of the other list has its label, story, sentence and binary features,
   * and its real-valued features within {@link #REAL_TOLERANCE} (the prediction's id is left out:
   * ids shift when the extractor finds one more prediction in a story, the pair does not). Lost are
   * the committed examples the current featurising does not give, added the current ones the file
   * lacks.
   */
  public static Drift drift(List<Example> committed, List<Example> current) {
    Map<String, List<Example>> have = new TreeMap<>();
    for (Example e : current) {
      have.computeIfAbsent(key(e), k -> new ArrayList<>()).add(e);
    }
    int lost = 0;
    for (Example e : committed) {
      List<Example> same = have.getOrDefault(key(e), List.of());
      int at = -1;
      for (int i = 0; i < same.size() && at < 0; i++) {
        if (close(e, same.get(i))) {
          at = i;
        }
      }
      if (at < 0) {
        lost++;
      } else {
        same.remove(at);
      }
    }
    int added = 0;
    for (List<Example> left : have.values()) {
      added += left.size();
    }
    return new Drift(lost, added);
  }

  private static String key(Example e) {
    String sentence = e.source().substring(e.source().indexOf('>') + 1);
    return e.label() + '\t' + e.group() + '\t' + sentence;
  }

  /** The same binary features, and real-valued ones of the same names within {@link #REAL_TOLERANCE}. */
  private static boolean close(Example a, Example b) {
    String[] ca = a.context();
    String[] cb = b.context();
    if (ca.length != cb.length) {
      return false;
    }
    float[] va = a.values();
    float[] vb = b.values();
    Map<String, Float> other = new TreeMap<>();
    for (int i = 0; i < cb.length; i++) {
      other.put(cb[i], vb[i]);
    }
    for (int i = 0; i < ca.length; i++) {
      Float v = other.get(ca[i]);
      if (v == null || Math.abs(v - va[i]) > REAL_TOLERANCE + 1e-6) {
        return false;
      }
    }
    return true;
  }

  private static String predictionId(Example e) {
    int at = e.source().indexOf('>');
    return at < 0 ? e.source() : e.source().substring(0, at);
  }
}
