package org.hindsight.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hindsight.check.evidence.ArticleRef;
import org.hindsight.check.evidence.ArticleView;
import org.hindsight.check.evidence.EvidenceIndex;
import org.hindsight.check.evidence.IndexedPrediction;
import org.hindsight.check.evidence.LaterSentence;
import org.hindsight.check.verdict.Checker;
import org.hindsight.eval.CheckEval.Row;
import org.hindsight.extract.Horizon;
import org.hindsight.extract.Prediction;

/**
 * Prediction–evidence pairs for labelling: for every gold check whose prediction we extract, its
 * best candidate sentences (up to {@code top}, in the checker's order) and, for a gold outcome with
 * an evidence sentence, that sentence too when it is not among them ({@code retrieved} false when
 * retrieval never found it, else its rank below the top). One JSON object a line, sorted by story,
 * key and rank, with empty {@code label} (SUPPORTS, REFUTES or UNRELATED, for a labeller to fill
 * by reading both stories) and {@code note}. A held-out part is refused.
 */
public final class CheckPairs {

  private CheckPairs() {}

  /** One pair, with what sorts it. */
  private record Pair(String article, String key, int order, ObjectNode json) {}

  /**
   * Writes the pairs of {@code report} to {@code file}.
   *
   * @return how many pairs were written
   */
  public static int write(CheckEval.Report report, EvidenceIndex index, int top, Path file, PrintStream err) throws IOException {
    if (report.heldOut()) {
      throw new IllegalArgumentException(report.gold() + " is a held-out part: no pairs are drawn from it");
    }
    List<Pair> pairs = new ArrayList<>();
    for (Row r : report.rows()) {
      if (!r.extracted() || r.error() != null) {
        continue;
      }
      boolean goldShown = false;
      List<Checker.Candidate> c = r.candidates();
      for (int i = 0; i < Math.min(top, c.size()); i++) {
        LaterSentence s = c.get(i).sentence();
        goldShown |= covers(s, r);
        pairs.add(new Pair(r.gold().article(), r.gold().key(), i + 1, pair(r, s.article(), s.text(), s.begin(), s.end(), i + 1, c.get(i).score(), true)));
      }
      if (goldShown || r.gold().evidenceSentence() == null || r.gold().evidence().isEmpty()) {
        continue;
      }
      // the settling sentence, verbatim from the first evidence story
      String storyId = r.gold().evidence().get(0);
      ArticleView story = index.article(storyId);
      int[] at = story == null ? null : find(story.text(), r.gold().evidenceSentence());
      if (at == null) {
        err.println("check-eval: " + r.gold().article() + ": gold evidence sentence not found in " + storyId + " (pair left out)");
        continue;
      }
      int rank = 0;
      double score = Double.NaN;
      for (int i = 0; i < c.size() && rank == 0; i++) {
        LaterSentence s = c.get(i).sentence();
        if (s.article().id().equals(storyId) && s.begin() < at[1] && at[0] < s.end()) {
          rank = i + 1;
          score = c.get(i).score();
        }
      }
      pairs.add(new Pair(r.gold().article(), r.gold().key(), rank == 0 ? Integer.MAX_VALUE : rank,
          pair(r, story.ref(), story.text().substring(at[0], at[1]), at[0], at[1], rank, score, rank > 0)
              .put("gold_sentence", true)));
      ObjectNode last = pairs.get(pairs.size() - 1).json();
      last.put("pair", last.get("pair").asText() + "#gold");
    }
    pairs.sort(Comparator.comparing((Pair p) -> storyNumber(p.article())).thenComparing(Pair::article).thenComparing(Pair::key).thenComparingInt(Pair::order));
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Pair p : pairs) {
        w.write(p.json().toString());
        w.write('\n');
      }
    }
    return pairs.size();
  }

  /** Whether the candidate is (or holds) the row's gold evidence sentence. */
  private static boolean covers(LaterSentence s, Row r) {
    String gold = r.gold().evidenceSentence();
    return gold != null && !r.gold().evidence().isEmpty() && s.article().id().equals(r.gold().evidence().get(0))
        && norm(s.text()).contains(norm(gold));
  }

  private static ObjectNode pair(Row r, ArticleRef story, String sentence, int start, int end, int rank, double score, boolean retrieved) {
    IndexedPrediction p = r.ours();
    Prediction pr = p.prediction();
    ObjectNode o = org.hindsight.extract.ExtractionJson.MAPPER.createObjectNode();
    o.put("pair", p.id() + ">" + story.id() + "@" + start);
    o.put("check_article", r.gold().article());
    o.put("check_key", r.gold().key());
    o.put("prediction_id", p.id());
    o.put("prediction", pr.text());
    o.put("prediction_published", day(p.article().day()));
    Horizon h = pr.horizon();
    if (h == null) {
      o.putNull("horizon");
    } else {
      o.putObject("horizon").put("text", h.text()).put("start", day(h.start())).put("end", day(h.end()));
    }
    o.put("deadline", day(p.deadline()));
    o.put("candidate_article", story.id());
    o.put("candidate_published", day(story.day()));
    o.put("candidate_title", story.title());
    o.put("sentence", sentence);
    o.put("start", start);
    o.put("end", end);
    if (rank > 0) {
      o.put("rank", rank);
    } else {
      o.putNull("rank");
    }
    if (Double.isNaN(score)) {
      o.putNull("score");
    } else {
      o.put("score", Math.round(score * 1000) / 1000.0);
    }
    o.put("retrieved", retrieved);
    o.put("gold_evidence_story", r.goldEvidence().contains(story.id()));
    o.put("gold_sentence", false);
    o.put("label", "");
    o.put("note", "");
    return o;
  }

  /** Where {@code sentence} lies in {@code text}: verbatim, else with any run of spaces for a space; null when absent. */
  static int[] find(String text, String sentence) {
    int at = text.indexOf(sentence);
    if (at >= 0) {
      return new int[] {at, at + sentence.length()};
    }
    String[] words = sentence.strip().split("\\s+");
    StringBuilder re = new StringBuilder();
    for (String w : words) {
      re.append(re.length() == 0 ? "" : "\\s+").append(Pattern.quote(w));
    }
    Matcher m = Pattern.compile(re.toString()).matcher(text);
    return m.find() ? new int[] {m.start(), m.end()} : null;
  }

  private static String norm(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static String day(LocalDate d) {
    return d == null ? null : d.toString();
  }

  /** The number in a story id ("reuters21578-9559" → 9559), for a natural sort; -1 when none. */
  private static long storyNumber(String id) {
    int i = id.length();
    while (i > 0 && Character.isDigit(id.charAt(i - 1))) {
      i--;
    }
    return i < id.length() && id.length() - i < 18 ? Long.parseLong(id.substring(i)) : -1;
  }
}
