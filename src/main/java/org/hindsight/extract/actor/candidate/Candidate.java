package org.hindsight.extract.actor.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hindsight.article.Span;
import org.hindsight.extract.actor.gazetteer.Gazetteer;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * A stretch of one sentence that may name or refer to an actor, while it is being resolved: the
 * name's tokens {@code [from, to)} (a trailing possessive included), where the mention starts
 * ({@code extFrom}: a leading "the" or a title), what found it (NER type and/or gazetteer hits), how
 * it refers ({@link Role}) and, once linked, its {@link Draft}. A name the wire writes inside one
 * token ("&lt;Agip SpA&gt;") carries that part of the token as {@code inner}. Mutable; confined to
 * one resolution.
 */
public final class Candidate {

  /** How a mention refers to its actor. */
  public enum Role {
    NAME,
    METONYM,
    DEMONYM,
    TITLE,
    DESCRIPTION,
    PRONOUN,
    PLACE,
    GOVERNMENT,
    /** a name inside a hyphenated token ("Russia-Ukraine") */
    PART
  }

  /** Runs of white space inside a name as written. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Sentence sentence;
  private final int from;
  private int to;
  private int extFrom;
  private int extTo;
  private Span inner;
  private String nerType;
  private final List<Gazetteer.Hit> hits;
  private Role role;
  private Draft draft;
  private boolean company;
  private List<String> core;

  public Candidate(Sentence sentence, int from, int to, String nerType, List<Gazetteer.Hit> hits, Role role) {
    this.sentence = sentence;
    this.from = from;
    this.to = to;
    this.extFrom = from;
    this.extTo = to;
    this.nerType = nerType;
    this.hits = List.copyOf(hits);
    this.role = role;
  }

  /** The same name found otherwise (a plain name for a gazetteer hit that must not decide). */
  public Candidate withHits(List<Gazetteer.Hit> newHits, String newNerType) {
    Candidate c = new Candidate(sentence, from, to, newNerType, newHits, role);
    c.extFrom = extFrom;
    c.extTo = extTo;
    c.inner = inner;
    c.company = company;
    return c;
  }

  public Sentence sentence() {
    return sentence;
  }

  public int from() {
    return from;
  }

  public int to() {
    return to;
  }

  public void setTo(int to) {
    this.to = to;
    this.core = null;
  }

  /** Where the mention ends: the name, or a kind written after it ("the United Auto Workers union"). */
  public int extTo() {
    return Math.max(to, extTo);
  }

  public void setExtTo(int extTo) {
    this.extTo = extTo;
  }

  public int extFrom() {
    return extFrom;
  }

  public void setExtFrom(int extFrom) {
    this.extFrom = extFrom;
  }

  public void setInner(Span inner) {
    this.inner = inner;
    this.core = null;
  }

  public boolean isInner() {
    return inner != null;
  }

  public String nerType() {
    return nerType;
  }

  public void setNerType(String nerType) {
    this.nerType = nerType;
  }

  public List<Gazetteer.Hit> hits() {
    return hits;
  }

  public Role role() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public Draft draft() {
    return draft;
  }

  public void setDraft(Draft draft) {
    this.draft = draft;
  }

  /** Written as a company: a legal form, a ticker or the wire's brackets. */
  public boolean company() {
    return company;
  }

  public void setCompany(boolean company) {
    this.company = company;
  }

  /** The mention's characters: from a leading "the" or title to the end of the name. */
  public Span span() {
    return inner != null ? inner : sentence.span(extFrom, extTo());
  }

  /** The token after the name's last word (a trailing possessive excluded). */
  public int nameEnd() {
    int end = to;
    while (end > from + 1 && Names.isPossessive(sentence.tokens().get(end - 1))) {
      end--;
    }
    return end;
  }

  /**
   * Whether a firm's trailing "'s" is its name's, not a possessive: nothing it could own follows, a
   * verb, a modal, a comma and a lower-case word, or the sentence's end does ("Standard and Poor's
   * said", "the Council of Lloyd's will meet", "by Standard and Poor's, while"; not "Lloyd's rules",
   * nor "IBM's, Digital's and Wang's sales").
   */
  private boolean ownsNothing() {
    if (inner != null || !"ORGANIZATION".equals(nerType) || nameEnd() != to - 1 || !Names.isPossessive(sentence.tokens().get(to - 1))
        || !sentence.tokens().get(to - 1).text().endsWith("s")) {
      return false;
    }
    if (to == sentence.tokens().size()) {
      return true;
    }
    Token next = sentence.tokens().get(to);
    if (next.text().equals(",")) {
      // "rated AA-minus by Standard and Poor's, while …"; not a list of owners, "IBM's, Digital's and …"
      return to + 1 < sentence.tokens().size() && Character.isLowerCase(sentence.tokens().get(to + 1).text().charAt(0));
    }
    return next.pos().startsWith("VB") && !next.pos().equals("VBG") || next.pos().equals("MD")
        || next.text().equals(".") && to + 1 == sentence.tokens().size();
  }

  /** The name's characters, without a leading "the", title or trailing possessive ("'s" kept when it owns nothing: {@link #ownsNothing}). */
  public Span nameSpan() {
    if (inner != null) {
      return inner;
    }
    int end = ownsNothing() ? to : nameEnd();
    Span name = sentence.span(from, end);
    String last = sentence.tokens().get(end - 1).text();
    if (end == sentence.tokens().size() && last.equals("S.")) {
      return new Span(name.begin(), name.end() - 1); // "A/S." ends the sentence too
    }
    if (end > from + 1 && last.indexOf('.') == last.length() - 1 && Names.isCorporateSuffix(last)) {
      return new Span(name.begin(), name.end() - 1); // "North Aegean Petroleum Co.": "Co" with the wire
    }
    return name;
  }

  /**
   * The name as written, e.g. "Lee-Anne Mulholland", with each run of spaces or line breaks inside
   * it one space ("Security Pacific  Corp" in the wire's copy is "Security Pacific Corp") and a
   * person's name without brackets ("(Brian) Mulroney").
   */
  public String nameText(String text) {
    String name = nameSpan().of(text);
    if ("PERSON".equals(nerType) && (name.indexOf('(') >= 0 || name.indexOf(')') >= 0)) {
      // "Prime Minister (Brian) Mulroney": the wire's brackets are no part of a person's name
      name = name.replace("(", " ").replace(")", " ").trim();
    }
    return name.contains("  ") || name.indexOf('\n') >= 0 || name.indexOf('\t') >= 0 ? SPACES.matcher(name).replaceAll(" ") : name;
  }

  public int begin() {
    return span().begin();
  }

  /** The name's words (possessives dropped). */
  public List<String> nameTokens() {
    List<String> out = new ArrayList<>();
    if (inner != null) {
      Token t = sentence.tokens().get(from);
      int at = inner.begin() - t.span().begin();
      return Names.words(t.text().substring(at, at + inner.length()));
    }
    for (int i = from; i < to; i++) {
      Token t = sentence.tokens().get(i);
      if (!Names.isPossessive(t)) {
        out.add(t.text());
      }
    }
    return out;
  }

  /** The name's identifying words: folded, without legal forms ({@link Names#core}). */
  public List<String> core() {
    if (core == null) {
      core = List.copyOf(Names.core(nameTokens()));
    }
    return core;
  }

  public Token token(int i) {
    return sentence.tokens().get(i);
  }

  @Override
  public String toString() {
    return role + ":" + String.join(" ", nameTokens()) + "@" + sentence.index() + ":" + from;
  }
}
