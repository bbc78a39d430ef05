package org.hindsight.web;

import java.util.List;

/**
 * What the templates show: plain immutable records holding display strings and links, built by
 * {@link Workbench} from what the index and check stages return. Templates escape every string
 * they print; hrefs are built by {@link Links} (only http and https leave the site).
 */
public final class Views {

  private Views() {}

  /** A link; {@code href} null shows the text alone. */
  public record Link(String text, String href) {}

  /**
   * A run of text and the marks over it: CSS classes ({@code m-pred}, {@code m-claim}, {@code
   * m-cue}, {@code m-actor}, {@code m-time}, {@code m-holder}, {@code hl}; empty for none), a
   * tooltip, and the link of the innermost mark that has one.
   */
  public record Mark(String text, String css, String title, String href) {
    public boolean plain() {
      return css.isEmpty() && href == null;
    }
  }

  /** One paragraph of marked text. */
  public record Paragraph(List<Mark> marks) {
    public Paragraph {
      marks = List.copyOf(marks);
    }
  }

  /** One hit of a list (search, ledger, profile pages). */
  public record HitView(
      int rank,
      String kind,
      String id,
      String href,
      String title,
      String articleHref,
      String externalUrl,
      String date,
      Link source,
      String probability,
      String level,
      String status,
      String deadline,
      Link holder,
      List<Link> actors,
      List<Mark> text) {
    public HitView {
      actors = List.copyOf(actors);
      text = List.copyOf(text);
    }
  }

  /** A facet dimension with its values, each a drill-down link (or a link removing the filter when active). */
  public record FacetGroup(String label, List<FacetLink> values) {
    public FacetGroup {
      values = List.copyOf(values);
    }
  }

  public record FacetLink(String value, long count, String href, boolean active) {}

  /** An active filter with the link that removes it. */
  public record Chip(String label, String removeHref) {}

  /** One bar of the timeline in SVG units, linking to the period. */
  public record Bar(double x, double y, double width, double height, String label, long count, String href) {}

  /** A label under the timeline's axis. */
  public record Tick(double x, String label) {}

  /** The timeline of a result: bars, axis labels, the largest count, and the link to the other interval. */
  public record Timeline(List<Bar> bars, List<Tick> ticks, long max, String interval, Link other, int width, int height) {
    public Timeline {
      bars = List.copyOf(bars);
      ticks = List.copyOf(ticks);
    }

    public boolean empty() {
      return bars.isEmpty();
    }
  }

  /** Paging: hits {@code first}–{@code last} of {@code total}; prev/next links null at the ends. */
  public record Pager(int page, int pages, long first, long last, long total, boolean exact, String prev, String next) {}

  /** Export links of a list: CSV, JSON Lines, ClaimReview JSON-LD (null where it does not apply), the API. */
  public record Exports(String csv, String jsonl, String claimReview, String api) {}

  /** One choice of a select box. */
  public record Option(String value, String label, boolean selected) {}

  /** A tab of the ledger with its count. */
  public record Tab(String label, long count, String href, boolean active) {}

  /** A track record: counts, Brier score, and the calibration chart as a data: URI (inert SVG). */
  public record TrackRecord(
      String title, int total, int resolved, int confirmed, int refuted, int expired, int open, String brier, String chart) {
    public boolean empty() {
      return total == 0;
    }
  }

  /** A piece of evidence as the prediction page quotes it. */
  public record EvidenceView(String stance, String score, String sentence, Link article, String externalUrl, String date) {}

  /** One human judgment in the history. */
  public record JudgmentView(String status, String note, String at) {}
}
