package org.vanban.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;

/**
 * The analyzers of Vietnamese fields, assembled from SPI-registered factories so that the same
 * chains can be declared in Solr or OpenSearch by name. Every chain starts with NFC (ICU normalizer
 * char filter, offsets corrected), so NFD input indexes and highlights like NFC input.
 *
 * <ul>
 *   <li>{@link #exact()}: syllables, lower case, tone placement normalised: keeps diacritics, so a
 *       query typed with them can prefer exact matches (bàn ≠ bán ≠ bạn).
 *   <li>{@link #folded()}: syllables folded by ICU ("Đào tạo" → "dao tao"), for queries typed without.
 *   <li>{@link #exactBigrams()}, {@link #foldedBigrams()}: syllable bigrams ("đào tạo" as one term),
 *       so that a multi-syllable word scores as a word and not as two unrelated syllables.
 *   <li>{@link #symbol()}, {@link #symbolFolded()}: the whole field as one canonical document symbol.
 * </ul>
 */
public final class VietnameseAnalyzers {
    /** Keeps phrase queries from matching across the values of a multi-valued field. */
    static final int POSITION_GAP = 100;

    private VietnameseAnalyzers() {}

    public static Analyzer exact() {
        return build(false, false);
    }

    public static Analyzer folded() {
        return build(true, false);
    }

    public static Analyzer exactBigrams() {
        return build(false, true);
    }

    public static Analyzer foldedBigrams() {
        return build(true, true);
    }

    public static Analyzer symbol() {
        return buildSymbol(false);
    }

    public static Analyzer symbolFolded() {
        return buildSymbol(true);
    }

    private static Analyzer build(boolean folded, boolean bigrams) {
        try {
            CustomAnalyzer.Builder b = CustomAnalyzer.builder()
                    .addCharFilter("icuNormalizer2", "name", "nfc", "mode", "compose")
                    .withTokenizer("standard");
            if (folded) {
                b.addTokenFilter("icuFolding");
            } else {
                b.addTokenFilter("lowercase").addTokenFilter(TonePlacementFilterFactory.NAME);
            }
            if (bigrams) {
                b.addTokenFilter("shingle",
                        "minShingleSize", "2", "maxShingleSize", "2",
                        "outputUnigrams", "false", "outputUnigramsIfNoShingles", "false");
            }
            return b.withPositionIncrementGap(POSITION_GAP).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Analyzer buildSymbol(boolean folded) {
        try {
            CustomAnalyzer.Builder b = CustomAnalyzer.builder()
                    .addCharFilter("icuNormalizer2", "name", "nfc", "mode", "compose")
                    .withTokenizer("keyword")
                    .addTokenFilter(DocumentSymbolFilterFactory.NAME);
            if (folded) {
                b.addTokenFilter("icuFolding");
            }
            return b.withPositionIncrementGap(POSITION_GAP).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
