package org.hindsight.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.hindsight.check.CheckIndex;
import org.hindsight.index.SearchIndex;
import org.hindsight.index.Searcher;

/**
 * {@code hindsight serve}: the analysts' workbench over one index, on Javalin 7 (Jetty 12). It
 * presents only — {@link Workbench} and {@link ItemPages} call the index and check stages — and
 * loads no NLP model, so it starts in about a second.
 *
 * <p>Security: every answer carries a CSP without inline scripts, {@code nosniff}, a referrer
 * policy and no framing; requests must name this server in their Host header (no DNS rebinding);
 * the one write (judging) is a POST with a CSRF token and an Origin check; request bodies are
 * limited to {@value #MAX_BODY} bytes and lists to {@value SearchForm#MAX_SIZE} hits a page;
 * files are served only from the classpath's {@code web/static}.
 *
 * <p>Thread-safe; {@link #close} stops it.
 */
public final class WebServer implements Closeable {

  static final long MAX_BODY = 64 * 1024;
  /** How often a request looks for a newer commit of the index (an ingest, check or judge elsewhere). */
  static final long REFRESH_MS = 1000;

  /** Opens the index for searching. */
  @FunctionalInterface
  public interface SearchOpener {
    SearchIndex open() throws IOException;
  }

  /** Where to serve and what: the index to search and to check (its verdicts and judgments). */
  public record Options(CheckIndex check, SearchOpener search, String host, int port) {

    /** The embedded index in {@code index}. */
    public Options(Path index, String host, int port) {
      this(CheckIndex.embedded(index), () -> Searcher.open(index), host, port);
    }
  }

  private final Javalin app;
  private final SearchIndex searcher;
  private final CheckIndex check;
  private final Verdicts verdicts;
  private final Routes routes;
  private final AtomicLong lastRefresh = new AtomicLong();
  private volatile Guard guard;

  private WebServer(Options o, SearchIndex searcher) {
    this.searcher = searcher;
    this.check = o.check();
    this.verdicts = new Verdicts(o.check());
    this.routes = new Routes(new Workbench(searcher, verdicts), new ItemPages(o.check(), verdicts), verdicts, () -> {
      searcher.refresh();
      verdicts.invalidate();
    });
    this.app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.http.maxRequestSize = MAX_BODY;
              config.http.generateEtags = false;
              config.jetty.modifyHttpConfiguration(h -> {
                h.setSendServerVersion(false);
                h.setRequestHeaderSize(16 * 1024);
              });
              config.staticFiles.add(
                  s -> {
                    s.hostedPath = "/static";
                    s.directory = "/web/static";
                    s.location = Location.CLASSPATH;
                  });
              config.routes.before(this::before);
              config.routes.after(this::after);
              routes.register(config.routes, () -> guard);
              config.routes.get("/api/openapi.yaml", WebServer::openapi);
            });
  }

  /** Opens the index and starts serving; the port is free when 0. */
  public static WebServer start(Options o) throws IOException {
    SearchIndex searcher = o.search().open();
    try {
      WebServer s = new WebServer(o, searcher);
      s.app.start(o.host(), o.port());
      s.guard = new Guard(hosts(o.host(), s.app.port()));
      return s;
    } catch (RuntimeException e) {
      try {
        searcher.close();
      } finally {
        o.check().close();
      }
      throw e;
    }
  }

  public int port() {
    return app.port();
  }

  /** Whether {@code host} is a loopback address or name (nothing else on the network can reach it). */
  public static boolean loopback(String host) {
    try {
      return host.equalsIgnoreCase("localhost") || InetAddress.getByName(host).isLoopbackAddress();
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() throws IOException {
    try (check; searcher) {
      app.stop();
    }
  }

  private void before(Context ctx) throws IOException {
    ctx.attribute("t0", System.nanoTime());
    ctx.header("Content-Security-Policy", Guard.CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    Guard g = guard;
    if (g == null || !g.hostAllowed(ctx.header("Host"))) {
      ctx.status(HttpStatus.MISDIRECTED_REQUEST).contentType("text/plain; charset=utf-8").result("this server answers to its own address only\n");
      ctx.skipRemainingHandlers();
      return;
    }
    String cookie = ctx.cookie(Guard.COOKIE);
    if (cookie == null || cookie.length() > 64) {
      cookie = g.newCookie();
      ctx.header("Set-Cookie", Guard.setCookie(cookie));
    }
    ctx.attribute("csrf", g.token(cookie));
    long now = System.currentTimeMillis();
    long last = lastRefresh.get();
    if (now - last > REFRESH_MS && lastRefresh.compareAndSet(last, now) && searcher.refresh()) {
      verdicts.invalidate();
    }
  }

  private void after(Context ctx) {
    Long t0 = ctx.attribute("t0");
    if (t0 != null) {
      ctx.header("Server-Timing", String.format(Locale.ROOT, "app;dur=%.2f", (System.nanoTime() - t0) / 1e6));
    }
    if (ctx.path().startsWith("/static/")) {
      ctx.header("Cache-Control", "public, max-age=3600");
    } else if (ctx.header("Cache-Control") == null) {
      ctx.header("Cache-Control", "no-store");
    }
  }

  private static void openapi(Context ctx) throws IOException {
    try (InputStream in = WebServer.class.getResourceAsStream("/web/openapi.yaml")) {
      if (in == null) {
        throw new IOException("web/openapi.yaml is missing from the classpath");
      }
      ctx.contentType("application/yaml; charset=utf-8").result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** The Host header values this server answers to: its address and, on loopback or a wildcard, the machine's names for itself. */
  static Set<String> hosts(String host, int port) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    out.add(hostPort(host, port));
    boolean wildcard = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
    if (loopback(host) || wildcard) {
      out.add(hostPort("localhost", port));
      out.add(hostPort("127.0.0.1", port));
      out.add(hostPort("::1", port));
    }
    if (wildcard) {
      for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        for (InetAddress a : Collections.list(ni.getInetAddresses())) {
          out.add(hostPort(a.getHostAddress().replaceAll("%.*$", ""), port));
        }
      }
      out.add(hostPort(InetAddress.getLocalHost().getHostName(), port));
    }
    return out;
  }

  private static String hostPort(String host, int port) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.contains(":") && !h.startsWith("[")) {
      h = "[" + h + "]";
    }
    return h + ":" + port;
  }
}
