package org.hindsight.web;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hindsight.check.CheckIndex;
import org.hindsight.check.evidence.ArticleView;
import org.hindsight.check.verdict.CheckedPrediction;
import org.hindsight.check.verdict.Evidence;
import org.hindsight.check.evidence.EvidenceIndex;
import org.hindsight.check.evidence.IndexedPrediction;
import org.hindsight.check.verdict.Verdict;
import org.hindsight.check.store.VerdictStore;
import org.hindsight.extract.Claim;
import org.hindsight.extract.Cue;
import org.hindsight.extract.Holder;
import org.hindsight.extract.Prediction;
import org.hindsight.extract.actor.Actor;
import org.hindsight.extract.actor.ActorMention;
import org.hindsight.web.Views.EvidenceView;
import org.hindsight.web.Views.JudgmentView;
import org.hindsight.web.Views.Link;
import org.hindsight.web.Views.Paragraph;

/**
 * The pages of one item: a prediction (its sentence marked in its paragraph, verdict, evidence,
 * the judging form and the judgments given) and an article (its text with actors, claims,
 * predictions, cues and horizons marked at the offsets of the extraction contract). Articles and
 * predictions are read through the check stage's {@link EvidenceIndex}, opened per request (on the
 * latest commit of an embedded index). Thread-safe.
 */
final class ItemPages {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final CheckIndex index;
  private final Verdicts verdicts;

  ItemPages(CheckIndex index, Verdicts verdicts) {
    this.index = index;
    this.verdicts = verdicts;
  }

  /** A prediction with the article it comes from, or null when the index has no such prediction. */
  record Item(IndexedPrediction prediction, ArticleView article) {}

  Item item(String id) throws IOException {
    try (EvidenceIndex ix = index.openEvidence()) {
      IndexedPrediction p = ix.prediction(id);
      if (p == null) {
        return null;
      }
      return new Item(p, ix.article(p.article().id()));
    }
  }

  ArticleView article(String id) throws IOException {
    try (EvidenceIndex ix = index.openEvidence()) {
      return ix.article(id);
    }
  }

  /** The verdict shown for a prediction: the stored one, else its status in the index, unchecked. */
  CheckedPrediction checked(IndexedPrediction p) throws IOException {
    CheckedPrediction c = verdicts.of(p.id());
    if (c != null) {
      return c;
    }
    org.hindsight.check.verdict.Status s;
    try {
      s = org.hindsight.check.verdict.Status.parse(p.indexStatus() == null ? "OPEN" : p.indexStatus());
    } catch (IllegalArgumentException e) {
      s = org.hindsight.check.verdict.Status.OPEN;
    }
    return new CheckedPrediction(p, new Verdict(p.id(), s, 0, List.of(), null, false, "not checked yet (run hindsight check)"));
  }

  Pages.Prediction prediction(Item item, String csrf, String flash) throws IOException {
    IndexedPrediction ip = item.prediction();
    Prediction p = ip.prediction();
    ArticleView a = item.article();
    CheckedPrediction c = checked(ip);
    Verdict v = c.verdict();
    String text = a == null ? p.text() : a.text();
    Marker m = new Marker(text);
    Paragraph paragraph;
    if (a == null) {
      paragraph = new Paragraph(m.add(0, text.length(), "m-pred", "prediction", null).marks(0, text.length()));
    } else {
      int[] para = m.paragraphAround(p.span().begin(), p.span().end());
      m.add(p.span().begin(), p.span().end(), "m-pred", "the prediction", null);
      markCues(m, p.cues());
      markActors(m, a.actors(), p.holder());
      if (p.holder() != null && p.holder().actor() == null && p.holder().name() != null && !p.holder().isAuthor()) {
        m.addPhrase(p.holder().name(), para[0], para[1], "m-holder", "holder", true);
      }
      markHorizon(m, p, para);
      paragraph = new Paragraph(m.marks(para[0], para[1]));
    }
    List<Link> actors = new ArrayList<>();
    for (String id : p.actors()) {
      String name = a == null ? id : a.actors().stream().filter(x -> x.id().equals(id)).map(Actor::name).findFirst().orElse(id);
      actors.add(new Link(name, Links.actor(name)));
    }
    List<EvidenceView> evidence = new ArrayList<>();
    for (Evidence e : v.evidence()) {
      evidence.add(new EvidenceView(
          e.stance().name().toLowerCase(Locale.ROOT), String.format(Locale.ROOT, "%.2f", e.score()), e.sentence(),
          new Link(e.title() == null ? e.articleId() : e.title(), Links.article(e.articleId())), Links.external(e.url()),
          Present.day(e.published())));
    }
    List<JudgmentView> history = new ArrayList<>();
    for (VerdictStore.Judgment j : verdicts.history(p.id())) {
      history.add(new JudgmentView(j.status().name(), j.note(), j.at() == null ? "" : WHEN.format(j.at())));
    }
    String horizon = p.horizon() == null ? null
        : "“" + p.horizon().text() + "” → " + (p.horizon().start() == null ? "…" : p.horizon().start()) + " to " + (p.horizon().end() == null ? "…" : p.horizon().end());
    String idParam = "?id=" + Links.enc(p.id());
    return new Pages.Prediction(
        p.id(),
        p.text(),
        paragraph,
        new Link(ip.article().title() == null ? ip.article().id() : ip.article().title(), Links.article(ip.article().id())),
        Links.external(ip.article().url()),
        Present.day(ip.article().published()),
        ip.article().source() == null ? null : new Link(ip.article().source(), Links.source(ip.article().source())),
        Present.holder(p.holder()),
        actors,
        p.cues().stream().map(Cue::text).toList(),
        Present.probability(p.probability()),
        Present.level(p.level()),
        p.polarity() == null ? null : p.polarity().name().toLowerCase(Locale.ROOT),
        p.condition(),
        horizon,
        ip.deadline() == null ? "none" : ip.deadline().toString() + (p.horizon() == null ? " (default: a year after publication)" : ""),
        v.status().name(),
        v.evidence().isEmpty() && !v.judged() && v.confidence() == 0 ? null : String.format(Locale.ROOT, "%.0f%%", v.confidence() * 100),
        v.judged(),
        v.note(),
        v.asOf() == null ? null : v.asOf().toString(),
        evidence,
        history,
        csrf,
        Present.statuses(v.status().name(), null),
        new Views.Exports(null, null, "/prediction.claimreview.jsonld" + idParam, "/api/prediction" + idParam),
        flash);
  }

