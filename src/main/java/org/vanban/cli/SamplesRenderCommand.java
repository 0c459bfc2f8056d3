package org.vanban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.vanban.samples.Degradation;
import org.vanban.samples.RenderOptions;
import org.vanban.samples.SampleExporter;
import org.vanban.samples.SampleFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code vanban samples render TEXT... -o DIR}: renders UTF-8 text files into A4 scans with
 * simulated scanner damage, next to their ground truth.
 */
@Command(
        name = "render",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = {
            "Render UTF-8 text files into A4 scans (Times-like 13 pt, the margins of a Vietnamese directive).",
            "For TEXT a/NAME.txt writes DIR/NAME.pdf, DIR/NAME.tif, DIR/NAME.png and DIR/NAME.jpg (one image per "
                    + "page: NAME-p1.png, NAME-p2.png... with NAME-p1.gt.txt... when the text takes several pages) "
                    + "and the ground truth DIR/NAME.gt.txt. A form feed in the text starts a new page."
        })
public final class SamplesRenderCommand implements Callable<Integer> {
    /** The closed set of degradation presets. */
    enum Level {
        NONE, LIGHT, MEDIUM, HEAVY;

        Degradation degradation() {
            return Degradation.named(name());
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "UTF-8 text files, one document each.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Output directory (created when missing).")
    Path outputDir;

    @Option(names = "--formats", split = ",", paramLabel = "FORMAT",
            description = "Comma-separated formats: ${COMPLETION-CANDIDATES}.", defaultValue = "pdf,tiff,png,jpg")
    List<SampleFormat> formats;

    @Option(names = "--degrade", paramLabel = "LEVEL", description = "Scan damage: ${COMPLETION-CANDIDATES}.", defaultValue = "none")
    Level degrade;

    @Option(names = "--dpi", paramLabel = "N", description = "Resolution, " + RenderOptions.MIN_DPI + ".." + RenderOptions.MAX_DPI + ".", defaultValue = "300")
    int dpi;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the pseudo-random damage: same seed, same pixels.", defaultValue = "1")
    long seed;

    @Override
    public Integer call() {
        if (dpi < RenderOptions.MIN_DPI || dpi > RenderOptions.MAX_DPI) {
            throw new ParameterException(spec.commandLine(),
                    "--dpi must be in " + RenderOptions.MIN_DPI + ".." + RenderOptions.MAX_DPI + ": " + dpi);
        }
        try {
            Files.createDirectories(outputDir);
        } catch (IOException e) {
            throw new VanbanException(ExitCode.FATAL, "cannot create output directory " + outputDir + ": " + reason(e));
        }
        SampleExporter exporter = new SampleExporter(new SampleExporter.Config(
                outputDir, EnumSet.copyOf(formats), new RenderOptions(dpi, degrade.degradation(), seed)));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExitCode outcome = ExitCode.OK;
        Set<String> names = new HashSet<>();
        for (Path input : inputs) {
            try {
                String text = readUtf8(input);
                SampleExporter.Result result = exporter.export(uniqueName(baseName(input), names), text);
                out.printf("%s: %d page%s -> %s%n", input, result.pages(), result.pages() == 1 ? "" : "s",
                        result.files().stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(" ")));
            } catch (IOException | IllegalArgumentException e) {
                err.println("vanban: " + input + ": " + reason(e));
                outcome = outcome.worst(ExitCode.PARTIAL);
            }
        }
        out.flush();
        return outcome.code();
    }

    private static String readUtf8(Path input) throws IOException {
        if (Files.isDirectory(input)) {
            throw new IOException("is a directory, expected a text file");
        }
        byte[] bytes = Files.readAllBytes(input);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text", e);
        }
    }

    /** {@code a/b/NAME.txt} gives NAME; a second NAME in the same run becomes NAME-2, then NAME-3. */
    private static String uniqueName(String base, Set<String> taken) {
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
            name = base + "-" + i;
        }
        return name;
    }

    private static String baseName(Path input) {
        String file = input.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
