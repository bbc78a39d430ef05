package org.hindsight.nlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import org.hindsight.article.Article;
import org.hindsight.article.Span;

/**
 * The CoreNLP implementation of {@link Pipeline}. Thread-safe: CoreNLP's annotators may be called
 * from several threads at once, and this class keeps no per-document state in fields.
 *
 * <p>Why each annotator earns its cost (fast profile, see {@code bench}): tokenize/pos/lemma are
 * cheap (~40 ms per 1k tokens) and everything downstream needs them; lean NER (~100 ms) finds the
 * actors; the dependency parser (~390 ms) gives clause structure for holders and prediction spans,
 * so it runs only on sentences with an attribution or future cue; SUTime is expensive when run on
 * every sentence inside NER, so it runs only on sentences that hold a temporal word; statistical
 * coreference (~1,860 ms) is replaced by the actor resolver's own merging.
 */
public final class CoreNlpPipeline implements Pipeline {

  /**
   * Words that make a sentence worth running SUTime on: calendar names, years, and relative
   * periods with a quantifier ("next month", "the coming days", "two weeks ago"); a bare "year" or
   * "day" ("per year", "a day") does not qualify.
   */
  private static final Pattern TEMPORAL =
      Pattern.compile(
          "(?i)\\b(january|february|march|april|june|july|august|september|october|november|december"
              + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday"
              + "|friday|saturday|sunday|today|tonight|tomorrow|yesterday|weekend|soon|christmas"
              + "|spring|summer|autumn|winter|quarter|mid-\\w+|(19|20)\\d\\d|ago|later|hours"
              + "|(next|coming|following|last|this|past|previous|upcoming|few|several|two|three|four|five"
              + "|six|seven|eight|nine|ten|twelve|\\d+|within|end of the|end of this|end of next)"
              + "\\s+(days?|weeks?|months?|years?|decades?))\\b|(?-i:\\bMay\\b)");

  /** Nanoseconds spent per stage, summed over threads (for the benchmark). Thread-safe adders. */
  private final LongAdder coreNanos = new LongAdder();
  private final LongAdder parseNanos = new LongAdder();
  private final LongAdder timeNanos = new LongAdder();
  private final LongAdder sentencesSeen = new LongAdder();
  private final LongAdder sentencesParsed = new LongAdder();
  private final LongAdder sentencesTimed = new LongAdder();
  private final PipelineConfig config;
  /** The full profile's whole pipeline, or the fast profile's pos, lemma and NER. */
  private final StanfordCoreNLP core;
  private final Segmenter segmenter;
  private final StanfordCoreNLP parser;
  private final TimeAnnotator sutime;

  public CoreNlpPipeline(PipelineConfig config) {
    this.config = config;
    Properties props = new Properties();
    // paragraphs (blank lines) always end a sentence: titles and standfirsts have no full stop
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    if (config.profile() == PipelineConfig.Profile.FULL) {
      props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref");
      props.setProperty("coref.algorithm", "statistical");
      this.core = new StanfordCoreNLP(props);
      this.segmenter = null;
      this.parser = null;
      this.sutime = null;
    } else {
      this.segmenter = new Segmenter(config.maxSentenceTokens());
      props.setProperty("annotators", "pos,lemma,ner");
      props.setProperty("enforceRequirements", "false");
      props.setProperty("ner.applyFineGrained", "false");
      props.setProperty("ner.applyNumericClassifiers", "false");
      props.setProperty("ner.useSUTime", "false");
      props.setProperty("ner.buildEntityMentions", "true");
      // one CRF (CoNLL 4-class: person, organisation, location, misc) instead of three: half the
      // NER cost, and the gazetteer does the rest of the actor work
      props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
      this.core = new StanfordCoreNLP(props, false);
      Properties p = new Properties();
      p.setProperty("annotators", "depparse");
      p.setProperty("enforceRequirements", "false");
      this.parser = new StanfordCoreNLP(p, false);
      Properties t = new Properties();
      t.setProperty("sutime.includeRange", "true");
      t.setProperty("sutime.markTimeRanges", "true");
      this.sutime = new TimeAnnotator("sutime", t);
    }
  }

