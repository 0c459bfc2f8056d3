package org.vanban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.vanban.index.ArchiveSearcher;
import org.vanban.index.CitationHit;
import org.vanban.index.DocIds;
import org.vanban.index.DocumentHit;
import org.vanban.index.DocumentRecord;
import org.vanban.index.IndexLayout;
import org.vanban.index.IndexLockedException;
import org.vanban.index.LockInfo;
import org.vanban.index.ObligationHit;
import org.vanban.index.ObligationRequest;
import org.vanban.index.SearchRequest;
import org.vanban.ocr.OcrEngineException;
import org.vanban.pipeline.Correction;
import org.vanban.pipeline.Extractor;
import org.vanban.pipeline.FileFailure;
import org.vanban.pipeline.FileTrees;
import org.vanban.pipeline.IngestConfig;
import org.vanban.pipeline.IngestListener;
import org.vanban.pipeline.IngestSummary;
import org.vanban.pipeline.Ingestion;
import org.vanban.pipeline.SourceTexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vanban demo}: the whole pipeline on the bundled samples in one command. OCRs (and
 * corrects) the scans of {@code samples/scans/}, indexes them with the text directives of
 * {@code samples/directives/} into a fresh index, then runs three example queries (full text typed
 * without diacritics, who cites a document, who must do what) and prints each step's time.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = {
            "OCR and index the bundled samples into a fresh index, then run three example queries.",
            "OCR text is kept in the index folder: a second demo run re-uses it instead of OCR'ing again."
        })
