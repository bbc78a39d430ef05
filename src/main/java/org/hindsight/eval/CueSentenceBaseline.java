package org.hindsight.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.hindsight.article.Span;
import org.hindsight.extract.Cue;
import org.hindsight.extract.Extraction;
import org.hindsight.extract.Extractor;
import org.hindsight.extract.Holder;
import org.hindsight.extract.Polarity;
import org.hindsight.extract.Prediction;
import org.hindsight.extract.prediction.HedgeLexicon;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * The naive baseline the extractor must beat: every sentence holding a cue word of the hedge
 * lexicon (or a forecasting verb) is one prediction, held by the author, at the lexicon's value of
 * its first cue, without horizon, actors or claims. {@code eval --baseline} scores it on every
 * suite. Stateless after construction; thread-safe.
 */
public final class CueSentenceBaseline {

  private final HedgeLexicon lexicon;
  private final Set<String> words;

  public CueSentenceBaseline(HedgeLexicon lexicon) {
    this.lexicon = lexicon;
    this.words = lexicon.cueWords(Set.of("expect", "predict", "forecast", "anticipate", "project", "will", "would"));
  }

  /**
   * What {@code eval} scores: the baseline when {@code baseline}, else the extractor (the same
   * choice for gold files and for suites).
   */
  public static Function<AnnotatedDocument, Extraction> orExtractor(boolean baseline, Extractor extractor, HedgeLexicon lexicon) {
    return baseline ? new CueSentenceBaseline(lexicon)::extract : extractor::extract;
  }

  public Extraction extract(AnnotatedDocument doc) {
    List<Prediction> out = new ArrayList<>();
    String text = doc.article().text();
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        String lemma = t.lowerLemma();
        if (words.contains(t.lower()) || words.contains(lemma)) {
          HedgeLexicon.Entry e = lexicon.get(t.lower());
          double p = e == null || e.probability() == null ? 0.75 : e.probability();
          Span span = s.span();
          out.add(new Prediction(doc.article().id() + ":b" + out.size(), span.of(text), span, Holder.author(null), List.of(),
              List.of(new Cue(t.text(), t.span())), p, lexicon.band(p).level(), Polarity.POSITIVE, null, null));
          break;
        }
      }
    }
    return new Extraction(doc.article(), List.of(), List.of(), out);
  }
}
