package org.vanban.pipeline;

import org.vanban.extract.Directive;
import org.vanban.extract.DirectiveParser;

/** The extraction stage: a directive's text in, the extracted record out. One instance per worker thread. */
@FunctionalInterface
public interface Extractor {
    Directive extract(String source, String text);

    /** The standard extractor: a new {@link DirectiveParser} (one per thread: parsers keep state). */
    static Extractor directiveParser() {
        return new DirectiveParser()::parse;
    }
}
