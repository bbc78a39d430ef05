package org.hindsight.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The jte templates of {@code src/main/jte}, compiled to Java classes at build time (the
 * jte-maven-plugin's {@code generate} goal): nothing is compiled at run time, and a template that
 * does not type-check fails the build. HTML output escapes every {@code ${…}} for its context.
 * Thread-safe.
 */
public final class Templates {

  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private Templates() {}

  /** Renders a template whose one parameter is {@code model}. */
  public static String render(String template, Object model) {
    StringOutput out = new StringOutput(16 * 1024);
    ENGINE.render(template, model, out);
    return out.toString();
  }
}