  /**
   * Seconds spent so far, summed over threads: "tokenize+pos+lemma+ner", "depparse", "sutime"
   * (the fast profile; the full profile counts everything as the first).
   */
  public java.util.Map<String, Double> stageSeconds() {
    java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
    out.put("tokenize+pos+lemma+ner", coreNanos.sum() / 1e9);
    out.put("depparse", parseNanos.sum() / 1e9);
    out.put("sutime", timeNanos.sum() / 1e9);
    return out;
  }

  /**
   * How many sentences the fast profile has seen, parsed and run SUTime on, over all documents so
   * far (the full profile parses and time-tags every sentence; it counts none of them).
   */
  public java.util.Map<String, Long> stageSentences() {
    return java.util.Map.of(
        "sentences", sentencesSeen.sum(), "parsed", sentencesParsed.sum(), "sutime", sentencesTimed.sum());
  }

  @Override
  public String describe() {
    if (config.profile() == PipelineConfig.Profile.FULL) {
      return "corenlp full: tokenize,ssplit,pos,lemma,ner(default),depparse,coref(statistical)";
    }
    return "corenlp fast: tokenize,ssplit,pos,lemma,ner(lean),"
        + "depparse("
        + (config.parseTriggers().isEmpty() ? "all" : "cue sentences")
        + "), sutime("
        + (config.timeTriggers().isEmpty() ? "temporal sentences" : "temporal cue sentences")
        + ")";
  }

  @Override
  public AnnotatedDocument annotate(Article article) {
    return annotate(article, true);
  }

  /**
   * Annotates, running SUTime on token windows around temporal words ({@code timeWindows}) or on
   * whole sentences (what the windows must not change; for tests).
   */
  AnnotatedDocument annotate(Article article, boolean timeWindows) {
    return annotate(article, timeWindows, SentenceBatches.TOKENS);
  }

  /** As {@link #annotate(Article, boolean)}, tagging and parsing in batches of {@code batchTokens}. */
  AnnotatedDocument annotate(Article article, boolean timeWindows, int batchTokens) {
    try {
      return annotateOrThrow(article, timeWindows, batchTokens);
    } catch (RuntimeInterruptedException e) {
      // CoreNLP's own answer to an interrupt, said as ours (its flag is cleared by then)
      throw new NlpException("interrupted: the article was abandoned", e);
    }
  }

  /** Runs one CoreNLP step; its failure on this text is the article's, named as CoreNLP's. */
  private static <T> T coreNlp(Article article, java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (NlpException | RuntimeInterruptedException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new NlpException(article.path() + ": CoreNLP failed: " + e, e);
    }
  }

  private static void coreNlp(Article article, Runnable step) {
    coreNlp(
        article,
        () -> {
          step.run();
          return null;
        });
  }

