package org.vanban.ocr.output;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import org.vanban.ocr.OcrResult;

/** {@code NAME.txt}: the text of all pages in NFC, pages separated by a form feed, UTF-8. */
public final class TextOutput {
    private TextOutput() {}

    public static void write(OcrResult result, Path target) throws IOException {
        String text = Normalizer.normalize(result.text(), Normalizer.Form.NFC);
        AtomicFiles.writeString(target, text.endsWith("\n") ? text : text + "\n");
    }
}
