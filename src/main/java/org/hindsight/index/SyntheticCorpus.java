package org.hindsight.index;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.hindsight.article.Article;
import org.hindsight.article.Span;
import org.hindsight.extract.Claim;
import org.hindsight.extract.Cue;
import org.hindsight.extract.Extraction;
import org.hindsight.extract.Holder;
import org.hindsight.extract.Horizon;
import org.hindsight.extract.Polarity;
import org.hindsight.extract.Prediction;
import org.hindsight.extract.actor.Actor;
import org.hindsight.extract.actor.ActorMention;
import org.hindsight.extract.actor.gazetteer.Gazetteer;
import org.hindsight.extract.prediction.HedgeLexicon;

/**
 * Synthetic extractions with realistic field distributions, for the index benchmark and tests:
 * articles of 4–16 items (60% claims, 40% predictions), actors drawn Zipf-like from a few hundred
 * gazetteer entries (so names and aliases are real: "Putin" resolves to person/vladimir-putin),
 * sentence-sized texts from a 20,000-word vocabulary (a few hundred news words, then pseudo-words;
 * Zipf frequencies, exponent 1), publication dates
 * spread over three years (2023–2025), sources Zipf-like, probabilities and levels from the hedge
 * lexicon's bands, half of the predictions with a horizon.
 *
 * <p>{@link #article(long)} is a pure function of the seed and {@code n}: the same call returns the
 * same extraction, so a re-run re-indexes nothing. Immutable and thread-safe.
 */
public final class SyntheticCorpus {

  /** One benchmark query: a text word, an actor (a surface form and its id), a date range. */
  public record Query(String word, String actorName, String actorId, Instant from, Instant to) {}

  public static final Instant START = Instant.parse("2023-01-01T00:00:00Z");
  public static final Instant END = Instant.parse("2026-01-01T00:00:00Z");

  /**
   * Roughly by frequency in news: the Zipf rank of each word is its position. After them come
   * {@link #VOCABULARY} minus these pseudo-words ("velmorat"): news has a long tail of rare words,
   * and a few hundred words alone would make every word occur in every tenth sentence.
   */
  private static final String[] NEWS_WORDS = (
      "government officials said new talks security war economic support week president minister "
          + "deal forces country military international plan year policy people foreign month "
          + "peace leaders trade public meeting region agreement state political energy sanctions "
          + "ceasefire election prices market growth inflation rates bank budget attack troops border "
          + "defence aid report crisis pressure spending tariffs oil gas exports imports investment "
          + "jobs workers court ruling law parliament vote coalition opposition party campaign "
          + "strategy conflict negotiations envoy summit delegation proposal response warning threat "
          + "missile drone strike city capital residents civilians hospital infrastructure power grid "
          + "winter supply shortage demand production output industry companies technology data "
          + "climate emissions summer funding debt bonds currency reserves interest decision "
          + "committee council union alliance partners allies commitment cooperation dialogue "
          + "diplomatic relations tensions dispute territory control occupation offensive counter "
          + "front line positions reinforcements weapons ammunition shipments deliveries package "
          + "billion million percent quarter forecast outlook recession recovery stimulus cuts taxes "
          + "reform pension healthcare education housing migration asylum refugees humanitarian "
          + "corridor access convoy hostages release prisoners exchange mediation framework "
          + "timeline deadline review investigation inquiry evidence allegations charges trial "
          + "verdict appeal regulators antitrust fines platform users privacy rules compliance "
          + "markets investors shares stocks earnings profits losses revenue costs consumers "
          + "households wages unemployment labour strikes protests demonstrations police arrests "
          + "violence stability transition leadership successor cabinet resignation appointment "
          + "mandate constitution referendum turnout polls voters candidates debate platform "
          + "agenda priorities concerns risks uncertainty volatility expectations confidence "
          + "signals statement announcement speech interview briefing spokesman adviser analyst")
      .split(" ");

  /** Distinct words of the corpus, and the Zipf exponent of their frequencies. */
  static final int VOCABULARY = 20_000;

  private static final double WORD_ZIPF = 1.0;

  private static final String[] WORDS = vocabulary();

  private static final String[] SOURCES = {
    "Reuters", "AP", "BBC", "The Guardian", "Financial Times", "Bloomberg", "Al Jazeera",
    "New York Times", "Washington Post", "Politico", "CNN", "Deutsche Welle", "France 24",
    "The Economist", "Wall Street Journal", "Kyiv Independent", "Times of Israel", "Nikkei Asia",
    "South China Morning Post", "Le Monde", "Der Spiegel", "El País", "ABC News", "NPR",
    "Sky News", "The Telegraph", "The Times", "Axios", "Euronews", "Meduza"
  };

