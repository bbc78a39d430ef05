package org.hindsight.article;

import java.nio.file.Path;
import java.util.Locale;

/** The lower-case extension of a file name, which is how readers choose their formats. */
final class FileExtension {

  private FileExtension() {}

  /**
   * The extension without its dot, lower case; {@code ""} when there is none. A leading dot is not
   * an extension separator: {@code .profile} has none.
   */
  static String of(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return "";
    }
    String s = name.toString();
    int dot = s.lastIndexOf('.');
    return dot <= 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
