package org.vanban.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vanban.extract.Directive;
import org.vanban.extract.DirectiveJson;
import org.vanban.extract.DirectiveParser;

/**
 * The directives written for the test resources (not the sample set the rules were first built on):
 * each parses to its gold extraction, field for field, citation for citation and actor for actor.
 */
class GoldDirectivesTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"chuong-trinh-ubnd-soc-trang-2023", "cong-van-snn-nghe-an-2024", "quyet-dinh-ubnd-kon-tum-2025"})
    void parsesToItsGold(String name) throws IOException {
        String text = resource(name + ".txt");
        Directive d = new DirectiveParser().parse(name, text);
        GoldDirective gold = GoldDirective.of(DirectiveJson.mapper().readTree(resource(name + ".expected.json")));
        DocumentScore score = ExtractionScorer.score(name, d, gold);
        assertEquals(List.of(), score.misses(), "mismatches");
        assertEquals(gold.citations().size(), score.citationTp());
        assertEquals(gold.obligations().size(), score.actorTp());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = GoldDirectivesTest.class.getResourceAsStream("/org/vanban/extract/gold/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
