package org.hindsight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hindsight.index.ActorStats;
import org.hindsight.index.HitJson;
import org.hindsight.index.SearchIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The actors of the index, most mentioned first, with how many articles mention them and how many
 * claims and predictions are about them. Loads Lucene only.
 *
 * <p>{@code --json}: one line per actor with the stable fields {@code rank}, {@code id}, {@code
 * name}, {@code type}, {@code articles}, {@code mentions}, {@code claims}, {@code predictions},
 * {@code held} (claims and predictions the actor is the holder of).
 */
@Command(
    name = "actors",
    mixinStandardHelpOptions = true,
    description = "List the actors in the index with counts of articles, mentions, claims and predictions.")
final class ActorsCommand implements Callable<Integer> {

  @Option(names = "--top", paramLabel = "N", defaultValue = "25", description = "How many actors (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--json", description = "JSON Lines: rank, id, name, type, articles, mentions, claims, predictions, held.")
  boolean json;

  @Mixin IndexBackend index;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (top < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--top must be at least 1: " + top);
    }
    List<ActorStats> actors;
    try (SearchIndex searcher = index.openSearch(spec)) {
      actors = searcher.actors(top);
    }
    PrintWriter out = spec.commandLine().getOut();
    int rank = 0;
    if (json) {
      for (ActorStats a : actors) {
        out.println(HitJson.actor(a, ++rank));
      }
    } else {
      out.printf(Locale.ROOT, "%4s  %-30s %-12s %8s %9s %7s %11s %5s  %s%n",
          "#", "actor", "type", "articles", "mentions", "claims", "predictions", "held", "id");
      for (ActorStats a : actors) {
        out.printf(Locale.ROOT, "%4d  %-30s %-12s %8d %9d %7d %11d %5d  %s%n",
            ++rank, a.name(), a.type() == null ? "" : a.type(), a.articles(), a.mentions(), a.claims(),
            a.predictions(), a.held(), a.id());
      }
    }
    out.flush();
    return 0;
  }
}
