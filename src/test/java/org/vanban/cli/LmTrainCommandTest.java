package org.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains a model with the command, then restores and benchmarks with it. */
class LmTrainCommandTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();
    private final StringWriter out = cli.out();
    private final StringWriter err = cli.err();

    @Test
    void trainRestoreAndBench() throws IOException {
        List<String> lines = new ArrayList<>();
        List<String> manifest = new ArrayList<>(List.of("file\tfirst_line\tn_lines\tsource_repo\tsource_path\tdoc_number\tdoc_type\ttitle"));
        for (int d = 0; d < 21; d++) {
            manifest.add("legal-admin-y.txt\t" + (lines.size() + 1) + "\t3\tr\tp\t\tKế hoạch\tdoc " + d);
            lines.add("Các sở, ngành tổ chức thực hiện kế hoạch này.");
            lines.add("Giao Sở Tư pháp theo dõi, đôn đốc việc thực hiện.");
            lines.add("Ủy ban nhân dân các huyện báo cáo kết quả về Sở Tư pháp.");
        }
        Path corpus = dir.resolve("legal-admin-y.txt");
        Files.write(corpus, lines);
        Files.write(dir.resolve("MANIFEST.tsv"), manifest);
        Path model = dir.resolve("out/model.bin");

        assertEquals(0, cli.run("lm", "train", "--corpus", corpus.toString(), "--out", model.toString(),
                "--min-trigram-count", "1"), err.toString());
        assertTrue(Files.size(model) > 0);
        assertTrue(out.toString().contains("trigrams"), out.toString());

        Path input = dir.resolve("in.txt");
        Files.writeString(input, "Giao So Tu phap theo doi, don doc viec thuc hien.\n");
        out.getBuffer().setLength(0);
        assertEquals(0, cli.run("restore", "--model", model.toString(), input.toString()), err.toString());
        assertEquals("Giao Sở Tư pháp theo dõi, đôn đốc việc thực hiện.\n", out.toString());

        out.getBuffer().setLength(0);
        assertEquals(0, cli.run("bench", "restore", "--corpus", dir.toString(), "--model", model.toString()), err.toString());
        // documents 0 and 20 are held out: 2 documents, 6 lines
        assertTrue(out.toString().contains("| **all** | 2 | 6 |"), out.toString());
    }

    @Test
    void missingCorpusIsAUsageError() {
        assertEquals(ExitCode.USAGE.code(), cli.run("lm", "train", "--corpus", dir.resolve("no.txt").toString(),
                "--out", dir.resolve("m.bin").toString()));
        assertTrue(err.toString().contains("no.txt"), err.toString());
    }
}
