package org.vanban.text.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains on a small corpus of the project's own sentences, with a manifest that holds one document out. */
class LmTrainerTest {
    @TempDir
    static Path dir;

    static NgramModel model;

    private static final List<String> SENTENCES = List.of(
            "Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện chỉ thị số 12-CT/TW.",
            "Các sở, ban, ngành có trách nhiệm thực hiện kế hoạch này.",
            "Sở Giáo dục và Đào tạo chủ trì, phối hợp với các đơn vị liên quan.",
            "Ủy ban nhân dân huyện báo cáo kết quả thực hiện trước ngày 15 tháng 12.",
            "Giao Sở Tài chính bố trí kinh phí thực hiện kế hoạch.",
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo Ủy ban nhân dân tỉnh.");

    @BeforeAll
    static void train() throws IOException {
        List<String> lines = new ArrayList<>();
        List<String> manifest = new ArrayList<>(List.of("file\tfirst_line\tn_lines\tsource_repo\tsource_path\tdoc_number\tdoc_type\ttitle"));
        // document row 0 (held out) holds a word no training line has
        lines.add("Chiêm ngưỡng ngọn hải đăng cổ kính.");
        manifest.add("legal-x.txt\t1\t1\tr\tp\t\t\theld out");
        for (int d = 1; d <= 20; d++) {
            manifest.add("legal-x.txt\t" + (lines.size() + 1) + "\t" + SENTENCES.size() + "\tr\tp\t\t\tdoc " + d);
            lines.addAll(SENTENCES);
        }
        Files.write(dir.resolve("legal-x.txt"), lines);
        Files.write(dir.resolve("MANIFEST.tsv"), manifest);
        model = new LmTrainer(new LmTrainingConfig(List.of(dir.resolve("legal-x.txt")), 2, 1, 1), null).train();
    }

    @Test
    void heldOutDocumentsAreNeverSeen() {
        assertFalse(model.contains("hải"));
        assertFalse(model.contains("đăng"));
        assertTrue(model.contains("ủy"));
        assertTrue(model.contains("<num>"));
    }

    @Test
    void everyContextIsAProbabilityDistribution() {
        int v = model.vocabularySize();
        int[][] contexts = {
            {model.id("nhân"), model.id("dân")}, // seen context
            {model.id("kế"), model.id("hoạch")}, // seen, several followers
            {model.id("sở"), model.id("ủy")}, // unseen pair: backs off
            {-1, NgramModel.BOS}, // start of a line
        };
        for (int[] c : contexts) {
            double sum = 0;
            for (int w = 1; w < v; w++) {
                sum += Math.pow(10, model.logProb(c[0], c[1], w));
            }
            // 8-bit quantisation of log-probabilities moves each by a few percent at most
            assertEquals(1.0, sum, 0.08, "context " + c[0] + "," + c[1]);
        }
    }

    @Test
    void seenContinuationsBeatUnseenOnes() {
        int uy = model.id("ủy");
        int ban = model.id("ban");
        assertTrue(model.logProb(uy, ban, model.id("nhân")) > model.logProb(uy, ban, model.id("sở")) + 1);
    }

    @Test
    void binaryFormRoundTrips() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.writeTo(bytes);
        NgramModel copy = NgramModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(model.vocabularySize(), copy.vocabularySize());
        assertEquals(model.description(), copy.description());
        for (int a = 0; a < model.vocabularySize(); a += 3) {
            for (int w = 1; w < model.vocabularySize(); w += 2) {
                assertEquals(model.logProb(a, a + 1 < model.vocabularySize() ? a + 1 : 1, w),
                        copy.logProb(a, a + 1 < model.vocabularySize() ? a + 1 : 1, w), 1e-6);
            }
        }
    }
}
