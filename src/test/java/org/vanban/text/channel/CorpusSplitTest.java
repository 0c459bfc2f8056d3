package org.vanban.text.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusSplitTest {
    @Test
    void holdsOutEveryTwentiethDocument(@TempDir Path dir) throws IOException {
        StringBuilder m = new StringBuilder("file\tfirst_line\tn_lines\tsource_repo\tsource_path\tdoc_number\tdoc_type\ttitle\n");
        for (int i = 0; i < 41; i++) {
            m.append("legal-a.txt\t").append(1 + 10 * i).append("\t10\tr\tp\t\tQuyết định\tT").append(i).append('\n');
        }
        Path manifest = dir.resolve("MANIFEST.tsv");
        Files.writeString(manifest, m);
        List<CorpusSplit.Document> docs = CorpusSplit.read(manifest);
        assertEquals(41, docs.size());
        assertEquals(List.of(0, 20, 40), docs.stream().filter(CorpusSplit.Document::heldOut).map(CorpusSplit.Document::row).toList());
        assertFalse(docs.get(1).heldOut());
        assertEquals("Quyết định", docs.get(3).docType());
        assertEquals(31, docs.get(3).firstLine());
    }

    @Test
    void rejectsAFileThatIsNotAManifest(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("x.tsv");
        Files.writeString(bad, "hello\tworld\n");
        IOException e = assertThrows(IOException.class, () -> CorpusSplit.read(bad));
        assertTrue(e.getMessage().contains("not a corpus manifest"));
    }
}
