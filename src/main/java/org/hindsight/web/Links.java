package org.hindsight.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Every href the pages write: links within the workbench (ids and names URL-encoded into query
 * parameters, so no value can change the path) and links out, which must be absolute http or https
 * URLs ({@code javascript:}, {@code data:} and the like are dropped). Stateless.
 */
public final class Links {

  private Links() {}

  public static String prediction(String id) {
    return "/prediction?id=" + enc(id);
  }

  public static String article(String id) {
    return "/article?id=" + enc(id);
  }

  /** An item of an article: the article page with the item marked. */
  public static String item(String articleId, String itemId) {
    return article(articleId) + "&item=" + enc(itemId);
  }

  public static String actor(String name) {
    return "/actor?name=" + enc(name);
  }

  public static String source(String name) {
    return "/source?name=" + enc(name);
  }

  /** The search page filtered by one parameter. */
  public static String search(String key, String value) {
    return "/?" + key + "=" + enc(value);
  }

  /** The URL when it is an absolute http(s) URL with a host, else null (nothing to link). */
  public static String external(String url) {
    return org.hindsight.report.HtmlReport.safeUrl(url);
  }

  static String enc(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
  }
}
