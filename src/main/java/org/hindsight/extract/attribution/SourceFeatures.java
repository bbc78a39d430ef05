package org.hindsight.extract.attribution;

import java.util.List;
import java.util.TreeSet;
import org.hindsight.article.Span;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.Token;

/**
 * The named features of the two decisions, shared by {@link SourceTrainer} and {@link SourceModel}
 * so that training and prediction cannot drift.
 *
 * <ul>
 *   <li>{@link #attributed}: is a statement someone's (not the author's)? The cues around it — on
 *       which side, how many tokens away, across which punctuation ({@code cue=say/V|at=before|gap=0})
 *       —, the ties its candidates have ({@code has=climb}), quotation, the parse, the sentences
 *       before (a colon, a quote running on), the hand rules' verdict.
 *   <li>{@link #candidate}: is this named candidate the source? Each tie that surfaced it ({@code
 *       L=climb}), with its cue, distance, the cue's side and gap to the statement, the mention's
 *       role and the actor's type, where the name stands, and whether the hand rules chose it.
 * </ul>
 *
 * Stateless.
 */
public final class SourceFeatures {

  private final Cues cues;

  public SourceFeatures(Cues cues) {
    this.cues = cues;
  }

  /**
   * Features of a statement for the decision attributed / the author's: each twice, as it is and
   * prefixed with the kind of statement ({@code P:}, {@code C:}), since a prediction keeps its
   * reporting clause and a claim does not.
   */
  public List<String> attributed(Candidates.Found f) {
    return byKind(f, attributedFeatures(f));
  }

  /** Features of a named candidate for the decision: is it the source? (Also by kind.) */
  public List<String> candidate(Candidates.Found f, Candidates.Candidate c) {
    return byKind(f, candidateFeatures(f, c));
  }

  private static List<String> byKind(Candidates.Found f, TreeSet<String> base) {
    String kind = f.prediction() ? "P:" : "C:";
    TreeSet<String> out = new TreeSet<>(base);
    base.forEach(x -> out.add(kind + x));
    return List.copyOf(out);
  }

  private TreeSet<String> attributedFeatures(Candidates.Found f) {
    TreeSet<String> out = new TreeSet<>();
    Sentence s = f.sentence();
    String pq = (s.parsed() ? "p" : "u") + (f.quoted() ? "q" : "n");
    out.add("bias");
    out.add("pq=" + pq);
    out.add("rule=" + (f.rulePick().isEmpty() ? "author" : "named"));
    out.add("rule=" + (f.rulePick().isEmpty() ? "author" : "named") + "|" + pq);
    out.add("first_sentence=" + (s.index() == 0));
    int count = 0;
    int nearest = Integer.MAX_VALUE;
    String nearestDesc = null;
    for (Token t : s.tokens()) {
      if (!cues.any(t) || f.foreseen(t.span())) {
        continue;
      }
      count++;
      String at = side(f.span(), t.span());
      int gap = at.equals("inside") ? 0 : between(s, f.span(), t.span()).size();
      String desc = "at=" + at + "|gap=" + bucket(gap) + punctuation(s, f.span(), t.span());
      out.add("cue|" + desc);
      out.add("cue=" + Cues.form(t) + "|at=" + at);
      if (gap < nearest) {
        nearest = gap;
        nearestDesc = desc + "|" + Cues.form(t);
      }
    }
    out.add("cues=" + bucket(count));
    if (nearestDesc != null) {
      out.add("nearest|" + nearestDesc);
      out.add("nearest|" + nearestDesc.substring(0, nearestDesc.lastIndexOf('|')) + "|" + pq);
    }
    for (Candidates.Candidate c : f.candidates()) {
      for (Source src : c.sources()) {
        out.add("has=" + src.link());
        out.add("has=" + src.link() + "|" + pq);
        if (src.cueSpan() != null) {
          out.add("has=" + src.link() + "|cue_at=" + side(f.span(), src.cueSpan()));
        }
      }
    }
    return out;
  }

  private TreeSet<String> candidateFeatures(Candidates.Found f, Candidates.Candidate c) {
    TreeSet<String> out = new TreeSet<>();
    Sentence s = f.sentence();
    String pq = (s.parsed() ? "p" : "u") + (f.quoted() ? "q" : "n");
    boolean ownCue = s.tokens().stream().anyMatch(t -> cues.any(t) && !f.span().contains(t.span()));
    out.add("bias");
    boolean rule = c.sources().get(0).key().equals(f.rulePick());
    out.add("rule=" + rule);
    out.add("rule=" + rule + "|" + pq);
    out.add("resolved=" + (c.holder().actor() != null));
    TreeSet<String> links = new TreeSet<>();
    for (Source src : c.sources()) {
      String l = "L=" + src.link();
      links.add(src.link());
      out.add(l);
      out.add(l + "|" + pq);
      out.add(l + "|role=" + src.role());
      out.add(l + "|d=" + bucket(src.distance()));
      if (!src.cue().isEmpty()) {
        out.add(l + "|cue=" + src.cue());
      }
      if (src.cueSpan() != null && s.span().contains(src.cueSpan())) {
        String at = side(f.span(), src.cueSpan());
        int gap = at.equals("inside") ? 0 : between(s, f.span(), src.cueSpan()).size();
        out.add(l + "|cue_at=" + at + "|gap=" + bucket(gap) + punctuation(s, f.span(), src.cueSpan()));
        out.add(l + "|cue_at=" + at + "|" + pq);
        out.add(l + "|cue_at=" + at + "|cue=" + src.cue());
      } else if (src.cueSpan() != null) {
        out.add(l + "|d=" + bucket(src.distance()) + "|" + pq + "|own_cue=" + ownCue);
      }
      out.add("role=" + src.role());
      out.add("type=" + src.type());
      out.add("at=" + side(f.span(), src.surface()));
    }
    out.add("links=" + bucket(links.size()));
    return out;
  }

  /** Tokens of a sentence strictly between a statement and a cue outside it. */
  static List<Token> between(Sentence s, Span statement, Span cue) {
    int from = Math.min(statement.end(), cue.end());
    int to = Math.max(statement.begin(), cue.begin());
    return s.tokens().stream().filter(t -> t.span().begin() >= from && t.span().end() <= to).toList();
  }

  /** Which marks stand between a statement and a cue: a comma, a quotation mark, a colon. */
  static String punctuation(Sentence s, Span statement, Span cue) {
    StringBuilder p = new StringBuilder();
    for (Token t : between(s, statement, cue)) {
      String x = t.text();
      if (x.equals(",") && p.indexOf(",") < 0) {
        p.append(',');
      } else if (t.isQuoteMark() && p.indexOf("q") < 0) {
        p.append('q');
      } else if (x.equals(":") && p.indexOf(":") < 0) {
        p.append(':');
      }
    }
    return p.length() == 0 ? "" : "|" + p;
  }

  /** Where a span stands relative to the statement: before it, inside it, after it, or across its edge. */
  static String side(Span statement, Span other) {
    if (other.end() <= statement.begin()) {
      return "before";
    }
    if (other.begin() >= statement.end()) {
      return "after";
    }
    return statement.contains(other) ? "inside" : "across";
  }

  static String bucket(int n) {
    if (n <= 3) {
      return Integer.toString(n);
    }
    return n <= 6 ? "4-6" : n <= 12 ? "7-12" : "13+";
  }
}
