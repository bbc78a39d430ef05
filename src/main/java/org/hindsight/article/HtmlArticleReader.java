package org.hindsight.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads one article from an HTML page ({@code .html}, {@code .htm}) with jsoup, keeping the
 * article's prose and dropping the page around it. Stateless and thread-safe.
 *
 * <p>Metadata: title from {@code og:title}, else the first {@code <h1>}, else {@code <title>} (a
 * trailing "| Site name" removed); date from {@code article:published_time}, {@code
 * meta[name=date|pubdate|publishdate]}, {@code itemprop=datePublished}, JSON-LD {@code
 * datePublished} or {@code <time datetime>}, the first that parses; source from {@code
 * og:site_name}; author from {@code meta[name=author]} or {@code rel=author}; url from {@code
 * og:url} or the canonical link; language from {@code <html lang>}.
 *
 * <p>Body: navigation, page header and footer, asides, scripts, styles, forms, figures and elements
 * whose class or id names navigation, menus, sharing, related links, comments, promotions or ads
 * are removed; then the {@code <article>} (the one with the most paragraph text, as teaser lists
 * are articles too), else {@code <main>}, else the element holding the most {@code <p>} text is the
 * body. Its {@code p}, {@code h2}, {@code h3}, {@code li} and {@code blockquote} blocks, joined by
 * {@code "\n\n"}, are the text; a block that repeats the title is left out.
 */
public final class HtmlArticleReader implements ArticleReader {

  private static final Set<String> EXTENSIONS = Set.of("html", "htm");

  /** Removed wherever they are: never article prose. */
  private static final String BOILERPLATE_TAGS =
      "script, style, noscript, template, iframe, svg, nav, aside, button, select, figure,"
          + " figcaption, [role=navigation], [role=complementary], [role=contentinfo]";

  /** Never the story, except that some sites wrap the whole page in one form. */
  private static final String FORMS = "form";

  /** Never removed by class or id: they are the page or the story itself. */
  private static final Set<String> KEPT_CONTAINERS = Set.of("html", "body", "article", "main");

  /** Page chrome; inside an {@code <article>} a header holds its headline and standfirst. */
  private static final String PAGE_CHROME = "header, footer, [role=banner]";

  /** Words in a class or id that mark page furniture rather than the story. */
  private static final Set<String> BOILERPLATE_WORDS =
      Set.of(
          "nav",
          "navbar",
          "navigation",
          "menu",
          "share",
          "sharing",
          "related",
          "comment",
          "comments",
          "promo",
          "promos",
          "promotion",
          "ad",
          "ads",
          "advert",
          "adverts",
          "advertisement",
          "breadcrumb",
          "breadcrumbs");

  private static final String BLOCKS = "p, h2, h3, li, blockquote";
  private static final Set<String> BLOCK_TAGS = Set.of("p", "h2", "h3", "li", "blockquote");

  private static final Pattern WORD_SEPARATOR = Pattern.compile("[^a-z0-9]+");
  private static final Pattern CAMEL_CASE = Pattern.compile("(?<=[a-z])(?=[A-Z])");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Deeper JSON-LD is not metadata about this page; bounds the walk on hostile input. */
  private static final int MAX_JSON_LD_DEPTH = 8;

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  @Override
  public boolean accepts(Path file) {
    return EXTENSIONS.contains(FileExtension.of(file));
  }

  @Override
  public List<ReadOutcome> read(Path file, byte[] content, ReadOptions options) {
    String location = file.toString();
    String html;
    try {
      html = ContentCheck.decodeFile(content, options.maxBytes());
    } catch (BadInputException e) {
      return List.of(new ReadOutcome.Failed(location, e.getMessage()));
    }
    return List.of(read(Jsoup.parse(html), location, location, options, null, null, null));
  }