  private AnnotatedDocument annotateOrThrow(Article article, boolean timeWindows, int batchTokens) {
    String text = article.text();
    // what CoreNLP reads: the same offsets, the wire's "U.S. And" read as "U.S. and" (WireCase)
    String read = WireCase.restore(text);
    // the local date of publication: "tomorrow" in Beijing at 07:00 is not the UTC date's tomorrow
    LocalDate docDate = article.publishedDate();
    List<String> warnings = new ArrayList<>();
    long t0 = System.nanoTime();
    Annotation doc;
    if (config.profile() == PipelineConfig.Profile.FULL) {
      doc = new Annotation(read);
      setDocDate(doc, docDate);
      coreNlp(article, () -> core.annotate(doc));
    } else {
      doc = coreNlp(article, () -> segmenter.segment(read, warnings));
      int tokens = doc.get(CoreAnnotations.TokensAnnotation.class).size();
      if (tokens > config.maxArticleTokens()) {
        throw new NlpException(
            String.format(
                Locale.ROOT,
                "too long for one article: %,d tokens, over the limit of %,d (a dump or a scraped page, not an article)",
                tokens, config.maxArticleTokens()));
      }
      setDocDate(doc, docDate);
      coreNlp(article, () -> SentenceBatches.annotate(core, doc, doc.get(CoreAnnotations.SentencesAnnotation.class), batchTokens));
    }
    List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<TimeExpression> times = new ArrayList<>();
    long t1 = System.nanoTime();
    coreNanos.add(t1 - t0);
    if (config.profile() == PipelineConfig.Profile.FULL) {
      AnnotatedDocument full = convert(article, coreSentences, times, docDate, warnings);
      List<CorefChain> chains = new ArrayList<>();
      convertCoref(doc, full.sentences(), text, chains);
      return new AnnotatedDocument(article, full.sentences(), full.entities(), full.times(), chains, warnings);
    }
    sentencesSeen.add(coreSentences.size());
    // a year after publication's triggers SUTime and the parse as a word of the sets does; read once
    // per sentence, and only where TEMPORAL found a time word (it matches every such year)
    boolean[] yearAhead = new boolean[coreSentences.size()];
    for (int i = 0; i < coreSentences.size(); i++) {
      Interrupts.check();
      CoreMap s = coreSentences.get(i);
      if (!TEMPORAL.matcher(s.get(CoreAnnotations.TextAnnotation.class)).find()) {
        continue;
      }
      yearAhead[i] = FutureYears.holdsOne(s.get(CoreAnnotations.TokensAnnotation.class), docDate);
      if (config.timeTriggers().isEmpty() || hasTrigger(s, config.timeTriggers()) || yearAhead[i]) {
        sentencesTimed.increment();
        for (CoreMap window : timeWindows ? TemporalWindows.of(s, text) : List.of(s)) {
          List<CoreMap> found =
              coreNlp(article, () -> sutime.annotateSingleSentence(window, docDate == null ? null : docDate.toString(), new SUTime.TimeIndex()));
          for (CoreMap t : found) {
            addTime(times, t, s, text, i, docDate);
          }
        }
        MidYears.add(s.get(CoreAnnotations.TokensAnnotation.class), i, text, docDate, times);
      }
    }
    long t2 = System.nanoTime();
    timeNanos.add(t2 - t1);
    AnnotatedDocument unparsed = convert(article, coreSentences, times, docDate, warnings);
    List<Integer> selectedIndices = new ArrayList<>();
    List<CoreMap> selected = new ArrayList<>();
    for (int i = 0; i < coreSentences.size(); i++) {
      CoreMap s = coreSentences.get(i);
      if ((config.parseTriggers().isEmpty() || hasTrigger(s, config.parseTriggers()) || yearAhead[i])
          && config.parseSelector().test(unparsed, unparsed.sentences().get(i))) {
        selectedIndices.add(i);
        selected.add(s);
      }
    }
    if (selected.isEmpty()) {
      parseNanos.add(System.nanoTime() - t2);
      return unparsed;
    }
    sentencesParsed.add(selected.size());
    coreNlp(article, () -> SentenceBatches.annotate(parser, new Annotation(read), selected, batchTokens));
    // only the parsed sentences change: their tokens, entities and times are as converted before
    List<Sentence> sentences = new ArrayList<>(unparsed.sentences());
    for (int i : selectedIndices) {
      sentences.set(i, convertSentence(i, coreSentences.get(i), text));
    }
    parseNanos.add(System.nanoTime() - t2);
    return new AnnotatedDocument(article, sentences, unparsed.entities(), unparsed.times(), List.of(), warnings);
  }

