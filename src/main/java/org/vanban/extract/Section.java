package org.vanban.extract;

/**
 * One heading of the document outline.
 *
 * @param path    the outline path ("III.2", "II.1.a")
 * @param heading the heading text without its numbering
 * @param span    where the heading line stands in the input
 */
public record Section(String path, String heading, Span span) {}
