package org.hindsight.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hindsight.article.PublishedDates;
import org.hindsight.article.ReadOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by every command that reads articles. */
final class InputOptions {

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or directories (walked recursively): .txt .md .json .jsonl (ours, news-please, Media Cloud) .html .htm .warc .warc.gz")
  List<Path> paths;

  @Option(
      names = "--published",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description = "Publication date for articles that give none (ISO or news form).")
  Instant published;

  @Option(names = "--max-bytes", paramLabel = "N", description = "Refuse files larger than this (default: ${DEFAULT-VALUE}).", defaultValue = "5000000")
  long maxBytes;

  @Option(names = "--threads", paramLabel = "N", description = "Annotation threads (default: the number of cores).")
  Integer threads;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
  boolean quiet;

  ReadOptions readOptions() {
    ReadOptions o = ReadOptions.defaults().withMaxBytes(maxBytes);
    if (published != null) {
      o = o.withDefaultPublished(published);
    }
    return o;
  }

  /** A bad date is a usage error (exit 2), named in one line. */
  static final class DateConverter implements picocli.CommandLine.ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      try {
        return PublishedDates.parse(value);
      } catch (RuntimeException e) {
        throw new picocli.CommandLine.TypeConversionException("unparsable date '" + value + "'");
      }
    }
  }

  int threadCount() {
    return threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
  }
}
