package org.hindsight.index.solr;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.hindsight.index.Schema;
import org.hindsight.index.Serialized;

/**
 * The documents of {@link org.hindsight.index.Documents#unbuiltDocuments} as Solr documents, field by field as {@link
 * Schema#FIELDS} declares them, and stored documents back as {@link Serialized.StoredDoc}s. A field the
 * schema does not declare is a bug and fails loudly. Stateless.
 */
final class SolrDocuments {

  private SolrDocuments() {}

  /** One Solr document per Lucene document, in block order. */
  static List<SolrInputDocument> of(List<Document> block) {
    List<SolrInputDocument> out = new ArrayList<>(block.size());
    for (Document d : block) {
      out.add(of(d));
    }
    return out;
  }

  static SolrInputDocument of(Document d) {
    SolrInputDocument s = new SolrInputDocument();
    for (IndexableField f : d.getFields()) {
      if (f instanceof SortedSetDocValuesFacetField facet) {
        s.addField(Schema.facetField(facet.dim), facet.label);
        continue;
      }
      Schema.FieldDef def = Schema.field(f.name());
      if (def == null) {
        throw new IllegalStateException("field " + f.name() + " is not declared in Schema.FIELDS");
      }
      switch (def.kind()) {
        // a point, doc values and the stored value under one name: the stored one says it
        case LONG, DOUBLE -> {
          if (f instanceof StoredField) {
            s.addField(def.name(), f.numericValue());
          }
        }
        case COUNT, STORED_INT -> s.addField(def.name(), f.numericValue());
        case VALUES -> s.addField(def.name(), f.binaryValue().utf8ToString());
        default -> s.addField(def.name(), f.stringValue());
      }
    }
    s.setField(Schema.KEY, Schema.key((String) s.getFieldValue(Schema.ARTICLE_ID), (String) s.getFieldValue(Schema.KIND), (String) s.getFieldValue(Schema.ID)));
    return s;
  }

  /** The fields {@link #stored} reads. */
  static final String STORED_FIELDS =
      String.join(",", Schema.POSITION, Schema.KIND, Schema.ID, Schema.JSON, Schema.HASH, Schema.STATUS, Schema.KEY);

  static Serialized.StoredDoc stored(SolrDocument d) {
    Object position = d.getFieldValue(Schema.POSITION);
    return new Serialized.StoredDoc(
        position == null ? 0 : ((Number) position).intValue(),
        (String) d.getFieldValue(Schema.KIND),
        (String) d.getFieldValue(Schema.ID),
        (String) d.getFieldValue(Schema.JSON),
        (String) d.getFieldValue(Schema.HASH),
        (String) d.getFieldValue(Schema.STATUS));
  }
}
