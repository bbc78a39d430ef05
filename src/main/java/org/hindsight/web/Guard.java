package org.hindsight.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server's request checks, apart from routing: which Host and Origin headers are its own (a
 * page from elsewhere, or a DNS-rebound name, gets nothing), the CSRF tokens of forms that write
 * (a random cookie per browser, and in the form the HMAC of it under a key made at start-up, so a
 * token cannot be forged without reading the page), and the security headers of every answer.
 *
 * <p>Thread-safe: {@link Mac} instances are made per call.
 */
final class Guard {

  static final String COOKIE = "hindsight_csrf";

  /**
   * No inline script or style (the pages have none), nothing from elsewhere; images may be data:
   * URIs (the calibration charts, inert SVG); forms post only here.
   */
  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
          + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  private final byte[] key = new byte[32];
  private final SecureRandom random = new SecureRandom();
  private final Set<String> hosts;

  /**
   * @param hosts the Host header values this server answers to ("127.0.0.1:8080",
   *     "localhost:8080", …), lower-case
   */
  Guard(Set<String> hosts) {
    random.nextBytes(key);
    this.hosts = Set.copyOf(hosts);
  }

  /** The Host header names this server (DNS rebinding otherwise). */
  boolean hostAllowed(String host) {
    return host != null && hosts.contains(host.toLowerCase(Locale.ROOT));
  }

  /**
   * A write comes from one of this server's own pages: its Origin (or, without one, its Referer)
   * is this server.
   */
  boolean sameOrigin(String origin, String referer) {
    if (origin != null && !origin.isBlank() && !origin.equals("null")) {
      return originAllowed(origin);
    }
    if (referer != null) {
      for (String h : hosts) {
        if (referer.startsWith("http://" + h + "/")) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean originAllowed(String origin) {
    String o = origin.toLowerCase(Locale.ROOT);
    return o.startsWith("http://") && hosts.contains(o.substring("http://".length()));
  }

  /** A new cookie value. */
  String newCookie() {
    byte[] b = new byte[18];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** The form token for a cookie value. */
  String token(String cookie) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(cookie.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 missing from this JVM", e);
    }
  }

  /** Whether the form's token belongs to the browser's cookie (compared in constant time). */
  boolean tokenValid(String cookie, String token) {
    if (cookie == null || token == null || cookie.length() > 64 || token.length() > 64) {
      return false;
    }
    return MessageDigest.isEqual(token(cookie).getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
  }

  /** The cookie header that sets {@code value}: script cannot read it, other sites cannot send it. */
  static String setCookie(String value) {
    return COOKIE + "=" + value + "; Path=/; HttpOnly; SameSite=Strict";
  }
}
