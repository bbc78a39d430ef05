package org.hindsight.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a corpus: files and directories given on the command line, turned into one {@link
 * ReadOutcome} per article (or per file that yields none). Thread-safe: it holds only immutable
 * configuration, and each call walks on its own.
 *
 * <ul>
 *   <li>Directories are walked recursively in sorted order (by name, depth first), so two runs over
 *       the same corpus read the same articles in the same order. Hidden files and directories
 *       (name starting with a dot) met while walking are skipped silently; one named explicitly is
 *       read.
 *   <li>A file no reader accepts is {@code Skipped} ("unsupported extension .pdf"); a path that
 *       does not exist, cannot be listed or read is {@code Failed}. A file reached twice (listed
 *       and inside a listed directory) is read once.
 *   <li>The content checks (empty, too large, binary, invalid UTF-8) and parsing are the readers'.
 *       A reader that throws (a bug) or overflows its stack on deeply nested input fails its file
 *       alone; exceptions thrown by the caller's sink pass through unchanged.
 * </ul>
 */
public final class CorpusReader {

  /** The formats read out of the box, asked in this order. */
  public static final List<ArticleReader> DEFAULT_READERS =
      List.of(
          new TextArticleReader(), new JsonArticleReader(), new HtmlArticleReader(), new WarcArticleReader());

  private final ReadOptions options;
  private final List<ArticleReader> readers;

  public CorpusReader(ReadOptions options) {
    this(options, DEFAULT_READERS);
  }

  /** With other readers, asked in order; the first that accepts a file reads it. */
  public CorpusReader(ReadOptions options, List<ArticleReader> readers) {
    this.options = Objects.requireNonNull(options, "options");
    this.readers = List.copyOf(readers);
  }

  /** All outcomes, in reading order. Holds every article in memory: for small corpora and tests. */
  public List<ReadOutcome> read(List<Path> inputs) {
    List<ReadOutcome> outcomes = new ArrayList<>();
    read(inputs, outcomes::add);
    return outcomes;
  }

  /**
   * Hands each outcome to {@code sink} as soon as it is known, in reading order: inputs in the
   * order given, each directory sorted. Exceptions thrown by {@code sink} propagate.
   */
  public void read(List<Path> inputs, Consumer<? super ReadOutcome> sink) {
    Walk walk = new Walk(sink);
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        sink.accept(new ReadOutcome.Failed(input.toString(), "no such file or directory"));
      } else if (Files.isDirectory(input)) {
        walk.directory(input);
      } else {
        walk.file(input);
      }
    }
  }

  /** The state of one call: where it has been, so that nothing is read twice or loops. */
  private final class Walk {
    private final Consumer<? super ReadOutcome> sink;
    private final Set<Path> filesSeen = new HashSet<>();
    private final Set<Object> openDirectories = new HashSet<>();

    Walk(Consumer<? super ReadOutcome> sink) {
      this.sink = sink;
    }

    void directory(Path dir) {
      Object key;
      List<Path> entries = new ArrayList<>();
      try {
        key = directoryKey(dir);
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
          listing.forEach(entries::add);
        }
      } catch (IOException e) {
        sink.accept(new ReadOutcome.Failed(dir.toString(), "cannot list directory: " + reason(e)));
        return;
      }
      // A symbolic link back up the tree would otherwise be walked forever.
      if (!openDirectories.add(key)) {
        sink.accept(
            new ReadOutcome.Failed(dir.toString(), "directory loop through a symbolic link"));
        return;
      }
      entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
      for (Path entry : entries) {
        if (entry.getFileName().toString().startsWith(".")) {
          continue;
        }
        if (Files.isDirectory(entry)) {
          directory(entry);
        } else if (!Files.exists(entry)) {
          sink.accept(new ReadOutcome.Failed(entry.toString(), "broken symbolic link"));
        } else {
          file(entry);
        }
      }
      openDirectories.remove(key);
    }

    void file(Path file) {
      if (!filesSeen.add(file.toAbsolutePath().normalize())) {
        return;
      }
      String location = file.toString();
      ArticleReader reader = readerFor(file);
      if (reader == null) {
        String ext = FileExtension.of(file);
        sink.accept(
            new ReadOutcome.Skipped(
                location, ext.isEmpty() ? "no file extension" : "unsupported extension ." + ext));
        return;
      }
      if (!Files.isRegularFile(file)) {
        sink.accept(new ReadOutcome.Skipped(location, "not a regular file"));
        return;
      }
      // the sink's own exceptions pass through; a reader's are this file's failure, not the walk's
      Consumer<ReadOutcome> guarded =
          outcome -> {
            try {
              sink.accept(outcome);
            } catch (RuntimeException e) {
              throw new SinkFailure(e);
            }
          };
      try (InputStream in = Files.newInputStream(file)) {
        reader.read(file, in, Files.size(file), options, guarded);
      } catch (SinkFailure e) {
        throw e.getCause();
      } catch (IOException e) {
        sink.accept(new ReadOutcome.Failed(location, "cannot read file: " + reason(e)));
      } catch (StackOverflowError e) {
        sink.accept(new ReadOutcome.Failed(location, "too deeply nested to read (stack overflow)"));
      } catch (RuntimeException e) {
        sink.accept(
            new ReadOutcome.Failed(
                location,
                "cannot read file: internal error in "
                    + reader.getClass().getSimpleName()
                    + ": "
                    + (e.getMessage() == null ? e.toString() : e.getMessage())
                    + " (a bug: please report it)"));
      }
    }
  }

  /** An exception thrown by the caller's sink, carried through a reader unchanged. */
  private static final class SinkFailure extends RuntimeException {
    SinkFailure(RuntimeException cause) {
      super(cause);
    }

    @Override
    public synchronized RuntimeException getCause() {
      return (RuntimeException) super.getCause();
    }
  }

  private ArticleReader readerFor(Path file) {
    for (ArticleReader reader : readers) {
      if (reader.accepts(file)) {
        return reader;
      }
    }
    return null;
  }

  /** What identifies a directory on disk, however it was reached. */
  private static Object directoryKey(Path dir) throws IOException {
    Object key = Files.readAttributes(dir, BasicFileAttributes.class).fileKey();
    return key != null ? key : dir.toRealPath();
  }

  /** An IOException's reason in words: many carry only the path, which the location names. */
  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
