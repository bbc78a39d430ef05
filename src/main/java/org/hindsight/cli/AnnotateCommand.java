package org.hindsight.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.hindsight.nlp.AnnotatedDocument;
import org.hindsight.nlp.CorefChain;
import org.hindsight.nlp.EntityMention;
import org.hindsight.nlp.Sentence;
import org.hindsight.nlp.TimeExpression;
import org.hindsight.nlp.Token;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The debugging view: what the NLP stage makes of each article. */
@Command(
    name = "annotate",
    mixinStandardHelpOptions = true,
    description = "Print the annotated document: sentences, tokens (POS, lemma, NER), entities, time expressions with normalised values, coreference chains.")
final class AnnotateCommand implements Callable<Integer> {

  @Mixin InputOptions input;

  @Option(names = "--json", description = "One JSON object per article (JSON Lines).")
  boolean json;

  @Option(names = "--full", description = "Run CoreNLP's full default pipeline (default NER, parse of every sentence, statistical coref) instead of the fast one.")
  boolean full;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return Job.run(input, json, full, spec.commandLine().getOut());
  }

  /** The work, nested so that picocli's reflection never loads the NLP stages (see ExtractCommand). */
  private static final class Job {
    static int run(InputOptions input, boolean json, boolean full, PrintWriter out) {
      Processor p = input.processor(Processor.Order.INPUT, System.err);
      Stages stages = new Stages(full, input.maxSentenceTokens, input.maxArticleTokens);
      ObjectMapper mapper =
          new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
      Processor.Counts counts =
          p.run(
              input.paths,
              a -> {
                AnnotatedDocument d = stages.pipeline.annotate(a);
                return new Processor.Result<>(d, d.tokenCount(), d.warnings());
              },
              d -> {
                if (json) {
                  try {
                    out.println(mapper.writeValueAsString(d));
                  } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                  }
                } else {
                  printText(out, d);
                }
                out.flush();
              });
      return counts.exitCode();
    }
  }

  private static void printText(PrintWriter out, AnnotatedDocument d) {
    out.println("# " + d.article().path() + " — " + d.article().title() + " (" + d.article().publishedText() + ")");
    for (Sentence s : d.sentences()) {
      out.printf("[%d] %s%n", s.index(), s.span().of(d.article().text()).replace('\n', ' '));
      StringBuilder sb = new StringBuilder("    ");
      for (Token t : s.tokens()) {
        sb.append(t.text()).append('/').append(t.pos());
        if (!"O".equals(t.ner())) {
          sb.append('/').append(t.ner());
        }
        sb.append(' ');
      }
      out.println(sb);
    }
    out.println("entities:");
    for (EntityMention e : d.entities()) {
      out.printf("  %-12s %s [%d,%d)%n", e.type(), e.text().replace('\n', ' '), e.span().begin(), e.span().end());
    }
    out.println("time expressions:");
    for (TimeExpression t : d.times()) {
      out.printf("  %s -> %s %s [%s .. %s]%n", t.text(), t.type(), t.value(), t.begin(), t.end());
    }
    if (!d.coref().isEmpty()) {
      out.println("coreference:");
      for (CorefChain c : d.coref()) {
        out.println("  " + c.mentions().stream().map(CorefChain.Mention::text).toList());
      }
    }
    out.println();
  }
}
