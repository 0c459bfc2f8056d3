package org.vanban.text.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusSplitTest {
    @TempDir
    Path dir;

    /** 45 documents of 2 lines each in one file: rows 0, 20 and 40 are held out. */
    private CorpusSplit split() throws IOException {
        List<String> rows = new ArrayList<>(List.of("file\tfirst_line\tn_lines\tsource_repo\tsource_path\tdoc_number\tdoc_type\ttitle"));
        for (int i = 0; i < 45; i++) {
            rows.add("legal-admin-x.txt\t" + (1 + 2 * i) + "\t2\trepo\tpath\t\t" + (i == 0 ? "Kế hoạch" : "") + "\tdoc " + i);
        }
        Path manifest = dir.resolve("MANIFEST.tsv");
        Files.write(manifest, rows);
        return CorpusSplit.read(manifest);
    }

    @Test
    void everyTwentiethDocumentIsHeldOutWhole() throws IOException {
        boolean[] held = split().heldOutLines("legal-admin-x.txt", 90);
        for (int line = 1; line <= 90; line++) {
            int row = (line - 1) / 2;
            assertEquals(row % 20 == 0, held[line - 1], "line " + line);
        }
    }

    @Test
    void allListsEveryDocumentInManifestOrder() throws IOException {
        List<CorpusSplit.Document> all = split().all();
        assertEquals(45, all.size());
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i, all.get(i).row());
        }
        assertEquals(List.of(0, 20, 40),
                all.stream().filter(CorpusSplit.Document::heldOut).map(CorpusSplit.Document::row).toList());
    }

    @Test
    void documentsKnowTheirTypeAndGenre() throws IOException {
        CorpusSplit.Document first = split().documentOf("legal-admin-x.txt", 2);
        assertEquals("Kế hoạch", first.docType());
        assertEquals("admin", first.genre());
        assertTrue(first.heldOut());
        assertFalse(split().documentOf("legal-admin-x.txt", 3).heldOut());
        assertNull(split().documentOf("legal-admin-x.txt", 91));
        assertNull(split().documentOf("other.txt", 1));
    }

    @Test
    void aFileWithoutHeaderIsNotAManifest() throws IOException {
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "a\tb\tc\n");
        assertThrows(IOException.class, () -> CorpusSplit.read(bad));
    }
}