  Pages.Article article(ArticleView a, String focus) {
    Marker m = new Marker(a.text());
    for (Prediction p : a.predictions()) {
      String title = "prediction " + Present.probability(p.probability()) + (p.level() == null ? "" : " " + Present.level(p.level()))
          + " · held by " + holderName(p.holder());
      m.add(p.span().begin(), p.span().end(), p.id().equals(focus) ? "m-pred m-focus" : "m-pred", title, Links.prediction(p.id()));
      markCues(m, p.cues());
      markHorizon(m, p, new int[] {p.span().begin(), p.span().end()});
    }
    for (Claim c : a.claims()) {
      m.add(c.span().begin(), c.span().end(), c.id().equals(focus) ? "m-claim m-focus" : "m-claim", "claim · held by " + holderName(c.holder()), null);
      markCues(m, c.cues());
    }
    markActors(m, a.actors(), null);
    List<Link> actors = new ArrayList<>();
    for (Actor x : a.actors()) {
      actors.add(new Link(x.name() + " (" + x.mentions().size() + ")", Links.actor(x.name())));
    }
    return new Pages.Article(
        a.ref().id(),
        a.ref().title() == null ? a.ref().id() : a.ref().title(),
        Present.day(a.ref().published()),
        a.ref().source() == null ? null : new Link(a.ref().source(), Links.source(a.ref().source())),
        Links.external(a.ref().url()),
        m.paragraphs(),
        actors,
        a.claims().size(),
        a.predictions().size(),
        "/api/article?id=" + Links.enc(a.ref().id()));
  }

  private static void markCues(Marker m, List<Cue> cues) {
    for (Cue c : cues) {
      if (c.span() != null) {
        m.add(c.span().begin(), c.span().end(), "m-cue", "cue: " + c.text(), null);
      }
    }
  }

  private static void markActors(Marker m, List<Actor> actors, Holder holder) {
    for (Actor a : actors) {
      boolean held = holder != null && a.id().equals(holder.actor());
      for (ActorMention mention : a.mentions()) {
        String role = mention.role() == null ? "" : " (" + mention.role().toLowerCase(Locale.ROOT) + ")";
        m.add(mention.span().begin(), mention.span().end(), held ? "m-actor m-holder" : "m-actor",
            (held ? "holder: " : "") + a.name() + role, Links.actor(a.name()));
      }
    }
  }

  /** The horizon's words: inside the prediction when they are there, else in the paragraph. */
  private static void markHorizon(Marker m, Prediction p, int[] para) {
    if (p.horizon() == null || p.horizon().text() == null) {
      return;
    }
    String title = "horizon: " + (p.horizon().start() == null ? "…" : p.horizon().start()) + " to " + (p.horizon().end() == null ? "…" : p.horizon().end());
    m.addPhrase(p.horizon().text(), Math.min(para[0], p.span().begin()), Math.max(para[1], p.span().end()), "m-time", title, true);
  }

  private static String holderName(Holder h) {
    if (h == null) {
      return "unknown";
    }
    return h.name() == null || h.name().isBlank() ? (h.isAuthor() ? "the author" : "unknown") : h.name();
  }
}
