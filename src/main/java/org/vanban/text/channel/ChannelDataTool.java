package org.vanban.text.channel;

import org.vanban.text.lm.CorpusSplit;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.vanban.samples.Degradation;
import org.vanban.samples.PageRenderer;
import org.vanban.samples.RenderOptions;
import org.vanban.samples.RenderedPage;

/**
 * Development tool that makes the channel data from the shared corpus (never needed at run time): renders
 * corpus paragraphs into scanned-looking pages, OCRs them with Tesseract's {@code eng} model (the legacy,
 * diacritic-free damage) and its {@code vie} model (modern errors), and
 * <ul>
 *   <li>from training documents, counts token and character confusions into {@code confusions.tsv};</li>
 *   <li>from held-out documents, writes line pairs (truth, OCR) for evaluation.</li>
 * </ul>
 * Rendered pages and OCR text are cached in the work folder by a hash of text and settings, so a second run
 * only recounts. Run it through {@code bin/dev/channel-data}.
 */
public final class ChannelDataTool {
    /** Paragraph text per page: about two thirds of an A4 page, so most renders are one page. */
    private static final int PAGE_CHARS = 1800;
    private static final int MAX_PARAGRAPH_CHARS = 1200;

    record Config(Path corpus, Path work, Path tessdata, int trainEng, int trainVie, int evalEng, int evalVie,
            int dpi, long seed, int jobs, Path confusions, Path legacyEval, Path modernEval, boolean cachedOnly,
            Set<Integer> excludedRows) {}

    /**
     * Reads the text of one rendered page. The {@code tesseract} command is the default; the training
     * pages of the {@code vie} model can instead be read the way {@code vanban ocr} reads a scan
     * (preprocessing included, see {@code org.vanban.ocr.bench.OwnOcrChannelData}), so that the learned
     * confusions are those of the text the corrector is given.
     */
    public interface PageReader {
        /** A short name for the file header and the cache key. */
        String name();

        /** The page's text. {@code scratch} is a free path (without extension) for an image file. */
        String read(BufferedImage page, int dpi, Path scratch) throws IOException, InterruptedException;
    }

    /** One synthetic document to render and OCR. */
    record Job(String set, int index, String language, String degradationName, Degradation degradation, long seed,
            String text, String source, String docType) {
        boolean train() {
            return set.startsWith("train");
        }
    }

    /** The pages of a job: true text and OCR text of each. */
    record Result(Job job, List<String> truths, List<String> ocrs) {}

    private final Config config;
    private final PrintStream log;
    private final PageReader trainVieReader;
    private final Map<String, List<String>> files = new HashMap<>();

    ChannelDataTool(Config config, PrintStream log, PageReader trainVieReader) {
        this.config = config;
        this.log = log;
        this.trainVieReader = trainVieReader;
    }

    /** Every page read by the {@code tesseract} command. */
    public static void main(String[] args) {
        run(args, null);
    }