public final class DemoCommand implements Callable<Integer> {
    static final String FULL_TEXT_QUERY = "phong chay chua chay rung";
    static final String CITED = "12-CT/TW";
    static final String ACTOR = "so tai chinh";
    private static final int SHOWN = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--samples", paramLabel = "DIR",
            description = "Folder holding scans/ and directives/ (default: samples/ of the installation).")
    Path samples;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "vanban-demo-index",
            description = "Where to build the demo index; an earlier demo index there is replaced.")
    Path indexDir;

    @Mixin
    JobsOption jobs;

    @Override
    public Integer call() throws IOException {
        if (!jobs.valid()) {
            throw new ParameterException(spec.commandLine(), "--jobs must be between 1 and 256");
        }
        Path dir = samples != null ? samples : defaultSamples();
        List<Path> inputs = inputs(dir);
        IndexLayout layout = new IndexLayout(indexDir);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        clearIndex(layout);

        long scans = inputs.stream().filter(SourceTexts::isScan).count();
        out.printf(Locale.ROOT, "vanban demo: %d scan files from %s and the text directives of %s into %s%n",
                scans, dir.resolve("scans"), dir.resolve("directives"), layout.root());
        out.printf(Locale.ROOT, "OCR: Tesseract 'vie', %d engines; correction: %s%n%n", jobs.jobs(), Correction.describe(true));
        out.flush();

        // Step 1: OCR, correction, extraction, index.
        Map<Path, Integer> pagesByScan = new TreeMap<>();
        Progress[] progress = {Progress.forStderr(err, false, 0)};
        IngestListener listener = new IngestListener() {
            @Override
            public void started(int files) {
                progress[0] = Progress.forStderr(err, false, files);
            }

            @Override
            public void fileDone(Path file, int pagesOcred) {
                synchronized (pagesByScan) {
                    if (SourceTexts.isScan(file)) {
                        pagesByScan.put(file, pagesOcred);
                    }
                }
                for (int i = 0; i < pagesOcred; i++) {
                    progress[0].pageDone();
                }
                progress[0].fileDone();
            }

            @Override
            public void failed(FileFailure f) {
                progress[0].println("vanban: " + f.path() + ": " + f.reason());
            }
        };
        IngestConfig config = new IngestConfig(inputs, layout, jobs.jobs(), IngestConfig.DEFAULT_COMMIT_EVERY);
        IngestSummary summary;
        try (Ingestion ingestion = Ingestion.start(config, Extractor::directiveParser, listener)) {
            summary = ingestion.run();
        } catch (IndexLockedException e) {
            throw new VanbanException(ExitCode.FATAL, e.getMessage());
        } catch (OcrEngineException e) {
            throw new VanbanException(ExitCode.FATAL, "cannot start OCR: " + e.getMessage());
        } finally {
            progress[0].finish();
        }

        try (ArchiveSearcher searcher = ArchiveSearcher.open(layout)) {
            out.println("1. Index: OCR, correction, extraction, Lucene");
            for (Map.Entry<Path, Integer> e : pagesByScan.entrySet()) {
                List<DocumentRecord> rec = searcher.show(DocIds.forSource(e.getKey().toString()));
                String number = rec.isEmpty() ? "(not indexed)" : orDash(rec.get(0).directive().number());
                String date = rec.isEmpty() ? "" : orDash(rec.get(0).directive().date());
                out.printf(Locale.ROOT, "   %-42s %-22s %-24s %s%n", dir.relativize(e.getKey()),
                        e.getValue() == 0 ? "OCR text from cache" : e.getValue() + " page" + (e.getValue() == 1 ? "" : "s") + " OCR'd",
                        number, date);
            }
            out.printf(Locale.ROOT, "   %d documents indexed (%d scans, %d text files), %d pages OCR'd, %d failed: %.1f s%n%n",
                    summary.indexed() + summary.unchanged(), pagesByScan.size(), summary.indexed() + summary.unchanged() - pagesByScan.size(),
                    summary.pagesOcred(), summary.failed().size(), summary.seconds());

            // Step 2: full text typed without diacritics.
            long t0 = System.nanoTime();
            List<DocumentHit> hits = searcher.search(new SearchRequest(FULL_TEXT_QUERY, null, null, null, null, null, SHOWN));
            out.printf(Locale.ROOT, "2. vanban search \"%s\" (typed without diacritics): %d ms%n", FULL_TEXT_QUERY, millis(t0));
            int i = 0;
            for (DocumentHit h : hits) {
                out.printf(Locale.ROOT, "   %d. %s  %s  %s  %s%n", ++i, orDash(h.number()), orDash(h.date()), shorten(h.title(), 60), origin(dir, h.source()));
                if (h.snippet() != null) {
                    out.println("      " + shorten(h.snippet(), 150));
                }
            }
            none(out, hits);

            // Step 3: who cites a document.
            t0 = System.nanoTime();
            List<CitationHit> cites = searcher.citing(CITED, SHOWN);
            out.printf(Locale.ROOT, "%n3. vanban cites %s (documents citing it, with the citing sentence): %d ms%n", CITED, millis(t0));
            i = 0;
            for (CitationHit c : cites) {
                out.printf(Locale.ROOT, "   %d. %s  %s  %s  %s%n", ++i, orDash(c.number()), orDash(c.date()), shorten(c.title(), 60), origin(dir, c.source()));
                if (c.sentence() != null) {
                    out.println("      \"" + shorten(c.sentence().replaceAll("\\s+", " ").strip(), 150) + "\"");
                }
            }
            none(out, cites);

            // Step 4: who must do what.
            t0 = System.nanoTime();
            List<ObligationHit> tasks = searcher.obligations(new ObligationRequest(null, ACTOR, null, null, SHOWN));
            out.printf(Locale.ROOT, "%n4. vanban obligations --actor \"%s\" (tasks of a unit, typed without diacritics): %d ms%n", ACTOR, millis(t0));
            i = 0;
            for (ObligationHit o : tasks) {
                out.printf(Locale.ROOT, "   %d. %s  (%s %s, section %s)%n", ++i, o.actor(), orDash(o.number()), orDash(o.date()), orDash(o.section()));
                out.println("      " + shorten(o.action(), 150) + (o.deadline() == null ? "" : "; deadline " + o.deadline()));
            }
            none(out, tasks);
        }
        out.printf(Locale.ROOT, "%nTry your own: bin/vanban search \"...\" --index %s   (see bin/vanban --help)%n", indexDir);
        out.flush();
        return summary.failed().isEmpty() ? ExitCode.OK.code() : ExitCode.PARTIAL.code();
    }

    /** The scans of DIR/scans (ground-truth .txt files beside them are not documents) and DIR/directives. */
    private static List<Path> inputs(Path dir) {
        Path scans = dir.resolve("scans");
        Path directives = dir.resolve("directives");
        if (!Files.isDirectory(scans) && !Files.isDirectory(directives)) {
            throw new VanbanException(ExitCode.FATAL, "no samples at " + dir + " (expected scans/ and directives/ there)");
        }
        List<Path> inputs = new ArrayList<>();
        if (Files.isDirectory(scans)) {
            try (Stream<Path> s = Files.list(scans)) {
                s.filter(SourceTexts::isScan).sorted(Comparator.naturalOrder()).forEach(inputs::add);
            } catch (IOException e) {
                throw new VanbanException(ExitCode.FATAL, "cannot list " + scans + ": " + e.getMessage());
            }
        }
        if (Files.isDirectory(directives)) {
            inputs.add(directives);
        }
        return inputs;
    }

    /**
     * Makes the index folder fresh: an earlier index there is removed (its OCR artefacts are kept:
     * they are keyed by content and save the OCR); a folder that is not a vanban index is refused.
     */
    private static void clearIndex(IndexLayout layout) throws IOException {
        Path root = layout.root();
        if (!Files.exists(root)) {
            return;
        }
        if (!Files.isDirectory(root)) {
            throw new VanbanException(ExitCode.FATAL, root + " exists and is not a folder");
        }
        try (Stream<Path> s = Files.list(root)) {
            List<String> names = s.map(p -> p.getFileName().toString()).toList();
            for (String n : names) {
                if (!n.equals("lucene") && !n.equals("artefacts") && !n.equals(LockInfo.FILE)) {
                    throw new VanbanException(ExitCode.FATAL, root + " holds other files than a vanban index (" + n
                            + "); choose another folder with --index");
                }
            }
        }
        if (Files.exists(layout.lucene())) {
            // Another demo still writing there must not lose its index under it: take the lock first.
            try {
                org.vanban.index.ArchiveWriter.open(layout).abandon();
            } catch (IndexLockedException e) {
                throw new VanbanException(ExitCode.FATAL, e.getMessage());
            }
        }
        FileTrees.deleteRecursively(layout.lucene());
    }

    private static Path defaultSamples() {
        String home = System.getProperty("vanban.home");
        return home != null ? Path.of(home, "samples") : Path.of("samples");
    }

    private static String origin(Path dir, String source) {
        if (source == null) {
            return "";
        }
        Path p = Path.of(source);
        String name = p.startsWith(dir.toAbsolutePath().normalize()) ? dir.toAbsolutePath().normalize().relativize(p).toString() : p.getFileName().toString();
        return "[" + (SourceTexts.isScan(p) ? "scan " : "text ") + name + "]";
    }

    private static void none(PrintWriter out, List<?> hits) {
        if (hits.isEmpty()) {
            out.println("   (no results)");
        }
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    private static String shorten(String s, int max) {
        if (s == null) {
            return "-";
        }
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
