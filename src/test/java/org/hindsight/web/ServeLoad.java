package org.hindsight.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.hindsight.index.SyntheticCorpus;

/**
 * The search page's load benchmark (not a unit test): {@code clients} threads ask {@code hindsight
 * serve} on 127.0.0.1 for search pages — actor + words + date range, the synthetic corpus's own
 * query mix, the same {@code bench-index} measures — back to back for {@code seconds}, then stop.
 * Reports the server's own time (its {@code Server-Timing} header) and the client's, errors, and
 * throughput. Only loopback addresses are accepted.
 *
 * <p>{@code java -cp target/test-classes:target/classes:target/lib/* org.hindsight.web.ServeLoad PORT [CLIENTS] [SECONDS]};
 * {@code … ServeLoad --paths N} prints N of the query paths instead (for {@code wrk} and {@code
 * src/test/resources/web/wrk-search.lua}).
 */
public final class ServeLoad {

  private ServeLoad() {}

  public static void main(String[] args) throws Exception {
    if (args[0].equals("--paths")) {
      paths(Integer.parseInt(args[1])).forEach(System.out::println);
      return;
    }
    int port = Integer.parseInt(args[0]);
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    if (clients < 1 || clients > 64 || seconds < 1 || seconds > 600) {
      throw new IllegalArgumentException("1–64 clients for 1–600 s");
    }
    String base = "http://127.0.0.1:" + port;
    List<String> paths = paths(5000);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
    // warm-up: the JIT and the index's caches, as a server that has run a while
    for (int i = 0; i < 300; i++) {
      http.send(HttpRequest.newBuilder(URI.create(base + paths.get(i % paths.size()))).build(), HttpResponse.BodyHandlers.discarding());
    }
    List<Double> server = Collections.synchronizedList(new ArrayList<>());
    List<Double> client = Collections.synchronizedList(new ArrayList<>());
    AtomicLong errors = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int id = c;
      Thread t = new Thread(() -> {
        int i = id * 250;
        while (System.nanoTime() < end) {
          String path = paths.get(i++ % paths.size());
          long t0 = System.nanoTime();
          try {
            HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - t0) / 1e6;
            if (r.statusCode() != 200 || !r.body().contains("class=\"total\"")) {
              errors.incrementAndGet();
              continue;
            }
            client.add(ms);
            bytes.addAndGet(r.body().length());
            r.headers().firstValue("Server-Timing").ifPresent(h -> server.add(Double.parseDouble(h.replaceAll(".*dur=", ""))));
          } catch (Exception e) {
            errors.incrementAndGet();
          }
        }
      }, "load-" + c);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    System.out.printf(Locale.ROOT, "%d clients, %d s: %d pages (%.0f/s, %.1f KB each), %d errors%n",
        clients, seconds, client.size(), client.size() / (double) seconds, bytes.get() / 1024.0 / Math.max(1, client.size()), errors.get());
    System.out.println("server time (Server-Timing) " + percentiles(server));
    System.out.println("client time (round trip)    " + percentiles(client));
  }

  /** Search-page paths: actor + word + date range, the synthetic corpus's query mix (seed 42, queries seed 7). */
  static List<String> paths(int n) {
    List<String> paths = new ArrayList<>();
    for (SyntheticCorpus.Query q : new SyntheticCorpus(42, "syn").queries(n, 7)) {
      paths.add("/?q=" + enc(q.word()) + "&actor=" + enc(q.actorName())
          + "&from=" + q.from().atZone(ZoneOffset.UTC).toLocalDate() + "&to=" + q.to().atZone(ZoneOffset.UTC).toLocalDate());
    }
    return paths;
  }

  private static String percentiles(List<Double> values) {
    List<Double> v = new ArrayList<>(values);
    Collections.sort(v);
    if (v.isEmpty()) {
      return "no samples";
    }
    return String.format(Locale.ROOT, "p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms", at(v, 0.5), at(v, 0.9), at(v, 0.99), v.get(v.size() - 1));
  }

  private static double at(List<Double> sorted, double q) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(q * sorted.size())));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
