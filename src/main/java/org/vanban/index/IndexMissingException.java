package org.vanban.index;

/** There is no index to search where the user pointed. */
public final class IndexMissingException extends RuntimeException {
    public IndexMissingException(IndexLayout layout) {
        super("no index at " + layout.root() + " (build one with 'vanban index PATH... --index " + layout.root() + "')");
    }
}