  private static final String[] PREDICTION_CUES = {
    "may", "might", "could", "would", "will", "will likely", "is likely to", "is unlikely to",
    "is expected to", "will probably", "could well", "is almost certain to", "may not", "will not"
  };

  private static final String[] CLAIM_CUES = {"probably", "possibly", "perhaps", "likely", "doubtful"};

  private static final String[] SAID = {"said", "told reporters", "argued", "warned", "claimed", "noted"};

  private static final String[][] HORIZONS = {
    {"in the coming days", "7"}, {"this week", "5"}, {"next week", "12"}, {"this month", "30"},
    {"in the coming weeks", "30"}, {"by the end of the quarter", "90"}, {"this year", "200"},
    {"next year", "500"}, {"within six months", "182"}, {"by the summer", "150"}
  };

  /** The first actors of the Zipf ranking: the ones news is most about. */
  private static final List<String> HEADLINERS =
      List.of(
          "country/united-states", "person/donald-trump", "country/russia", "country/ukraine",
          "person/vladimir-putin", "country/china", "country/israel", "person/volodymyr-zelensky",
          "org/european-union", "group/hamas", "org/nato", "person/benjamin-netanyahu",
          "country/iran", "person/xi-jinping", "org/federal-reserve", "country/united-kingdom",
          "org/united-nations", "person/keir-starmer", "person/emmanuel-macron", "person/jerome-powell");

  private static final int ACTORS = 400;

  private final long seed;
  private final String idPrefix;
  private final List<Gazetteer.Entry> actors;
  private final double[] actorCdf;
  private final double[] wordCdf;
  private final double[] sourceCdf;
  private final Map<String, HedgeLexicon.Band> cueBands = new LinkedHashMap<>();

  /**
   * @param seed what makes one corpus differ from another
   * @param idPrefix prefix of article ids (distinct prefixes give disjoint corpora)
   */
  public SyntheticCorpus(long seed, String idPrefix) {
    this(seed, idPrefix, Gazetteer.bundled(), HedgeLexicon.bundled());
  }

  public SyntheticCorpus(long seed, String idPrefix, Gazetteer gazetteer, HedgeLexicon lexicon) {
    this.seed = seed;
    this.idPrefix = idPrefix;
    List<Gazetteer.Entry> all = new ArrayList<>(gazetteer.entries());
    java.util.Collections.shuffle(all, new Random(7));
    List<Gazetteer.Entry> ranked = new ArrayList<>();
    for (String id : HEADLINERS) {
      Gazetteer.Entry e = gazetteer.get(id);
      if (e != null) {
        ranked.add(e);
      }
    }
    for (Gazetteer.Entry e : all) {
      if (ranked.size() >= ACTORS) {
        break;
      }
      if (!ranked.contains(e)) {
        ranked.add(e);
      }
    }
    this.actors = List.copyOf(ranked);
    this.actorCdf = zipf(actors.size(), 1.0);
    this.wordCdf = zipf(WORDS.length, WORD_ZIPF);
    this.sourceCdf = zipf(SOURCES.length, 1.1);
    for (String cue : concat(PREDICTION_CUES, CLAIM_CUES)) {
      HedgeLexicon.Entry e = lexicon.get(cue);
      double p = e != null && e.probability() != null ? e.probability() : guess(cue);
      cueBands.put(cue, lexicon.band(p));
    }
  }

