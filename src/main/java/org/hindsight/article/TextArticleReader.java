package org.hindsight.article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain text ({@code .txt}) and Markdown ({@code .md}, {@code .markdown}) articles, one per
 * file, with optional front matter (see {@link FrontMatter}). Stateless and thread-safe.
 *
 * <p>Without a title in the front matter, the title is found in the text, and page furniture copied
 * along with the article is dropped:
 *
 * <ul>
 *   <li>a breadcrumb first line ({@code Home > World > Headline}: short, two or more {@code >}
 *       separators) is dropped;
 *   <li>the next line becomes the title when it repeats the breadcrumb's last segment, is a
 *       Markdown {@code # heading}, or is a short line of its own without a final period — and it
 *       is then not repeated in the body;
 *   <li>failing that, the breadcrumb's last segment is the title.
 * </ul>
 *
 * The body is the remaining paragraphs, each trimmed, separated by one blank line ({@code "\n\n"});
 * Markdown loses its simple markup (emphasis, headings, links, quotes, rules) but keeps its
 * paragraphs. Nothing else is changed, since every later offset points into this text.
 */
public final class TextArticleReader implements ArticleReader {

  private static final Set<String> PLAIN = Set.of("txt", "text");
  private static final Set<String> MARKDOWN = Set.of("md", "markdown");

  /** A breadcrumb longer than this is prose that happens to contain arrows. */
  private static final int MAX_BREADCRUMB_CHARS = 300;

  /** A title longer than this is a paragraph. */
  private static final int MAX_TITLE_CHARS = 200;

  private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s+[>›»]\\s+");
  private static final Pattern H1 = Pattern.compile("^\\s{0,3}#\\s+(.*?)(?:\\s+#+)?\\s*$");
  private static final Pattern HEADING =
      Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$");
  private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(?:\\s*\\1){2,}\\s*$");
  private static final Pattern QUOTE_MARKER = Pattern.compile("^\\s{0,3}(?:>\\s?)+");
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
  private static final Pattern STRONG_STARS = Pattern.compile("\\*\\*(\\S(?:.*?\\S)?)\\*\\*");
  private static final Pattern STRONG_UNDERSCORES = Pattern.compile("__(\\S(?:.*?\\S)?)__");
  // Single * and _ only at word edges, so that snake_case and "2 * 3" survive.
  private static final Pattern EM_STAR =
      Pattern.compile("(?<![\\w*])\\*(\\S(?:.*?\\S)?)\\*(?![\\w*])");
  private static final Pattern EM_UNDERSCORE =
      Pattern.compile("(?<![\\w_])_(\\S(?:.*?\\S)?)_(?![\\w_])");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  @Override
  public boolean accepts(Path file) {
    String ext = FileExtension.of(file);
    return PLAIN.contains(ext) || MARKDOWN.contains(ext);
  }

  @Override
  public List<ReadOutcome> read(Path file, byte[] content, ReadOptions options) {
    String location = file.toString();
    try {
      String raw = ContentCheck.decodeFile(content, options.maxBytes());
      List<String> lines =
          Arrays.asList(raw.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
      FrontMatter front = FrontMatter.parse(lines);
      boolean markdown = MARKDOWN.contains(FileExtension.of(file));
      TitledBody body =
          titleAndBody(
              lines.subList(front.bodyStart(), lines.size()), front.get("title"), markdown);
      ArticleFields fields =
          new ArticleFields(
              front.get("id"),
              body.title(),
              front.get("source"),
              front.get("author"),
              front.get("published"),
              front.get("url"),
              front.get("language"),
              body.text());
      return List.of(fields.toOutcome(location, location, options, front.warnings()));
    } catch (BadInputException e) {
      return List.of(new ReadOutcome.Failed(location, e.getMessage()));
    }
  }

  /** The title (null when none is found) and the cleaned body ("" when there is none). */
  record TitledBody(String title, String text) {}

  /**
   * Finds the title and strips the breadcrumb and repeated title from the lines after the front
   * matter. {@code givenTitle} (from front matter) wins over anything found in the text.
   */
  static TitledBody titleAndBody(List<String> lines, String givenTitle, boolean markdown) {
    String title = ArticleFields.clean(givenTitle);
    int i = nextNonBlank(lines, 0);
    String crumb = null;
    if (i < lines.size() && isBreadcrumb(lines.get(i))) {
      String[] segments = BREADCRUMB_SEPARATOR.split(lines.get(i).strip());
      crumb = ArticleFields.clean(segments[segments.length - 1]);
      i = nextNonBlank(lines, i + 1);
    }
    if (i < lines.size()) {
      String line = lines.get(i).strip();
      Matcher h1 = H1.matcher(line);
      boolean heading = markdown && h1.matches();
      String candidate = heading ? inlineText(h1.group(1)).strip() : line;
      boolean alone = heading || i + 1 == lines.size() || lines.get(i + 1).isBlank();
      boolean repeatsCrumb = crumb != null && sameTitle(candidate, crumb);
      if (alone
          && title == null
          && !candidate.isEmpty()
          && (heading || repeatsCrumb || looksLikeTitle(candidate))
          && nextNonBlank(lines, i + 1) < lines.size()) {
        title = candidate;
        i++;
      } else if (alone && (repeatsCrumb || (title != null && sameTitle(candidate, title)))) {
        i++;
      }
    }
    if (title == null) {
      title = crumb;
    }
    return new TitledBody(title, paragraphs(lines.subList(i, lines.size()), markdown));
  }

  private static boolean isBreadcrumb(String line) {
    String s = line.strip();
    if (s.length() > MAX_BREADCRUMB_CHARS) {
      return false;
    }
    Matcher m = BREADCRUMB_SEPARATOR.matcher(s);
    int separators = 0;
    while (m.find()) {
      separators++;
    }
    return separators >= 2;
  }

  /** A short line without a final period (or comma, colon, semicolon): a headline, not prose. */
  private static boolean looksLikeTitle(String line) {
    if (line.length() > MAX_TITLE_CHARS || !line.codePoints().anyMatch(Character::isLetter)) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    return ".,;:".indexOf(last) < 0;
  }

  /**
   * The same headline up to case and spacing; a segment cut short with an ellipsis (as breadcrumbs
   * often are) matches any headline it begins.
   */
  static boolean sameTitle(String a, String b) {
    String x = normalise(a);
    String y = normalise(b);
    return x.equals(y) || startsTruncated(x, y) || startsTruncated(y, x);
  }

  private static boolean startsTruncated(String full, String cut) {
    for (String ellipsis : List.of("…", "...")) {
      if (cut.endsWith(ellipsis)) {
        String prefix = cut.substring(0, cut.length() - ellipsis.length()).strip();
        return !prefix.isEmpty() && full.startsWith(prefix);
      }
    }
    return false;
  }

  private static String normalise(String s) {
    return WHITESPACE.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  private static int nextNonBlank(List<String> lines, int from) {
    int i = from;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    return i;
  }

  /** Blank-line separated paragraphs, each trimmed, joined by {@code "\n\n"}. */
  private static String paragraphs(List<String> lines, boolean markdown) {
    List<String> source = markdown ? markdownToText(lines) : lines;
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : source) {
      if (line.isBlank()) {
        flush(current, paragraphs);
      } else {
        if (current.length() > 0) {
          current.append('\n');
        }
        current.append(line.stripTrailing());
      }
    }
    flush(current, paragraphs);
    return String.join("\n\n", paragraphs);
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    String p = current.toString().strip();
    if (!p.isEmpty()) {
      paragraphs.add(p);
    }
    current.setLength(0);
  }

  /**
   * Markdown lines as plain lines: headings become paragraphs of their own, rules become paragraph
   * breaks, quote markers and inline markup go.
   */
  private static List<String> markdownToText(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      if (RULE.matcher(line).matches()) {
        out.add("");
        continue;
      }
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        out.add("");
        out.add(inlineText(heading.group(1)));
        out.add("");
        continue;
      }
      out.add(inlineText(QUOTE_MARKER.matcher(line).replaceFirst("")));
    }
    return out;
  }

  /** Inline Markdown without its markup: images dropped, links as their text, no emphasis. */
  private static String inlineText(String s) {
    String t = IMAGE.matcher(s).replaceAll("");
    t = LINK.matcher(t).replaceAll("$1");
    t = STRONG_STARS.matcher(t).replaceAll("$1");
    t = STRONG_UNDERSCORES.matcher(t).replaceAll("$1");
    t = EM_STAR.matcher(t).replaceAll("$1");
    t = EM_UNDERSCORE.matcher(t).replaceAll("$1");
    return CODE.matcher(t).replaceAll("$1");
  }
}
