package org.hindsight.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaVersionTest {

  @TempDir Path dir;

  @Test
  void everyCommitCarriesTheSchemaVersion() throws IOException {
    try (Indexer indexer = Indexer.open(dir, Indexer.Config.DEFAULT)) {
      indexer.index(Fixtures.a1());
    }
    try (Searcher s = Searcher.open(dir)) {
      assertEquals(Integer.toString(Schema.VERSION), s.commitUserData().get(Schema.VERSION_KEY));
    }
  }

  @Test
  void anEmptyNewIndexCanBeSearched() throws IOException {
    try (Indexer indexer = Indexer.open(dir, Indexer.Config.DEFAULT)) {
      // nothing
    }
    try (Searcher s = Searcher.open(dir)) {
      assertEquals(0, s.count(null));
      SearchResult r = s.search(SearchRequest.builder().query("anything").facets(true).build());
      assertEquals(0, r.totalHits());
      assertTrue(s.actors(10).isEmpty());
    }
  }

  @Test
  void refusesAnIndexOfAnotherSchemaVersion() throws IOException {
    try (Indexer indexer = Indexer.open(dir, Indexer.Config.DEFAULT)) {
      indexer.index(Fixtures.a1());
    }
    rewriteWithUserData(Map.of(Schema.VERSION_KEY, "999"));
    for (ThrowingOpen open : new ThrowingOpen[] {() -> Indexer.open(dir, Indexer.Config.DEFAULT).close(), () -> Searcher.open(dir).close()}) {
      IncompatibleIndexException e = assertThrows(IncompatibleIndexException.class, open::run);
      assertTrue(e.getMessage().contains("schema version 999"), e.getMessage());
      assertTrue(e.getMessage().contains("this hindsight reads version " + Schema.VERSION), e.getMessage());
      assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
      assertFalse(e.getMessage().contains("\n"), "one line");
    }
  }

  @Test
  void refusesALuceneIndexThatIsNotOurs() throws IOException {
    rewriteWithUserData(Map.of());
    IncompatibleIndexException e = assertThrows(IncompatibleIndexException.class, () -> Searcher.open(dir));
    assertTrue(e.getMessage().contains("not a hindsight index"), e.getMessage());
  }

  @Test
  void searchingWhereThereIsNoIndexSaysSo() {
    IOException e = assertThrows(IOException.class, () -> Searcher.open(dir.resolve("missing")));
    assertTrue(e.getMessage().contains("no index here"), e.getMessage());
    IOException empty = assertThrows(IOException.class, () -> Searcher.open(dir));
    assertTrue(empty.getMessage().contains("no index here"), empty.getMessage());
  }

  private void rewriteWithUserData(Map<String, String> data) throws IOException {
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
      w.setLiveCommitData(data.entrySet());
      Document doc = new Document();
      doc.add(new StringField("other", "writer", Field.Store.NO));
      w.addDocument(doc);
      w.commit();
    }
  }

  private interface ThrowingOpen {
    void run() throws IOException;
  }
}
