package org.hindsight.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The stretches of a sentence that SUTime reads in the fast profile: {@link #WINDOW} tokens either
 * side of each token that anchors a time expression. Stateless.
 */
final class TemporalWindows {

  /**
   * One token that anchors a time expression: a calendar name, a year, a relative or deictic time
   * word, a unit of time or a frequency ("twice-yearly"). SUTime reads {@link #WINDOW} tokens either
   * side of each.
   */
  private static final Pattern TEMPORAL_TOKEN =
      Pattern.compile(
          "(?i)((january|february|march|april|june|july|august|september|october|november|december"
              + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thurs|fri)\\.?|(?-i:May)"
              + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
              + "|today|tonight|tomorrow|yesterday|weekend|soon|christmas|easter|now|once|overnight"
              + "|present|current|currently|past|future|previously|recent|recently|seconds?|minutes?"
              + "|spring|summer|autumn|fall|winter|quarter|mid-\\w+|(19|20)\\d\\d|ago|later|hours?"
              + "|days?|weeks?|fortnight|months?|years?|decades?|noon|midnight|morning|afternoon"
              + "|evening|night|(\\w+-)?(yearly|quarterly|monthly|weekly|daily|hourly|annual|annually)"
              + "|[0-3]?\\d(st|nd|rd|th)|\\d{1,2}[/.:-]\\d{1,2}([/.-]\\d{2,4})?|\\d{4}-\\d{2}(-\\d{2})?)");

  private static final int WINDOW = 8;

  private TemporalWindows() {}

  /**
   * The stretches of a sentence SUTime needs to read: {@link #WINDOW} tokens either side of each
   * temporal word, merged where they overlap. SUTime's cost grows with the tokens it reads, and a
   * time expression ("from the end of next week until mid-October") is shorter than a window.
   */
  static List<CoreMap> of(CoreMap s, String text) {
    List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreMap> out = new ArrayList<>();
    int from = -1;
    int to = -1;
    for (int k = 0; k < tokens.size(); k++) {
      if (!TEMPORAL_TOKEN.matcher(tokens.get(k).word()).matches()) {
        continue;
      }
      int lo = Math.max(0, k - WINDOW);
      int hi = Math.min(tokens.size(), k + WINDOW + 1);
      if (from >= 0 && lo <= to) {
        to = Math.max(to, hi);
        continue;
      }
      if (from >= 0) {
        out.add(window(s, tokens, from, to, text));
      }
      from = lo;
      to = hi;
    }
    if (from >= 0) {
      out.add(window(s, tokens, from, to, text));
    }
    return out;
  }

  private static CoreMap window(CoreMap s, List<CoreLabel> tokens, int from, int to, String text) {
    List<CoreLabel> sub = tokens.subList(from, to);
    int begin = sub.get(0).beginPosition();
    int end = sub.get(sub.size() - 1).endPosition();
    CoreMap w = new edu.stanford.nlp.util.ArrayCoreMap();
    w.set(CoreAnnotations.TokensAnnotation.class, sub);
    w.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    w.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    w.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    Integer sentenceBegin = s.get(CoreAnnotations.TokenBeginAnnotation.class);
    if (sentenceBegin != null) {
      w.set(CoreAnnotations.TokenBeginAnnotation.class, sentenceBegin + from);
      w.set(CoreAnnotations.TokenEndAnnotation.class, sentenceBegin + to);
    }
    return w;
  }
}
