package org.hindsight.extract.claim;

import java.util.List;
import java.util.Set;
import org.hindsight.article.Span;
import org.hindsight.extract.Holder;
import org.hindsight.extract.actor.Actor;
import org.hindsight.extract.attribution.Candidates;
import org.hindsight.extract.attribution.CueLexicon;
import org.hindsight.extract.attribution.Cues;
import org.hindsight.extract.attribution.Quotes;
import org.hindsight.extract.attribution.Reports;
import org.hindsight.extract.attribution.SourceModel;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * Finds who holds a statement, for the claim and prediction extractors: the candidates of {@code
 * extract.attribution} (the subject of the cue that governs it, the names beside a cue, "according
 * to", the speaker of a quote or of the sentences before, the author). When the hand rules (over
 * the hand speech verbs) name a holder, it stands; when they leave the statement to the author, the
 * learned {@link SourceModel} (over the cues learned from PolNeAR) may name someone if it is
 * confident. Without a model, the hand rules alone. One instance per document; not thread-safe.
 */
public final class Attribution {

  /** Verbs whose subject holds the content of their complement (shared with the prediction extractor). */
  public static final Set<String> SPEECH_VERBS = Cues.SPEECH_VERBS;

  /**
   * How sure the model must be that a statement the hand rules leave to the author is someone's
   * else. PolNeAR's attributions are broader than our guide's holders (plans, intentions, "is
   * expected to"), so the model overrules the author only when confident; chosen on our corpus,
   * Reuters dev and PolNeAR train.
   */
  static final double CONFIDENT = 0.8;

  /**
   * The same for a claim. A claim's holder says who vouches for a present or past fact; naming a
   * source our guide would not is cheaper there than for a prediction, whose holder is scored as a
   * forecaster. Chosen on PolNeAR train and Reuters dev (2026-12-05; claim holder on Reuters dev /
   * named holder on PolNeAR train): 0.8 gave 0.774 / 0.366, 0.65 0.778 / 0.419, 0.5 0.782 / 0.466,
   * 0.35 0.775 / 0.497; our corpus's claim holders 0.935 at 0.8, 0.919 at 0.65 and 0.5.
   */
  static final double CLAIM_CONFIDENT = 0.5;

  private final Candidates candidates;
  /** The candidates by the hand speech verbs alone, whose rules' pick stands when they name someone. */
  private final Candidates rules;
  private final SourceModel model;
  private final Cues cues;
  private final Holder author;

  /** With the bundled model. */
  public Attribution(AnnotatedDocument doc, List<Actor> actors) {
    this(doc, actors, SourceModel.bundled());
  }

  /**
   * With a given model, or none ({@code null}: the hand rules choose, as the trainer needs before
   * there is a model; the cues are then the speech verbs alone unless {@code cues} is given).
   */
  public Attribution(AnnotatedDocument doc, List<Actor> actors, SourceModel model) {
    this(doc, actors, model, model != null ? model.cues() : new Cues(new CueLexicon(java.util.Map.of())));
  }

  public Attribution(AnnotatedDocument doc, List<Actor> actors, SourceModel model, Cues cues) {
    String byline = doc.article().author() != null ? doc.article().author() : doc.article().source();
    this.author = Holder.author(byline);
    this.model = model;
    this.cues = cues;
    this.candidates = new Candidates(doc, actors, cues, author);
    this.rules = model == null ? candidates : new Candidates(doc, actors, new Cues(new CueLexicon(java.util.Map.of())), author);
  }

  public Holder author() {
    return author;
  }

  /** The candidates of the prediction or claim at {@code span} in sentence {@code s}. */
  public Candidates.Found candidates(Sentence s, Span span, boolean prediction) {
    return candidates.find(s, span, prediction);
  }

  /** The holder of the prediction at {@code span} in sentence {@code s} (its reporting clause may lie inside it). */
  public Holder holder(Sentence s, Span span) {
    return choose(s, span, true);
  }

  /** The holder of the claim at {@code span} in sentence {@code s}. */
  public Holder claimHolder(Sentence s, Span span) {
    return choose(s, span, false);
  }

  private Holder choose(Sentence s, Span span, boolean prediction) {
    Candidates.Found f = rules.find(s, span, prediction);
    if (model == null || !f.rulePick().isEmpty()) {
      return rulesChoice(f);
    }
    return model.choose(candidates.find(s, span, prediction), prediction ? CONFIDENT : CLAIM_CONFIDENT).holder();
  }

  private Holder rulesChoice(Candidates.Found f) {
    for (Candidates.Candidate c : f.candidates()) {
      if (!c.isAuthor() && c.sources().get(0).key().equals(f.rulePick())) {
        return c.holder();
      }
    }
    return author;
  }

  /** The attribution cues in use. */
  public Cues cues() {
    return cues;
  }

  /** Where the document's quotations and paragraphs lie. */
  public Quotes quotes() {
    return candidates.quotes();
  }

  /** The token range [min, max] of the subtree under {@code node}. */
  public static int[] subtree(Sentence s, int node) {
    return Reports.subtree(s, node);
  }

  /**
   * Whether a sentence has a speech or belief verb: its holder is found through the parse, so the
   * fast pipeline parses it when it also holds a cue word.
   */
  public static boolean hasSpeechVerb(Sentence s) {
    return s.tokens().stream().anyMatch(t -> t.isVerb() && speechLemma(t));
  }

  /** Whether the token's lemma (its lower-cased form when it has none) is one of {@link #SPEECH_VERBS}. */
  public static boolean speechLemma(Token t) {
    return SPEECH_VERBS.contains(t.lowerLemma());
  }
}
