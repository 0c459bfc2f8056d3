package org.vanban.extract.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.vanban.extract.Directive;
import org.vanban.extract.DirectiveParser;
import org.vanban.extract.TextFileReader;

/**
 * The {@code bench extract} evaluation: parses annotated directives (NAME.txt next to
 * NAME.expected.json, or the expected file in another folder), scores every field, citation
 * precision and recall, obligation actor precision and recall, and measures throughput on one
 * thread. Texts without an expected file are parsed for throughput and counted, not scored.
 */
public final class ExtractionBenchmark {
    /**
     * What to run.
     *
     * @param inputs       text files or directories of them; their names find the gold files
     * @param expectedDirs more directories to look for NAME.expected.json in
     * @param minMillis    throughput is measured over at least this long
     * @param ocrDir       when present, each input NAME.txt is replaced by OCR-DIR/NAME.txt (the OCR of
     *                     its rendered scan) and scored against the gold of the original; inputs
     *                     without an OCR text there are left out and counted
     */
    public record Config(List<Path> inputs, List<Path> expectedDirs, long minMillis, Optional<Path> ocrDir) {
        public Config {
            inputs = List.copyOf(inputs);
            expectedDirs = List.copyOf(expectedDirs);
            java.util.Objects.requireNonNull(ocrDir, "ocrDir");
            if (minMillis < 0) {
                throw new IllegalArgumentException("minMillis < 0");
            }
        }

        public Config(List<Path> inputs, List<Path> expectedDirs, long minMillis) {
            this(inputs, expectedDirs, minMillis, Optional.empty());
        }
    }

    /** One input text and its gold, when there is one. */
    record Case(String name, Path text, Optional<Path> expected) {}

    /** Everything measured. */
    public record Report(List<DocumentScore> scores, int unscored, int documents, double[] docsPerSecond, long totalChars,
            List<String> withoutOcr) {
        public Report {
            scores = List.copyOf(scores);
            docsPerSecond = docsPerSecond.clone();
            withoutOcr = List.copyOf(withoutOcr);
        }
    }

    private ExtractionBenchmark() {}

    public static Report run(Config config) throws IOException {
        List<Case> cases = cases(config);
        List<String> withoutOcr = new ArrayList<>();
        if (config.ocrDir().isPresent()) {
            Path dir = config.ocrDir().get();
            if (!Files.isDirectory(dir)) {
                throw new IOException(dir + ": no such directory");
            }
            List<Case> ocr = new ArrayList<>();
            for (Case c : cases) {
                Path text = dir.resolve(c.name() + ".txt");
                if (Files.isRegularFile(text)) {
                    ocr.add(new Case(c.name(), text, c.expected()));
                } else {
                    withoutOcr.add(c.name());
                }
            }
            cases = ocr;
        }
        if (cases.isEmpty()) {
            throw new IOException("no .txt inputs found in " + config.inputs() + config.ocrDir().map(d -> " with OCR text in " + d).orElse(""));
        }
        TextFileReader reader = new TextFileReader();
        DirectiveParser parser = new DirectiveParser();
        List<String> texts = new ArrayList<>();
        List<DocumentScore> scores = new ArrayList<>();
        int unscored = 0;
        long chars = 0;
        for (Case c : cases) {
            String text;
            try {
                text = reader.read(c.text());
            } catch (org.vanban.extract.DocumentReader.UnreadableInputException e) {
                throw new IOException(c.text() + ": " + e.getMessage());
            }
            texts.add(text);
            chars += text.length();
            Directive d = parser.parse(c.text().toString(), text);
            if (c.expected().isPresent()) {
                GoldDirective gold = GoldDirective.of(org.vanban.extract.DirectiveJson.mapper().readTree(c.expected().get().toFile()));
                scores.add(ExtractionScorer.score(c.name(), d, gold));
            } else {
                unscored++;
            }
        }
        return new Report(scores, unscored, cases.size(), throughput(parser, texts, config.minMillis()), chars, withoutOcr);
    }

