package org.vanban.cli;

import java.nio.file.Path;
import org.vanban.index.IndexLayout;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option shared by the index and query commands. */
public final class IndexDirOption {
    @Option(names = "--index", paramLabel = "DIR", required = true, description = "The index directory.")
    Path dir;

    public IndexLayout layout() {
        return new IndexLayout(dir);
    }
}