  /**
   * Reads one parsed page. The fallbacks are what the page's surroundings know (a WARC record's
   * target URI, date and {@code Content-Language}); what the page itself says wins.
   *
   * @param path the article's provenance ({@link Article#path()})
   * @param location where a failure is reported
   */
  ReadOutcome read(
      Document doc,
      String path,
      String location,
      ReadOptions options,
      String fallbackUrl,
      String fallbackPublished,
      String fallbackLanguage) {
    List<String> warnings = new ArrayList<>();

    // Metadata first: cleaning below removes the header and h1 it comes from.
    String h1 = text(doc.selectFirst("h1"));
    String source = meta(doc, "meta[property=og:site_name]");
    String title =
        firstNonBlank(meta(doc, "meta[property=og:title]"), h1, text(doc.selectFirst("title")));
    title = withoutSiteSuffix(title, source);
    String author =
        firstNonBlank(meta(doc, "meta[name=author]"), text(doc.selectFirst("[rel=author]")));
    String url =
        firstNonBlank(
            meta(doc, "meta[property=og:url]"),
            attr(doc.selectFirst("link[rel=canonical]"), "href"),
            ArticleFields.clean(fallbackUrl));
    String language =
        firstNonBlank(attr(doc.selectFirst("html[lang]"), "lang"), ArticleFields.clean(fallbackLanguage));
    String published = firstNonBlank(publishedDate(doc, warnings), fallbackPublished);

    removeBoilerplate(doc);
    String text = bodyText(doc, title, h1);
    if (text.isEmpty()) {
      return new ReadOutcome.Failed(location, "HTML without a body");
    }
    ArticleFields fields =
        new ArticleFields(null, title, source, author, published, url, language, text);
    return fields.toOutcome(path, location, options, warnings);
  }

  /**
   * The first date candidate that parses; an earlier one that does not is reported as a warning.
   * When none parses, the first is returned, so that the article fails naming it.
   */
  private static String publishedDate(Document doc, List<String> warnings) {
    List<String[]> candidates = new ArrayList<>();
    add(
        candidates,
        "meta article:published_time",
        meta(doc, "meta[property=article:published_time]"));
    for (String name : List.of("date", "pubdate", "publishdate")) {
      add(candidates, "meta " + name, meta(doc, "meta[name=" + name + "]"));
    }
    Element itemprop = doc.selectFirst("[itemprop=datePublished]");
    if (itemprop != null) {
      add(
          candidates,
          "itemprop datePublished",
          firstNonBlank(itemprop.attr("content"), itemprop.attr("datetime"), itemprop.text()));
    }
    add(candidates, "JSON-LD datePublished", jsonLdDate(doc, warnings));
    for (String query :
        List.of("time[datetime][pubdate]", "article time[datetime]", "time[datetime]")) {
      add(candidates, "<time datetime>", attr(doc.selectFirst(query), "datetime"));
    }
    List<String> unparsable = new ArrayList<>();
    for (String[] candidate : candidates) {
      try {
        PublishedDates.parse(candidate[1]);
      } catch (DateTimeException e) {
        unparsable.add(
            "ignored unparsable date '"
                + ArticleFields.quote(candidate[1])
                + "' in "
                + candidate[0]);
        continue;
      }
      warnings.addAll(unparsable);
      return candidate[1];
    }
    return candidates.isEmpty() ? null : candidates.get(0)[1];
  }

  private static void add(List<String[]> candidates, String where, String value) {
    if (value != null && !value.isBlank()) {
      candidates.add(new String[] {where, value});
    }
  }

