package org.hindsight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hindsight.article.Article;
import org.hindsight.extract.ExtractionJson;
import org.hindsight.index.Indexer;
import org.hindsight.nlp.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under the POSIX locale ({@code LC_ALL=C}, usual in containers and CI) the JVM's own stdout is
 * ASCII: "Anna Jørgensen" came out "Anna J?rgensen". The CLI runs in a child JVM with that locale
 * and its JSON output ({@code extract --json}), text output ({@code actors}, {@code search}) and
 * stderr must hold the names byte for byte in UTF-8. (Arguments cannot be fixed so: the JVM decodes
 * them in the locale's charset before {@code main} runs, so the queries here are ASCII.)
 */
class Utf8OutputTest {

  private static final String ARTICLE =
      "---\ntitle: Jørgensen’s budget — «a test»\npublished: 2025-03-04\n---\n"
          + "Anna Jørgensen, Denmark's finance minister, said on Tuesday that the government will probably cut"
          + " the income tax next year.\n\n"
          + "Søren Ødegaard of Nordea said the cut could lift spending in the coming months.";

  @TempDir Path dir;

  @Test
  void namesSurviveInTextJsonAndStderrUnderThePosixLocale() throws Exception {
    Files.writeString(dir.resolve("a.txt"), ARTICLE);
    // stderr quotes the bad value: a reason must survive too
    Files.writeString(dir.resolve("b.txt"), "---\npublished: næste tirsdag\n---\nThe bank may cut rates.");

    ChildCli.Result json = ChildCli.runUnderCLocale("2g", 300, "extract", "--json", "--quiet", "--threads", "1", dir.toString());
    assertEquals(1, json.code(), json.errText());
    String out = json.outText();
    assertFalse(out.contains("?"), out);
    JsonNode x = ExtractionJson.MAPPER.readTree(out.lines().findFirst().orElseThrow());
    assertEquals("Jørgensen’s budget — «a test»", x.path("article").path("title").asText());
    assertTrue(out.contains("Anna Jørgensen"), out);
    assertTrue(json.errText().contains("unparsable published date 'næste tirsdag'"), json.errText());

    // the text views, on an index of the same article (built here: a child that loads no models)
    Path index = dir.resolve("index");
    try (Indexer indexer = Indexer.open(index, Indexer.Config.DEFAULT)) {
      Article a = SharedPipeline.read(dir.resolve("a.txt").toString());
      indexer.index(SharedPipeline.extractor().extract(SharedPipeline.pipeline().annotate(a)));
    }
    ChildCli.Result actors = ChildCli.runUnderCLocale("256m", 120, "actors", "--index", index.toString());
    assertEquals(0, actors.code(), actors.errText());
    assertTrue(actors.outText().contains("Anna Jørgensen"), actors.outText());
    ChildCli.Result search = ChildCli.runUnderCLocale("256m", 120, "search", "cut", "--index", index.toString());
    assertEquals(0, search.code(), search.errText());
    assertTrue(search.outText().contains("Anna Jørgensen"), search.outText());
    assertTrue(search.outText().contains("Jørgensen’s budget"), search.outText());
  }
}
