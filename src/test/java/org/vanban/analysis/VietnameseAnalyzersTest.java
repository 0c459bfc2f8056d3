package org.vanban.analysis;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The analysis chains, token by token with offsets into the original input. */
class VietnameseAnalyzersTest {
    private static final Map<String, Supplier<Analyzer>> CHAINS = Map.of(
            "exact", VietnameseAnalyzers::exact,
            "folded", VietnameseAnalyzers::folded,
            "exact2", VietnameseAnalyzers::exactBigrams,
            "folded2", VietnameseAnalyzers::foldedBigrams,
            "symbol", VietnameseAnalyzers::symbol,
            "symbolFolded", VietnameseAnalyzers::symbolFolded);

    /** "term[start,end]" for every token, space separated. */
    static String analyze(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "[" + offset.startOffset() + "," + offset.endOffset() + "]");
            }
            ts.end();
            assertEquals(text.length(), offset.endOffset(), "end() must set the final offset");
        }
        return String.join(" ", out);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # chain  | input                   | tokens
            exact    | Đào tạo                 | đào[0,3] tạo[4,7]
            folded   | Đào tạo                 | dao[0,3] tao[4,7]
            # tone placement: new style hoà/thuỷ becomes the old style hòa/thủy in the exact view
            exact    | Hoà Bình thuỷ lợi       | hòa[0,3] bình[4,8] thủy[9,13] lợi[14,17]
            exact    | HÒA BÌNH                | hòa[0,3] bình[4,8]
            folded   | Hoà Bình                | hoa[0,3] binh[4,8]
            # the words that fold alike stay apart in the exact view
            exact    | bàn bán bạn             | bàn[0,3] bán[4,7] bạn[8,11]
            folded   | bàn bán bạn             | ban[0,3] ban[4,7] ban[8,11]
            # bigrams: one term per pair of neighbouring syllables
            exact2   | đào tạo cán bộ          | đào tạo[0,7] tạo cán[4,11] cán bộ[8,14]
            folded2  | Đào tạo cán bộ          | dao tao[0,7] tao can[4,11] can bo[8,14]
            folded2  | một                     | ''
            # symbols are one canonical term, whatever the spelling
            symbol   | 12-CT/TW                | 12-CT/TW[0,8]
            symbol   | 12 - CT/TW              | 12-CT/TW[0,10]
            symbol   | 12-ct/tw                | 12-CT/TW[0,8]
            symbol   | 362/kh-sgd&đt-vp        | 362/KH-SGD&ĐT-VP[0,16]
            symbol   | 30/2020/ND-CP           | 30/2020/NĐ-CP[0,13]
            symbolFolded | 30/2020/NĐ-CP       | 30/2020/nd-cp[0,13]
            # empty input makes no token
            exact    | ''                      | ''
            """)
    void chains(String chain, String input, String expected) throws IOException {
        assertEquals(expected, analyze(CHAINS.get(chain).get(), input));
    }

    @Test
    void nfdInputGivesNfcTermsWithOffsetsIntoTheNfdText() throws IOException {
        String nfd = Normalizer.normalize("Chọn lưu", Normalizer.Form.NFD);
        assertEquals(10, nfd.length());
        assertEquals("chọn[0,5] lưu[6,10]", analyze(VietnameseAnalyzers.exact(), nfd));
        assertEquals("chon[0,5] luu[6,10]", analyze(VietnameseAnalyzers.folded(), nfd));
    }

    @Test
    void thirteenIsNotTwelve() throws IOException {
        assertNotEquals(analyze(VietnameseAnalyzers.symbol(), "12-CT/TW").split("\\[")[0],
                analyze(VietnameseAnalyzers.symbol(), "13-CT/TW").split("\\[")[0]);
    }

    @Test
    void factoriesAreFoundBySpiName() {
        assertEquals(TonePlacementFilterFactory.class, TokenFilterFactory.lookupClass(TonePlacementFilterFactory.NAME));
        assertEquals(DocumentSymbolFilterFactory.class, TokenFilterFactory.lookupClass(DocumentSymbolFilterFactory.NAME));
        assertTrue(TokenFilterFactory.forName(TonePlacementFilterFactory.NAME, new java.util.HashMap<>()) instanceof TonePlacementFilterFactory);
    }

    @Test
    void factoriesRejectUnknownParameters() {
        Map<String, String> args = new java.util.HashMap<>(Map.of("bogus", "1"));
        assertThrows(IllegalArgumentException.class, () -> new TonePlacementFilterFactory(args));
        assertThrows(IllegalArgumentException.class, () -> new DocumentSymbolFilterFactory(new java.util.HashMap<>(Map.of("x", "y"))));
    }

    @Test
    void filtersAreReusableAfterReset() throws IOException {
        // The same filter instance over two inputs: nothing of the first may leak into the second.
        Tokenizer tok = new KeywordTokenizer();
        TokenStream ts = new TonePlacementFilter(tok);
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        List<String> seen = new ArrayList<>();
        for (String in : new String[] {"thuỷ", "hoà", "an"}) {
            tok.setReader(new StringReader(in));
            ts.reset();
            while (ts.incrementToken()) {
                seen.add(term.toString());
            }
            ts.end();
            ts.close();
        }
        assertEquals(List.of("thủy", "hòa", "an"), seen);
    }

    @Test
    void positionsAdvanceOnePerSyllable() throws IOException {
        try (TokenStream ts = VietnameseAnalyzers.exact().tokenStream("f", "Sở Giáo dục và Đào tạo")) {
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int n = 0;
            while (ts.incrementToken()) {
                assertEquals(1, inc.getPositionIncrement());
                n++;
            }
            ts.end();
            assertEquals(6, n);
        }
    }
}
