package org.vanban.index;

import static org.vanban.index.IndexFields.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.vanban.extract.Directive;

/**
 * Answers the query commands over one index: ranked search, citations both ways, obligations,
 * single records and counts. Opens a point-in-time view; thread-safe.
 */
public final class ArchiveSearcher implements Closeable {
    /** Syllables in the body (which holds the title); bigrams in the title count twice those in the body. */
    static final TextQueries.Fields DOCUMENT_FIELDS =
            new TextQueries.Fields(TextQueries.weights(BODY, 1f), TextQueries.weights(TITLE, 2f, BODY, 1f));
    static final TextQueries.Fields OBLIGATION_FIELDS =
            new TextQueries.Fields(TextQueries.weights(TEXT, 1f), TextQueries.weights(TEXT, 1f));
    private static final int SNIPPET_CHARS = 240;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final IndexSchema schema = new IndexSchema();
    private final TextQueries queries;
    private final UnifiedHighlighter highlighter;
    private final ObjectMapper json = new ObjectMapper();

    private ArchiveSearcher(Directory directory, DirectoryReader reader) {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.queries = new TextQueries(schema, reader);
        this.highlighter = UnifiedHighlighter.builder(searcher, schema.analyzer())
                .withMaskedFieldsFunc(f -> f.equals(BODY_STORED) ? java.util.Set.of(BODY + EXACT) : java.util.Set.of())
                .withFormatter(new DefaultPassageFormatter("«", "»", " … ", false))
                .withMaxLength(1_000_000)
                .withWeightMatches(false)
                .build();
    }

    /** Opens the index of {@code layout} for reading. */
    public static ArchiveSearcher open(IndexLayout layout) throws IOException {
        if (!layout.exists()) {
            throw new IndexMissingException(layout);
        }
        Directory dir = FSDirectory.open(layout.lucene());
        try {
            DirectoryReader reader = DirectoryReader.open(dir);
            String schema = reader.getIndexCommit().getUserData().get(ArchiveWriter.SCHEMA_KEY);
            if (schema != null && !schema.equals(ArchiveWriter.SCHEMA_VERSION)) {
                reader.close();
                throw new IllegalStateException("index " + layout.root() + " has schema " + schema
                        + ", this vanban reads schema " + ArchiveWriter.SCHEMA_VERSION + ": re-index into a new directory");
            }
            return new ArchiveSearcher(dir, reader);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /** Ranked directives with a highlighted snippet of the body. */
    public List<DocumentHit> search(SearchRequest r) throws IOException {
        Query text = queries.documents(r.query(), DOCUMENT_FIELDS);
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(text, Occur.MUST)
                .add(kind(Kind.DOCUMENT), Occur.FILTER);
        addDirectiveFilters(b, r.type(), r.from() == null ? null : Dates.toValue(r.from()),
                r.to() == null ? null : Dates.toValue(r.to()));
        if (r.issuer() != null && !r.issuer().isBlank()) {
            b.add(queries.contains(ISSUER, r.issuer()), Occur.FILTER);
        }
        if (r.cites() != null && !r.cites().isBlank()) {
            b.add(citesFilter(r.cites()), Occur.FILTER);
        }
        Query q = b.build();
        boolean blank = r.query() == null || r.query().isBlank();
        TopDocs top = blank
                ? searcher.search(q, r.limit(), new Sort(new SortField(YEAR, SortField.Type.INT, true)))
                : searcher.search(q, r.limit());
        String[] snippets = blank || top.scoreDocs.length == 0
                ? new String[top.scoreDocs.length]
                : highlighter.highlight(BODY_STORED, queries.highlight(r.query()), top, 1);
        StoredFields stored = searcher.storedFields();
        List<DocumentHit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document d = stored.document(sd.doc, java.util.Set.of(DOC_ID, SOURCE, NUMBER, TYPE_CODE, DATE, TITLE));
            String snippet = snippets[i] == null ? null : snippets[i].replaceAll("\\s+", " ").strip();
            hits.add(new DocumentHit(d.get(DOC_ID), d.get(SOURCE), Float.isNaN(sd.score) ? 0f : sd.score,
                    d.get(NUMBER), d.get(TYPE_CODE), d.get(DATE), d.get(TITLE), snippet));
        }
        return hits;
    }

    /** Directives citing {@code symbol} (any printed variant), with the citing sentence; newest first. */
    public List<CitationHit> citing(String symbol, int limit) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(kind(Kind.CITATION), Occur.FILTER)
                .add(new BooleanQuery.Builder()
                        .add(queries.symbolIn(CITED, symbol), Occur.SHOULD)
                        .add(queries.symbolIn(CITED_FOLDED, symbol), Occur.SHOULD)
                        .build(), Occur.FILTER)
                .build();
        return citations(q, limit);
    }

