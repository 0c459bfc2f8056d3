package org.vanban.extract;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The extraction service: reads an input with a {@link DocumentReader} and parses it. Never throws for bad input. */
public final class DirectiveExtractor {
    private final DocumentReader reader;
    private final DirectiveParser parser = new DirectiveParser();

    public DirectiveExtractor(DocumentReader reader) {
        this.reader = reader;
    }

    public Extraction extract(Path path) {
        String source = path.toString();
        String text;
        try {
            text = reader.read(path);
        } catch (NoSuchFileException e) {
            return new Extraction.Failed(source, "no such file");
        } catch (IOException e) {
            return new Extraction.Failed(source, "cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (DocumentReader.UnreadableInputException e) {
            return new Extraction.Failed(source, e.getMessage());
        }
        return extract(source, text);
    }

    /** Parses text already in memory; a text with no header element at all is not a directive. */
    public Extraction extract(String source, String text) {
        Directive d = parser.parse(source, text);
        if (d.number() == null && d.type() == null && d.date() == null && d.issuer() == null) {
            return new Extraction.Failed(source, "not a directive: no number, type, date or issuer found");
        }
        return new Extraction.Parsed(source, d);
    }
}
