package org.hindsight.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The checks every input passes before a parser sees it — empty, too large, binary, not UTF-8 — and
 * the strict UTF-8 decoding that follows them. Each failure is a {@link BadInputException} with a
 * one-line reason. Stateless and thread-safe.
 */
final class ContentCheck {

  /** How much of a stream is sniffed for binary content before it is read line by line. */
  static final int SNIFF_BYTES = 8192;

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private ContentCheck() {}

  /**
   * The text of a whole file, after the checks in order: empty, larger than {@code maxBytes},
   * binary, invalid UTF-8. A leading byte order mark is dropped.
   */
  static String decodeFile(byte[] content, long maxBytes) throws BadInputException {
    if (content.length == 0 || isOnlyBom(content)) {
      throw new BadInputException("empty file");
    }
    if (content.length > maxBytes) {
      throw new BadInputException(
          "file too large: " + content.length + " bytes > limit " + maxBytes);
    }
    if (looksBinary(content, 0, content.length)) {
      throw new BadInputException("binary file");
    }
    return decodeUtf8(content, 0, content.length, 0);
  }

  /**
   * Whether these bytes are not text: any NUL byte, or more than one in ten being a control
   * character other than tab, line feed, form feed and carriage return. Real text has almost none;
   * the margin lets a stray escape or form feed through.
   */
  static boolean looksBinary(byte[] bytes, int off, int len) {
    int controls = 0;
    for (int i = off; i < off + len; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') || b == 0x7F) {
        controls++;
      }
    }
    return len > 0 && controls * 10L > len;
  }

  /**
   * Decodes strictly as UTF-8 (a CharsetDecoder that reports, never replaces), dropping one leading
   * byte order mark. {@code baseOffset} is the file offset of {@code bytes[off]}, so the reason
   * names the offset in the file: {@code invalid UTF-8 at byte offset N}.
   */
  static String decodeUtf8(byte[] bytes, int off, int len, long baseOffset)
      throws BadInputException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, off, len);
    // UTF-8 never yields more UTF-16 chars than it has bytes, so the output cannot overflow.
    CharBuffer out = CharBuffer.allocate(len);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new BadInputException(
          "invalid UTF-8 at byte offset " + (baseOffset + in.position() - off));
    }
    if (result.isOverflow()) {
      throw new IllegalStateException("UTF-8 decoding overflowed a buffer of " + len + " chars");
    }
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static boolean isOnlyBom(byte[] content) {
    return content.length == BOM.length
        && content[0] == BOM[0]
        && content[1] == BOM[1]
        && content[2] == BOM[2];
  }
}
