package org.vanban.cli;

import java.io.IOException;
import org.vanban.index.ArchiveSearcher;
import org.vanban.index.IndexMissingException;

/** Opens an index for a query command, turning "no index there" into one line for the user. */
final class Searchers {
    private Searchers() {}

    static ArchiveSearcher open(IndexDirOption index) throws IOException {
        try {
            return ArchiveSearcher.open(index.layout());
        } catch (IndexMissingException e) {
            throw new VanbanException(ExitCode.FATAL, e.getMessage());
        }
    }
}
