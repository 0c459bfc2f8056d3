package org.vanban.index;

import static org.vanban.index.IndexFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.vanban.analysis.DocumentSymbols;
import org.vanban.text.Diacritics;

/**
 * Builds Lucene queries from what a user typed, by code: the classic QueryParser would read
 * {@code 34-NQ/TW} as a regular expression and throw. A query has three parts:
 * <ul>
 *   <li>document symbols anywhere in it ({@code 12 - ct/tw}), matched as canonical keywords;
 *   <li>"quoted phrases", which must occur as phrases;
 *   <li>the remaining syllables. Each must match (in long queries: should) in the folded view;
 *       when the user typed diacritics, a match in the exact view scores far higher, so bàn, bán and bạn
 *       do not tie. Adjacent syllables also match as bigrams, so "đào tạo" ranks as a word.
 * </ul>
 */
public final class TextQueries {
    /**
     * When the user typed diacritics, a match in the folded view only (another word that folds alike,
     * or text that lost its diacritics in OCR) still counts, at this fraction of an exact match.
     */
    static final float FOLDED_FALLBACK = 0.25f;
    /** Weight of a syllable bigram relative to a single syllable. */
    static final float BIGRAM_BOOST = 2.0f;
    /** Matching a document's own number outranks any text match; citing it counts too, less. */
    static final float OWN_NUMBER_BOOST = 30f;
    static final float CITED_NUMBER_BOOST = 3f;
    private static final float TIE_BREAKER = 0.1f;
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"?");

    /**
     * In a long query, a syllable found in more than this share of documents adds no unigram clause
     * (its bigrams still count): it barely changes the ranking and costs the most to score.
     */
    static final double COMMON_SHARE = 0.05;

    private final Analyzer analyzer;
    private final IndexReader reader;

    /** Without a reader: every syllable gets its clause. */
    public TextQueries(IndexSchema schema) {
        this(schema, null);
    }

    public TextQueries(IndexSchema schema, IndexReader reader) {
        this.analyzer = schema.analyzer();
        this.reader = reader;
    }

    /** What a typed query is made of. */
    record Parts(List<String> symbols, List<String> phrases, String words) {}

    static Parts split(String typed) {
        List<String> phrases = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        Matcher q = QUOTED.matcher(typed);
        int last = 0;
        while (q.find()) {
            rest.append(typed, last, q.start()).append(' ');
            if (!q.group(1).isBlank()) {
                phrases.add(q.group(1));
            }
            last = q.end();
        }
        rest.append(typed.substring(last));
        List<String> symbols = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        String text = rest.toString();
        int at = 0;
        for (DocumentSymbols.Found f : DocumentSymbols.find(text)) {
            words.append(text, at, f.start()).append(' ');
            symbols.add(text.substring(f.start(), f.end()));
            at = f.end();
        }
        words.append(text.substring(at));
        // Running text wants a capital or a known code before it calls "12/kh-ubnd" a symbol; in a
        // query, a token shaped like one that the number parser accepts is one.
        StringBuilder kept = new StringBuilder();
        for (String token : words.toString().split("\\s+")) {
            if (SYMBOL_SHAPED.matcher(token).matches() && DocumentSymbols.canonical(token).isPresent()) {
                symbols.add(token);
            } else {
                kept.append(token).append(' ');
            }
        }
        return new Parts(symbols, phrases, kept.toString().strip());
    }

    private static final Pattern SYMBOL_SHAPED = Pattern.compile("\\d+(?:/\\d{4})?[-/]\\p{L}[\\p{L}0-9&./-]*");

    /**
     * A ranked query over text fields with weights ({@code title → 2, body → 1}); document symbols
     * in the text match {@link IndexFields#NUMBER} and {@link IndexFields#CITES}. Blank: all documents.
     */
    public Query documents(String typed, Fields fields) {
        return build(typed, fields, true);
    }

    /** As {@link #documents} without the symbol clauses: for units that have no number of their own. */
    public Query text(String typed, Fields fields) {
        return build(typed, fields, false);
    }

    /**
     * Where the parts of a query are looked for, with weights: syllables and phrases in
     * {@code syllables}, bigrams in {@code bigrams}. A directive's body holds its title too, so
     * syllables need only the body, and the title's weight comes through its bigrams: half the
     * clauses, the same ranking.
     */
    public record Fields(Map<String, Float> syllables, Map<String, Float> bigrams) {
        public Fields {
            if (syllables.isEmpty()) {
                throw new IllegalArgumentException("no syllable fields");
            }
            syllables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(syllables));
            bigrams = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bigrams));
        }
    }

    private Query build(String typed, Fields where, boolean symbols) {
        Map<String, Float> fields = where.syllables();
        if (typed == null || typed.isBlank()) {
            return new MatchAllDocsQuery();
        }
        Parts parts = split(typed);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean required = false;
        List<String> folded = terms(fields.keySet().iterator().next() + FOLDED, parts.words());
        List<String> exact = terms(fields.keySet().iterator().next() + EXACT, parts.words());
        boolean accented = Diacritics.hasAny(parts.words()) && exact.size() == folded.size();
        if (!folded.isEmpty()) {
            // Short queries are conjunctions: every syllable must be there. Long ones are flat
            // disjunctions ranked mostly by their bigrams: over a large archive, requiring most of
            // eight common syllables costs a scan of nearly every document, while a flat disjunction
            // lets Lucene skip whole blocks that cannot reach the top hits (MaxScore).
            boolean conjunction = folded.size() <= SHORT_QUERY;
            List<Query> syllables = syllables(folded, exact, accented, fields);
            for (int i = 0; i < syllables.size(); i++) {
                if (conjunction || !common(fields.keySet().iterator().next() + FOLDED, folded.get(i))) {
                    all.add(syllables.get(i), conjunction ? Occur.MUST : Occur.SHOULD);
                }
            }
            required = conjunction;
            for (int i = 0; i + 1 < folded.size(); i++) {
                List<Query> views = new ArrayList<>();
                for (Map.Entry<String, Float> f : where.bigrams().entrySet()) {
                    float w = f.getValue() * BIGRAM_BOOST;
                    // A long query typed with diacritics keeps only the exact bigrams: the folded ones
                    // doubled the clauses of the slowest queries, and its folded syllables still find
                    // text that lost its diacritics.
                    if (!accented || conjunction) {
                        views.add(boost(new TermQuery(new Term(f.getKey() + FOLDED_BIGRAMS, folded.get(i) + " " + folded.get(i + 1))),
                                accented ? w * FOLDED_FALLBACK : w));
                    }
                    if (accented) {
                        views.add(boost(new TermQuery(new Term(f.getKey() + EXACT_BIGRAMS, exact.get(i) + " " + exact.get(i + 1))), w));
                    }
                }
                if (!views.isEmpty()) {
                    all.add(new DisjunctionMaxQuery(views, TIE_BREAKER), Occur.SHOULD);
                }
            }
        }
        for (String phrase : parts.phrases()) {
            Query p = phrase(phrase, fields);
            if (p != null) {
                all.add(p, Occur.MUST);
                required = true;
            }
        }
        if (symbols) {
            for (String symbol : parts.symbols()) {
                all.add(symbol(symbol), required ? Occur.SHOULD : Occur.MUST);
            }
        } else if (!parts.symbols().isEmpty()) {
            for (String symbol : parts.symbols()) {
                Query p = phrase(symbol, fields);
                if (p != null) {
                    all.add(p, Occur.MUST);
                }
            }
        }
        BooleanQuery q = all.build();
        return q.clauses().isEmpty() ? new MatchNoDocsQuery("nothing searchable in '" + typed + "'") : q;
    }

    private boolean common(String field, String term) {
        if (reader == null) {
            return false;
        }
        try {
            int docs = reader.getDocCount(field);
            return docs > 0 && reader.docFreq(new Term(field, term)) > COMMON_SHARE * docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The query the highlighter marks: every syllable (and symbol's syllables) in the body's views,
     * as plain terms. Cheaper than the ranking query (no bigram, title or phrase clauses, which the
     * snippet would not show differently), and it marks the same words.
     */
    public Query highlight(String typed) {
        if (typed == null || typed.isBlank()) {
            return new MatchNoDocsQuery();
        }
        String words = typed.replace('"', ' ');
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String t : terms(BODY + FOLDED, words)) {
            if (seen.add("f" + t)) {
                b.add(new TermQuery(new Term(BODY + FOLDED, t)), Occur.SHOULD);
            }
        }
        for (String t : terms(BODY + EXACT, words)) {
            if (seen.add("e" + t)) {
                b.add(new TermQuery(new Term(BODY + EXACT, t)), Occur.SHOULD);
            }
        }
        return b.build();
    }

    /** Each syllable in any field, folded (and exact, boosted, when typed with diacritics). */
    private List<Query> syllables(List<String> folded, List<String> exact, boolean accented, Map<String, Float> fields) {
        List<Query> out = new ArrayList<>();
        for (int i = 0; i < folded.size(); i++) {
            List<Query> views = new ArrayList<>();
            for (Map.Entry<String, Float> f : fields.entrySet()) {
                views.add(boost(new TermQuery(new Term(f.getKey() + FOLDED, folded.get(i))),
                        accented ? f.getValue() * FOLDED_FALLBACK : f.getValue()));
                if (accented) {
                    views.add(boost(new TermQuery(new Term(f.getKey() + EXACT, exact.get(i))), f.getValue()));
                }
            }
            out.add(new DisjunctionMaxQuery(views, TIE_BREAKER));
        }
        return out;
    }

    /** Queries of up to this many syllables require them all. */
    static final int SHORT_QUERY = 3;

    /** The phrase in any of the fields: folded, and exact (boosted) when typed with diacritics. */
    Query phrase(String text, Map<String, Float> fields) {
        boolean accented = Diacritics.hasAny(text);
        List<Query> views = new ArrayList<>();
        for (Map.Entry<String, Float> f : fields.entrySet()) {
            Query folded = phraseIn(f.getKey() + FOLDED, text);
            if (folded == null) {
                return null;
            }
            views.add(boost(folded, accented ? f.getValue() * FOLDED_FALLBACK : f.getValue()));
            if (accented) {
                views.add(boost(phraseIn(f.getKey() + EXACT, text), f.getValue()));
            }
        }
        return new DisjunctionMaxQuery(views, TIE_BREAKER);
    }

    /**
     * Containment of {@code text} in one text field, regardless of diacritics: the folded phrase
     * must match; an exact match (when typed with diacritics) ranks first.
     */
    public Query contains(String field, String text) {
        Query folded = phraseIn(field + FOLDED, text);
        if (folded == null) {
            return new MatchNoDocsQuery("nothing searchable in '" + text + "'");
        }
        if (!Diacritics.hasAny(text)) {
            return folded;
        }
        return new BooleanQuery.Builder()
                .add(folded, Occur.MUST)
                .add(boost(phraseIn(field + EXACT, text), 1f / FOLDED_FALLBACK), Occur.SHOULD)
                .build();
    }

    /** A document symbol: the document's own number ranks far above documents that cite it. */
    public Query symbol(String printed) {
        return new DisjunctionMaxQuery(List.of(
                        boost(symbolIn(NUMBER, printed), OWN_NUMBER_BOOST),
                        boost(symbolIn(NUMBER_FOLDED, printed), OWN_NUMBER_BOOST * 0.9f),
                        boost(symbolIn(CITES, printed), CITED_NUMBER_BOOST),
                        boost(symbolIn(CITES_FOLDED, printed), CITED_NUMBER_BOOST * 0.9f)),
                TIE_BREAKER);
    }

    /** Exactly this symbol in a symbol field ({@link IndexFields#NUMBER}, {@link IndexFields#CITED}, ...). */
    public Query symbolIn(String field, String printed) {
        List<String> t = terms(field, printed);
        return t.isEmpty() ? new MatchNoDocsQuery() : new TermQuery(new Term(field, t.get(0)));
    }

    private Query phraseIn(String field, String text) {
        List<String> t = terms(field, text);
        if (t.isEmpty()) {
            return null;
        }
        if (t.size() == 1) {
            return new TermQuery(new Term(field, t.get(0)));
        }
        return new PhraseQuery(field, t.toArray(String[]::new));
    }

    private static Query boost(Query q, float boost) {
        return boost == 1f ? q : new BoostQuery(q, boost);
    }

    /** The terms the index analyzer makes of {@code text} for {@code field}. */
    List<String> terms(String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string never fails", e);
        }
        return out;
    }

    /** Field weights in the order given. */
    public static Map<String, Float> weights(Object... fieldAndWeight) {
        Map<String, Float> m = new LinkedHashMap<>();
        for (int i = 0; i < fieldAndWeight.length; i += 2) {
            m.put((String) fieldAndWeight[i], ((Number) fieldAndWeight[i + 1]).floatValue());
        }
        return m;
    }
}
