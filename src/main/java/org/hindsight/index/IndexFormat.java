package org.hindsight.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * Whether a directory holds an index this hindsight reads: its commit names our schema version and
 * Lucene can read its segments; and the one-line errors when not (no index, another schema
 * version, another Lucene version, corrupt). The writer and both readers ask here. Stateless.
 */
public final class IndexFormat {

  private IndexFormat() {}

  /**
   * Checks the schema version of the index in {@code directory}, if there is one.
   *
   * @return whether an index exists there
   * @throws IncompatibleIndexException if it was written with another schema version or Lucene
   */
  public static boolean requireCompatible(Directory directory, Path dir) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return false;
    }
    Map<String, String> data;
    try {
      data = SegmentInfos.readLatestCommit(directory).getUserData();
    } catch (IndexFormatTooOldException | IndexFormatTooNewException | CorruptIndexException e) {
      throw incompatible(dir, e);
    }
    requireVersion(data, dir);
    return true;
  }

  /** Refuses commit user data written by another schema version (or by no hindsight at all). */
  public static void requireVersion(Map<String, String> data, Path dir) throws IncompatibleIndexException {
    String version = data.get(Schema.VERSION_KEY);
    if (version == null) {
      throw new IncompatibleIndexException(dir + ": not a hindsight index (its commit names no schema version)");
    }
    if (!version.equals(Integer.toString(Schema.VERSION))) {
      throw new IncompatibleIndexException(
          dir
              + ": index schema version "
              + version
              + ", but this hindsight reads version "
              + Schema.VERSION
              + "; re-ingest into a new --index directory (or delete "
              + dir
              + ")");
    }
  }

  /** The one-line error for a directory that holds no index ({@code cause} may be null). */
  public static IOException noIndex(Path dir, Throwable cause) {
    return new IOException(dir + ": no index here (run hindsight ingest first, or give --index)", cause);
  }

  /** The one-line error for an index Lucene cannot read (corrupt, or another Lucene version). */
  public static IncompatibleIndexException incompatible(Path dir, IOException e) {
    if (e instanceof CorruptIndexException) {
      return new IncompatibleIndexException(dir + ": corrupt index: " + firstLine(e.getMessage()), e);
    }
    return new IncompatibleIndexException(
        dir + ": written by an incompatible Lucene version; re-ingest into a new --index directory", e);
  }

  public static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }
}
