package org.hindsight.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.hindsight.article.Article;
import org.hindsight.article.Span;
import org.hindsight.extract.actor.Actor;
import org.hindsight.extract.actor.ActorResolver;
import org.hindsight.extract.actor.gazetteer.Gazetteer;
import org.hindsight.extract.claim.Attribution;
import org.hindsight.learn.LearnedModel;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.SharedPipeline;
import org.junit.jupiter.api.Test;

/**
 * The shipped models/attribution-{attributed,source} (trained on PolNeAR train, which CI does not
 * have): their manifests keep the cross-validated figures and the cue lexicon, and the model's own
 * choice (before the extractor's policy) is right on statements written for this test.
 */
class SourceModelTest {

  private static final SourceModel MODEL = SourceModel.bundled();

  private static final AnnotatedDocument DOC =
      SharedPipeline.pipeline()
          .annotate(
              new Article(
                  "source-model",
                  "Budget talks",
                  "Wire",
                  null,
                  Instant.parse("2024-05-10T12:00:00Z"),
                  null,
                  "en",
                  "Senator Elizabeth Warren said the bill would fail in the Senate.\n\n"
                      + "The economy grew by 2 percent last year, according to the Commerce Department.\n\n"
                      + "The committee met on Tuesday in a room on the third floor.",
                  "test/source-model.txt"));

  private static final List<Actor> ACTORS = new ActorResolver(Gazetteer.bundled()).resolve(DOC);

  /** The candidates of the claim whose text is {@code words}. */
  private static Candidates.Found found(String words) {
    Attribution a = new Attribution(DOC, ACTORS, MODEL);
    int begin = DOC.article().text().indexOf(words);
    return a.candidates(DOC.sentenceAt(begin), new Span(begin, begin + words.length()), false);
  }

  private static Candidates.Candidate choice(String words) {
    return MODEL.choose(found(words));
  }

  @Test
  void manifestsKeepTheirCrossValidatedFiguresAndTheCues() {
    LearnedModel source = LearnedModel.bundled(SourceModel.SOURCE);
    LearnedModel attributed = LearnedModel.bundled(SourceModel.ATTRIBUTED);
    assertTrue(source.manifest().path("cross_validated").path("choice.accuracy").asDouble() >= 0.85, source.manifest().toString());
    assertTrue(attributed.manifest().path("cross_validated").path("accuracy").asDouble() >= 0.75);
    assertTrue(MODEL.cues().lexicon().forms().containsAll(List.of("say/V", "tell/V", "accord/V")), "learned cues");
  }

  @Test
  void aSpeakersStatementIsHis() {
    Candidates.Candidate c = choice("the bill would fail in the Senate");
    assertTrue(c.holder().name().contains("Warren"), c.holder().toString());
  }

  @Test
  void accordingToNamesTheSource() {
    Candidates.Candidate c = choice("The economy grew by 2 percent last year");
    assertTrue(c.holder().name().contains("Commerce"), c.holder().toString());
  }

  @Test
  void aStatementWithoutACueIsTheAuthors() {
    assertTrue(choice("The committee met on Tuesday in a room on the third floor").isAuthor());
    assertTrue(MODEL.attributedProbability(found("The committee met on Tuesday in a room on the third floor")) < 0.5);
  }
}
