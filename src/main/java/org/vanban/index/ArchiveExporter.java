package org.vanban.index;

import static org.vanban.index.IndexFields.*;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import java.util.OptionalInt;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.vanban.extract.Citation;
import org.vanban.extract.Directive;

/**
 * Writes an index's directives and obligations as JSON lines for a search cluster's bulk loader:
 * one flat object per line (Solr's {@code /update/json/docs}, {@code jq}, most loaders), or
 * OpenSearch/Elasticsearch {@code _bulk} format (an {@code index} action line before each object).
 * Every object has a unique {@code id} and a {@code kind} ({@code document} or {@code obligation});
 * obligations carry their directive's {@code docId}, number, type and date, as in the Lucene index,
 * so the cluster needs no join either. Field names and types are listed in the README.
 */
public final class ArchiveExporter {
    /** Output shapes. */
    public enum Format {
        /** One JSON object per line. */
        JSONL,
        /** OpenSearch / Elasticsearch bulk: {@code {"index":{"_index":…,"_id":…}}} then the object. */
        BULK
    }

    /** Counts of what was written. */
    public record ExportSummary(long documents, long obligations) {}

    private final ObjectMapper json = new ObjectMapper();
    private final JsonFactory factory = new JsonFactory();
    private final Format format;
    private final String bulkIndex;

    /**
     * @param bulkIndex the target index name of {@link Format#BULK} action lines; ignored for JSONL
     */
    public ArchiveExporter(Format format, String bulkIndex) {
        this.format = Objects.requireNonNull(format, "format");
        if (format == Format.BULK && (bulkIndex == null || bulkIndex.isBlank())) {
            throw new IllegalArgumentException("bulk export needs a target index name");
        }
        this.bulkIndex = bulkIndex;
    }

    public ExportSummary export(IndexLayout layout, Writer out) throws IOException {
        if (!layout.exists()) {
            throw new IndexMissingException(layout);
        }
        try (Directory dir = FSDirectory.open(layout.lucene()); DirectoryReader reader = DirectoryReader.open(dir)) {
            long docs = each(reader, Kind.DOCUMENT, out);
            long obligations = each(reader, Kind.OBLIGATION, out);
            out.flush();
            return new ExportSummary(docs, obligations);
        }
    }

    private long each(DirectoryReader reader, Kind kind, Writer out) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Weight w = searcher.createWeight(searcher.rewrite(new TermQuery(new Term(KIND, kind.value()))), ScoreMode.COMPLETE_NO_SCORES, 1f);
        long n = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer s = w.scorer(leaf);
            if (s == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            DocIdSetIterator it = s.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                Document d = stored.document(doc);
                if (kind == Kind.DOCUMENT) {
                    writeDocument(d, out);
                } else {
                    writeObligation(d, out);
                }
                n++;
            }
        }
        return n;
    }

    private void writeDocument(Document d, Writer out) throws IOException {
        Directive directive = json.readValue(d.get(RECORD), Directive.class);
        String id = d.get(DOC_ID);
        action(id, out);
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeStringField("kind", Kind.DOCUMENT.value());
            common(g, d);
            field(g, "type", directive.type());
            field(g, "issuer", directive.issuer());
            field(g, "parentIssuer", directive.parentIssuer());
            field(g, "place", directive.place());
            field(g, "signer", directive.signer());
            g.writeArrayFieldStart("cites");
            for (Citation c : directive.citations()) {
                if (c.number() != null) {
                    g.writeString(c.number());
                }
            }
            g.writeEndArray();
            field(g, "body", d.get(BODY_STORED));
            field(g, "textMethod", d.get(TEXT_METHOD));
            field(g, "hash", d.get(HASH));
            g.writeEndObject();
        }
        out.write('\n');
    }

    private void writeObligation(Document d, Writer out) throws IOException {
        // The obligation's offset in its directive's text: unique within the directive and stable
        // across re-exports, merges and shards.
        String id = d.get(DOC_ID) + "-o" + d.getField("start").numericValue().intValue();
        action(id, out);
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeStringField("kind", Kind.OBLIGATION.value());
            common(g, d);
            field(g, "actor", d.get(ACTOR));
            g.writeArrayFieldStart("partners");
            for (String p : d.getValues(PARTNERS)) {
                g.writeString(p);
            }
            g.writeEndArray();
            field(g, "action", d.get(ACTION));
            field(g, "deadline", d.get(DEADLINE));
            OptionalInt due = Dates.value(d.get(DEADLINE));
            if (due.isPresent()) {
                g.writeNumberField("deadlineValue", due.getAsInt());
            }
            field(g, "frequency", d.get(FREQUENCY));
            field(g, "section", d.get(SECTION));
            field(g, "text", d.get(TEXT));
            g.writeEndObject();
        }
        out.write('\n');
    }

    /** The fields every kind carries: the directive's identity, number, type, date and title. */
    private static void common(JsonGenerator g, Document d) throws IOException {
        g.writeStringField("docId", d.get(DOC_ID));
        field(g, "source", d.get(SOURCE));
        field(g, "number", d.get(NUMBER));
        field(g, "typeCode", d.get(TYPE_CODE));
        String date = d.get(DATE);
        field(g, "date", date);
        OptionalInt value = Dates.value(date);
        if (value.isPresent()) {
            int v = value.getAsInt();
            g.writeNumberField("dateValue", v);
            // A full instant: what Solr's pdate and OpenSearch's date parse without a custom format.
            g.writeStringField("day", String.format("%04d-%02d-%02dT00:00:00Z", v / 10000, v / 100 % 100, v % 100));
        }
        OptionalInt year = Dates.year(date);
        if (year.isPresent()) {
            g.writeNumberField("year", year.getAsInt());
        }
        field(g, "title", d.get(TITLE));
    }

    private void action(String id, Writer out) throws IOException {
        if (format != Format.BULK) {
            return;
        }
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("index");
            g.writeStringField("_index", bulkIndex);
            g.writeStringField("_id", id);
            g.writeEndObject();
            g.writeEndObject();
        }
        out.write('\n');
    }

    private JsonGenerator generator(Writer out) throws IOException {
        return factory.createGenerator(out).configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    }

    private static void field(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }
}
