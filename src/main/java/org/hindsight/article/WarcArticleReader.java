package org.hindsight.article;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Reads web archives ({@code .warc}, {@code .warc.gz}; Common Crawl's CC-NEWS among them) with
 * jwarc: every HTTP {@code response} record with an HTML body becomes an article through {@link
 * HtmlArticleReader}. Stateless and thread-safe.
 *
 * <p>The record's surroundings fill what the page does not say: the url is the page's {@code
 * og:url} or canonical link, else the record's {@code WARC-Target-URI}; the date is the page's
 * ({@code article:published_time} first, then the other publication dates the HTML reader knows),
 * else the record's {@code WARC-Date} (when it was fetched); the language is the page's {@code <html
 * lang>}, else the response's {@code Content-Language}. The body is decoded by the charset of the
 * {@code Content-Type} header, else of the page's {@code <meta charset>}, else as UTF-8.
 *
 * <p>Records that are not articles are passed over without a word (warcinfo, request, metadata,
 * revisit records). Response records that are no article are {@code Skipped} with a reason: an HTTP
 * status other than 200, a body that is not HTML, a record the crawler truncated ({@code
 * WARC-Truncated}), a page that declares a language other than English. A body over {@link
 * ReadOptions#maxBytes()} or an unreadable HTTP message {@code Failed}. The file streams: one record
 * at a time is held, so a 1 GB CC-NEWS file needs no more memory than its largest page. {@link
 * Article#path()} is {@code FILE#N}, N the record's position in the file (1-based).
 */
public final class WarcArticleReader implements ArticleReader {

  private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

  private final HtmlArticleReader html = new HtmlArticleReader();

  @Override
  public boolean accepts(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return false;
    }
    String s = name.toString().toLowerCase(Locale.ROOT);
    return s.endsWith(".warc") || s.endsWith(".warc.gz");
  }

  @Override
  public List<ReadOutcome> read(Path file, byte[] content, ReadOptions options) {
    List<ReadOutcome> outcomes = new ArrayList<>();
    try {
      read(file, new ByteArrayInputStream(content), content.length, options, outcomes::add);
    } catch (IOException e) {
      // A ByteArrayInputStream does not fail (too short a file is answered as bad input above);
      // if it ever did, that is a bug, not bad input.
      throw new UncheckedIOException(e);
    }
    return outcomes;
  }

  /** The file's size does not matter: {@link ReadOptions#maxBytes()} bounds each record's body. */
  @Override
  public void read(
      Path file, InputStream in, long size, ReadOptions options, Consumer<? super ReadOutcome> sink)
      throws IOException {
    String location = file.toString();
    if (size == 0) {
      sink.accept(new ReadOutcome.Failed(location, "empty file"));
      return;
    }
    int n = 0;
    long offset = 0;
    WarcReader opened;
    try {
      opened = new WarcReader(in);
    } catch (EOFException e) {
      // the reader sniffs the first bytes for gzip: a file shorter than that is bad input
      sink.accept(new ReadOutcome.Failed(location, "not a WARC file: " + size + " bytes, too short for a record"));
      return;
    }
    try (WarcReader warc = opened) {
      for (WarcRecord record = next(warc); record != null; record = next(warc)) {
        n++;
        offset = warc.position();
        if (record instanceof WarcResponse response) {
          sink.accept(read(file, n, response, options));
        }
      }
    } catch (WarcException e) {
      sink.accept(
          new ReadOutcome.Failed(
              location,
              n == 0
                  ? "not a WARC file: " + e.getMessage()
                  : "broken WARC after record " + n + " (byte offset " + offset + "): " + e.getMessage()));
      return;
    }
    if (n == 0) {
      sink.accept(new ReadOutcome.Failed(location, "no WARC records"));
    }
  }

  /** The next record, or null at the end; a parse error is bad input, not an I/O failure. */
  private static WarcRecord next(WarcReader warc) throws WarcException {
    try {
      return warc.next().orElse(null);
    } catch (IOException | RuntimeException e) {
      throw new WarcException(e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  /** A WARC the parser cannot read on (its message is the reason). */
  private static final class WarcException extends Exception {
    private static final long serialVersionUID = 1L;

    WarcException(String message) {
      super(message);
    }
  }

  private ReadOutcome read(Path file, int n, WarcResponse record, ReadOptions options) {
    String path = file + "#" + n;
    String location = file + ":" + n;
    String target = record.target();
    try {
      if (record.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
        return new ReadOutcome.Skipped(
            location, "truncated record (WARC-Truncated: " + record.truncated().name().toLowerCase(Locale.ROOT) + ") " + target);
      }
      HttpResponse http = record.http();
      if (http.status() != 200) {
        return new ReadOutcome.Skipped(location, "HTTP status " + http.status() + " " + target);
      }
      MediaType type = http.contentType();
      String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
      if (!HTML_TYPES.contains(base)) {
        return new ReadOutcome.Skipped(location, "not HTML: " + (base.isEmpty() ? "no content type" : base) + " " + target);
      }
      byte[] body = http.bodyDecoded().stream().readNBytes((int) Math.min(options.maxBytes() + 1, Integer.MAX_VALUE - 8));
      if (body.length > options.maxBytes()) {
        return new ReadOutcome.Failed(location, "page too large: over " + options.maxBytes() + " bytes " + target);
      }
      if (body.length == 0) {
        return new ReadOutcome.Failed(location, "empty body " + target);
      }
      if (ContentCheck.looksBinary(body, 0, Math.min(body.length, ContentCheck.SNIFF_BYTES))) {
        return new ReadOutcome.Skipped(location, "not HTML: binary body " + target);
      }
      Document doc = Jsoup.parse(new ByteArrayInputStream(body), charset(type), target);
      String language = http.headers().first("Content-Language").orElse(null);
      ReadOutcome outcome =
          html.read(doc, path, location, options, target, record.date().toString(), language);
      if (outcome instanceof ReadOutcome.Read r
          && r.article().language() != null
          && !Languages.isEnglish(r.article().language())) {
        return new ReadOutcome.Skipped(location, "not English: declared language '" + r.article().language() + "' " + target);
      }
      return outcome;
    } catch (IOException | RuntimeException e) {
      return new ReadOutcome.Failed(location, "unreadable HTTP response: " + (e.getMessage() == null ? e : e.getMessage()) + " " + target);
    }
  }

  /** The charset the header names, or null to let jsoup read the page's own (else UTF-8). */
  private static String charset(MediaType type) {
    String name = type == null ? null : type.parameters().get("charset");
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.strip()).name();
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
