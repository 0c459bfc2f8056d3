package org.vanban.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.vanban.index.bench.DirectiveGenerator;

/** Test inputs made from the project's sample directives: copies, and any number of generated ones. */
final class Corpus {
    static final Path SAMPLES = Path.of("samples");
    static final Path DIRECTIVES = SAMPLES.resolve("directives");
    static final Path SCANS = SAMPLES.resolve("scans");

    private Corpus() {}

    static List<String> sampleTexts() {
        try (Stream<Path> s = Files.list(DIRECTIVES)) {
            List<String> texts = new ArrayList<>();
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code n} generated directives under {@code dir}, a hundred per sub-folder; returns dir. */
    static Path generate(Path dir, int n, long seed) throws IOException {
        DirectiveGenerator g = new DirectiveGenerator(sampleTexts(), seed);
        for (int i = 0; i < n; i++) {
            Path sub = Files.createDirectories(dir.resolve(String.format("batch-%03d", i / 100)));
            Files.writeString(sub.resolve(String.format("doc-%05d.txt", i)), g.text(i), StandardCharsets.UTF_8);
        }
        return dir;
    }

    /** Copies sample directive {@code name} (without .txt) into {@code dir}. */
    static Path copyDirective(String name, Path dir) throws IOException {
        Files.createDirectories(dir);
        return Files.copy(DIRECTIVES.resolve(name + ".txt"), dir.resolve(name + ".txt"));
    }
}
