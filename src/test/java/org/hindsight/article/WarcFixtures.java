package org.hindsight.article;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;

/** Small WARC files written with jwarc for the tests, laid out as Common Crawl's CC-NEWS lays them. */
public final class WarcFixtures {

  private WarcFixtures() {}

  /**
   * One fetched page: target url, fetch time, HTTP status, Content-Type header (null: none), body,
   * extra HTTP headers (name, value, name, value …), and how the crawler truncated it (null: not).
   */
  public record Page(
      String url, Instant fetched, int status, String contentType, byte[] body, List<String> headers, WarcTruncationReason truncated) {

    public static Page html(String url, Instant fetched, String html) {
      return new Page(url, fetched, 200, "text/html; charset=UTF-8", html.getBytes(StandardCharsets.UTF_8), List.of(), null);
    }

    public static Page html(String url, Instant fetched, String html, Charset charset) {
      return new Page(url, fetched, 200, "text/html; charset=" + charset.name(), html.getBytes(charset), List.of(), null);
    }

    public Page withStatus(int s) {
      return new Page(url, fetched, s, contentType, body, headers, truncated);
    }

    public Page withType(String type) {
      return new Page(url, fetched, status, type, body, headers, truncated);
    }

    public Page withHeaders(String... nameValue) {
      return new Page(url, fetched, status, contentType, body, List.of(nameValue), truncated);
    }

    public Page truncatedBy(WarcTruncationReason reason) {
      return new Page(url, fetched, status, contentType, body, headers, reason);
    }
  }

  /** Writes a request and a response record per page (gzip per record when the name ends in .gz). */
  public static Path write(Path file, List<Page> pages) throws IOException {
    WarcCompression compression = file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE;
    try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(
        file, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), compression)) {
      for (Page p : pages) {
        HttpRequest request = new HttpRequest.Builder("GET", java.net.URI.create(p.url()).getRawPath()).addHeader("Host", java.net.URI.create(p.url()).getHost()).build();
        w.write(new WarcRequest.Builder(p.url()).date(p.fetched()).body(request).build());
        HttpResponse.Builder http = new HttpResponse.Builder(p.status(), p.status() == 200 ? "OK" : "Other");
        for (int i = 0; i + 1 < p.headers().size(); i += 2) {
          http.addHeader(p.headers().get(i), p.headers().get(i + 1));
        }
        http.body(p.contentType() == null ? null : MediaType.parse(p.contentType()), p.body());
        WarcResponse.Builder response = new WarcResponse.Builder(p.url()).date(p.fetched()).body(http.build());
        if (p.truncated() != null) {
          response.truncated(p.truncated());
        }
        w.write(response.build());
      }
    }
    return file;
  }
}
