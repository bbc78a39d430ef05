package org.hindsight.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stable article ids: the same article read twice, from any format, gets the same id, so that
 * indexing is idempotent. Stateless and thread-safe.
 */
public final class ArticleIds {

  private static final Pattern SCHEME_AND_HOST =
      Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)(.*)$");

  private static final Pattern WHITESPACE =
      Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private ArticleIds() {}

  /**
   * The first 16 hex digits of SHA-256 over the normalised url when there is one (see {@link
   * #normaliseUrl}), else over the normalised text: whitespace collapsed, trimmed, lower case. A
   * url wins because the same story is often re-fetched with small changes to its text.
   *
   * @param url the article's url, or null or blank when it has none
   * @param text the article's text; required
   */
  public static String of(String url, String text) {
    Objects.requireNonNull(text, "text");
    String key =
        url == null || url.isBlank()
            ? WHITESPACE.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT)
            : normaliseUrl(url);
    return HexFormat.of().formatHex(sha256(key)).substring(0, 16);
  }

  /**
   * The url with the differences that do not change the page removed: scheme and host in lower
   * case, no fragment, no {@code utm_*} tracking parameters, no trailing slash. Works on the
   * string, not {@link java.net.URI}, so that urls with spaces or other illegal characters from
   * scraped pages still normalise.
   */
  public static String normaliseUrl(String url) {
    String s = url.strip();
    int hash = s.indexOf('#');
    if (hash >= 0) {
      s = s.substring(0, hash);
    }
    String query = "";
    int question = s.indexOf('?');
    if (question >= 0) {
      query = withoutTracking(s.substring(question + 1));
      s = s.substring(0, question);
    }
    Matcher m = SCHEME_AND_HOST.matcher(s);
    if (m.matches()) {
      s =
          m.group(1).toLowerCase(Locale.ROOT)
              + "://"
              + m.group(2).toLowerCase(Locale.ROOT)
              + m.group(3);
    }
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return query.isEmpty() ? s : s + "?" + query;
  }

  private static String withoutTracking(String query) {
    List<String> kept = new ArrayList<>();
    for (String param : query.split("&")) {
      if (!param.isEmpty() && !param.toLowerCase(Locale.ROOT).startsWith("utm_")) {
        kept.add(param);
      }
    }
    return String.join("&", kept);
  }

  private static byte[] sha256(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256; without it no id can be made at all.
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }
}
