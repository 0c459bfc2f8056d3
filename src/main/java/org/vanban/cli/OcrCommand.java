package org.vanban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.vanban.ocr.InputFiles;
import org.vanban.ocr.OcrConfig;
import org.vanban.pipeline.Correction;
import org.vanban.ocr.OcrEngineException;
import org.vanban.ocr.OcrListener;
import org.vanban.ocr.OcrMode;
import org.vanban.ocr.OcrResult;
import org.vanban.ocr.OcrService;
import org.vanban.ocr.PageCorrector;
import org.vanban.ocr.PageSink;
import org.vanban.ocr.PageText;
import org.vanban.ocr.Tessdata;
import org.vanban.ocr.output.OutputNames;
import org.vanban.ocr.output.OutputSink;
import org.vanban.ocr.preprocess.Preprocessing;
import org.vanban.ocr.tesseract.TesseractEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vanban ocr}: scans in, text and JSON (and optionally hOCR and searchable PDF) out. */
@Command(name = "ocr", mixinStandardHelpOptions = true, showDefaultValues = true, sortOptions = false,
        description = {
            "OCR scanned PDFs, TIFFs, PNGs and JPEGs into Vietnamese text.",
            "For each input a/b/NAME.EXT writes DIR/NAME.txt (pages separated by form feeds) and DIR/NAME.json;"
                    + " inputs sharing a name get NAME-2, NAME-3, ... in path order."
        })
public final class OcrCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders (searched recursively).")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Folder for the outputs (created if missing).")
    Path output;

    @Mixin
    JobsOption jobs;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "auto",
            description = "PDF pages: auto (text layer when it holds real text, else OCR), force (always OCR), skip (never OCR). ${COMPLETION-CANDIDATES}")
    OcrMode mode;

    @Option(names = "--dpi", paramLabel = "N", defaultValue = "300",
            description = "Resolution for rendering PDF pages, and assumed for images that declare none.")
    int dpi;

    @Option(names = "--hocr", description = "Also write DIR/NAME.hocr.")
    boolean hocr;

    @Option(names = "--pdf", description = "Also write DIR/NAME.pdf: the page images with an invisible, searchable text layer.")
    boolean pdf;

    @Option(names = "--preprocess", paramLabel = "STEPS", defaultValue = "default", converter = PreprocessingConverter.class,
            description = "Image clean-up before OCR: default, none, or a list of deskew,despeckle,binarize.")
    Set<Preprocessing> preprocessing;

    @Option(names = "--page-timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Fail a file when none of its pages finishes within this time.")
    int pageTimeout;

    @Option(names = "--no-correct",
            description = "Keep Tesseract's text as it is: no diacritic restoration or OCR repair (the JSON keeps the raw text either way).")
    boolean noCorrect;

    @Mixin
    QuietOption quiet;

    @Override
    public Integer call() {
        if (!jobs.valid()) {
            throw new ParameterException(spec.commandLine(), "--jobs must be between 1 and 256");
        }
        if (dpi < 50 || dpi > 1200) {
            throw new ParameterException(spec.commandLine(), "--dpi must be between 50 and 1200");
        }
        if (pageTimeout < 1) {
            throw new ParameterException(spec.commandLine(), "--page-timeout must be at least 1 second");
        }
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new VanbanException(ExitCode.FATAL, "cannot create output folder " + output + ": " + e.getMessage());
        }
        OcrConfig config = OcrConfig.defaults().withJobs(jobs.jobs()).withMode(mode).withDpi(dpi)
                .withPreprocessing(preprocessing).withPageTimeout(Duration.ofSeconds(pageTimeout)).withKeepImages(pdf)
                .withPageCorrector(noCorrect ? PageCorrector.NONE : Correction.standard());
        return run(config).code();
    }

    private ExitCode run(OcrConfig config) {
        PrintWriter err = spec.commandLine().getErr();
        InputFiles.Found found = InputFiles.collect(inputs);
        if (found.files().isEmpty() && found.errors().isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no PDF, TIFF, PNG or JPEG files in " + inputs);
        }
        Map<Path, String> names = OutputNames.assign(found.files());
        Progress progress = Progress.forStderr(err, quiet.quiet(), found.files().size());
        AtomicInteger failed = new AtomicInteger();
        found.errors().forEach((path, reason) -> {
            failed.incrementAndGet();
            progress.println("vanban: " + path + ": " + reason);
        });
        try (OcrService service = new OcrService(config, TesseractEngine.factory(Tessdata.locate(), Tessdata.LANGUAGE))) {
            service.processAll(found.files(), new OcrListener() {
                @Override
                public PageSink sink(Path file) throws IOException {
                    return new OutputSink(output, names.get(file), hocr, pdf);
                }

                @Override
                public void pageDone(Path file, PageText page) {
                    progress.pageDone();
                }

                @Override
                public void succeeded(Path file, OcrResult result) {
                    progress.fileDone();
                }

                @Override
                public void failed(Path file, String reason) {
                    failed.incrementAndGet();
                    progress.fileDone();
                    progress.println("vanban: " + file + ": " + reason);
                }
            });
        } catch (OcrEngineException e) {
            throw new VanbanException(ExitCode.FATAL, e.getMessage());
        } finally {
            progress.finish();
        }
        return failed.get() > 0 ? ExitCode.PARTIAL : ExitCode.OK;
    }
}
