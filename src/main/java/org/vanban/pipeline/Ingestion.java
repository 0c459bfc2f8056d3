package org.vanban.pipeline;

import java.io.IOException;
import java.util.function.Supplier;
import org.vanban.index.ArchiveWriter;
import org.vanban.ocr.OcrConfig;
import org.vanban.ocr.OcrEngineException;
import org.vanban.ocr.OcrService;
import org.vanban.ocr.Tessdata;
import org.vanban.ocr.tesseract.TesseractEngine;

/**
 * One index run with its resources: the write lock (taken first, so a second run is refused at
 * once and before any work), the OCR engines (started only when the inputs hold scans; one per
 * job), and the walk of the inputs. The library entry point of {@code vanban index}, the demo and
 * the pipeline benchmark.
 */
public final class Ingestion implements AutoCloseable {
    private final IngestConfig config;
    private final InputFiles.Found plan;
    private final ArchiveWriter writer;
    private final OcrService ocr;
    private final IngestRun run;

    private Ingestion(IngestConfig config, InputFiles.Found plan, ArchiveWriter writer, OcrService ocr, IngestRun run) {
        this.config = config;
        this.plan = plan;
        this.writer = writer;
        this.ocr = ocr;
        this.run = run;
    }

    /**
     * Locks the index, lists the inputs and starts OCR engines when needed.
     *
     * @throws org.vanban.index.IndexLockedException when another run holds the index
     * @throws OcrEngineException when the inputs hold scans and the OCR engine cannot start
     */
    public static Ingestion start(IngestConfig config, Supplier<Extractor> extractors, IngestListener listener)
            throws IOException, OcrEngineException {
        if (config.inputs().stream().anyMatch(SourceTexts::mayHoldScans)) {
            TesseractEngine.preloadBinding(); // while the index opens and the inputs are walked
        }
        ArchiveWriter writer = ArchiveWriter.open(config.index());
        OcrService ocr = null;
        try {
            InputFiles.Found plan = IngestRun.plan(config);
            boolean scans = plan.files().stream().anyMatch(f -> SourceTexts.isScan(f.path()));
            if (scans) {
                if (config.correct()) {
                    Correction.preload();
                }
                // The engine's text is cached as it is; correction is a later stage (see Correction).
                OcrConfig ocrConfig = OcrConfig.defaults().withJobs(config.jobs());
                ocr = new OcrService(ocrConfig, TesseractEngine.factory(Tessdata.locate(), Tessdata.LANGUAGE));
            }
            SourceTexts sources = new SourceTexts(ocr == null ? null : new OcrTextSource(ocr), new ArtefactStore(config.index().artefacts()),
                    config.correct() ? Correction.standard() : java.util.function.UnaryOperator.identity());
            return new Ingestion(config, plan, writer, ocr, new IngestRun(config, sources, extractors, listener));
        } catch (OcrEngineException | RuntimeException e) {
            if (ocr != null) {
                ocr.close();
            }
            writer.abandon();
            throw e;
        }
    }

    /** The files this run will read (after sharding). */
    public InputFiles.Found plan() {
        return plan;
    }

    public IngestConfig config() {
        return config;
    }

    /** Indexes the planned files and commits. */
    public IngestSummary run() throws IOException {
        return run.run(writer, plan);
    }

    /** Commits what was done, releases the lock and stops the engines. */
    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            if (ocr != null) {
                ocr.close();
            }
        }
    }
}