  /** {@code datePublished} from the page's JSON-LD; broken JSON-LD is a warning, not a failure. */
  private static String jsonLdDate(Document doc, List<String> warnings) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        String date = findText(JSON.readTree(script.data()), "datePublished", 0);
        if (date != null) {
          return date;
        }
      } catch (JsonProcessingException e) {
        warnings.add("unreadable JSON-LD: " + e.getOriginalMessage());
      }
    }
    return null;
  }

  private static String findText(JsonNode node, String field, int depth) {
    if (node == null || depth > MAX_JSON_LD_DEPTH) {
      return null;
    }
    JsonNode value = node.get(field);
    if (value != null && value.isTextual()) {
      return value.asText();
    }
    if (node.isContainerNode()) {
      for (JsonNode child : node) {
        String found = findText(child, field, depth + 1);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static void removeBoilerplate(Document doc) {
    doc.select(BOILERPLATE_TAGS).remove();
    for (Element chrome : doc.select(PAGE_CHROME)) {
      boolean articleHeader =
          chrome.normalName().equals("header") && chrome.closest("article") != null;
      if (!articleHeader) {
        chrome.remove();
      }
    }
    long total = paragraphChars(doc.body());
    List<Element> furniture = new ArrayList<>();
    for (Element form : doc.select(FORMS)) {
      if (paragraphChars(form) * 2 <= total) {
        furniture.add(form);
      }
    }
    for (Element el : doc.select("[class], [id]")) {
      if (KEPT_CONTAINERS.contains(el.normalName())) {
        continue;
      }
      // A wrapper whose class happens to say "ad" but holds most of the prose is the story.
      if (namesFurniture(el) && paragraphChars(el) * 2 <= total) {
        furniture.add(el);
      }
    }
    furniture.forEach(Element::remove);
  }

  private static boolean namesFurniture(Element el) {
    String names = el.className() + " " + el.id();
    names = CAMEL_CASE.matcher(names).replaceAll(" ").toLowerCase(Locale.ROOT);
    for (String word : WORD_SEPARATOR.split(names)) {
      if (BOILERPLATE_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static long paragraphChars(Element root) {
    if (root == null) {
      return 0;
    }
    long chars = 0;
    for (Element p : root.select("p")) {
      chars += p.text().length();
    }
    return chars;
  }

  /** The text of the first candidate body that has any blocks; "" when none has. */
  private static String bodyText(Document doc, String title, String h1) {
    List<Element> candidates = new ArrayList<>();
    Element richestArticle = null;
    for (Element article : doc.select("article")) {
      if (richestArticle == null || paragraphChars(article) > paragraphChars(richestArticle)) {
        richestArticle = article;
      }
    }
    candidates.add(richestArticle);
    candidates.add(doc.selectFirst("main, [role=main]"));
    candidates.add(mostParagraphText(doc));
    candidates.add(doc.body());
    for (Element root : candidates) {
      if (root != null) {
        String text = blocks(root, title, h1);
        if (!text.isEmpty()) {
          return text;
        }
      }
    }
    return "";
  }

  /** The parent of the most paragraph text: where the story is when the page does not say. */
  private static Element mostParagraphText(Document doc) {
    // Identity: two elements with the same content are still two places in the page.
    Map<Element, Long> chars = new IdentityHashMap<>();
    Element best = null;
    for (Element p : doc.select("p")) {
      Element parent = p.parent();
      if (parent != null) {
        long sum = chars.merge(parent, (long) p.text().length(), Long::sum);
        if (best == null || sum > chars.get(best)) {
          best = parent;
        }
      }
    }
    return best;
  }

  private static String blocks(Element root, String title, String h1) {
    List<String> blocks = new ArrayList<>();
    Elements found = root.select(BLOCKS);
    for (Element block : found) {
      if (insideBlock(block, root)) {
        continue; // its outermost block already holds this text
      }
      String text = block.text().strip();
      if (!text.isEmpty() && !repeats(text, title) && !repeats(text, h1)) {
        blocks.add(text);
      }
    }
    return String.join("\n\n", blocks);
  }

  private static boolean insideBlock(Element el, Element root) {
    for (Element up = el.parent(); up != null && up != root; up = up.parent()) {
      if (BLOCK_TAGS.contains(up.normalName())) {
        return true;
      }
    }
    return false;
  }

  private static boolean repeats(String block, String title) {
    return title != null && normalise(block).equals(normalise(title));
  }

  /** "Headline | Site" and "Headline - Site" become "Headline" when Site is the site's name. */
  private static String withoutSiteSuffix(String title, String site) {
    if (title == null || site == null || site.isBlank()) {
      return title;
    }
    for (String separator : List.of(" | ", " - ", " – ", " — ")) {
      String suffix = separator + site.strip();
      if (title.endsWith(suffix) && title.length() > suffix.length()) {
        return title.substring(0, title.length() - suffix.length()).strip();
      }
    }
    return title;
  }

  private static String normalise(String s) {
    return WHITESPACE.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  private static String meta(Document doc, String query) {
    return attr(doc.selectFirst(query), "content");
  }

  private static String attr(Element el, String name) {
    return el == null ? null : ArticleFields.clean(el.attr(name));
  }

  private static String text(Element el) {
    return el == null ? null : ArticleFields.clean(el.text());
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
