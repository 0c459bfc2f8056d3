package org.vanban.pipeline;

import org.vanban.extract.Directive;

/** The extraction stage: a directive's text in, the extracted record out. One instance per worker thread. */
@FunctionalInterface
public interface Extractor {
    Directive extract(String source, String text);
}
