package org.hindsight.index.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.common.SolrInputDocument;
import org.hindsight.extract.Extraction;
import org.hindsight.index.Fixtures;
import org.hindsight.index.Schema;
import org.hindsight.index.Serialized;
import org.hindsight.index.Documents;
import org.junit.jupiter.api.Test;

/** The generated configset and the Solr documents against {@link Schema}, without a cluster. */
class SolrConfigsetTest {

  @Test
  void schemaDeclaresEveryFieldAndFacetOfTheSchemaClass() {
    String xml = SolrConfigset.schemaXml();
    for (Schema.FieldDef f : Schema.FIELDS) {
      assertTrue(xml.contains("<field name=\"" + f.name() + "\" "), f.name());
    }
    for (String dim : Schema.DIMS) {
      assertTrue(xml.contains("<field name=\"" + Schema.facetField(dim) + "\" "), dim);
    }
    assertTrue(xml.contains("<schema name=\"" + SolrConfigset.SCHEMA_NAME + "\""));
    assertTrue(xml.contains("<uniqueKey>" + Schema.KEY + "</uniqueKey>"));
  }

  /** Every field the embedded index writes is declared (else SolrDocuments throws), keys are unique and routed by article. */
  @Test
  void everyDocumentOfTheFixturesMapsToDeclaredFields() throws Exception {
    Schema schema = new Schema();
    Set<String> keys = new HashSet<>();
    for (Extraction x : Fixtures.all()) {
      Serialized s = Serialized.of(x);
      List<SolrInputDocument> docs = SolrDocuments.of(new Documents(schema).unbuiltDocuments(s, Map.of()));
      assertEquals(1 + x.actors().size() + x.claims().size() + x.predictions().size(), docs.size());
      for (int i = 0; i < docs.size(); i++) {
        SolrInputDocument d = docs.get(i);
        String key = (String) d.getFieldValue(Schema.KEY);
        assertTrue(keys.add(key), "duplicate key " + key);
        assertTrue(key.startsWith(x.article().id() + "!"), key);
        assertEquals(i, ((Number) d.getFieldValue(Schema.POSITION)).intValue());
        for (String f : d.getFieldNames()) {
          assertTrue(f.equals(Schema.KEY) || f.startsWith("facet_") || Schema.field(f) != null, f);
        }
      }
      assertEquals(Schema.KIND_ARTICLE, docs.get(0).getFieldValue(Schema.KIND));
    }
  }
}
