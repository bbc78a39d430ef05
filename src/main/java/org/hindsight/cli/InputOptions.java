package org.hindsight.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hindsight.article.CorpusReader;
import org.hindsight.article.PublishedDates;
import org.hindsight.article.ReadOptions;
import org.hindsight.nlp.PipelineConfig;
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
  OffsetDateTime published;

  @Option(names = "--max-bytes", paramLabel = "N", description = "Refuse files (and JSON Lines lines) larger than this (default: ${DEFAULT-VALUE}).", defaultValue = "5000000")
  long maxBytes;

  @Option(names = "--threads", paramLabel = "N", description = "Annotation threads (default: the number of cores).")
  Integer threads;

  @Option(
      names = "--article-timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      defaultValue = "60s",
      description = "Time budget of one article (e.g. 60s, 2m, 500ms; 0: none): past it the article fails with one line and the run goes on (default: ${DEFAULT-VALUE}).")
  Duration articleTimeout;

  @Option(
      names = "--max-sentence-tokens",
      paramLabel = "N",
      description = "Cut longer sentences into pieces for the tagger, NER, SUTime and the parser, with a warning (default: ${DEFAULT-VALUE}).")
  int maxSentenceTokens = PipelineConfig.DEFAULT_MAX_SENTENCE_TOKENS;

  @Option(
      names = "--max-article-tokens",
      paramLabel = "N",
      description = "Fail articles with more tokens right after tokenizing: a dump or a scraped page, not an article (default: ${DEFAULT-VALUE}).")
  int maxArticleTokens = PipelineConfig.DEFAULT_MAX_ARTICLE_TOKENS;

  @Option(names = "--report-every", paramLabel = "N", defaultValue = "100000", description = "A line on stderr every N articles with throughput and resident memory (default: ${DEFAULT-VALUE}; 0: never).")
  long reportEvery;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
  boolean quiet;

  @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
  picocli.CommandLine.Model.CommandSpec mixee;

  ReadOptions readOptions() {
    ReadOptions o = ReadOptions.defaults().withMaxBytes(maxBytes);
    if (published != null) {
      o = o.withDefaultPublished(published);
    }
    return o;
  }

  int threadCount() {
    return threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
  }

  /** A processor for these options, delivering in {@code order}, reporting on {@code err}. */
  Processor processor(Processor.Order order, PrintStream err) {
    if (maxSentenceTokens < 10) {
      throw new picocli.CommandLine.ParameterException(mixee.commandLine(), "--max-sentence-tokens must be at least 10: " + maxSentenceTokens);
    }
    if (maxArticleTokens < 1) {
      throw new picocli.CommandLine.ParameterException(mixee.commandLine(), "--max-article-tokens must be at least 1: " + maxArticleTokens);
    }
    return new Processor(
        new CorpusReader(readOptions()),
        new Processor.Settings(threadCount(), articleTimeout, order, !quiet && System.console() != null, reportEvery),
        err);
  }

  /** A bad date is a usage error (exit 2), named in one line. */
  static final class DateConverter implements picocli.CommandLine.ITypeConverter<OffsetDateTime> {
    @Override
    public OffsetDateTime convert(String value) {
      try {
        return PublishedDates.parseWithOffset(value);
      } catch (RuntimeException e) {
        throw new picocli.CommandLine.TypeConversionException("unparsable date '" + value + "'");
      }
    }
  }

  /** {@code 60s}, {@code 2m}, {@code 500ms}, {@code 1h}, or a number of seconds. */
  static final class DurationConverter implements picocli.CommandLine.ITypeConverter<Duration> {
    private static final Pattern FORM = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

    @Override
    public Duration convert(String value) {
      Matcher m = FORM.matcher(value.strip().toLowerCase(Locale.ROOT));
      if (!m.matches()) {
        throw new picocli.CommandLine.TypeConversionException("unreadable duration '" + value + "' (e.g. 60s, 2m, 500ms)");
      }
      long n = Long.parseLong(m.group(1));
      String unit = m.group(2) == null ? "s" : m.group(2);
      return switch (unit) {
        case "ms" -> Duration.ofMillis(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofSeconds(n);
      };
    }
  }
}
