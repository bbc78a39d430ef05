package org.hindsight.web;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hindsight.index.SearchRequest;
import org.hindsight.index.SearchResult;
import org.hindsight.web.Views.Bar;
import org.hindsight.web.Views.Link;
import org.hindsight.web.Views.Tick;
import org.hindsight.web.Views.Timeline;

/**
 * The timeline of attention: a search's per-week or per-month counts as SVG bars (the template
 * draws them), empty periods filled in, each bar linking to the search narrowed to its period. At
 * most {@value #MAX_BARS} bars: the latest periods when there are more. Stateless.
 */
final class TimelineChart {

  static final int WIDTH = 720;
  static final int HEIGHT = 120;
  static final int AXIS = 18;
  static final int MAX_BARS = 156;

  private TimelineChart() {}

  static Timeline of(List<SearchResult.Bucket> buckets, SearchRequest.Interval interval, SearchForm form) {
    boolean weeks = interval == SearchRequest.Interval.WEEK;
    String other = weeks ? "month" : "week";
    Link switchLink = new Link("per " + other, form.url("/", "interval", other));
    if (buckets.isEmpty()) {
      return new Timeline(List.of(), List.of(), 0, weeks ? "week" : "month", switchLink, WIDTH, HEIGHT);
    }
    Map<LocalDate, Long> counts = new HashMap<>();
    buckets.forEach(b -> counts.put(b.start(), b.count()));
    LocalDate first = buckets.get(0).start();
    LocalDate last = buckets.get(buckets.size() - 1).start();
    List<LocalDate> periods = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = weeks ? d.plusWeeks(1) : d.plusMonths(1)) {
      periods.add(d);
    }
    if (periods.size() > MAX_BARS) {
      periods = periods.subList(periods.size() - MAX_BARS, periods.size());
    }
    long max = periods.stream().mapToLong(d -> counts.getOrDefault(d, 0L)).max().orElse(1);
    double slot = (double) WIDTH / periods.size();
    double gap = slot > 6 ? Math.min(4, slot * 0.2) : 0.5;
    int plot = HEIGHT - AXIS;
    List<Bar> bars = new ArrayList<>();
    List<Tick> ticks = new ArrayList<>();
    int every = Math.max(1, (int) Math.ceil(periods.size() / 8.0));
    for (int i = 0; i < periods.size(); i++) {
      LocalDate d = periods.get(i);
      long c = counts.getOrDefault(d, 0L);
      double h = max == 0 ? 0 : Math.max(c > 0 ? 2 : 0, plot * (double) c / max);
      LocalDate end = weeks ? d.plusDays(6) : d.plusMonths(1).minusDays(1);
      String label = weeks ? "week of " + d : d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + d.getYear();
      String href = form.with("from", d.toString()).with("to", end.toString()).url("/");
      double x = i * slot + gap / 2;
      bars.add(new Bar(round(x), round(plot - h), round(Math.max(0.5, slot - gap)), round(h), label + ": " + c, c, href));
      if (i % every == 0) {
        String tick = weeks ? d.toString().substring(5) : d.getMonthValue() == 1 || i == 0
            ? d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + d.getYear()
            : d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        ticks.add(new Tick(round(x), tick));
      }
    }
    return new Timeline(bars, ticks, max, weeks ? "week" : "month", switchLink, WIDTH, HEIGHT);
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
