package org.hindsight.extract.attribution;

import java.util.List;
import org.hindsight.article.Span;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * Who speaks in a report read without a parse. The name nearest the verb, unless it is the wrong
 * one: a name before an apposition or relative clause speaks ("Jon Tester, chairman of the
 * Democratic Senatorial Campaign Committee, said …"), and so does one after an inverted verb
 * ("…, said Pieter Vos, founder of …"). The hand rules of {@link Candidates}; stateless beyond
 * the document's mentions and quotations.
 */
final class UnparsedSpeakers {

  private final Mentions mentions;
  private final Quotes quotes;

  UnparsedSpeakers(Mentions mentions, Quotes quotes) {
    this.mentions = mentions;
    this.quotes = quotes;
  }

  /**
   * The speaker a cue verb names without a parse: the name before an apposition, else the name
   * after an inverted verb, else the name nearest the verb within {@code maxChars} characters and
   * outside {@code outside} (null: anywhere in the sentence).
   */
  Mentions.Placed speaker(Sentence s, Token cue, int maxChars, Span outside) {
    Mentions.Placed m = beforeApposition(s, cue);
    m = m != null ? m : afterInvertedVerb(s, cue);
    return m != null ? m : mentions.nearest(s, cue, maxChars, outside);
  }

  /**
   * Without a parse, a speaker named before an apposition or a relative clause that ends in a comma
   * right before the verb: "Jon Tester, chairman of the Democratic Senatorial Campaign Committee,
   * said …" is Tester's, not the committee's (the name nearest the verb), and "Grant Young, another
   * Iowa strategist, said …" lies beyond the nearest-name window. Up to three commas back; what
   * lies between them holds no finite verb unless it opens with "who", "which", "whose" or "whom"
   * ("Lech Walesa, whose banned union has been replaced by the OPZZ, condemned …"). A name that is
   * the object of a preposition belongs to an apposition and is passed over: "Martin Keller, chief
   * executive of Northwind Air Charter, an aviation firm, said" is Keller's, not the firm's.
   */
  Mentions.Placed beforeApposition(Sentence s, Token cue) {
    List<Token> tokens = s.tokens();
    int i = cue.index() - 1;
    while (i >= 0 && tokens.get(i).pos().startsWith("RB")) {
      i--;
    }
    if (i < 1 || !tokens.get(i).text().equals(",")) {
      return null;
    }
    int comma = i;
    for (int commas = 0; commas < 3; commas++) {
      int j = comma - 1;
      while (j >= 0 && !tokens.get(j).text().equals(",")) {
        j--;
      }
      if (j < 1) {
        return null;
      }
      if (!apposition(tokens, j + 1, comma)) {
        return null;
      }
      Mentions.Placed m = mentions.at(tokens.get(j - 1).span());
      if (m != null && Mentions.speaks(m) && m.span().end() == tokens.get(j - 1).span().end() && !quotes.inside(m.span())
          && !objectOfPreposition(tokens, m)) {
        return m;
      }
      comma = j;
    }
    return null;
  }

  /**
   * Without a parse, the speaker of an inverted report: "…, said Pieter Vos, founder of …" or
   * "…,\u201d said the Vice President": the name that follows the verb, which itself follows a comma
   * or a closing quotation mark (the nearest name may be the last one of the statement).
   */
  private Mentions.Placed afterInvertedVerb(Sentence s, Token cue) {
    List<Token> tokens = s.tokens();
    int i = cue.index();
    if (!afterCommaOrQuote(tokens, i)) {
      return null;
    }
    int k = i + 1;
    while (k < tokens.size() && k <= i + 4 && !tokens.get(k).text().equals(",") && !tokens.get(k).isVerb()) {
      Mentions.Placed m = mentions.at(tokens.get(k).span());
      if (m != null && Mentions.speaks(m)) {
        return endsPhrase(tokens, m) ? m : null; // "…, said Smith is overstating …" is no inverted report
      }
      k++;
    }
    return null;
  }

  /** Whether token {@code i} follows a comma or a quotation mark, where an inverted report's verb stands ("…, said X"). */
  static boolean afterCommaOrQuote(List<Token> tokens, int i) {
    return i >= 1 && (tokens.get(i - 1).text().equals(",") || tokens.get(i - 1).isQuoteMark());
  }

  /** Whether the mention ends its phrase: the sentence ends, or punctuation or a preposition follows. */
  private static boolean endsPhrase(List<Token> tokens, Mentions.Placed m) {
    for (Token t : tokens) {
      if (t.span().begin() >= m.span().end()) {
        return !t.text().matches("\\p{L}.*") || t.pos().equals("IN") || t.pos().equals("TO");
      }
    }
    return true;
  }

  /** Whether a preposition stands right before the mention ("chief executive of Northwind Air Charter"). */
  private static boolean objectOfPreposition(List<Token> tokens, Mentions.Placed m) {
    for (int k = tokens.size() - 1; k >= 0; k--) {
      if (tokens.get(k).span().end() <= m.span().begin()) {
        String pos = tokens.get(k).pos();
        return pos.equals("IN") || pos.equals("TO");
      }
    }
    return false;
  }

  private static boolean apposition(List<Token> tokens, int from, int to) {
    if (from >= to || to - from > 25) {
      return false;
    }
    while (from < to && tokens.get(from).isQuoteMark()) {
      from++;
    }
    String first = from < to ? tokens.get(from).lower() : "";
    if (first.equals("who") || first.equals("which") || first.equals("whose") || first.equals("whom")) {
      return true;
    }
    for (int k = from; k < to; k++) {
      String pos = tokens.get(k).pos();
      if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) {
        return false;
      }
    }
    return true;
  }
}
