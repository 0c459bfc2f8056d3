package org.vanban.index;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every query form against a real index on disk, built from the hand-made {@link Fixtures}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveSearcherTest {
    private List<String> ids;
    private ArchiveSearcher searcher;

    @BeforeAll
    void build(@TempDir Path tmp) throws IOException {
        Path sources = Files.createDirectories(tmp.resolve("src"));
        IndexLayout layout = new IndexLayout(tmp.resolve("idx"));
        ids = Fixtures.index(layout, sources);
        searcher = ArchiveSearcher.open(layout);
    }

    @AfterAll
    void close() throws IOException {
        searcher.close();
    }

    private List<DocumentHit> search(String q) throws IOException {
        return searcher.search(new SearchRequest(q, null, null, null, null, null, 10));
    }

    private String top(String q) throws IOException {
        List<DocumentHit> hits = search(q);
        return hits.isEmpty() ? null : hits.get(0).number();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # typed without diacritics: the folded view
            dao tao can bo                 | 12-CT/TW
            phong chong thien tai          | 13-CT/TW
            hoi thi giao vien day gioi     | 362/KH-SGD&ĐT-VP
            quy che ban giao tai san       | 45/QĐ-UBND
            # typed with diacritics
            đào tạo cán bộ                 | 12-CT/TW
            hội thi giáo viên              | 362/KH-SGD&ĐT-VP
            # mixed tone placement: hoà (new style) finds Hòa (old style), and the reverse
            cán bộ trẻ ở tỉnh Hoà Bình     | 12-CT/TW
            thuỷ tai phòng chống thiên tai | 13-CT/TW
            # document symbols in any spelling find the document itself first
            12-CT/TW                       | 12-CT/TW
            12/ct-tw                       | 12-CT/TW
            12 - CT/TW                     | 12-CT/TW
            13-CT/TW                       | 13-CT/TW
            362/KH-SGD&ĐT-VP               | 362/KH-SGD&ĐT-VP
            45/qđ-ubnd                     | 45/QĐ-UBND
            45/QD-UBND                     | 45/QĐ-UBND
            # a quoted phrase
            "bồi dưỡng cán bộ trẻ"         | 12-CT/TW
            """)
    void topResult(String query, String expected) throws IOException {
        List<DocumentHit> hits = search(query);
        assertEquals(expected, hits.isEmpty() ? null : hits.get(0).number(), () -> query + " gave " + hits);
    }

    @Test
    void nfdQueryMatchesLikeNfc() throws IOException {
        String nfd = Normalizer.normalize("đào tạo cán bộ", Normalizer.Form.NFD);
        assertNotEquals("đào tạo cán bộ", nfd);
        assertEquals(search("đào tạo cán bộ").stream().map(DocumentHit::id).toList(),
                search(nfd).stream().map(DocumentHit::id).toList());
        assertEquals("12-CT/TW", top(nfd));
    }

    @ParameterizedTest(name = "{0} ranks {1} first, strictly")
    @CsvSource({
        // The three words fold to "ban": typed with diacritics, the exact word must win outright.
        "bàn, 45/QĐ-UBND",
        "bán, 13-CT/TW",
        "bạn, 362/KH-SGD&ĐT-VP",
    })
    void diacriticsDecideBetweenWordsThatFoldAlike(String word, String expected) throws IOException {
        List<DocumentHit> hits = search(word);
        assertTrue(hits.size() >= 2, hits::toString);
        assertEquals(expected, hits.get(0).number(), hits::toString);
        assertTrue(hits.get(0).score() > hits.get(1).score(), () -> "tie: " + hits);
    }

    @Test
    void withoutDiacriticsTheFoldedWordMatchesAllThree() throws IOException {
        List<String> numbers = search("ban").stream().map(DocumentHit::number).toList();
        assertTrue(numbers.containsAll(List.of("45/QĐ-UBND", "13-CT/TW", "362/KH-SGD&ĐT-VP")), numbers::toString);
    }

    @Test
    void aSymbolNeverMatchesItsNeighbour() throws IOException {
        // 13-CT/TW neither is nor cites 12-CT/TW's neighbour 14-CT/TW; nothing has 14.
        assertTrue(search("14-CT/TW").isEmpty());
        List<String> for12 = search("12-CT/TW").stream().map(DocumentHit::number).toList();
        // 12 itself, then the two documents citing it; never 45/QĐ-UBND
        assertEquals("12-CT/TW", for12.get(0));
        assertEquals(3, for12.size(), for12::toString);
        assertFalse(for12.contains("45/QĐ-UBND"));
    }

    @Test
    void snippetShowsOriginalDiacriticsAndMarksMatches() throws IOException {
        DocumentHit hit = search("boi duong can bo tre").get(0);
        assertNotNull(hit.snippet());
        assertTrue(hit.snippet().contains("«bồi»") && hit.snippet().contains("«dưỡng»"), hit.snippet());
    }

    @Test
    void snippetOffsetsHoldForNfdSources() throws IOException {
        // D2 mentions 12-CT/TW; the NFD query and NFC body still highlight the right letters.
        DocumentHit hit = search(Normalizer.normalize("phòng chống", Normalizer.Form.NFD)).get(0);
        assertTrue(hit.snippet().contains("«phòng» «chống»"), hit.snippet());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # filter                                   | expected numbers, in any order
            type=CT                                     | 12-CT/TW 13-CT/TW
            type=qd                                     | 45/QĐ-UBND
            type=QĐ                                     | 45/QĐ-UBND
            issuer=uy ban nhan dan                      | 45/QĐ-UBND
            issuer=Sở Giáo dục                          | 362/KH-SGD&ĐT-VP
            from=2024-01-01                             | 13-CT/TW 362/KH-SGD&ĐT-VP
            to=2023-05-10                               | 12-CT/TW 45/QĐ-UBND
            from=2023-01-01;to=2023-12-31               | 12-CT/TW
            cites=12/CT-TW                              | 13-CT/TW 362/KH-SGD&ĐT-VP
            cites=30/2020/ND-CP                         | 12-CT/TW
            cites=13-CT/TW                              |
            """)
    void filters(String filter, String expected) throws IOException {
        String type = null, issuer = null, cites = null;
        LocalDate from = null, to = null;
        for (String f : filter.split(";")) {
            String[] kv = f.split("=", 2);
            switch (kv[0]) {
                case "type" -> type = kv[1];
                case "issuer" -> issuer = kv[1];
                case "from" -> from = Dates.startOf(kv[1]);
                case "to" -> to = Dates.endOf(kv[1]);
                case "cites" -> cites = kv[1];
                default -> fail(kv[0]);
            }
        }
        List<String> got = searcher.search(new SearchRequest(null, type, issuer, from, to, cites, 10)).stream()
                .map(DocumentHit::number).sorted().toList();
        List<String> want = expected == null ? List.of() : List.of(expected.split(" ")).stream().sorted().toList();
        assertEquals(want, got);
    }

    @Test
    void filtersCombineWithAQuery() throws IOException {
        List<DocumentHit> hits = searcher.search(new SearchRequest("dao tao", "KH", null, null, null, null, 10));
        assertEquals(List.of("362/KH-SGD&ĐT-VP"), hits.stream().map(DocumentHit::number).toList());
    }

    @ParameterizedTest
    @CsvSource({"12-CT/TW", "12/ct-tw", "12 - CT/TW", "12-ct/tw"})
    void citesFindsCitingDocumentsWithTheSentence(String symbol) throws IOException {
        List<CitationHit> hits = searcher.citing(symbol, 10);
        assertEquals(List.of("13-CT/TW", "362/KH-SGD&ĐT-VP"), hits.stream().map(CitationHit::number).sorted().toList());
        CitationHit fromD2 = hits.stream().filter(h -> h.number().equals("13-CT/TW")).findFirst().orElseThrow();
        assertEquals("Thực hiện Chỉ thị số 12-CT/TW ngày 10/5/2023 của Ban Bí thư, các địa phương chủ động phòng chống thiên tai.",
                fromD2.sentence());
    }

    @Test
    void citesOfANeighbourFindsNothing() throws IOException {
        assertEquals(List.of(), searcher.citing("13-CT/TW", 10));
        assertEquals(List.of(), searcher.citing("120-CT/TW", 10));
    }

    @Test
    void reverseListsWhatADocumentCites() throws IOException {
        List<CitationHit> byNumber = searcher.citedBy("12/CT-TW", 10);
        assertEquals(List.of("30/2020/NĐ-CP"), byNumber.stream().map(CitationHit::cited).toList());
        assertEquals("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.",
                byNumber.get(0).sentence());
        assertEquals(byNumber, searcher.citedBy(ids.get(0), 10));
    }

    @ParameterizedTest(name = "--actor {0}")
    @CsvSource({
        "Văn phòng Sở, Văn phòng Sở",
        "van phong so, Văn phòng Sở",
        "VĂN PHÒNG, Văn phòng Sở",
        "giao duc mam non, Phòng Giáo dục Mầm non",
    })
    void obligationsByActorWithOrWithoutDiacriticsAndByContainment(String actor, String expected) throws IOException {
        List<ObligationHit> hits = searcher.obligations(new ObligationRequest(null, actor, null, null, 10));
        assertEquals(List.of(expected), hits.stream().map(ObligationHit::actor).toList());
        assertEquals("362/KH-SGD&ĐT-VP", hits.get(0).number());
    }

    @Test
    void obligationsCarryTheirDetails() throws IOException {
        ObligationHit o = searcher.obligations(new ObligationRequest("co so vat chat", null, null, null, 10)).get(0);
        assertEquals("Phòng Giáo dục Mầm non", o.actor());
        assertEquals(List.of("Văn phòng Sở"), o.partners());
        assertEquals("hằng năm", o.frequency());
        assertEquals("II.2", o.section());
        assertEquals(ids.get(2), o.id());
    }

    @Test
    void obligationsDueBeforeAndByType() throws IOException {
        assertEquals(1, searcher.obligations(new ObligationRequest(null, null, LocalDate.of(2024, 5, 1), null, 10)).size());
        assertEquals(0, searcher.obligations(new ObligationRequest(null, null, LocalDate.of(2024, 4, 30), null, 10)).size());
        assertEquals(2, searcher.obligations(new ObligationRequest(null, null, null, "kh", 10)).size());
        assertEquals(0, searcher.obligations(new ObligationRequest(null, null, null, "CT", 10)).size());
        assertEquals(0, searcher.obligations(new ObligationRequest(null, "Văn phòng Bộ", null, null, 10)).size());
    }

    @Test
    void showByIdOrNumber() throws IOException {
        List<DocumentRecord> byId = searcher.show(ids.get(2));
        assertEquals(1, byId.size());
        assertEquals(Fixtures.d3(byId.get(0).directive().source()), byId.get(0).directive());
        assertEquals(byId, searcher.show("362/kh-sgd&đt-vp"));
        assertEquals(List.of(), searcher.show("363/KH-SGD&ĐT-VP"));
    }

    @Test
    void stats() throws IOException {
        ArchiveStats s = searcher.stats();
        assertEquals(4, s.documents());
        assertEquals(2, s.obligations());
        assertEquals(3, s.citations());
        assertEquals(java.util.Map.of("CT", 2L, "KH", 1L, "QĐ", 1L), s.byType());
        assertEquals(java.util.Map.of(2022, 1L, 2023, 1L, 2024, 2L), s.byYear());
    }

    @Test
    void queriesThatWouldBreakAClassicParserAreSafe() throws IOException {
        for (String q : new String[] {"34-NQ/TW", "/", "a AND (", "\"", "*?~", "[x TO y]", "ke hoach: \\"}) {
            assertDoesNotThrow(() -> search(q), q);
        }
    }
}
