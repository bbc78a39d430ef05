package org.hindsight.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.hindsight.check.verdict.CheckedPrediction;
import org.hindsight.score.Scorecard;
import org.hindsight.check.verdict.Verdict;
import org.hindsight.extract.Prediction;

/**
 * {@code hindsight report --html FILE}: the ledger and the scorecards as one self-contained HTML
 * file to send around — the stylesheet inlined, calibration charts as data: URIs, no script, no
 * request to anywhere. Rendered by the precompiled jte template {@code report.jte}, which escapes
 * every value; links out are only absolute http(s) URLs. Stateless and thread-safe.
 */
public final class HtmlReport {

  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private HtmlReport() {}

  /** One prediction of the ledger. */
  public record Row(
      String status, boolean judged, String deadline, String probability, String level, String holder, String text,
      String article, String url, String published, int evidence, String note) {}

  /** One line of a scorecard table. */
  public record Line(String key, int predictions, int resolved, int confirmed, int refuted, int expired, int open, String brier) {}

  /** Everything the template shows. */
  public record Model(
      String title, String generated, String asOf, String css, Line overall, String chart, List<Line> byHolder, List<Line> bySource,
      List<Row> ledger) {}

  /** The report of {@code checked} (the verdicts {@code check} stored, judgments laid over). */
  public static String html(List<CheckedPrediction> checked, String title) throws IOException {
    Scorecard.Card all = Scorecard.of(checked, Scorecard.By.ALL);
    LocalDate asOf = checked.stream().map(c -> c.verdict().asOf()).filter(d -> d != null).max(Comparator.naturalOrder()).orElse(null);
    List<Row> rows = new ArrayList<>();
    List<CheckedPrediction> sorted = new ArrayList<>(checked);
    sorted.sort(Comparator.comparing((CheckedPrediction c) -> c.verdict().status().ordinal())
        .thenComparing(c -> c.indexed().deadline(), Comparator.nullsLast(Comparator.naturalOrder())));
    for (CheckedPrediction c : sorted) {
      Prediction p = c.indexed().prediction();
      Verdict v = c.verdict();
      rows.add(new Row(
          v.status().name(), v.judged(), c.indexed().deadline() == null ? "—" : c.indexed().deadline().toString(),
          Math.round(p.probability() * 100) + "%", p.level() == null ? "" : p.level().toLowerCase(Locale.ROOT).replace('_', ' '),
          p.holder() == null || p.holder().name() == null ? "the author" : p.holder().name(), p.text(),
          c.indexed().article().title() == null ? c.indexed().article().id() : c.indexed().article().title(),
          safeUrl(c.indexed().article().url()),
          c.indexed().article().day() == null ? "undated" : c.indexed().article().day().toString(), v.evidence().size(),
          v.judged() ? v.note() : null));
    }
    String svg = CalibrationChart.svg("Calibration of resolved predictions", all.overall().bands(), all.overall().brier());
    Model m = new Model(
        title,
        Instant.now().atZone(ZoneOffset.UTC).toLocalDateTime().withNano(0).toString().replace('T', ' ') + " UTC",
        asOf == null ? "—" : asOf.toString(),
        css(),
        line(all.overall()),
        "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)),
        Scorecard.of(checked, Scorecard.By.HOLDER).groups().stream().map(HtmlReport::line).toList(),
        Scorecard.of(checked, Scorecard.By.SOURCE).groups().stream().map(HtmlReport::line).toList(),
        rows);
    StringOutput out = new StringOutput(64 * 1024);
    ENGINE.render("report.jte", m, out);
    return out.toString();
  }

  private static Line line(Scorecard.Group g) {
    return new Line(g.key(), g.total(), g.resolved(), g.confirmed(), g.refuted(), g.expired(), g.open(),
        g.brier() == null ? "—" : String.format(Locale.ROOT, "%.3f", g.brier()));
  }

  /** The URL when it is an absolute http or https URL with a host, else null: {@code javascript:} and the like never become links. */
  public static String safeUrl(String url) {
    if (url == null || url.isBlank() || url.length() > 2000) {
      return null;
    }
    try {
      URI u = new URI(url.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? u.toASCIIString() : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** The workbench's stylesheet, inlined so the file stands alone. */
  static String css() throws IOException {
    try (InputStream in = HtmlReport.class.getResourceAsStream("/web/static/app.css")) {
      if (in == null) {
        throw new IOException("web/static/app.css is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
