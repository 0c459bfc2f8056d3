package org.vanban.index;

import static org.vanban.index.IndexFields.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.vanban.extract.Citation;
import org.vanban.extract.Directive;
import org.vanban.extract.Obligation;
import org.vanban.text.Diacritics;

/**
 * Turns an {@link IndexedDocument} into its Lucene documents: the directive first, then one per
 * obligation and one per cited document. All carry the same {@link IndexFields#DOC_ID}, so one
 * {@code updateDocuments(docId, block)} replaces the whole group atomically, and each obligation or
 * citation carries copies of the directive's number, type and date so it can be filtered alone.
 */
public final class DocumentMapper {
    /** Analysed, not stored, with positions for phrases. */
    private static final FieldType TEXT_VIEW = new FieldType();
    /** Like {@link #TEXT_VIEW} plus offsets in the postings, so snippets need no re-analysis. */
    private static final FieldType TEXT_VIEW_OFFSETS = new FieldType();
    /**
     * The folded view of a highlighted field also stores the original text: the highlighter reads the
     * stored value of the field it highlights, and the offsets of both views point into that text.
     */
    private static final FieldType STORED_TEXT_VIEW_OFFSETS = new FieldType();
    /** Bigram views are only scored by term, never used in phrases: frequencies suffice. */
    private static final FieldType BIGRAM_VIEW = new FieldType();
    /** A whole value as one analysed term (document symbols): no frequencies, no norms. */
    private static final FieldType SYMBOL = new FieldType();

    static {
        TEXT_VIEW.setTokenized(true);
        TEXT_VIEW.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        TEXT_VIEW.freeze();
        TEXT_VIEW_OFFSETS.setTokenized(true);
        TEXT_VIEW_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_VIEW_OFFSETS.freeze();
        STORED_TEXT_VIEW_OFFSETS.setTokenized(true);
        STORED_TEXT_VIEW_OFFSETS.setStored(true);
        STORED_TEXT_VIEW_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        STORED_TEXT_VIEW_OFFSETS.freeze();
        BIGRAM_VIEW.setTokenized(true);
        BIGRAM_VIEW.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        BIGRAM_VIEW.freeze();
        SYMBOL.setTokenized(true);
        SYMBOL.setOmitNorms(true);
        SYMBOL.setIndexOptions(IndexOptions.DOCS);
        SYMBOL.freeze();
    }

    private final ObjectMapper json = new ObjectMapper();

    public List<Document> map(IndexedDocument in) {
        Directive d = in.directive();
        List<Document> docs = new ArrayList<>(1 + d.obligations().size() + d.citations().size());
        docs.add(directive(in));
        for (Obligation o : d.obligations()) {
            docs.add(obligation(in, o));
        }
        for (Citation c : d.citations()) {
            if (c.number() != null || c.name() != null) {
                docs.add(citation(in, c));
            }
        }
        return docs;
    }