  /** The {@code n}-th article (0-based) of this corpus; always the same for the same seed and n. */
  public Extraction article(long n) {
    Random r = new Random(seed * 0x9E3779B97F4A7C15L + n);
    String articleId = String.format(Locale.ROOT, "%s%08x", idPrefix, n);
    long span = Duration.between(START, END).toSeconds();
    Instant published = START.plusSeconds((long) (r.nextDouble() * span));
    String source = SOURCES[sample(sourceCdf, r)];

    // the article's cast
    int castSize = 2 + r.nextInt(5);
    Set<Gazetteer.Entry> castSet = new LinkedHashSet<>();
    while (castSet.size() < castSize) {
      castSet.add(actors.get(sample(actorCdf, r)));
    }
    List<Gazetteer.Entry> cast = new ArrayList<>(castSet);
    Map<String, List<ActorMention>> mentions = new LinkedHashMap<>();
    Map<String, Set<String>> aliasesUsed = new LinkedHashMap<>();
    for (Gazetteer.Entry e : cast) {
      mentions.put(e.id(), new ArrayList<>());
      aliasesUsed.put(e.id(), new LinkedHashSet<>());
    }

    StringBuilder text = new StringBuilder();
    List<Claim> claims = new ArrayList<>();
    List<Prediction> predictions = new ArrayList<>();
    int items = 4 + r.nextInt(13);
    for (int i = 0; i < items; i++) {
      if (r.nextInt(3) == 0) {
        filler(text, r);
      }
      boolean prediction = r.nextInt(10) < 4;
      int k = 1 + Math.min(r.nextInt(3), cast.size() - 1);
      List<Gazetteer.Entry> about = new ArrayList<>(cast.subList(0, cast.size()));
      java.util.Collections.shuffle(about, r);
      about = about.subList(0, k);
      List<String> actorIds = about.stream().map(Gazetteer.Entry::id).toList();
      Holder holder =
          r.nextInt(100) < 45
              ? Holder.author(null)
              : holderOf(cast.get(r.nextInt(cast.size())), r);

      int begin = text.length();
      List<Cue> cues = new ArrayList<>();
      mention(text, about.get(0), r, mentions, aliasesUsed, true);
      String cue = null;
      if (prediction) {
        cue = PREDICTION_CUES[r.nextInt(PREDICTION_CUES.length)];
      } else if (r.nextInt(5) == 0) {
        cue = CLAIM_CUES[r.nextInt(CLAIM_CUES.length)];
      }
      if (cue != null) {
        text.append(' ');
        cues.add(new Cue(cue, new Span(text.length(), text.length() + cue.length())));
        text.append(cue);
      }
      words(text, 5 + r.nextInt(10), r);
      for (int a = 1; a < about.size(); a++) {
        text.append(r.nextBoolean() ? " with " : " and ");
        mention(text, about.get(a), r, mentions, aliasesUsed, false);
        words(text, 2 + r.nextInt(5), r);
      }
      Horizon horizon = null;
      if (prediction && r.nextBoolean()) {
        String[] h = HORIZONS[r.nextInt(HORIZONS.length)];
        text.append(' ').append(h[0]);
        LocalDate day = published.atZone(ZoneOffset.UTC).toLocalDate();
        horizon = new Horizon(h[0], day, day.plusDays(Long.parseLong(h[1])));
      }
      int end = text.length();
      if (!holder.isAuthor()) {
        text.append(", ").append(holder.name()).append(' ').append(SAID[r.nextInt(SAID.length)]);
      }
      text.append(". ");
      String sentence = text.substring(begin, end);
      Span s = new Span(begin, end);
      Polarity polarity = cue != null && cue.endsWith("not") ? Polarity.NEGATIVE : Polarity.POSITIVE;
      if (prediction) {
        HedgeLexicon.Band band = cueBands.get(cue);
        predictions.add(
            new Prediction(
                articleId + ":p" + predictions.size(), sentence, s, holder, actorIds, cues,
                band.point(), band.level(), polarity, null, horizon));
      } else {
        Double p = cue == null ? null : cueBands.get(cue).point();
        claims.add(new Claim(articleId + ":c" + claims.size(), sentence, s, holder, actorIds, cues, p, polarity));
      }
    }
    // everyone in the cast is mentioned at least once
    for (Gazetteer.Entry e : cast) {
      if (mentions.get(e.id()).isEmpty()) {
        mention(text, e, r, mentions, aliasesUsed, true);
        words(text, 6, r);
        text.append(". ");
      }
    }
    List<Actor> actorList = new ArrayList<>();
    for (Gazetteer.Entry e : cast) {
      Set<String> aliases = new LinkedHashSet<>(aliasesUsed.get(e.id()));
      aliases.remove(e.name());
      actorList.add(new Actor(e.id(), e.name(), e.type(), List.copyOf(aliases), mentions.get(e.id())));
    }
    String title = capitalize(String.join(" ", pick(6, r)));
    Article article =
        new Article(
            articleId, title, source, null, published, "https://example.org/" + articleId, "en",
            text.toString().strip(), "synthetic/" + articleId);
    return new Extraction(article, actorList, claims, predictions);
  }

