package org.hindsight.eval.polnear;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hindsight.article.Span;
import org.hindsight.eval.GoldScorer;
import org.hindsight.extract.Extraction;
import org.hindsight.extract.Holder;
import org.hindsight.extract.actor.Actor;

/**
 * Scores our claims and predictions against PolNeAR attributions. Accumulates over documents;
 * not thread-safe.
 *
 * <ul>
 *   <li><b>recall</b>: a gold attribution is covered when one of our items (claim or prediction)
 *       holds its content by the rule of {@code score.py} (the content lies inside the item's
 *       text, or at least 80% of its words occur there); the item that covers it is the one whose
 *       span fits the content best (shared characters over the characters either covers), so that
 *       the statement "the wall will be built" covers it rather than the author's account "Trump
 *       said the wall will be built" around it; {@code recall_attributed} counts only
 *       items held by an actor (for an attribution with a source) — whether we saw it as an
 *       attribution at all;
 *   <li><b>named holder</b>: of the covered attributions whose source names someone (a
 *       capitalised word that is not a pronoun, determiner or generic source noun: "Trump", "The
 *       New York Post", not "he", "officials", "a source"), the share whose covering item (the one
 *       overlapping most) is held by an actor whose name or an alias shares its last word with the
 *       source, or contains the source's last capitalised word; {@code author_fallback} is the
 *       share of the wrong ones held by the author;
 *   <li><b>precision</b> of attributed items: of our items held by an actor, the share that lie at
 *       least half inside a gold attribution's content.
 * </ul>
 */
public final class AttributionScorer {

  private static final Set<String> NOT_NAMES =
      Set.of("he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "his", "her", "their", "its",
          "the", "a", "an", "this", "these", "those", "some", "many", "most", "one", "another", "both", "all",
          "several", "other", "others", "officials", "official", "sources", "source", "analysts", "analyst",
          "experts", "expert", "critics", "supporters", "aides", "aide", "people", "voters", "observers",
          "reports", "report", "polls", "poll", "data", "documents", "statement", "spokesman", "spokeswoman",
          "spokesperson", "campaign", "mr", "mrs", "ms", "dr", "q", "according", "few", "everyone");

  private int gold;
  private int covered;
  private int coveredAttributed;
  private int named;
  private int namedRight;
  private int namedAuthor;
  private int attributed;
  private int attributedRight;

  /**
   * A named source we got wrong: the document, the gold source, cue and content, our covering
   * item's text and holder ("author" when the author holds it).
   */
  public record Miss(String document, String source, String cue, String content, String item, String holder) {}

  private final List<Miss> misses = new ArrayList<>();

  /**
   * An item of ours held by an actor that lies less than half inside every annotated content (what
   * {@code precision} counts against us): the document, the item's text and holder, and the
   * annotated content it overlaps most (empty when none).
   */
  public record Outside(String document, String item, String holder, String nearest) {}

  private final List<Outside> outside = new ArrayList<>();

  /** One item of ours: its span, text, holder and the holder's names. */
  private record Item(Span span, String text, Holder holder, Set<String> names) {}

  public void score(PolnearCorpus.Document doc, Extraction x) {
    List<Item> items = new ArrayList<>();
    Map<String, Actor> actors = new LinkedHashMap<>();
    for (Actor a : x.actors()) {
      actors.put(a.id(), a);
    }
    x.claims().forEach(c -> items.add(new Item(c.span(), c.text(), c.holder(), names(c.holder(), actors))));
    x.predictions().forEach(p -> items.add(new Item(p.span(), p.text(), p.holder(), names(p.holder(), actors))));
    for (PolnearCorpus.Attribution a : doc.attributions()) {
      gold++;
      String content = doc.text(a.content());
      Item best = null;
      double bestFit = 0;
      for (Item it : items) {
        double o = GoldScorer.overlap(content, it.text());
        if (o < 0.8) {
          continue;
        }
        double fit = fit(it.span(), a.content());
        if (best == null || fit > bestFit) {
          best = it;
          bestFit = fit;
        }
      }
      if (best == null) {
        continue;
      }
      covered++;
      boolean attributedCover = a.source().isEmpty() || !best.holder().isAuthor();
      coveredAttributed += attributedCover ? 1 : 0;
      List<String> source = words(doc.text(a.source()));
      List<String> proper = source.stream().filter(AttributionScorer::isName).toList();
      if (proper.isEmpty()) {
        continue;
      }
      named++;
      if (holderMatches(best, source, proper.get(proper.size() - 1))) {
        namedRight++;
        continue;
      }
      namedAuthor += best.holder().isAuthor() ? 1 : 0;
      misses.add(new Miss(doc.article().id(), doc.text(a.source()), doc.text(a.cue()), content, best.text(),
          best.holder().isAuthor() ? "author" : String.valueOf(best.holder().name())));
    }
    for (Item it : items) {
      if (it.holder().isAuthor()) {
        continue;
      }
      attributed++;
      int inside = 0;
      PolnearCorpus.Attribution nearest = null;
      for (PolnearCorpus.Attribution a : doc.attributions()) {
        int o = overlap(it.span(), a.content());
        if (o > inside) {
          inside = o;
          nearest = a;
        }
      }
      if (inside * 2 >= it.span().length()) {
        attributedRight++;
      } else {
        String near = nearest == null ? "" : doc.text(nearest.content());
        outside.add(new Outside(doc.article().id(), it.text(), String.valueOf(it.holder().name()), near));
      }
    }
  }