    private Document directive(IndexedDocument in) {
        Directive d = in.directive();
        Document doc = common(in, Kind.DOCUMENT);
        doc.add(new StoredField(HASH, in.hash()));
        doc.add(new StoredField(TEXT_METHOD, in.textMethod()));
        stored(doc, TYPE, d.type());
        text(doc, TITLE, d.title(), true, false);
        text(doc, ISSUER, d.issuer(), false, false);
        text(doc, BODY, in.text(), true, true);
        for (Citation c : d.citations()) {
            if (c.number() != null) {
                doc.add(new Field(CITES, c.number(), SYMBOL));
                doc.add(new Field(CITES_FOLDED, c.number(), SYMBOL));
            }
        }
        OptionalInt year = Dates.year(d.date());
        Integer y = year.isPresent() ? Integer.valueOf(year.getAsInt()) : d.year();
        if (y != null) {
            doc.add(new IntPoint(YEAR, y));
            doc.add(new NumericDocValuesField(YEAR, y));
            doc.add(new StoredField(YEAR, y));
        }
        if (d.typeCode() != null) {
            doc.add(new SortedDocValuesField(TYPE_CODE_FACET, new BytesRef(d.typeCode())));
        }
        try {
            doc.add(new StoredField(RECORD, json.writeValueAsString(d)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Directive always serialises", e);
        }
        return doc;
    }

    private Document obligation(IndexedDocument in, Obligation o) {
        Document doc = common(in, Kind.OBLIGATION);
        stored(doc, TITLE, in.directive().title());
        text(doc, ACTOR, o.actor(), false, false);
        if (!o.partners().isEmpty()) {
            for (String p : o.partners()) {
                doc.add(new StoredField(PARTNERS, p));
            }
        }
        text(doc, ACTION, o.action(), false, false);
        stored(doc, DEADLINE, o.deadline());
        Dates.value(o.deadline()).ifPresent(v -> doc.add(new IntPoint(DEADLINE_VALUE, v)));
        stored(doc, FREQUENCY, o.frequency());
        stored(doc, SECTION, o.section());
        text(doc, TEXT, o.text(), true, false);
        doc.add(new StoredField("start", o.span() == null ? -1 : o.span().start()));
        return doc;
    }

    private Document citation(IndexedDocument in, Citation c) {
        Document doc = common(in, Kind.CITATION);
        stored(doc, TITLE, in.directive().title());
        if (c.number() != null) {
            doc.add(new Field(CITED, c.number(), SYMBOL));
            doc.add(new Field(CITED_FOLDED, c.number(), SYMBOL));
            doc.add(new StoredField(CITED, c.number()));
        }
        stored(doc, CITED_TYPE, c.type());
        stored(doc, CITED_DATE, c.date());
        stored(doc, CITED_NAME, c.name());
        String sentence = c.mentions().isEmpty() ? null : Sentences.around(in.text(), c.mentions().get(0).span());
        stored(doc, SENTENCE, sentence);
        return doc;
    }

    /** The fields every kind carries: identity, the directive's number, type and date. */
    private static Document common(IndexedDocument in, Kind kind) {
        Directive d = in.directive();
        Document doc = new Document();
        doc.add(new StringField(KIND, kind.value(), Field.Store.NO));
        doc.add(new StringField(DOC_ID, in.id(), Field.Store.YES));
        doc.add(new StringField(SOURCE, in.source(), Field.Store.YES));
        if (d.number() != null) {
            doc.add(new Field(NUMBER, d.number(), SYMBOL));
            doc.add(new Field(NUMBER_FOLDED, d.number(), SYMBOL));
            doc.add(new StoredField(NUMBER, d.number()));
        }
        if (d.typeCode() != null) {
            doc.add(new StringField(TYPE_KEY, typeKey(d.typeCode()), Field.Store.NO));
            doc.add(new StoredField(TYPE_CODE, d.typeCode()));
        }
        if (d.date() != null) {
            doc.add(new StoredField(DATE, d.date()));
            Dates.value(d.date()).ifPresent(v -> doc.add(new IntPoint(DATE_VALUE, v)));
        }
        return doc;
    }

    /** The filter key of a type code: QĐ, qđ and qd are one type. */
    public static String typeKey(String typeCode) {
        return Diacritics.strip(typeCode.strip()).toLowerCase(Locale.ROOT);
    }

    private static void stored(Document doc, String name, String value) {
        if (value != null) {
            doc.add(new StoredField(name, value));
        }
    }

    /**
     * Stores {@code value} under {@code name} (under {@code name.folded} when {@code offsets}) and
     * indexes it in the exact and folded views, and their bigrams when asked.
     */
    private static void text(Document doc, String name, String value, boolean bigrams, boolean offsets) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (offsets) {
            doc.add(new Field(name + EXACT, value, TEXT_VIEW_OFFSETS));
            doc.add(new Field(name + FOLDED, value, STORED_TEXT_VIEW_OFFSETS));
        } else {
            doc.add(new StoredField(name, value));
            doc.add(new Field(name + EXACT, value, TEXT_VIEW));
            doc.add(new Field(name + FOLDED, value, TEXT_VIEW));
        }
        if (bigrams) {
            doc.add(new Field(name + EXACT_BIGRAMS, value, BIGRAM_VIEW));
            doc.add(new Field(name + FOLDED_BIGRAMS, value, BIGRAM_VIEW));
        }
    }
}