    /** What the directive with this id or number cites. */
    public List<CitationHit> citedBy(String idOrNumber, int limit) throws IOException {
        List<String> ids = resolve(idOrNumber);
        if (ids.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder anyId = new BooleanQuery.Builder();
        for (String id : ids) {
            anyId.add(new TermQuery(new Term(DOC_ID, id)), Occur.SHOULD);
        }
        Query q = new BooleanQuery.Builder()
                .add(kind(Kind.CITATION), Occur.FILTER)
                .add(anyId.build(), Occur.FILTER)
                .build();
        return citations(q, limit);
    }

    private List<CitationHit> citations(Query q, int limit) throws IOException {
        TopDocs top = searcher.search(q, limit, new Sort(SortField.FIELD_DOC));
        StoredFields stored = searcher.storedFields();
        List<CitationHit> hits = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc);
            hits.add(new CitationHit(d.get(DOC_ID), d.get(SOURCE), d.get(NUMBER), d.get(TYPE_CODE), d.get(DATE),
                    d.get(TITLE), d.get(CITED), d.get(CITED_TYPE), d.get(CITED_DATE), d.get(CITED_NAME), d.get(SENTENCE)));
        }
        return hits;
    }

    /** Obligations matching the request, best first (by source directive when there is no query). */
    public List<ObligationHit> obligations(ObligationRequest r) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(queries.text(r.query(), OBLIGATION_FIELDS), Occur.MUST)
                .add(kind(Kind.OBLIGATION), Occur.FILTER);
        if (r.actor() != null && !r.actor().isBlank()) {
            // Scored, not a filter: an actor typed with diacritics ranks exact matches first.
            b.add(queries.contains(ACTOR, r.actor()), Occur.MUST);
        }
        if (r.dueBefore() != null) {
            b.add(IntPoint.newRangeQuery(DEADLINE_VALUE, Integer.MIN_VALUE, Dates.toValue(r.dueBefore()) - 1), Occur.FILTER);
        }
        addDirectiveFilters(b, r.type(), null, null);
        TopDocs top = searcher.search(b.build(), r.limit());
        StoredFields stored = searcher.storedFields();
        List<ObligationHit> hits = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc);
            hits.add(new ObligationHit(d.get(DOC_ID), d.get(SOURCE), sd.score, d.get(NUMBER), d.get(TYPE_CODE), d.get(DATE),
                    d.get(ACTOR), Arrays.asList(d.getValues(PARTNERS)), d.get(ACTION), d.get(DEADLINE), d.get(FREQUENCY),
                    d.get(SECTION), d.get(TEXT)));
        }
        return hits;
    }

    /** The directives with this id, or else with this number in any printed variant. */
    public List<DocumentRecord> show(String idOrNumber) throws IOException {
        List<DocumentRecord> out = new ArrayList<>();
        for (String id : resolve(idOrNumber)) {
            record(id).ifPresent(out::add);
        }
        return out;
    }

    /** The stored body text of a directive, for snippets and {@code show --text}. */
    public Optional<String> text(String id) throws IOException {
        return directiveDoc(id).map(d -> d.get(BODY_STORED));
    }

    private Optional<DocumentRecord> record(String id) throws IOException {
        Optional<Document> doc = directiveDoc(id);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        Document d = doc.get();
        try {
            Directive directive = json.readValue(d.get(RECORD), Directive.class);
            return Optional.of(new DocumentRecord(id, d.get(HASH), d.get(TEXT_METHOD), directive));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored record of " + id + " is unreadable: " + e.getOriginalMessage(), e);
        }
    }

    private Optional<Document> directiveDoc(String id) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(DOC_ID, id)), Occur.FILTER)
                .add(kind(Kind.DOCUMENT), Occur.FILTER)
                .build();
        TopDocs top = searcher.search(q, 1);
        return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc));
    }

    /** Ids of the directives this id or number names: the id itself, or every directive with the number. */
    List<String> resolve(String idOrNumber) throws IOException {
        String s = idOrNumber.strip();
        if (directiveDoc(s).isPresent()) {
            return List.of(s);
        }
        Query q = new BooleanQuery.Builder()
                .add(kind(Kind.DOCUMENT), Occur.FILTER)
                .add(new BooleanQuery.Builder()
                        .add(queries.symbolIn(NUMBER, s), Occur.SHOULD)
                        .add(queries.symbolIn(NUMBER_FOLDED, s), Occur.SHOULD)
                        .build(), Occur.FILTER)
                .build();
        TopDocs top = searcher.search(q, 100, new Sort(SortField.FIELD_DOC));
        List<String> ids = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            ids.add(stored.document(sd.doc, java.util.Set.of(DOC_ID)).get(DOC_ID));
        }
        return ids;
    }

    /** Counts of each kind, and of directives by type code and by year. */
    public ArchiveStats stats() throws IOException {
        Map<String, Long> byType = new HashMap<>();
        Map<Integer, Long> byYear = new HashMap<>();
        Weight w = searcher.createWeight(searcher.rewrite(kind(Kind.DOCUMENT)), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer s = w.scorer(leaf);
            if (s == null) {
                continue;
            }
            SortedDocValues types = leaf.reader().getSortedDocValues(TYPE_CODE_FACET);
            NumericDocValues years = leaf.reader().getNumericDocValues(YEAR);
            DocIdSetIterator it = s.iterator();
            var live = leaf.reader().getLiveDocs();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                String type = types != null && types.advanceExact(doc) ? types.lookupOrd(types.ordValue()).utf8ToString() : "unknown";
                byType.merge(type, 1L, Long::sum);
                if (years != null && years.advanceExact(doc)) {
                    byYear.merge((int) years.longValue(), 1L, Long::sum);
                }
            }
        }
        return new ArchiveStats(
                searcher.count(kind(Kind.DOCUMENT)),
                searcher.count(kind(Kind.OBLIGATION)),
                searcher.count(kind(Kind.CITATION)),
                new java.util.TreeMap<>(byType),
                new java.util.TreeMap<>(byYear));
    }

    private void addDirectiveFilters(BooleanQuery.Builder b, String type, Integer from, Integer to) {
        if (type != null && !type.isBlank()) {
            b.add(new TermQuery(new Term(TYPE_KEY, DocumentMapper.typeKey(type))), Occur.FILTER);
        }
        if (from != null || to != null) {
            b.add(IntPoint.newRangeQuery(DATE_VALUE, from == null ? Integer.MIN_VALUE : from,
                    to == null ? Integer.MAX_VALUE : to), Occur.FILTER);
        }
    }

    private Query citesFilter(String symbol) {
        return new BooleanQuery.Builder()
                .add(queries.symbolIn(CITES, symbol), Occur.SHOULD)
                .add(queries.symbolIn(CITES_FOLDED, symbol), Occur.SHOULD)
                .build();
    }

    private static Query kind(Kind kind) {
        return new TermQuery(new Term(KIND, kind.value()));
    }

    /** Number of Lucene documents of each kind; for tests and benchmarks. */
    public Map<String, Long> counts() throws IOException {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            m.put(k.value(), (long) searcher.count(kind(k)));
        }
        return m;
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
