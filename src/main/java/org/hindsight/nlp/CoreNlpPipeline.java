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
import java.time.LocalDate;
import java.time.ZoneOffset;
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
  private final PipelineConfig config;
  private final StanfordCoreNLP core;
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
      this.parser = null;
      this.sutime = null;
    } else {
      props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
      props.setProperty("ner.applyFineGrained", "false");
      props.setProperty("ner.applyNumericClassifiers", "false");
      props.setProperty("ner.useSUTime", "false");
      props.setProperty("ner.buildEntityMentions", "true");
      // one CRF (CoNLL 4-class: person, organisation, location, misc) instead of three: half the
      // NER cost, and the gazetteer does the rest of the actor work
      props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
      this.core = new StanfordCoreNLP(props);
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
    String text = article.text();
    LocalDate docDate =
        article.published() == null ? null : article.published().atZone(ZoneOffset.UTC).toLocalDate();
    Annotation doc = new Annotation(text);
    if (docDate != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, docDate.toString());
    }
    long t0 = System.nanoTime();
    try {
      core.annotate(doc);
    } catch (RuntimeException e) {
      throw new NlpException(article.path() + ": CoreNLP failed: " + e, e);
    }
    List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<TimeExpression> times = new ArrayList<>();
    long t1 = System.nanoTime();
    coreNanos.add(t1 - t0);
    if (config.profile() == PipelineConfig.Profile.FAST) {
      parseSelected(text, coreSentences);
      long t2 = System.nanoTime();
      parseNanos.add(t2 - t1);
      for (int i = 0; i < coreSentences.size(); i++) {
        CoreMap s = coreSentences.get(i);
        if (TEMPORAL.matcher(s.get(CoreAnnotations.TextAnnotation.class)).find()
            && (config.timeTriggers().isEmpty() || hasTrigger(s, config.timeTriggers()))) {
          List<CoreMap> found =
              sutime.annotateSingleSentence(
                  s, docDate == null ? null : docDate.toString(), new SUTime.TimeIndex());
          for (CoreMap t : found) {
            addTime(times, t, text, i, docDate);
          }
        }
      }
      timeNanos.add(System.nanoTime() - t2);
    }
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> entities = new ArrayList<>();
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
          addTime(times, m, text, i, docDate);
        }
        entities.add(new EntityMention(span.of(text), span, type, i, tb, te));
      }
    }
    List<CorefChain> chains = new ArrayList<>();
    if (config.profile() == PipelineConfig.Profile.FULL) {
      convertCoref(doc, sentences, text, chains);
    }
    times.sort((a, b) -> a.span().compareTo(b.span()));
    return new AnnotatedDocument(article, sentences, entities, times, chains);
  }

  private void parseSelected(String text, List<CoreMap> coreSentences) {
    List<CoreMap> selected = new ArrayList<>();
    for (CoreMap s : coreSentences) {
      if (config.parseTriggers().isEmpty() || hasTrigger(s, config.parseTriggers())) {
        selected.add(s);
      }
    }
    if (selected.isEmpty()) {
      return;
    }
    Annotation sub = new Annotation(text);
    sub.set(CoreAnnotations.SentencesAnnotation.class, selected);
    parser.annotate(sub);
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
      List<TimeExpression> out, CoreMap t, String text, int sentence, LocalDate docDate) {
    Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
    if (timex == null) {
      return;
    }
    Span span = span(t);
    String surface = span.of(text);
    LocalDate[] range = TimexIntervals.interval(timex.value(), surface, docDate);
    out.add(
        new TimeExpression(
            surface,
            span,
            sentence,
            timex.timexType(),
            timex.value(),
            range == null ? null : range[0],
            range == null ? null : range[1]));
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
