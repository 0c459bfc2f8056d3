package org.vanban.pipeline;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.index.IndexLayout;
import org.vanban.ocr.OcrEngineException;

/** A run whose OCR engines cannot start: they start in the background, so the failure comes late and must still change nothing. */
class IngestionTest {
    @TempDir
    Path tmp;

    private final List<FileFailure> reported = new ArrayList<>();

    private IngestListener listener() {
        return reported::add;
    }

    private Path inputs() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "KẾ HOẠCH\nTriển khai trồng rừng thay thế năm 2024\n");
        BufferedImage page = new BufferedImage(200, 100, BufferedImage.TYPE_BYTE_GRAY);
        ImageIO.write(page, "png", in.resolve("b.png").toFile());
        return in;
    }

    @Test
    void enginesThatCannotStartEndTheRunWithTheirReasonAndLeaveNoIndex() throws Exception {
        Path in = inputs();
        IndexLayout layout = new IndexLayout(tmp.resolve("idx"));
        IngestConfig config = new IngestConfig(List.of(in), layout, 2, 1000);
        Ingestion.EngineFactory broken = () -> () -> {
            throw new IllegalStateException("cannot load libtesseract (test)");
        };
        OcrEngineException e;
        try (Ingestion ingestion = Ingestion.start(config, Extractor::directiveParser, listener(), broken)) {
            e = assertThrows(OcrEngineException.class, ingestion::run);
        }
        assertEquals("cannot load libtesseract (test)", e.getMessage());
        assertEquals(List.of(), reported, "the scan is not failed on its own: the run is");
        try (FSDirectory dir = FSDirectory.open(layout.lucene())) {
            assertFalse(DirectoryReader.indexExists(dir), "not even the text file was committed");
        }
    }

    @Test
    void aMissingModelIsReportedOnlyWhenTheInputsHoldScans() throws Exception {
        Path in = inputs();
        Files.delete(in.resolve("b.png"));
        IndexLayout layout = new IndexLayout(tmp.resolve("idx"));
        IngestConfig config = new IngestConfig(List.of(in), layout, 2, 1000);
        Ingestion.EngineFactory noModel = () -> {
            throw new OcrEngineException("no vie.traineddata found (test)");
        };
        try (Ingestion ingestion = Ingestion.start(config, Extractor::directiveParser, listener(), noModel)) {
            IngestSummary s = ingestion.run();
            assertEquals(1, s.added());
        }
        Files.write(in.resolve("c.png"), new byte[] {1});
        OcrEngineException e = assertThrows(OcrEngineException.class,
                () -> Ingestion.start(config, Extractor::directiveParser, listener(), noModel));
        assertEquals("no vie.traineddata found (test)", e.getMessage());
    }
}