    /**
     * Runs the tool; {@code trainVieReader} reads the {@code vie} training pages (null: the
     * {@code tesseract} command, like every other page).
     */
    public static void run(String[] args, PageReader trainVieReader) {
        try {
            Config c = parse(args);
            new ChannelDataTool(c, System.err, trainVieReader).run();
        } catch (IllegalArgumentException e) {
            System.err.println("channel-data: " + e.getMessage());
            System.err.println("usage: channel-data --corpus DIR --tessdata DIR [--work DIR] [--train-eng N] "
                    + "[--train-vie N] [--eval-eng N] [--eval-vie N] [--dpi N] [--seed N] [--jobs N] "
                    + "[--confusions FILE] [--legacy-eval FILE] [--modern-eval FILE] [--cached-only true] "
                    + "[--exclude-rows N,N,...]");
            System.exit(2);
        } catch (IOException e) {
            System.err.println("channel-data: " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(1);
        }
    }

    static Config parse(String[] args) {
        Map<String, String> o = new HashMap<>(Map.of(
                "--work", "target/channel-work", "--train-eng", "100", "--train-vie", "40", "--eval-eng", "36",
                "--eval-vie", "16", "--dpi", "300", "--seed", "20250520", "--jobs", "2", "--cached-only", "false",
                "--exclude-rows", ""));
        o.put("--confusions", "src/main/resources/org/vanban/text/channel/confusions.tsv");
        o.put("--legacy-eval", "src/test/resources/org/vanban/text/legacy-ocr-eval.tsv");
        o.put("--modern-eval", "src/test/resources/org/vanban/text/modern-ocr-eval.tsv");
        for (int i = 0; i < args.length; i++) {
            if (!o.containsKey(args[i]) && !args[i].equals("--corpus") && !args[i].equals("--tessdata")) {
                throw new IllegalArgumentException("unknown option " + args[i]);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            o.put(args[i], args[++i]);
        }
        if (!o.containsKey("--corpus") || !o.containsKey("--tessdata")) {
            throw new IllegalArgumentException("--corpus and --tessdata are required");
        }
        try {
            return new Config(Path.of(o.get("--corpus")), Path.of(o.get("--work")), Path.of(o.get("--tessdata")),
                    Integer.parseInt(o.get("--train-eng")), Integer.parseInt(o.get("--train-vie")),
                    Integer.parseInt(o.get("--eval-eng")), Integer.parseInt(o.get("--eval-vie")),
                    Integer.parseInt(o.get("--dpi")), Long.parseLong(o.get("--seed")),
                    Integer.parseInt(o.get("--jobs")), Path.of(o.get("--confusions")),
                    Path.of(o.get("--legacy-eval")), Path.of(o.get("--modern-eval")),
                    Boolean.parseBoolean(o.get("--cached-only")), rows(o.get("--exclude-rows")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + e.getMessage());
        }
    }

    private static Set<Integer> rows(String list) {
        Set<Integer> rows = new TreeSet<>();
        for (String r : list.split(",")) {
            if (!r.isBlank()) {
                rows.add(Integer.parseInt(r.strip()));
            }
        }
        return rows;
    }

    void run() throws IOException, InterruptedException {
        // excluded rows: training documents kept apart as tuning pages for the corrector, so that what it
        // is tuned on says something about text the channel has not seen (held-out documents are never
        // trained on, and the evaluation pages are drawn from all of them)
        List<CorpusSplit.Document> docs = CorpusSplit.read(config.corpus().resolve("MANIFEST.tsv")).all().stream()
                .filter(d -> d.file().startsWith("legal-") && d.lineCount() > 0)
                .filter(d -> d.heldOut() || !config.excludedRows().contains(d.row()))
                .toList();
        List<CorpusSplit.Document> train = docs.stream().filter(d -> !d.heldOut()).toList();
        List<CorpusSplit.Document> heldOut = docs.stream().filter(CorpusSplit.Document::heldOut).toList();
        log.printf("corpus: %d legal documents, %d for training, %d held out%n", docs.size(), train.size(), heldOut.size());

        List<Job> jobs = new ArrayList<>();
        jobs.addAll(jobs("train-eng", "eng", config.trainEng(), train, new String[] {"NONE", "LIGHT"}));
        jobs.addAll(jobs("train-vie", "vie", config.trainVie(), train, new String[] {"LIGHT", "MEDIUM", "HEAVY"}));
        jobs.addAll(jobs("eval-eng", "eng", config.evalEng(), heldOut, new String[] {"NONE", "LIGHT"}));
        jobs.addAll(jobs("eval-vie", "vie", config.evalVie(), heldOut, new String[] {"MEDIUM", "HEAVY"}));
        files.clear(); // the texts are in the jobs now
        // evaluation sets first, then the training sets interleaved, so that an interrupted run has cached a
        // share of each; a rerun resumes from the cache, and --cached-only counts what is there
        jobs.sort(java.util.Comparator.comparing(Job::train)
                .thenComparingDouble(j -> j.index() / (double) Math.max(1, setSize(j.set()))));
        if (config.cachedOnly()) {
            int before = jobs.size();
            jobs.removeIf(j -> !Files.exists(config.work().resolve(key(j) + ".done")));
            log.printf("--cached-only: %d of %d documents are cached%n", jobs.size(), before);
        }

        Files.createDirectories(config.work());
        List<Result> results = execute(jobs);

        ConfusionCounts counts = new ConfusionCounts();
        Map<String, Integer> trainPages = new HashMap<>();
        for (Result r : results) {
            if (r.job().train()) {
                trainPages.merge(r.job().language(), r.truths().size(), Integer::sum);
                for (int p = 0; p < r.truths().size(); p++) {
                    counts.addAll(TokenAligner.align(r.truths().get(p), r.ocrs().get(p)));
                }
            }
        }
        writeConfusions(counts, trainPages, train.size());
        writeEval(results, "eval-eng", config.legacyEval(),
                "Held-out legal text rendered at " + config.dpi() + " dpi (NONE/LIGHT degradation) and read by "
                        + "Tesseract 'eng' (system tessdata): legacy-style OCR without Vietnamese diacritics.");
        writeEval(results, "eval-vie", config.modernEval(),
                "Held-out legal text rendered at " + config.dpi() + " dpi (MEDIUM/HEAVY degradation) and read by "
                        + "Tesseract 'vie' (project tessdata, 4.0.0_best_int): modern OCR on degraded scans.");
    }

    /** {@code n} synthetic documents: runs of consecutive paragraphs from random documents of the pool. */
    private List<Job> jobs(String set, String language, int n, List<CorpusSplit.Document> pool, String[] degradations)
            throws IOException {
        Random random = new Random(config.seed() * 31 + set.hashCode());
        List<Job> out = new ArrayList<>();
        int attempts = 0;
        while (out.size() < n && attempts++ < n * 20) {
            CorpusSplit.Document d = pool.get(random.nextInt(pool.size()));
            List<String> lines = lines(d.file());
            int first = d.firstLine() - 1 + random.nextInt(d.lineCount());
            int end = d.firstLine() - 1 + d.lineCount();
            StringBuilder text = new StringBuilder();
            int from = first;
            int to = first;
            for (int i = first; i < end && text.length() < PAGE_CHARS; i++) {
                String line = lines.get(i).replace('\t', ' ').strip();
                if (line.length() > MAX_PARAGRAPH_CHARS || line.isEmpty()) {
                    if (text.isEmpty()) {
                        from = i + 1;
                        continue;
                    }
                    break;
                }
                text.append(line).append('\n');
                to = i + 1;
            }
            if (text.length() < 200) {
                continue; // too little text for a page
            }
            String name = degradations[out.size() % degradations.length];
            out.add(new Job(set, out.size(), language, name, Degradation.named(name), config.seed() + out.size(), text.toString(),
                    d.file() + ":" + (from + 1) + "-" + to, d.docType().isEmpty() ? "-" : d.docType()));
        }
        return out;
    }

    private int setSize(String set) {
        return switch (set) {
            case "train-eng" -> config.trainEng();
            case "train-vie" -> config.trainVie();
            case "eval-eng" -> config.evalEng();
            default -> config.evalVie();
        };
    }

    private List<String> lines(String file) throws IOException {
        List<String> l = files.get(file);
        if (l == null) {
            l = Files.readAllLines(config.corpus().resolve(file), StandardCharsets.UTF_8);
            files.put(file, l);
        }
        return l;
    }

    private List<Result> execute(List<Job> jobs) throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(config.jobs());
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (Job j : jobs) {
                futures.add(pool.submit(() -> {
                    Result r = process(j);
                    int k = done.incrementAndGet();
                    if (k % 10 == 0 || k == jobs.size()) {
                        log.printf("%d/%d documents rendered and read%n", k, jobs.size());
                    }
                    return r;
                }));
            }
            List<Result> out = new ArrayList<>();
            for (Future<Result> f : futures) {
                try {
                    out.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IOException(e.getCause().getMessage(), e.getCause());
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Renders and reads one job, or takes both from the cache. */
    private Result process(Job job) throws IOException, InterruptedException {
        String key = key(job);
        Path doneMarker = config.work().resolve(key + ".done");
        List<String> truths = new ArrayList<>();
        List<String> ocrs = new ArrayList<>();
        if (Files.exists(doneMarker)) {
            int pages = Integer.parseInt(Files.readString(doneMarker).strip());
            for (int p = 0; p < pages; p++) {
                truths.add(Files.readString(config.work().resolve(key + "-p" + p + ".truth.txt")));
                ocrs.add(Files.readString(config.work().resolve(key + "-p" + p + "." + job.language() + ".txt")));
            }
            return new Result(job, truths, ocrs);
        }
        List<RenderedPage> pages = new PageRenderer().renderPages(job.text(),
                new RenderOptions(config.dpi(), job.degradation(), job.seed()));
        PageReader reader = reader(job);
        for (int p = 0; p < pages.size(); p++) {
            // the OCR text is what is kept; the same seed re-makes the image when needed
            String text = reader.read(pages.get(p).image(), config.dpi(), config.work().resolve(key + "-p" + p));
            Files.writeString(config.work().resolve(key + "-p" + p + ".truth.txt"), pages.get(p).text());
            Files.writeString(config.work().resolve(key + "-p" + p + "." + job.language() + ".txt"), text);
            truths.add(pages.get(p).text());
            ocrs.add(text);
        }
        Files.writeString(doneMarker, String.valueOf(pages.size()));
        return new Result(job, truths, ocrs);
    }

    private PageReader reader(Job job) {
        if (job.language().equals("eng")) {
            return new TesseractCli("eng", null);
        }
        if (job.train() && trainVieReader != null) {
            return trainVieReader;
        }
        return new TesseractCli(job.language(), config.tessdata());
    }

    private String key(Job job) {
        String reader = reader(job).name();
        // pages read by the command keep their old keys, so existing caches stay valid
        return hash(job.language() + "|" + job.degradationName() + "|" + config.dpi() + "|" + job.seed() + "|" + job.text()
                + (reader.equals(TesseractCli.NAME) ? "" : "|" + reader));
    }

    private void writeConfusions(ConfusionCounts counts, Map<String, Integer> trainPages, int trainDocs) throws IOException {
        List<String> header = List.of(
                "vanban OCR channel model: how Tesseract misreads Vietnamese legal text.",
                "Made by: bin/dev/channel-data" + (trainVieReader == null ? "" : " --own-ocr")
                        + " --train-eng " + config.trainEng() + " --train-vie " + config.trainVie()
                        + " --dpi " + config.dpi() + " --seed " + config.seed()
                        + (config.excludedRows().isEmpty() ? "" : " --exclude-rows " + joined(config.excludedRows()))
                        + (config.cachedOnly() ? " --cached-only true (the pages below were cached)" : ""),
                "Source: training documents of the shared corpus (legal files; MANIFEST.tsv data rows i with i % 20 != 0, "
                        + trainDocs + " documents), runs of consecutive paragraphs rendered by org.vanban.samples.PageRenderer.",
                "Pages: eng " + trainPages.getOrDefault("eng", 0) + " (NONE/LIGHT degradation, system tessdata, tesseract command), vie "
                        + trainPages.getOrDefault("vie", 0) + " (LIGHT/MEDIUM/HEAVY, project tessdata, "
                        + (trainVieReader == null ? "tesseract command" : trainVieReader.name())
                        + "); counts of both are added.",
                "Aligned true tokens: " + counts.pairs(TokenPair.Kind.ONE_TO_ONE) + " one-to-one, "
                        + counts.pairs(TokenPair.Kind.MERGED) + " glued to a neighbour, " + counts.pairs(TokenPair.Kind.SPLIT)
                        + " split, " + counts.pairs(TokenPair.Kind.LOST) + " lost, " + counts.implausible()
                        + " too far off to count.",
                "Token rows: observed<TAB>intended<TAB>count (observed OCR token lower-case NFC, intended syllable lower-case;"
                        + " one-to-one syllables only; identity rows kept when count >= 2).",
                "Character rows: c:observed<TAB>intended<TAB>count (grouped edits inside syllables and words, case kept;"
                        + " an insertion or deletion carries the character before it; identity rows count characters read right).");
        Files.createDirectories(config.confusions().toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(config.confusions(), StandardCharsets.UTF_8)) {
            counts.write(w, header, 2);
        }
        log.printf("wrote %s (%d token confusions, %d character confusions)%n", config.confusions(),
                counts.tokenConfusions().size(), counts.charConfusions().size());
    }

    private void writeEval(List<Result> results, String set, Path out, String description) throws IOException {
        List<String> rows = new ArrayList<>();
        OcrScore total = OcrScore.ZERO;
        Map<String, OcrScore> byType = new HashMap<>();
        int pages = 0;
        for (Result r : results) {
            if (!r.job().set().equals(set)) {
                continue;
            }
            for (int p = 0; p < r.truths().size(); p++) {
                List<LinePairs.Pair> pairs = LinePairs.pair(r.truths().get(p), r.ocrs().get(p));
                rows.add("# page " + (++pages) + ": " + r.job().source() + " p" + (p + 1) + ", " + r.job().docType()
                        + ", " + r.job().degradationName());
                for (LinePairs.Pair pair : pairs) {
                    rows.add(pair.truth() + "\t" + pair.ocr());
                }
                OcrScore s = OcrScore.of(pairs);
                total = total.plus(s);
                byType.merge(r.job().docType(), s, OcrScore::plus);
            }
        }
        List<String> header = new ArrayList<>(List.of(
                "# " + description,
                "# Made by bin/dev/channel-data (seed " + config.seed() + "); documents: MANIFEST.tsv data rows i with i % 20 == 0.",
                "# Rows: truth line<TAB>OCR line. Lines starting with '#' are comments (one per page: source lines, type, degradation).",
                String.format(Locale.ROOT, "# Raw OCR: %d pages, %d syllables, %.2f %% exact, CER %.2f %%.", pages,
                        total.syllables(), 100 * total.syllableAccuracy(), 100 * total.cer())));
        header.addAll(rows);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, header, StandardCharsets.UTF_8);
        log.printf(Locale.ROOT, "%s: %d pages, %d syllables, %.2f %% exact, CER %.2f %% -> %s%n", set, pages,
                total.syllables(), 100 * total.syllableAccuracy(), 100 * total.cer(), out);
        byType.forEach((type, s) -> log.printf(Locale.ROOT, "  %-12s %6d syllables, %.2f %% exact, CER %.2f %%%n", type,
                s.syllables(), 100 * s.syllableAccuracy(), 100 * s.cer()));
    }

    private static String joined(Set<Integer> rows) {
        return String.join(",", rows.stream().map(String::valueOf).toList());
    }

    static void writePgm(BufferedImage page, Path out) throws IOException {
        BufferedImage gray = page;
        if (page.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            gray = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            gray.getGraphics().drawImage(page, 0, 0, null);
        }
        byte[] pixels = ((java.awt.image.DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        byte[] head = ("P5\n" + gray.getWidth() + " " + gray.getHeight() + "\n255\n").getBytes(StandardCharsets.US_ASCII);
        try (var os = new java.io.BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            os.write(head);
            os.write(pixels, 0, gray.getWidth() * gray.getHeight());
        }
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
