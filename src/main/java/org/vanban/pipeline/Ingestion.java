package org.vanban.pipeline;

import java.io.IOException;
import java.util.function.Supplier;
import org.vanban.index.ArchiveWriter;
import org.vanban.ocr.OcrConfig;
import org.vanban.ocr.OcrEngine;
import org.vanban.ocr.OcrEngineException;
import org.vanban.ocr.OcrService;
import org.vanban.ocr.Tessdata;
import org.vanban.ocr.tesseract.TesseractEngine;

/**
 * One index run with its resources: the write lock (taken before any input is read, so a second
 * run is refused at once), the OCR engines (one per job, started in the background when the inputs
 * may hold scans, stopped again when they hold none), and the walk of the inputs. The library entry
 * point of {@code vanban index}, the demo and the pipeline benchmark.
 */
public final class Ingestion implements AutoCloseable {
    private final IngestConfig config;
    private final InputFiles.Found plan;
    private final ArchiveWriter writer;
    private final OcrService ocr;
    private final IngestRun run;
    /** Engines started for inputs that turned out to hold no scan; stopped with the run. */
    private final OcrService unused;
    private boolean abandoned;

    private Ingestion(IngestConfig config, InputFiles.Found plan, ArchiveWriter writer, OcrService ocr, OcrService unused,
            IngestRun run) {
        this.config = config;
        this.unused = unused;
        this.plan = plan;
        this.writer = writer;
        this.ocr = ocr;
        this.run = run;
    }

    /**
     * Locks the index, lists the inputs and starts OCR engines when needed. The engines start in
     * the background as the first thing: their models load while the index opens, the inputs are
     * walked and the first files are hashed and decoded; a run whose engines cannot start fails in
     * {@link #run} having changed nothing.
     *
     * @throws org.vanban.index.IndexLockedException when another run holds the index
     * @throws OcrEngineException when the inputs hold scans and no OCR model can be found
     */
    public static Ingestion start(IngestConfig config, Supplier<Extractor> extractors, IngestListener listener)
            throws IOException, OcrEngineException {
        return start(config, extractors, listener, () -> TesseractEngine.factory(Tessdata.locate(), Tessdata.LANGUAGE));
    }

    /** Where the engines come from: the bundled model, or a stand-in in tests. */
    @FunctionalInterface
    interface EngineFactory {
        /** @throws OcrEngineException when no model can be found */
        Supplier<OcrEngine> locate() throws OcrEngineException;
    }

    static Ingestion start(IngestConfig config, Supplier<Extractor> extractors, IngestListener listener, EngineFactory engineFactory)
            throws IOException, OcrEngineException {
        OcrService engines = null;
        OcrEngineException noModel = null;
        if (config.inputs().stream().anyMatch(SourceTexts::mayHoldScans)) {
            try {
                engines = OcrService.startInBackground(OcrConfig.defaults().withJobs(config.jobs()), engineFactory.locate());
            } catch (OcrEngineException e) {
                noModel = e; // reported only if the inputs do hold scans
            }
        }
        ArchiveWriter writer;
        try {
            writer = ArchiveWriter.open(config.index());
        } catch (IOException | RuntimeException e) {
            stop(engines);
            throw e;
        }
        OcrService ocr = null;
        OcrService unused = null;
        try {
            InputFiles.Found plan = IngestRun.plan(config);
            if (plan.files().stream().anyMatch(f -> SourceTexts.isScan(f.path()))) {
                if (noModel != null) {
                    throw noModel;
                }
                if (config.correct()) {
                    Correction.preload();
                }
                ocr = engines;
            } else {
                unused = engines; // a folder of text files only: they finish starting while it is indexed
            }
            // The engine's text is cached as it is; correction is a later stage (see Correction).
            SourceTexts sources = new SourceTexts(ocr == null ? null : new OcrTextSource(ocr), new ArtefactStore(config.index().artefacts()),
                    config.correct() ? Correction.standard() : org.vanban.ocr.PageCorrector.NONE);
            IngestRun.EnginesReady ready = ocr == null ? IngestRun.EnginesReady.NONE : ocr::awaitEngines;
            return new Ingestion(config, plan, writer, ocr, unused, new IngestRun(config, sources, extractors, listener, ready));
        } catch (OcrEngineException | RuntimeException e) {
            stop(engines);
            writer.abandon();
            throw e;
        }
    }

    /**
     * Waits for engines still loading and stops them. Never left to the JVM's exit: a process that
     * exits while a thread is inside Tesseract's initialisation can crash in the library's teardown.
     */
    private static void stop(OcrService engines) {
        if (engines != null) {
            engines.close();
        }
    }

    /** The files this run will read (after sharding). */
    public InputFiles.Found plan() {
        return plan;
    }

    public IngestConfig config() {
        return config;
    }

    /**
     * Indexes the planned files and commits.
     *
     * @throws OcrEngineException when the OCR engines could not start; the index is left as it was
     */
    public IngestSummary run() throws IOException, OcrEngineException {
        try {
            return run.run(writer, plan);
        } catch (IngestRun.EnginesFailed e) {
            abandoned = true;
            writer.abandon();
            throw (OcrEngineException) e.getCause();
        }
    }

    /** Commits what was done, releases the lock and stops the engines. */
    @Override
    public void close() throws IOException {
        try {
            if (!abandoned) {
                writer.close();
            }
        } finally {
            stop(ocr);
            stop(unused);
        }
    }
}