  private static void setDocDate(Annotation doc, LocalDate docDate) {
    if (docDate != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, docDate.toString());
    }
  }

  /**
   * Converts CoreNLP's sentences, entity mentions and (full profile: SUTime's, inside NER) time
   * expressions; {@code times} holds the fast profile's own. The times come out sorted.
   */
  private AnnotatedDocument convert(
      Article article, List<CoreMap> coreSentences, List<TimeExpression> times, LocalDate docDate, List<String> warnings) {
    String text = article.text();
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> entities = new ArrayList<>();
    List<TimeExpression> allTimes = new ArrayList<>(times);
    for (int i = 0; i < coreSentences.size(); i++) {
      CoreMap s = coreSentences.get(i);
      sentences.add(convertSentence(i, s, text));
      int sentenceTokenBegin = s.get(CoreAnnotations.TokenBeginAnnotation.class);
      List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
      if (mentions == null) {
        continue;
      }
      for (CoreMap m : mentions) {
        String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        Span span = span(m);
        int tb = m.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceTokenBegin;
        int te = m.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceTokenBegin;
        if (config.profile() == PipelineConfig.Profile.FULL
            && m.get(TimeAnnotations.TimexAnnotation.class) != null) {
          addTime(allTimes, m, s, text, i, docDate);
        }
        entities.add(new EntityMention(span.of(text), span, type, i, tb, te));
      }
    }
    allTimes.sort((a, b) -> a.span().compareTo(b.span()));
    return new AnnotatedDocument(article, sentences, entities, allTimes, List.of(), warnings);
  }

  private static boolean hasTrigger(CoreMap sentence, Set<String> triggers) {
    for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
      String lemma = t.lemma() == null ? t.word() : t.lemma();
      if (triggers.contains(lemma.toLowerCase(Locale.ROOT))
          || triggers.contains(t.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static void addTime(
      List<TimeExpression> out, CoreMap t, CoreMap s, String text, int sentence, LocalDate docDate) {
    Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
    if (timex == null) {
      return;
    }
    Span span = span(t);
    String surface = span.of(text);
    String value = timex.value();
    java.util.regex.Matcher bare = BareDates.BARE_WEEKDAY.matcher(surface);
    List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
    if (docDate != null && bare.matches()) {
      LocalDate day = BareDates.weekday(tokens, span, dayOf(bare.group(1)), docDate);
      value = day.toString();
    } else if (docDate != null) {
      int direction = BareDates.direction(tokens, span);
      value = value == null
          ? BareDates.leadingDay(surface, direction, docDate)
          : BareDates.month(BareDates.comingDate(value, surface, docDate), surface, direction, docDate);
    }
    LocalDate[] range = TimexIntervals.interval(value, surface, docDate);
    out.add(
        new TimeExpression(
            surface,
            span,
            sentence,
            timex.timexType(),
            value,
            range == null ? null : range[0],
            range == null ? null : range[1]));
  }

  private static java.time.DayOfWeek dayOf(String name) {
    return java.time.DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
  }

  private static Span span(CoreMap m) {
    return new Span(
        m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
        m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
  }

  private static Sentence convertSentence(int index, CoreMap s, String text) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int k = 0; k < labels.size(); k++) {
      CoreLabel l = labels.get(k);
      Span span = new Span(l.beginPosition(), l.endPosition());
      String ner = l.ner() == null ? "O" : l.ner();
      tokens.add(new Token(k, span.of(text), span, l.tag(), l.lemma(), ner));
    }
    SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    List<Dependency> deps = new ArrayList<>();
    if (graph != null) {
      for (var root : graph.getRoots()) {
        deps.add(new Dependency(-1, root.index() - 1, "root"));
      }
      for (SemanticGraphEdge e : graph.edgeIterable()) {
        deps.add(
            new Dependency(
                e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
      }
    }
    Span span = new Span(labels.get(0).beginPosition(), labels.get(labels.size() - 1).endPosition());
    return new Sentence(index, span, tokens, deps, graph != null);
  }

  private static void convertCoref(
      Annotation doc, List<Sentence> sentences, String text, List<CorefChain> out) {
    var chains = doc.get(CorefCoreAnnotations.CorefChainAnnotation.class);
    if (chains == null) {
      return;
    }
    for (var chain : chains.values()) {
      var rep = chain.getRepresentativeMention();
      List<CorefChain.Mention> mentions = new ArrayList<>();
      for (var m : chain.getMentionsInTextualOrder()) {
        Sentence s = sentences.get(m.sentNum - 1);
        Span span = s.span(m.startIndex - 1, m.endIndex - 1);
        mentions.add(new CorefChain.Mention(span.of(text), span, s.index(), m == rep));
      }
      if (mentions.size() > 1) {
        out.add(new CorefChain(chain.getChainID(), mentions));
      }
    }
  }
}