  private static Set<String> names(Holder h, Map<String, Actor> actors) {
    Set<String> out = new HashSet<>();
    if (h.name() != null) {
      out.add(h.name());
    }
    Actor a = h.actor() == null ? null : actors.get(h.actor());
    if (a != null) {
      out.add(a.name());
      out.addAll(a.aliases());
    }
    return out;
  }

  private static boolean holderMatches(Item it, List<String> source, String lastProper) {
    if (it.holder().isAuthor()) {
      return false;
    }
    Set<String> sourceWords = new HashSet<>();
    source.forEach(w -> sourceWords.add(w.toLowerCase(Locale.ROOT)));
    for (String name : it.names()) {
      List<String> w = words(name);
      if (w.isEmpty()) {
        continue;
      }
      if (sourceWords.contains(w.get(w.size() - 1).toLowerCase(Locale.ROOT))) {
        return true;
      }
      for (String x : w) {
        if (x.equalsIgnoreCase(lastProper)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isName(String w) {
    return Character.isUpperCase(w.codePointAt(0)) && !NOT_NAMES.contains(w.toLowerCase(Locale.ROOT));
  }

  /** Words of a text without possessive endings and punctuation. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.split("[^\\p{L}\\p{N}'’.-]+")) {
      String x = w.replaceAll("(['’]s|['’])$", "").replaceAll("^[.'’-]+|[.'’-]+$", "");
      if (!x.isEmpty()) {
        out.add(x);
      }
    }
    return out;
  }

  /** Characters shared by an item and the spans over the characters either covers. */
  private static double fit(Span item, List<Span> spans) {
    int shared = overlap(item, spans);
    int union = item.length();
    for (Span s : spans) {
      union += s.length();
    }
    return (double) shared / Math.max(1, union - shared);
  }

  private static int overlap(Span item, List<Span> spans) {
    int n = 0;
    for (Span s : spans) {
      n += Math.max(0, Math.min(item.end(), s.end()) - Math.max(item.begin(), s.begin()));
    }
    return n;
  }

  /** A scorer holding the counts of several (their misses too, in order): figures over a resample of documents. */
  public static AttributionScorer sum(List<AttributionScorer> parts) {
    AttributionScorer all = new AttributionScorer();
    for (AttributionScorer p : parts) {
      all.gold += p.gold;
      all.covered += p.covered;
      all.coveredAttributed += p.coveredAttributed;
      all.named += p.named;
      all.namedRight += p.namedRight;
      all.namedAuthor += p.namedAuthor;
      all.attributed += p.attributed;
      all.attributedRight += p.attributedRight;
      all.misses.addAll(p.misses);
      all.outside.addAll(p.outside);
    }
    return all;
  }

  /** The named sources we got wrong, in document and annotation order. */
  public List<Miss> misses() {
    return List.copyOf(misses);
  }

  /** Our attributed items outside every annotated content, in document order. */
  public List<Outside> outside() {
    return List.copyOf(outside);
  }

  public int gold() {
    return gold;
  }

  public Map<String, Double> figures() {
    Map<String, Double> f = new LinkedHashMap<>();
    f.put("attribution.recall", rate(covered, gold));
    f.put("attribution.recall_attributed", rate(coveredAttributed, gold));
    f.put("attribution.named_holder", rate(namedRight, named));
    f.put("attribution.named_author_fallback", rate(namedAuthor, named - namedRight));
    f.put("attribution.precision", rate(attributedRight, attributed));
    f.put("attribution.named", (double) named);
    f.put("attribution.attributed_items", (double) attributed);
    return f;
  }

  private static double rate(int a, int b) {
    return b == 0 ? 0.0 : GoldScorer.round((double) a / b);
  }
}