  /** {@code count} queries with the corpus's own distributions (popular actors asked more). */
  public List<Query> queries(int count, long querySeed) {
    Random r = new Random(querySeed);
    List<Query> out = new ArrayList<>(count);
    long span = Duration.between(START, END).toSeconds();
    for (int i = 0; i < count; i++) {
      Gazetteer.Entry e = actors.get(sample(actorCdf, r));
      List<String> forms = surfaces(e);
      String name = forms.get(r.nextInt(forms.size()));
      // topic words: log-uniform over ranks 20 … 5,000 (from "talks" to rare names of things)
      String word = WORDS[(int) Math.exp(Math.log(20) + r.nextDouble() * (Math.log(5_000) - Math.log(20)))];
      Instant from = START.plusSeconds((long) (r.nextDouble() * span * 0.8));
      Instant to = from.plus(Duration.ofDays(30 + r.nextInt(336)));
      out.add(new Query(word, name, e.id(), from, to));
    }
    return out;
  }

  // ---- pieces ----

  private void mention(
      StringBuilder text,
      Gazetteer.Entry e,
      Random r,
      Map<String, List<ActorMention>> mentions,
      Map<String, Set<String>> aliasesUsed,
      boolean capitalise) {
    List<String> forms = surfaces(e);
    String form = forms.get(r.nextInt(forms.size()));
    if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
      text.append(' ');
    }
    int b = text.length();
    text.append(form);
    mentions.get(e.id()).add(new ActorMention(form, new Span(b, text.length()), form.equals(e.name()) ? "NAME" : "ALIAS"));
    aliasesUsed.get(e.id()).add(form);
  }

  private static List<String> surfaces(Gazetteer.Entry e) {
    List<String> forms = new ArrayList<>();
    forms.add(e.name());
    for (String a : e.aliases()) {
      if (a.length() <= 40) {
        forms.add(a);
      }
    }
    return forms;
  }

  private Holder holderOf(Gazetteer.Entry e, Random r) {
    List<String> forms = surfaces(e);
    return Holder.actor(forms.get(r.nextInt(forms.size())), e.id());
  }

  private void filler(StringBuilder text, Random r) {
    text.append(capitalize(String.join(" ", pick(8 + r.nextInt(12), r)))).append(". ");
  }

  private void words(StringBuilder text, int n, Random r) {
    for (String w : pick(n, r)) {
      text.append(' ').append(w);
    }
  }

  private List<String> pick(int n, Random r) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(WORDS[sample(wordCdf, r)]);
    }
    return out;
  }

  private static String[] vocabulary() {
    String[] syllables = {
      "ba", "ke", "lor", "mi", "nu", "pa", "ra", "sel", "ti", "vo", "zan", "dre", "fal", "gom", "hes",
      "jun", "kri", "lum", "mor", "nest", "ol", "pri", "quen", "ros", "sta", "tor", "ul", "vem", "wyn", "xel"
    };
    String[] out = new String[VOCABULARY];
    System.arraycopy(NEWS_WORDS, 0, out, 0, NEWS_WORDS.length);
    Random r = new Random(11);
    Set<String> seen = new java.util.HashSet<>(Arrays.asList(NEWS_WORDS));
    for (int i = NEWS_WORDS.length; i < VOCABULARY; ) {
      StringBuilder w = new StringBuilder();
      int n = 2 + r.nextInt(3);
      for (int k = 0; k < n; k++) {
        w.append(syllables[r.nextInt(syllables.length)]);
      }
      if (seen.add(w.toString())) {
        out[i++] = w.toString();
      }
    }
    return out;
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static double[] zipf(int n, double s) {
    double[] cdf = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1.0 / Math.pow(i + 1, s);
      cdf[i] = sum;
    }
    for (int i = 0; i < n; i++) {
      cdf[i] /= sum;
    }
    return cdf;
  }

  private static int sample(double[] cdf, Random r) {
    int i = Arrays.binarySearch(cdf, r.nextDouble());
    return Math.min(i < 0 ? -i - 1 : i, cdf.length - 1);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** For multi-word cues the lexicon lists only by their head word. */
  private static double guess(String cue) {
    if (cue.contains("unlikely")) {
      return 0.2;
    }
    if (cue.contains("almost certain")) {
      return 0.95;
    }
    if (cue.contains("likely") || cue.contains("expected") || cue.contains("probably")) {
      return 0.75;
    }
    if (cue.contains("not")) {
      return 0.1;
    }
    return 0.4;
  }
}
