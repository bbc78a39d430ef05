package org.hindsight.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hindsight.index.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server over HTTP without a browser, on the index fixtures: security headers, the Host and
 * Origin checks, CSRF refusal, bounded parameters, nothing outside the static assets, the API's
 * field names, exports of what a page shows.
 */
class WebServerTest {

  @TempDir static Path dir;
  static WebServer server;
  static HttpClient http;
  static String base;

  @BeforeAll
  static void start() throws IOException {
    Fixtures.indexAll(dir);
    server = WebServer.start(new WebServer.Options(dir, "127.0.0.1", 0));
    base = "http://127.0.0.1:" + server.port();
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String body, Map<String, String> headers) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(b::header);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() throws Exception {
    for (String path : List.of("/", "/ledger", "/api/search", "/static/app.css", "/no-such-page")) {
      HttpResponse<String> r = get(path);
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), path + ": " + csp);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
      assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(""), path);
      assertTrue(r.headers().firstValue("Server-Timing").isPresent(), path);
    }
    assertEquals(404, get("/no-such-page").statusCode());
  }

  @Test
  void searchPageAndApiAgree() throws Exception {
    HttpResponse<String> page = get("/?actor=putin&kind=prediction");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Putin might make limited concessions"), "the hit is on the page");
    JsonNode api = new ObjectMapper().readTree(get("/api/search?actor=putin&kind=prediction").body());
    assertEquals(2, api.get("total_hits").asInt());
    JsonNode hit = api.get("hits").get(0);
    for (String field : List.of("type", "rank", "score", "kind", "id", "article_id", "text", "highlight", "holder", "actors", "published", "source",
        "title", "url", "probability", "level", "polarity", "deadline", "status", "start", "end", "cues", "item")) {
      assertTrue(hit.has(field), "search --json field " + field);
    }
    assertTrue(api.get("facets").has("actor"));
    assertTrue(api.get("timeline").size() > 0);
  }

  @Test
  void exportsHoldWhatThePageShows() throws Exception {
    HttpResponse<String> csv = get("/search.csv?actor=putin&kind=prediction&size=1&page=2");
    assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    List<String> lines = csv.body().lines().toList();
    assertEquals(String.join(",", Exports.CSV_COLUMNS), lines.get(0));
    assertEquals(2, lines.size(), "the header and the one hit of page 2");
    assertTrue(lines.get(1).startsWith("2,prediction,"), lines.get(1));
    List<String> jsonl = get("/search.jsonl?actor=putin&kind=prediction").body().lines().toList();
    assertEquals(2, jsonl.size());
    assertEquals("hit", new ObjectMapper().readTree(jsonl.get(0)).get("type").asText());
  }

  @Test
  void badParametersAreBoundedAndNamed() throws Exception {
    HttpResponse<String> api = get("/api/search?from=last+tuesday");
    assertEquals(400, api.statusCode());
    assertTrue(api.body().contains("from: cannot read date"), api.body());
    assertEquals(200, get("/?size=100000&page=99999").statusCode(), "paging is clamped, not refused");
    HttpResponse<String> bad = get("/?q=concessions+AND");
    assertEquals(200, bad.statusCode());
    assertTrue(bad.body().contains("bad query"), "a query syntax error is shown on the page");
    assertEquals(400, get("/prediction?id=" + "x".repeat(400)).statusCode());
  }

  @Test
  void judgingNeedsTheTokenAndThisOrigin() throws Exception {
    String body = "id=a1%3Ap0&status=CONFIRMED&note=x&csrf=forged";
    assertEquals(403, post("/judge", body, Map.of("Origin", base)).statusCode(), "no cookie, forged token");
    assertEquals(403, post("/judge", body, Map.of("Origin", "http://evil.example")).statusCode(), "another site");
    assertEquals(403, post("/judge", body, Map.of()).statusCode(), "neither Origin nor Referer");
  }

  @Test
  void onlyThisServersHostNameIsAnswered() throws Exception {
    String answer = raw("GET / HTTP/1.1\r\nHost: attacker.example:" + server.port() + "\r\nConnection: close\r\n\r\n");
    assertTrue(answer.startsWith("HTTP/1.1 421"), answer.lines().findFirst().orElse(""));
    assertTrue(raw("GET / HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 200"));
  }

  @Test
  void noFileOutsideTheStaticAssets() throws Exception {
    for (String path : List.of("/static/../../pom.xml", "/static/%2e%2e/%2e%2e/pom.xml", "/static/..%2f..%2fweb%2fopenapi.yaml",
        "/static/%2e%2e/%2e%2e/org/hindsight/web/WebServer.class", "/segments_1", "/check/")) {
      String answer = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n\r\n");
      String status = answer.lines().findFirst().orElse("");
      assertFalse(status.contains(" 200"), path + " → " + status);
    }
    assertEquals(200, get("/static/app.css").statusCode());
    assertTrue(get("/api/openapi.yaml").body().startsWith("openapi: 3"));
  }

  @Test
  void requestBodiesAreBounded() throws Exception {
    String big = "note=" + "x".repeat((int) WebServer.MAX_BODY + 1024);
    int status = post("/judge", big, Map.of("Origin", base)).statusCode();
    assertTrue(status == 413 || status == 403, "refused: " + status);
  }

  private static String raw(String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(5000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
