package org.hindsight.eval;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hindsight.article.Article;
import org.hindsight.extract.Extraction;

/**
 * One yardstick for extraction: a set of annotated articles, scored in its own way (our gold
 * format, MEANTIME's factuality labels, PolNeAR's attributions). Every figure carries the suite's
 * name and whether the system was tuned on it, so a figure on tuned data is never mistaken for
 * evidence. How to add one: implement {@link #run}, give it a name and a {@link Tuning}, and list
 * it in {@link Suites}.
 */
public interface Suite {

  /** Whether the system was developed on a suite. */
  enum Tuning {
    /** Rules and models were developed while reading this suite's errors. */
    TUNED("tuned on"),
    /** A held-out part: measured, never tuned on. */
    HELD_OUT("held out"),
    /** A suite nobody read errors of, though it is not formally held out. */
    NOT_TUNED("not tuned on");

    private final String label;

    Tuning(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Extracts many articles (in parallel where it can), results in input order. */
  @FunctionalInterface
  interface Extract {
    List<Extraction> all(List<Article> articles);
  }

  /**
   * What a run of one suite measured: its figures, and for those it can resample, their 95 %
   * intervals ({@link Bootstrap}, over its documents; empty when it cannot). Immutable.
   */
  record Result(String suite, Tuning tuning, int documents, String unit, int items, Map<String, Double> figures,
      Map<String, Bootstrap.Interval> intervals) {
    public Result {
      figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
      intervals = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(intervals));
    }

    /** A result without intervals. */
    public Result(String suite, Tuning tuning, int documents, String unit, int items, Map<String, Double> figures) {
      this(suite, tuning, documents, unit, items, figures, Map.of());
    }

    /** A figure, or null when the suite has none by that name. */
    public Double figure(String name) {
      return figures.get(name);
    }
  }

  String name();

  Tuning tuning();

  /** One line: what the suite is. */
  String description();

  Result run(Extract extract) throws IOException;
}
