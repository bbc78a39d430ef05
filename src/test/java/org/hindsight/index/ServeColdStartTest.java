package org.hindsight.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hindsight.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hindsight serve} in a fresh JVM, as a user starts it: it answers its pages and loads no
 * NLP class (like {@code search}), and it is up quickly (the README reports the time; the bound
 * here is loose because the test machine is shared).
 */
class ServeColdStartTest {

  @TempDir static Path dir;

  @BeforeAll
  static void index() throws IOException {
    Fixtures.indexAll(dir);
  }

  @Test
  void servesPagesWithoutLoadingNlp() throws Exception {
    List<String> cmd = new ArrayList<>(List.of(
        ProcessHandle.current().info().command().orElse("java"), "-verbose:class",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0", "--index", dir.toString()));
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    List<String> nlp = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.CompletableFuture<Integer> port = new java.util.concurrent.CompletableFuture<>();
    // the child's output is read to its end on a thread of its own: a full pipe would stall it
    Thread reader = new Thread(() -> {
      Pattern ready = Pattern.compile("hindsight serve: http://127\\.0\\.0\\.1:(\\d+)/");
      try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          collect(line, nlp);
          Matcher m = ready.matcher(line);
          if (m.find()) {
            port.complete(Integer.parseInt(m.group(1)));
          }
        }
      } catch (IOException e) {
        port.completeExceptionally(e);
      }
      port.complete(-1);
    }, "serve-output");
    reader.start();
    try {
      int at = port.get(60, TimeUnit.SECONDS);
      assertTrue(at > 0, "serve never said where it listens");
      double started = (System.nanoTime() - t0) / 1e9;
      System.err.printf("serve answered after %.2f s in a fresh JVM (with -verbose:class)%n", started);
      assertTrue(started < 20, "serve took " + started + " s to start");
      HttpClient http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(10)).build();
      for (String path : List.of("/?actor=putin", "/prediction?id=a1%3Ap0", "/article?id=a1", "/ledger?view=all", "/actor?name=putin",
          "/source?name=Reuters", "/api/search?q=concessions")) {
        HttpResponse<String> r = http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + at + path)).timeout(java.time.Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
      }
      p.destroy();
      assertTrue(p.waitFor(20, TimeUnit.SECONDS), "serve stops on SIGTERM");
      reader.join(10_000);
    } finally {
      p.destroyForcibly();
    }
    assertTrue(nlp.isEmpty(), "serve loaded NLP classes: " + nlp);
  }

  private static void collect(String line, List<String> nlp) {
    if (nlp.size() < 5 && (line.contains("edu.stanford.nlp") || line.contains("opennlp.") || line.contains("org.hindsight.nlp.CoreNlpPipeline"))) {
      nlp.add(line);
    }
  }
}
