package org.vanban.ocr.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import org.vanban.ocr.DoubtfulWord;
import org.vanban.ocr.OcrResult;
import org.vanban.ocr.PageMode;
import org.vanban.ocr.PageText;

/**
 * {@code NAME.json}: source path, SHA-256, and per page its number, final text, raw text, mean word
 * confidence, mode ("ocr" or "text-layer"), dpi (null for text-layer pages), milliseconds, and the
 * words the engine doubted (line of the raw text, word, confidence), which a later correction reads.
 * Word boxes are left out (they are in the hOCR and searchable-PDF outputs).
 */
public final class JsonOutput {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonOutput() {}

    public static void write(OcrResult result, Path target) throws IOException {
        AtomicFiles.write(target, out -> {
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeStringField("source", result.source());
                g.writeStringField("sha256", result.sha256());
                g.writeArrayFieldStart("pages");
                for (PageText p : result.pages()) {
                    g.writeStartObject();
                    g.writeNumberField("number", p.number());
                    g.writeStringField("text", p.text());
                    g.writeStringField("rawText", p.rawText());
                    g.writeNumberField("confidence", BigDecimal.valueOf(p.confidence()).setScale(1, RoundingMode.HALF_UP));
                    g.writeStringField("mode", p.mode().label());
                    if (p.mode() == PageMode.OCR) {
                        g.writeNumberField("dpi", p.dpi());
                    } else {
                        g.writeNullField("dpi");
                    }
                    g.writeNumberField("ms", p.millis());
                    g.writeArrayFieldStart("doubtful");
                    for (DoubtfulWord w : p.doubtful()) {
                        g.writeStartObject();
                        g.writeNumberField("line", w.line());
                        g.writeStringField("word", w.word());
                        g.writeNumberField("confidence", BigDecimal.valueOf(w.confidence()).setScale(1, RoundingMode.HALF_UP));
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        });
    }
}
