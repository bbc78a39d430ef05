package org.hindsight.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hindsight.eval.Suite.Tuning;
import org.hindsight.eval.polnear.PolnearSuite;

/**
 * The eval suites and where their data lives: our corpus (in the repository), the Reuters-21578
 * stories we annotated (gold in the repository, text in {@code shared/data/reuters21578}),
 * MEANTIME ({@code shared/data/meantime-dev}) and PolNeAR (fetched into a folder outside the
 * repository: it has no licence). A suite whose data is missing is reported as unavailable, not
 * failed. Immutable.
 */
public final class Suites {

  /** The suites {@code eval --suite all} runs, in table order. */
  public static final List<String> DEFAULT =
      List.of("corpus", "reuters-dev", "reuters-test", "meantime-dev", "polnear-dev");

  /** Every suite name, including those only run when asked for ({@code polnear-train}). */
  public static final List<String> ALL =
      List.of("corpus", "reuters-dev", "reuters-test", "meantime-dev", "polnear-dev", "polnear-train");

  private final Path repo;
  private final Path shared;
  private final Path polnear;
  private final Path systemOut;

  /**
   * @param repo the repository root (holds {@code corpus/})
   * @param shared the shared folder (holds {@code data/reuters21578} and {@code data/meantime-dev})
   * @param polnear the PolNeAR checkout (holds {@code data/train}, {@code data/dev})
   * @param systemOut where to write each article's extraction JSON, per suite; null for nowhere
   */
  public Suites(Path repo, Path shared, Path polnear, Path systemOut) {
    this.repo = repo;
    this.shared = shared;
    this.polnear = polnear;
    this.systemOut = systemOut;
  }

  /** The default places: {@code ../shared} and {@code ../polnear} beside the repository, unless the environment says otherwise. */
  public static Suites beside(Path repo, Path systemOut) {
    Path parent = repo.toAbsolutePath().normalize().getParent();
    String s = System.getenv("HINDSIGHT_SHARED");
    String p = System.getenv("HINDSIGHT_POLNEAR");
    return new Suites(
        repo,
        s != null ? Path.of(s) : parent.resolve("shared"),
        p != null ? Path.of(p) : parent.resolve("polnear"),
        systemOut);
  }

  /** The shared data folder these suites read ({@code ../shared} unless told otherwise). */
  public Path shared() {
    return shared;
  }

  public Suites withShared(Path dir) {
    return new Suites(repo, dir, polnear, systemOut);
  }

  public Suites withPolnear(Path dir) {
    return new Suites(repo, shared, dir, systemOut);
  }

  /** A suite by name, or the reason it cannot run here. */
  public sealed interface Lookup permits Found, Missing {}

  public record Found(Suite suite) implements Lookup {}

  public record Missing(String name, String reason) implements Lookup {}

  public Lookup get(String name) {
    Path reuters = shared.resolve("data/reuters21578");
    return switch (name) {
      case "corpus" -> new Found(new ExtractionGoldSuite(name, Tuning.TUNED,
          "our corpus: 17 articles written for hindsight", repo.resolve("corpus/gold"), repo.resolve("corpus"), systemOut));
      case "reuters-dev", "reuters-test" -> {
        String part = name.substring("reuters-".length());
        if (!Files.isRegularFile(reuters.resolve("reuters21578.jsonl"))) {
          yield new Missing(name, "no " + reuters.resolve("reuters21578.jsonl"));
        }
        yield new Found(new ExtractionGoldSuite(name, part.equals("dev") ? Tuning.TUNED : Tuning.HELD_OUT,
            "Reuters-21578 stories of 25-30 March 1987 annotated by us, " + part + " part",
            repo.resolve("corpus/gold/reuters").resolve(part), reuters, systemOut));
      }
      case "meantime-dev" -> {
        Path dir = shared.resolve("data/meantime-dev");
        yield Files.isDirectory(dir) ? new Found(new MeantimeSuite(dir, Tuning.TUNED, systemOut)) : new Missing(name, "no " + dir);
      }
      case "polnear-dev", "polnear-train" -> {
        String part = name.substring("polnear-".length());
        Path dir = polnear.resolve("data").resolve(part);
        yield Files.isDirectory(dir)
            ? new Found(new PolnearSuite(polnear, part, part.equals("train") ? Tuning.TUNED : Tuning.NOT_TUNED, systemOut))
            : new Missing(name, "no " + dir + " (fetch github:networkdynamics/PolNeAR there; see README)");
      }
      default -> throw new IllegalArgumentException("unknown suite '" + name + "' (known: " + String.join(", ", ALL) + ")");
    };
  }

  /** Names from a comma-separated list, with {@code all} for {@link #DEFAULT}. */
  public static List<String> names(List<String> requested) {
    List<String> out = new ArrayList<>();
    for (String r : requested) {
      for (String n : r.split(",")) {
        String x = n.strip().toLowerCase(Locale.ROOT);
        if (x.equals("all")) {
          DEFAULT.stream().filter(d -> !out.contains(d)).forEach(out::add);
        } else if (!x.isEmpty() && !out.contains(x)) {
          if (!ALL.contains(x)) {
            throw new IllegalArgumentException("unknown suite '" + x + "' (known: all, " + String.join(", ", ALL) + ")");
          }
          out.add(x);
        }
      }
    }
    return out;
  }

  /** The headline figures of each kind of suite, in table order: (column, figure name). */
  public static Map<String, String> headline(Suite.Result r) {
    Map<String, String> m = new LinkedHashMap<>();
    if (r.figures().containsKey("predictions.f1")) {
      m.put("P", "predictions.precision");
      m.put("R", "predictions.recall");
      m.put("F1", "predictions.f1");
    } else if (r.figures().containsKey("future.f1")) {
      m.put("P", "future.precision");
      m.put("R", "future.recall");
      m.put("F1", "future.f1");
    } else {
      m.put("P", "attribution.precision");
      m.put("R", "attribution.recall");
    }
    return m;
  }
}
