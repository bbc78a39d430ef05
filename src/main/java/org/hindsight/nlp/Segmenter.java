package org.hindsight.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's tokenizer and sentence splitter with a cost that grows with the text, not faster,
 * whatever the text. Thread-safe: the CoreNLP tokenizer may be called from several threads, and
 * each call keeps its state in locals.
 *
 * <p>Two inputs made the rest of the pipeline slow out of all proportion:
 *
 * <ul>
 *   <li>Runs without whitespace. The tokenizer looks ahead to the end of the run for each token it
 *       takes from it, so a run costs the square of its length: 8,000 characters of {@code &a&a…}
 *       took 8 s, 100,000 characters of {@code &amp&amp…} 550 s. A run longer than {@link
 *       #MAX_RUN} characters is cut every {@link #MAX_RUN} characters, and the pieces are tokenized
 *       one by one.
 *   <li>Very long sentences (a scraped page without punctuation is one "sentence" of a million
 *       tokens). A sentence over the configured limit is cut into pieces of at most that many
 *       tokens, after a comma, semicolon, colon or dash in the second half of a piece when there
 *       is one, so the tagger, NER, SUTime, the parser and the extractor each see bounded
 *       sentences.
 * </ul>
 *
 * Ordinary text (no run over {@link #MAX_RUN}, at most {@link #WHOLE_TEXT_CHARS} characters, no
 * sentence over the limit) is tokenized in one call exactly as before. A longer text is tokenized
 * paragraph by paragraph (a blank line always ends a sentence here), so that a stalled article's
 * thread notices an interrupt between paragraphs.
 */
final class Segmenter {

  /** The longest run of non-whitespace characters the tokenizer reads in one piece. */
  static final int MAX_RUN = 256;

  /** Texts up to this many characters (a long feature is 50,000) are tokenized in one call. */
  static final int WHOLE_TEXT_CHARS = 100_000;

  private static final Set<String> CUT_AFTER = Set.of(",", ";", ":", "--", "-", "–", "—", ")", "]", "|");

  private final StanfordCoreNLP tokenizer;
  private final int maxSentenceTokens;

  Segmenter(int maxSentenceTokens) {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit");
    // paragraphs (blank lines) always end a sentence: titles and standfirsts have no full stop
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    // characters it cannot tokenize are dropped as by default, without a warning for each
    props.setProperty("tokenize.options", "untokenizable=noneDelete");
    this.tokenizer = new StanfordCoreNLP(props);
    this.maxSentenceTokens = maxSentenceTokens;
  }

  /**
   * The document tokenized and split into sentences (CoreNLP's {@code TokensAnnotation} and {@code
   * SentencesAnnotation}, offsets into {@code text}), with a warning in {@code warnings} for each
   * way the text was cut.
   *
   * @throws NlpException when the thread is interrupted (its article was abandoned)
   */
  Annotation segment(String text, List<String> warnings) {
    Annotation doc = new Annotation(text);
    Run longest = longestRun(text);
    if (longest.length() <= MAX_RUN && text.length() <= WHOLE_TEXT_CHARS) {
      tokenizer.annotate(doc);
    } else {
      if (longest.length() > MAX_RUN) {
        warnings.add(
            String.format(
                Locale.ROOT,
                "%,d characters without whitespace at offset %d: cut every %d characters for the tokenizer",
                longest.length(), longest.begin(), MAX_RUN));
      }
      tokenizeInPieces(doc, text);
    }
    joinBrokenSentences(doc);
    cutLongSentences(doc, warnings);
    return doc;
  }

  /** What cannot begin a sentence: a sentence the splitter starts with one of these was cut in two. */
  private static final Set<String> NO_START = Set.of(",", ";", ")", "]", "-RRB-", "-RSB-");

  /**
   * Joins a sentence that starts with a comma, semicolon or closing bracket to the one before it in
   * the same paragraph. CoreNLP's tokenizer reads the full stop of an abbreviation it does not know
   * inside a hyphenated word as a sentence end ("Sen. Ann Okafor, R-S.C., said …" becomes "Sen.
   * Ann Okafor, R-S.C." and ", said …"), which leaves the statement without its speaker.
   */
  private static void joinBrokenSentences(Annotation doc) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null || sentences.size() < 2) {
      return;
    }
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> out = new ArrayList<>();
    boolean joined = false;
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      CoreMap prev = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean abbreviated = prev != null && abbreviatedWord(prev);
      if (prev != null && !tokens.isEmpty() && (NO_START.contains(tokens.get(0).word()) || abbreviated)
          && !blankLineIn(text, prev.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), tokens.get(0).beginPosition())) {
        List<CoreLabel> both = new ArrayList<>(prev.get(CoreAnnotations.TokensAnnotation.class));
        if (abbreviated) {
          int n = both.size();
          CoreLabel merged = abbreviation(text, both.get(n - 2), both.get(n - 1));
          both = new ArrayList<>(both.subList(0, n - 2));
          both.add(merged);
        }
        both.addAll(tokens);
        out.set(out.size() - 1, sentence(text, both, prev.get(CoreAnnotations.TokenBeginAnnotation.class)));
        joined = true;
      } else {
        out.add(s);
      }
    }
    if (joined) {
      // a merged abbreviation leaves one token fewer: the document's tokens and each sentence's
      // token offsets follow the sentences
      List<CoreLabel> all = new ArrayList<>();
      for (CoreMap s : out) {
        s.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
        all.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
        s.set(CoreAnnotations.TokenEndAnnotation.class, all.size());
      }
      doc.set(CoreAnnotations.TokensAnnotation.class, all);
      numberSentences(out);
      doc.set(CoreAnnotations.SentencesAnnotation.class, out);
    }
  }

  /** One token of a word and the full stop right after it ("Fried."), as the tokenizer writes a known abbreviation. */
  private static CoreLabel abbreviation(String text, CoreLabel word, CoreLabel stop) {
    CoreLabel t = new CoreLabel(word);
    String w = text.substring(word.beginPosition(), stop.endPosition());
    t.setWord(w);
    t.setValue(w);
    t.setOriginalText(w);
    t.setEndPosition(stop.endPosition());
    t.set(CoreAnnotations.AfterAnnotation.class, stop.get(CoreAnnotations.AfterAnnotation.class));
    return t;
  }

  /**
   * A "sentence" of one capitalised word and its full stop, "the" perhaps before it ("Fried." of
   * "Fried. Krupp GmbH said …", "The Fried." of "The Fried. Krupp GmbH steel and engineering group
   * said …"): the tokenizer read an abbreviated given name it does not know as a sentence end; no
   * sentence of news copy is one word and a full stop.
   */
  private static boolean abbreviatedWord(CoreMap s) {
    List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
    if (t == null || !(t.size() == 2 || t.size() == 3 && t.get(0).word().equalsIgnoreCase("the"))
        || !t.get(t.size() - 1).word().equals(".")) {
      return false;
    }
    int n = t.size();
    String w = t.get(n - 2).word();
    return w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && w.chars().skip(1).allMatch(Character::isLowerCase)
        && t.get(n - 2).endPosition() == t.get(n - 1).beginPosition();
  }

  record Run(int begin, int length) {}

  /** The longest run of non-whitespace characters (the first of equals). */
  static Run longestRun(String text) {
    int bestBegin = 0;
    int best = 0;
    int begin = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
      if (!space && begin < 0) {
        begin = i;
      } else if (space && begin >= 0) {
        if (i - begin > best) {
          best = i - begin;
          bestBegin = begin;
        }
        begin = -1;
      }
    }
    return new Run(bestBegin, best);
  }

  /**
   * The pieces tokenized one by one, as {begin, end} offsets: paragraphs, a paragraph over {@link
   * #WHOLE_TEXT_CHARS} cut at whitespace, a run over {@link #MAX_RUN} in pieces of its own.
   */
  static List<int[]> pieces(String text) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        // a blank line ends the piece
        if (c == '\n' && nextLineIsBlankAfter(text, i)) {
          add(out, start, i);
          start = i + 1;
        } else if (i - start >= WHOLE_TEXT_CHARS) {
          add(out, start, i);
          start = i + 1;
        }
        i++;
        continue;
      }
      int runEnd = i;
      while (runEnd < n && !Character.isWhitespace(text.charAt(runEnd))) {
        runEnd++;
      }
      if (runEnd - i > MAX_RUN) {
        add(out, start, i);
        for (int k = i; k < runEnd; k += MAX_RUN) {
          int end = Math.min(runEnd, k + MAX_RUN);
          // never between the two halves of a surrogate pair
          if (end < runEnd && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
          }
          add(out, k, end);
          k = end - MAX_RUN;
        }
        start = runEnd;
      }
      i = runEnd;
    }
    add(out, start, n);
    return out;
  }

  /** Whether a blank line (a paragraph break, as {@link #pieces} reads one) lies in text [from, to). */
  private static boolean blankLineIn(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n' && nextLineIsBlankAfter(text, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean nextLineIsBlankAfter(String text, int newline) {
    for (int k = newline + 1; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return false;
  }

  private static void add(List<int[]> out, int begin, int end) {
    if (end > begin) {
      out.add(new int[] {begin, end});
    }
  }

  /** Tokenizes each piece on its own and joins the tokens and sentences with document offsets. */
  private void tokenizeInPieces(Annotation doc, String text) {
    List<CoreLabel> tokens = new ArrayList<>();
    List<CoreMap> sentences = new ArrayList<>();
    for (int[] piece : pieces(text)) {
      Interrupts.check();
      if (text.substring(piece[0], piece[1]).isBlank()) {
        continue;
      }
      Annotation part = new Annotation(text.substring(piece[0], piece[1]));
      tokenizer.annotate(part);
      int shift = piece[0];
      int tokenShift = tokens.size();
      for (CoreLabel t : part.get(CoreAnnotations.TokensAnnotation.class)) {
        t.setBeginPosition(t.beginPosition() + shift);
        t.setEndPosition(t.endPosition() + shift);
        shiftTokenIndex(t, tokenShift);
        tokens.add(t);
      }
      for (CoreMap s : part.get(CoreAnnotations.SentencesAnnotation.class)) {
        s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) + shift);
        s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) + shift);
        s.set(CoreAnnotations.TokenBeginAnnotation.class, s.get(CoreAnnotations.TokenBeginAnnotation.class) + tokenShift);
        s.set(CoreAnnotations.TokenEndAnnotation.class, s.get(CoreAnnotations.TokenEndAnnotation.class) + tokenShift);
        sentences.add(s);
      }
    }
    doc.set(CoreAnnotations.TokensAnnotation.class, tokens);
    numberSentences(sentences);
    doc.set(CoreAnnotations.SentencesAnnotation.class, sentences);
  }

  private static void shiftTokenIndex(CoreLabel t, int by) {
    Integer b = t.get(CoreAnnotations.TokenBeginAnnotation.class);
    if (b != null) {
      t.set(CoreAnnotations.TokenBeginAnnotation.class, b + by);
      t.set(CoreAnnotations.TokenEndAnnotation.class, t.get(CoreAnnotations.TokenEndAnnotation.class) + by);
    }
  }

  /** Cuts every sentence over the limit; the document is untouched when none is. */
  private void cutLongSentences(Annotation doc, List<String> warnings) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    int over = 0;
    int firstOffset = -1;
    int firstTokens = 0;
    for (CoreMap s : sentences) {
      int size = s.get(CoreAnnotations.TokensAnnotation.class).size();
      if (size > maxSentenceTokens) {
        if (over++ == 0) {
          firstOffset = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
          firstTokens = size;
        }
      }
    }
    if (over == 0) {
      return;
    }
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> out = new ArrayList<>();
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens.size() <= maxSentenceTokens) {
        out.add(s);
        continue;
      }
      int tokenBegin = s.get(CoreAnnotations.TokenBeginAnnotation.class);
      int from = 0;
      while (from < tokens.size()) {
        int to = cutPoint(tokens, from);
        out.add(sentence(text, tokens.subList(from, to), tokenBegin + from));
        from = to;
      }
    }
    numberSentences(out);
    doc.set(CoreAnnotations.SentencesAnnotation.class, out);
    warnings.add(
        String.format(
            Locale.ROOT,
            "%s over %d tokens (the first at offset %d, %,d tokens) cut into pieces for the tagger, NER, SUTime and the parser",
            over == 1 ? "1 sentence" : String.format(Locale.ROOT, "%,d sentences", over),
            maxSentenceTokens, firstOffset, firstTokens));
  }

  /** Where the piece that starts at {@code from} ends: after punctuation in its second half, else at the limit. */
  private int cutPoint(List<CoreLabel> tokens, int from) {
    int limit = from + maxSentenceTokens;
    if (limit >= tokens.size()) {
      return tokens.size();
    }
    for (int k = limit; k > from + maxSentenceTokens / 2; k--) {
      if (CUT_AFTER.contains(tokens.get(k - 1).word())) {
        return k;
      }
    }
    return limit;
  }

  private static CoreMap sentence(String text, List<CoreLabel> tokens, int tokenBegin) {
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    Annotation s = new Annotation(text.substring(begin, end));
    s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    s.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens));
    s.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
    s.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + tokens.size());
    return s;
  }

  /** Sentence indices in order, and each token's 1-based index and sentence index with them. */
  private static void numberSentences(List<CoreMap> sentences) {
    for (int i = 0; i < sentences.size(); i++) {
      CoreMap s = sentences.get(i);
      s.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
      int index = 1;
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        t.setIndex(index++);
        t.setSentIndex(i);
      }
    }
  }
}
