package org.vanban.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vanban.text.lm.NgramModel;
import org.vanban.text.restore.RestoreOptions;
import org.vanban.text.restore.RestoredText;
import org.vanban.text.restore.Restorer;
import org.vanban.text.restore.TextInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vanban restore [FILE]}: restores diacritics and repairs OCR confusions, line by line. */
@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = {
            "Restore Vietnamese diacritics and repair OCR confusions (s6 -> số, hi¢n -> hiện, cwong -> cường).",
            "Writes the restored text to stdout; lines, white space, punctuation, numbers and document symbols are kept."
        })
public final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "UTF-8 text to restore; standard input when absent.")
    Path file;

    @Option(names = "--json", description = "Write JSON: the text plus every token's alternatives and confidences.")
    boolean json;

    @Option(names = "--profile", defaultValue = "AUTO",
            description = "Expected damage: ${COMPLETION-CANDIDATES} (AUTO: PLAIN or LEGACY when under 15% of words have a Vietnamese-only letter, LEGACY when OCR damage shows).")
    RestoreOptions.Profile profile;

    @Option(names = "--beam", defaultValue = "8", description = "Decoder states kept per token.")
    int beam;

    @Option(names = "--model", paramLabel = "MODEL", description = "A model from 'vanban lm train' instead of the shipped one.")
    Path model;

    @Override
    public Integer call() {
        String name = file == null ? "<stdin>" : file.toString();
        String text;
        try (InputStream in = file == null ? System.in : new BufferedInputStream(Files.newInputStream(file))) {
            text = TextInput.decode(in.readAllBytes());
        } catch (TextInput.NotTextException e) {
            throw new VanbanException(ExitCode.PARTIAL, name + ": " + e.getMessage());
        } catch (IOException e) {
            throw new VanbanException(ExitCode.FATAL, name + ": cannot read (" + e.getMessage() + ")");
        }
        RestoreOptions options = new RestoreOptions(profile, beam, RestoreOptions.DEFAULT.maxCandidates());
        Restorer restorer = model == null ? Restorer.standard().with(options) : new Restorer(load(model), options);
        if (json) {
            RestoredText result = restorer.analyse(text);
            try {
                spec.commandLine().getOut().println(new ObjectMapper()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(result));
            } catch (IOException e) {
                throw new VanbanException(ExitCode.FATAL, "cannot write JSON: " + e.getMessage());
            }
        } else {
            spec.commandLine().getOut().print(restorer.restore(text));
        }
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }

    private static NgramModel load(Path path) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 20)) {
            return NgramModel.read(in);
        } catch (IOException e) {
            throw new VanbanException(ExitCode.USAGE, path + ": not a usable language model (" + e.getMessage() + ")");
        }
    }
}