    /**
     * Documents per second on this one thread, after a warm-up, over at least {@code minMillis}:
     * {wall clock, CPU time of the thread}. On a busy machine the second is the one-core figure.
     */
    static double[] throughput(DirectiveParser parser, List<String> texts, long minMillis) {
        long sink = 0;
        for (int i = 0; i < 20; i++) {
            for (String t : texts) {
                sink += parser.parse("warm-up", t).citations().size();
            }
        }
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = bean.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long parsed = 0;
        long deadline = start + minMillis * 1_000_000L;
        do {
            for (String t : texts) {
                sink += parser.parse("bench", t).obligations().size();
                parsed++;
            }
        } while (System.nanoTime() < deadline);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (bean.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        if (sink == Long.MIN_VALUE) {
            System.out.print(""); // keeps the results alive for the JIT
        }
        return new double[] {parsed / seconds, cpuSeconds > 0 ? parsed / cpuSeconds : parsed / seconds};
    }

    private static List<Case> cases(Config config) throws IOException {
        List<Case> cases = new ArrayList<>();
        for (Path input : config.inputs()) {
            List<Path> texts;
            if (Files.isDirectory(input)) {
                try (Stream<Path> s = Files.list(input)) {
                    texts = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
                }
            } else if (Files.isRegularFile(input)) {
                texts = List.of(input);
            } else {
                throw new IOException(input + ": no such file or directory");
            }
            for (Path text : texts) {
                String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
                Optional<Path> expected = Optional.empty();
                List<Path> dirs = new ArrayList<>();
                dirs.add(text.toAbsolutePath().getParent());
                dirs.addAll(config.expectedDirs());
                for (Path dir : dirs) {
                    Path candidate = dir.resolve(name + ".expected.json");
                    if (Files.isRegularFile(candidate)) {
                        expected = Optional.of(candidate);
                        break;
                    }
                }
                cases.add(new Case(name, text, expected));
            }
        }
        return cases;
    }

    /** The report as Markdown: totals, then per document the scores and every mismatch. */
    public static String format(Report r, boolean details) {
        StringBuilder sb = new StringBuilder();
        List<String> fieldNames = new ArrayList<>(GoldDirective.FIELDS);
        fieldNames.add("recipients");
        sb.append(String.format(Locale.ROOT,
                "documents: %d scored, %d without gold (%d chars); one thread: %.0f docs/s wall clock, %.0f docs per CPU second%n%n",
                r.scores().size(), r.unscored(), r.totalChars(), r.docsPerSecond()[0], r.docsPerSecond()[1]));
        if (!r.withoutOcr().isEmpty()) {
            sb.append("without OCR text (left out): ").append(String.join(", ", r.withoutOcr())).append("\n\n");
        }
        sb.append("| field | accuracy |\n|---|---:|\n");
        long allOk = 0;
        long all = 0;
        for (String f : fieldNames) {
            long ok = r.scores().stream().filter(s -> s.fields().get(f)).count();
            allOk += ok;
            all += r.scores().size();
            sb.append(String.format(Locale.ROOT, "| %s | %s |%n", f, pct(ok, r.scores().size())));
        }
        sb.append(String.format(Locale.ROOT, "| **all fields** | **%s** |%n%n", pct(allOk, all)));
        int ctp = sum(r, DocumentScore::citationTp);
        int cfp = sum(r, DocumentScore::citationFp);
        int cfn = sum(r, DocumentScore::citationFn);
        int atp = sum(r, DocumentScore::actorTp);
        int afp = sum(r, DocumentScore::actorFp);
        int afn = sum(r, DocumentScore::actorFn);
        int cAttrOk = r.scores().stream().mapToInt(s -> s.citationAttrs()[0]).sum();
        int cAttr = r.scores().stream().mapToInt(s -> s.citationAttrs()[1]).sum();
        int oAttrOk = r.scores().stream().mapToInt(s -> s.obligationAttrs()[0]).sum();
        int oAttr = r.scores().stream().mapToInt(s -> s.obligationAttrs()[1]).sum();
        sb.append("| measure | value |\n|---|---:|\n");
        sb.append(String.format(Locale.ROOT, "| citation precision | %s (%d/%d) |%n", pct(ctp, ctp + cfp), ctp, ctp + cfp));
        sb.append(String.format(Locale.ROOT, "| citation recall | %s (%d/%d) |%n", pct(ctp, ctp + cfn), ctp, ctp + cfn));
        sb.append(String.format(Locale.ROOT, "| citation attributes (type, date, issuer, name) of matched | %s |%n", pct(cAttrOk, cAttr)));
        sb.append(String.format(Locale.ROOT, "| obligation actor precision | %s (%d/%d) |%n", pct(atp, atp + afp), atp, atp + afp));
        sb.append(String.format(Locale.ROOT, "| obligation actor recall | %s (%d/%d) |%n", pct(atp, atp + afn), atp, atp + afn));
        sb.append(String.format(Locale.ROOT, "| obligation partners, deadline, frequency of matched | %s |%n%n", pct(oAttrOk, oAttr)));
        sb.append("| document | fields | citations P/R | actors P/R |\n|---|---:|---:|---:|\n");
        for (DocumentScore s : r.scores()) {
            sb.append(String.format(Locale.ROOT, "| %s | %d/%d | %s / %s | %s / %s |%n", s.name(), s.fieldsCorrect(), s.fields().size(),
                    pct(s.citationTp(), s.citationTp() + s.citationFp()), pct(s.citationTp(), s.citationTp() + s.citationFn()),
                    pct(s.actorTp(), s.actorTp() + s.actorFp()), pct(s.actorTp(), s.actorTp() + s.actorFn())));
        }
        if (details) {
            for (DocumentScore s : r.scores()) {
                if (!s.misses().isEmpty()) {
                    sb.append('\n').append(s.name()).append('\n');
                    s.misses().forEach(m -> sb.append("  - ").append(m).append('\n'));
                }
            }
        }
        return sb.toString();
    }

    private static int sum(Report r, java.util.function.ToIntFunction<DocumentScore> f) {
        return r.scores().stream().mapToInt(f).sum();
    }

    private static String pct(long ok, long total) {
        return total == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * ok / total);
    }
}
