package org.vanban.text.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionTableTest {
    @Test
    void countsWritesAndReadsBackSyntheticPairs() throws IOException {
        ConfusionCounts counts = new ConfusionCounts();
        counts.addAll(TokenAligner.align("số số số là Đảng", "s6 s6 số 1a Dang"));
        StringWriter out = new StringWriter();
        counts.write(out, List.of("made in a test"), 1);
        ConfusionTable table = ConfusionTable.read(new StringReader(out.toString()));

        assertEquals(List.of("made in a test"), table.header());
        assertEquals(2, table.count("s6", "số"));
        assertEquals(1, table.count("số", "số"));
        assertEquals(1, table.count("1a", "là"));
        assertEquals(1, table.count("dang", "đảng")); // token rows are lower case
        assertEquals(3, table.intendedTotal("số"));
        assertTrue(table.charConfusions().contains(new Confusion("6", "ố", 2)));
        assertTrue(table.charConfusions().contains(new Confusion("D", "Đ", 1))); // character rows keep case
        assertTrue(table.charConfusions().contains(new Confusion("s", "s", 3))); // read right three times
    }

    @Test
    void rejectsImplausiblePairs() {
        assertTrue(ConfusionCounts.plausible("Thyec", "Thực"));
        assertTrue(ConfusionCounts.plausible("s6", "số"));
        assertFalse(ConfusionCounts.plausible("|", "nghiệp"));
        assertFalse(ConfusionCounts.plausible("ban", "nghiệp"));
    }

    @Test
    void malformedRowsNameTheirLine() {
        IOException e = assertThrows(IOException.class,
                () -> ConfusionTable.read(new StringReader("# header\ns6\tsố\t2\nbad row\n")));
        assertTrue(e.getMessage().startsWith("line 3:"), e.getMessage());
        assertThrows(IOException.class, () -> ConfusionTable.read(new StringReader("s6\tsố\ttwo\n")));
        assertThrows(IOException.class, () -> ConfusionTable.read(new StringReader("s6\tsố\t0\n")));
    }

    @Test
    void theShippedTableLoadsAndHoldsLegacyAndModernConfusions() {
        ConfusionTable table = ConfusionTable.load();
        assertTrue(table.header().stream().anyMatch(h -> h.startsWith("Made by: bin/dev/channel-data")), "header says how");
        assertFalse(table.tokenConfusions().isEmpty());
        // Tesseract eng drops diacritics: "của" is read without them, "Đ" as "D"
        assertTrue(table.intendedFor("cua").containsKey("của"), "cua → của");
        assertTrue(table.charConfusions().stream().anyMatch(c -> c.observed().equals("D") && c.intended().equals("Đ")));
        for (Confusion c : table.tokenConfusions()) {
            assertEquals(c.observed().toLowerCase(java.util.Locale.ROOT), c.observed(), "lower-case " + c);
            assertEquals(org.vanban.text.VietnameseText.nfc(c.observed()), c.observed(), "NFC " + c);
        }
    }
}
