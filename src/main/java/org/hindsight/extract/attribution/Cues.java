package org.hindsight.extract.attribution;

import java.util.List;
import java.util.Set;
import org.hindsight.nlp.Token;

/**
 * Which tokens are attribution cues: the learned {@link CueLexicon} and, for verbs, the speech and
 * belief verbs the prediction extractor also reads ({@link #SPEECH_VERBS}), so that no verb it
 * treats as a report is missed here. Immutable; thread-safe.
 */
public final class Cues {

  /** Verbs whose subject holds the content of their complement (the hand list the extractors share). */
  public static final Set<String> SPEECH_VERBS =
      Set.of(
          "say", "tell", "add", "state", "warn", "predict", "expect", "argue", "note", "claim",
          "insist", "believe", "think", "write", "announce", "forecast", "estimate", "caution",
          "suggest", "reckon", "acknowledge", "contend", "explain", "stress", "emphasize",
          "emphasise", "anticipate", "fear", "project", "assert", "maintain", "report", "testify",
          "conclude", "concede", "admit", "pledge", "promise", "vow", "threaten", "signal",
          "confirm", "deny", "declare", "tweet", "post", "predicts", "reply", "respond", "answer",
          "observe", "remark", "recall", "doubt", "hope", "wager", "bet", "calculate", "figure");

  /**
   * Aspectual verbs ("continues to threaten", "began to argue") pass the report to their
   * complement: annotators mark them inside a cue, they report nothing by themselves.
   */
  static final Set<String> ASPECTUAL = Set.of("continue", "begin", "start", "keep", "stop", "cease", "resume");

  private final CueLexicon lexicon;

  public Cues(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  public CueLexicon lexicon() {
    return lexicon;
  }

  /** A verb that reports or believes. */
  public boolean verb(Token t) {
    return t.isVerb() && !ASPECTUAL.contains(t.lowerLemma()) && (SPEECH_VERBS.contains(t.lowerLemma()) || lexicon.isCue(t));
  }

  /**
   * Whether the verb at {@code v} opens a participle set off by commas after a noun, before the
   * clause's own verb: "The move, announced one day after the strike ended, will involve …" (which
   * the tagger reads as a past tense and the parser as the move's report). It reports nothing: the
   * noun is no speaker. An inverted report has its speaker after the verb ("…, said Ms. Okafor"),
   * and "Mr. Smith, 45, said …" has no verb after a comma past the cue.
   */
  public static boolean participleAfterNoun(List<Token> t, int v) {
    if (v < 2 || !t.get(v - 1).text().equals(",") || !t.get(v - 2).pos().startsWith("NN")
        || !(t.get(v).pos().equals("VBN") || t.get(v).pos().equals("VBD"))) {
      return false;
    }
    for (int k = v + 1; k + 1 < t.size(); k++) {
      Token x = t.get(k);
      if (x.isQuoteMark()) {
        return false;
      }
      if (x.text().equals(",")) {
        String pos = t.get(k + 1).pos();
        return pos.equals("MD") || pos.equals("VBZ") || pos.equals("VBD") || pos.equals("VBP");
      }
    }
    return false;
  }

  /** Any cue: a reporting verb, or a learned cue of another kind ("according", "statement", ":"). */
  public boolean any(Token t) {
    return t.isVerb() ? verb(t) : lexicon.isCue(t);
  }

  /** The name a cue goes by in features: its lemma and coarse part of speech. */
  static String form(Token t) {
    return CueLexicon.key(t);
  }
}
