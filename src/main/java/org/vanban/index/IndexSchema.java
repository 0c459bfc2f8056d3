package org.vanban.index;

import static org.vanban.index.IndexFields.*;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.vanban.analysis.VietnameseAnalyzers;

/** Which analyzer each field uses, at index time and at query time alike. */
public final class IndexSchema {
    /** The text fields indexed in the four views. */
    static final String[] TEXT_FIELDS = {TITLE, BODY, ISSUER, ACTOR, ACTION, TEXT, SENTENCE};
    /** Of those, the ones that also get syllable bigrams (ranking of full-text search). */
    static final String[] BIGRAM_FIELDS = {TITLE, BODY, TEXT};

    private final Analyzer analyzer;
    private final Analyzer exact = VietnameseAnalyzers.exact();
    private final Analyzer folded = VietnameseAnalyzers.folded();

    public IndexSchema() {
        Analyzer exactBigrams = VietnameseAnalyzers.exactBigrams();
        Analyzer foldedBigrams = VietnameseAnalyzers.foldedBigrams();
        Analyzer symbol = VietnameseAnalyzers.symbol();
        Analyzer symbolFolded = VietnameseAnalyzers.symbolFolded();
        Map<String, Analyzer> perField = new HashMap<>();
        for (String f : TEXT_FIELDS) {
            perField.put(f + EXACT, exact);
            perField.put(f + FOLDED, folded);
            perField.put(f + EXACT_BIGRAMS, exactBigrams);
            perField.put(f + FOLDED_BIGRAMS, foldedBigrams);
        }
        for (String f : new String[] {NUMBER, CITES, CITED}) {
            perField.put(f, symbol);
        }
        for (String f : new String[] {NUMBER_FOLDED, CITES_FOLDED, CITED_FOLDED}) {
            perField.put(f, symbolFolded);
        }
        // Keyword fields (kind, docId, source, typeKey) are StringFields and never analysed at
        // index time; the keyword analyzer keeps query-side analysis of them identical.
        this.analyzer = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    Analyzer exact() {
        return exact;
    }

    Analyzer folded() {
        return folded;
    }
}
