package org.hindsight.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hindsight.score.Scorecard;
import org.hindsight.check.verdict.Status;
import org.hindsight.extract.Holder;
import org.hindsight.index.Hit;
import org.hindsight.index.SearchRequest;
import org.hindsight.report.CalibrationChart;
import org.hindsight.web.Views.HitView;
import org.hindsight.web.Views.Link;
import org.hindsight.web.Views.Mark;
import org.hindsight.web.Views.Option;
import org.hindsight.web.Views.TrackRecord;

/** Formats values of the index and check stages for the pages: hits, dates, probabilities, track records. Stateless. */
final class Present {

  /** The probability bands of the hedge lexicon, lowest first (ICD 203). */
  static final List<String> LEVELS =
      List.of("ALMOST_NO_CHANCE", "VERY_UNLIKELY", "UNLIKELY", "ROUGHLY_EVEN_CHANCE", "LIKELY", "VERY_LIKELY", "ALMOST_CERTAIN");

  static final int SNIPPET = 280;
  /** Actor chips a hit shows; the rest are counted ("+3 more", linking to the item). */
  static final int MAX_CHIPS = 8;

  private Present() {}

  static HitView hit(Hit h, int rank) {
    boolean article = "article".equals(h.kind());
    String href =
        switch (h.kind()) {
          case "prediction" -> Links.prediction(h.id());
          case "claim" -> Links.item(h.articleId(), h.id());
          default -> Links.article(h.id());
        };
    List<Link> actors = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Hit.ActorRef a : h.actors()) {
      if (seen.add(a.name()) && actors.size() < MAX_CHIPS) {
        actors.add(new Link(a.name(), Links.actor(a.name())));
      }
    }
    if (seen.size() > MAX_CHIPS) {
      actors.add(new Link("+" + (seen.size() - MAX_CHIPS) + " more", article ? Links.article(h.id()) : href));
    }
    List<Mark> text;
    if (h.highlight() != null) {
      text = highlight(h.highlight());
    } else {
      text = List.of(new Mark(article ? clip(h.text(), SNIPPET) : String.valueOf(h.text()), "", null, null));
    }
    return new HitView(
        rank,
        h.kind(),
        h.id(),
        href,
        h.title(),
        Links.article(h.articleId()),
        Links.external(h.url()),
        day(h.published()),
        h.source() == null ? null : new Link(h.source(), Links.source(h.source())),
        probability(h.probability()),
        level(h.level()),
        h.status(),
        h.deadline() == null ? null : h.deadline().toString(),
        holder(h.holder()),
        actors,
        text);
  }

  /** A hit's highlight ({@code **word**} marks) as runs, the marked ones with class {@code hl}. */
  static List<Mark> highlight(String marked) {
    List<Mark> out = new ArrayList<>();
    String[] parts = marked.split("\\*\\*", -1);
    for (int i = 0; i < parts.length; i++) {
      if (!parts[i].isEmpty()) {
        out.add(new Mark(parts[i], i % 2 == 1 ? "hl" : "", null, null));
      }
    }
    return out;
  }

  static Link holder(Holder h) {
    if (h == null) {
      return null;
    }
    if (h.name() == null || h.name().isBlank()) {
      return new Link(h.isAuthor() ? "the author" : "unknown", Links.search("holder", "author"));
    }
    if (h.actor() != null) {
      return new Link(h.name(), Links.actor(h.name()));
    }
    return new Link(h.name() + (h.isAuthor() ? " (author)" : ""), Links.search("holder", h.isAuthor() ? "author" : h.name()));
  }

  static String day(Instant t) {
    return t == null ? "undated" : t.atZone(ZoneOffset.UTC).toLocalDate().toString();
  }

  static String probability(Double p) {
    return p == null ? null : Math.round(p * 100) + "%";
  }

  /** A level as words: "ROUGHLY_EVEN_CHANCE" → "roughly even chance". */
  static String level(String level) {
    return level == null ? null : level.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String clip(String s, int max) {
    if (s == null) {
      return "";
    }
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= max ? one : one.substring(0, max - 1) + "…";
  }

  /** A track record from a scorecard group, with its calibration chart as an inert data: URI. */
  static TrackRecord record(String title, Scorecard.Group g) {
    String svg = CalibrationChart.svg(title, g.bands(), g.brier());
    String uri = "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    return new TrackRecord(
        title, g.total(), g.resolved(), g.confirmed(), g.refuted(), g.expired(), g.open(),
        g.brier() == null ? "—" : String.format(Locale.ROOT, "%.3f", g.brier()), uri);
  }

  static List<Option> kinds(String selected) {
    List<Option> out = new ArrayList<>(List.of(new Option("", "all kinds", selected == null)));
    for (String k : List.of("prediction", "claim", "article")) {
      out.add(new Option(k, k + "s", k.equalsIgnoreCase(String.valueOf(selected))));
    }
    return out;
  }

  static List<Option> levels(String selected) {
    List<Option> out = new ArrayList<>(List.of(new Option("", "any level", selected == null)));
    for (String l : LEVELS) {
      out.add(new Option(l, level(l), l.equalsIgnoreCase(String.valueOf(selected))));
    }
    return out;
  }

  static List<Option> statuses(String selected, String none) {
    List<Option> out = new ArrayList<>();
    if (none != null) {
      out.add(new Option("", none, selected == null));
    }
    for (Status s : Status.values()) {
      out.add(new Option(s.name(), s.name().toLowerCase(Locale.ROOT), s.name().equalsIgnoreCase(String.valueOf(selected))));
    }
    return out;
  }

  static List<Option> sorts(SearchRequest.Sort selected) {
    List<Option> out = new ArrayList<>();
    out.add(new Option("", "best match", selected == null || selected == SearchRequest.Sort.RELEVANCE));
    out.add(new Option("newest", "newest", selected == SearchRequest.Sort.NEWEST));
    out.add(new Option("deadline", "deadline soonest", selected == SearchRequest.Sort.DEADLINE));
    out.add(new Option("deadline_desc", "deadline latest", selected == SearchRequest.Sort.DEADLINE_DESC));
    return out;
  }

  static List<Option> sizes(int selected) {
    List<Option> out = new ArrayList<>();
    for (int n : List.of(10, 20, 50, 100)) {
      out.add(new Option(Integer.toString(n), n + " a page", n == selected));
    }
    return out;
  }
}
