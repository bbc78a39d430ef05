package org.hindsight.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads one input format into articles. One implementation per format; {@link CorpusReader} asks
 * each in turn whether it {@link #accepts} a file.
 *
 * <p>Contract: bad input never throws. Whatever the bytes, {@link #read(Path, byte[], ReadOptions)}
 * returns at least one outcome — a {@link ReadOutcome.Failed} with a one-line reason for anything
 * it cannot read. A {@code RuntimeException} from a reader is a bug in the reader. Implementations
 * are stateless and thread-safe.
 *
 * <p>How to add a format:
 *
 * <ol>
 *   <li>implement this interface, choosing files by extension in {@link #accepts};
 *   <li>run the content through the shared checks (empty, size, binary, UTF-8) before parsing;
 *   <li>fill the common fields and let them become an {@link Article} the same way the other
 *       readers do (dates, ids, "no text"), so every format behaves alike;
 *   <li>register it in {@link CorpusReader#DEFAULT_READERS} and add its hostile-input case to the
 *       tests.
 * </ol>
 */
public interface ArticleReader {

  /**
   * Whether this reader handles {@code file}, judged by its name alone (the file may not exist).
   */
  boolean accepts(Path file);

  /**
   * Reads the articles in one file.
   *
   * @param file where the content came from; used for {@link Article#path()} and locations
   * @param content the raw bytes of the whole file, not yet checked or decoded
   * @param options size limit and default publication date
   * @return one outcome per article in the file (one for most formats, one per non-blank line for
   *     JSON Lines), or a single {@code Failed} for the file; never empty
   */
  List<ReadOutcome> read(Path file, byte[] content, ReadOptions options);

  /**
   * Reads the articles in one file from a stream, handing each outcome to {@code sink} as soon as
   * it is known. This default refuses a file over {@link ReadOptions#maxBytes()} without reading
   * it, then reads the bytes and calls {@link #read(Path, byte[], ReadOptions)}; formats with many
   * articles per file override it so that a large file never sits in memory.
   *
   * @param size the file's size in bytes, as the file system reports it
   * @throws IOException when the stream cannot be read; outcomes already handed over stand
   */
  default void read(
      Path file, InputStream in, long size, ReadOptions options, Consumer<? super ReadOutcome> sink)
      throws IOException {
    if (size > options.maxBytes()) {
      sink.accept(
          new ReadOutcome.Failed(
              file.toString(), "file too large: " + size + " bytes > limit " + options.maxBytes()));
      return;
    }
    // One byte past the limit is enough for the content check to see that the file grew.
    int cap = (int) Math.min(options.maxBytes() + 1, Integer.MAX_VALUE - 8);
    byte[] content = in.readNBytes(cap);
    read(file, content, options).forEach(sink);
  }
}
