package org.hindsight.web;

import java.util.List;
import org.hindsight.web.Views.Chip;
import org.hindsight.web.Views.EvidenceView;
import org.hindsight.web.Views.Exports;
import org.hindsight.web.Views.FacetGroup;
import org.hindsight.web.Views.HitView;
import org.hindsight.web.Views.JudgmentView;
import org.hindsight.web.Views.Link;
import org.hindsight.web.Views.Option;
import org.hindsight.web.Views.Pager;
import org.hindsight.web.Views.Paragraph;
import org.hindsight.web.Views.Tab;
import org.hindsight.web.Views.Timeline;
import org.hindsight.web.Views.TrackRecord;

/** One record per page: everything its template shows, already formatted. Immutable. */
public final class Pages {

  private Pages() {}

  /** The choices of the filter forms. */
  public record Choices(List<Option> kinds, List<Option> levels, List<Option> statuses, List<Option> sorts, List<Option> sizes) {}

  public record Search(
      SearchForm form,
      List<String> errors,
      long total,
      boolean exact,
      List<HitView> hits,
      List<FacetGroup> facets,
      Timeline timeline,
      Pager pager,
      Exports exports,
      List<Chip> chips,
      Choices choices) {}

  public record Ledger(
      SearchForm form,
      String view,
      String heading,
      String explanation,
      String asOf,
      List<Tab> tabs,
      List<String> errors,
      List<HitView> hits,
      Pager pager,
      Exports exports,
      List<Chip> chips,
      Choices choices) {}

  public record Prediction(
      String id,
      String text,
      Paragraph paragraph,
      Link article,
      String externalUrl,
      String published,
      Link source,
      Link holder,
      List<Link> actors,
      List<String> cues,
      String probability,
      String level,
      String polarity,
      String condition,
      String horizon,
      String deadline,
      String status,
      String confidence,
      boolean judged,
      String note,
      String asOf,
      List<EvidenceView> evidence,
      List<JudgmentView> history,
      String csrf,
      List<Option> statuses,
      Exports exports,
      String flash) {}

  public record Article(
      String id,
      String title,
      String published,
      Link source,
      String externalUrl,
      List<Paragraph> paragraphs,
      List<Link> actors,
      int claims,
      int predictions,
      String api) {}

  /** An actor's or a source's page. */
  public record Profile(
      String kind,
      String name,
      String subtitle,
      TrackRecord first,
      TrackRecord second,
      String saidHeading,
      List<HitView> said,
      long saidTotal,
      String saidMore,
      String aboutHeading,
      List<HitView> about,
      long aboutTotal,
      String aboutMore) {}

  public record Error(int status, String title, String message) {}
}
