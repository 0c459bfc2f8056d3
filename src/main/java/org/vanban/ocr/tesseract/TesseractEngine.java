package org.vanban.ocr.tesseract;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import com.sun.jna.Pointer;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;
import org.vanban.ocr.GrayImage;
import org.vanban.ocr.OcrEngine;
import org.vanban.ocr.OcrEngineException;
import org.vanban.ocr.Recognition;
import org.vanban.ocr.Word;

/**
 * Tesseract through Tess4J's C API binding, with one persistent handle per instance (one instance
 * per worker thread). Images go in as raw 8-bit grayscale bytes: Tess4J's BufferedImage and File
 * paths go through lept4j, which needs a newer Leptonica than Debian 12 ships.
 */
public final class TesseractEngine implements OcrEngine {
    /**
     * The binding, loaded on first use (after {@link OpenMp} set the environment). Tess4J's
     * interface mapping is used rather than its direct mapping (TessAPI1), which binds every
     * function up front and fails on Tesseract 5.3, which lacks some of the newer ones.
     */
    private static final class Api {
        static final TessAPI TESS = TessAPI.INSTANCE;
    }

    private final TessBaseAPI handle;
    private boolean closed;
    private ByteBuffer pixels;

    private TesseractEngine(TessBaseAPI handle) {
        this.handle = handle;
    }

    /** A factory for engines reading {@code LANGUAGE.traineddata} from the given folder. */
    public static Supplier<OcrEngine> factory(Path tessdata, String language) {
        return () -> {
            try {
                return open(tessdata, language);
            } catch (OcrEngineException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        };
    }

    /** Starts an engine; fails with a clear message when libtesseract or the model cannot be loaded. */
    public static TesseractEngine open(Path tessdata, String language) throws OcrEngineException {
        OpenMp.limitToOneThread();
        Leptonica.silence();
        TessBaseAPI handle;
        try {
            handle = Api.TESS.TessBaseAPICreate();
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new OcrEngineException("cannot load libtesseract (install it: apt-get install libtesseract5): " + e.getMessage());
        }
        // Tesseract prints diagnostics ("Estimating resolution...", "Empty page!!") to stderr;
        // vanban reports problems itself in one line per file.
        Api.TESS.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
        if (Api.TESS.TessBaseAPIInit2(handle, tessdata.toString(), language, 1 /* OEM_LSTM_ONLY */) != 0) {
            Api.TESS.TessBaseAPIDelete(handle);
            throw new OcrEngineException("Tesseract could not load " + language + ".traineddata from " + tessdata);
        }
        Api.TESS.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
        Api.TESS.TessBaseAPISetPageSegMode(handle, TessPageSegMode.PSM_AUTO);
        return new TesseractEngine(handle);
    }

    @Override
    public Recognition recognize(GrayImage image) throws OcrEngineException {
        if (closed) {
            throw new IllegalStateException("engine closed");
        }
        if (pixels == null || pixels.capacity() < image.pixels().length) {
            // One native buffer per engine, grown when needed: direct buffers are freed only by GC.
            pixels = ByteBuffer.allocateDirect(image.pixels().length);
        }
        pixels.clear();
        pixels.put(image.pixels()).flip();
        Api.TESS.TessBaseAPISetImage(handle, pixels, image.width(), image.height(), 1, image.width());
        Api.TESS.TessBaseAPISetSourceResolution(handle, image.dpi());
        Api.TESS.TessBaseAPISetVariable(handle, "user_defined_dpi", Integer.toString(image.dpi()));
        try {
            if (Api.TESS.TessBaseAPIRecognize(handle, null) != 0) {
                throw new OcrEngineException("Tesseract failed to recognise the page");
            }
            String text = takeText(Api.TESS.TessBaseAPIGetUTF8Text(handle));
            return new Recognition(nfc(text), words());
        } finally {
            Api.TESS.TessBaseAPIClear(handle);
        }
    }

    /**
     * The page's words, each with its box, confidence, line number and the baseline of its line, from
     * Tesseract's result iterator. Tesseract's TSV report holds the same, but builds each word letter by
     * letter through an iterator step that is slow in Tesseract 5: on 12 pages the report took 446 ms
     * of an engine's CPU, these calls 168 ms, and gave the same words (docs/benchmarks.md, round 8).
     */
    private List<Word> words() {
        TessResultIterator it = Api.TESS.TessBaseAPIGetIterator(handle);
        if (it == null) {
            return List.of();
        }
        List<Word> words = new ArrayList<>();
        try {
            TessPageIterator page = Api.TESS.TessResultIteratorGetPageIterator(it);
            IntBuffer x1 = IntBuffer.allocate(1), y1 = IntBuffer.allocate(1), x2 = IntBuffer.allocate(1), y2 = IntBuffer.allocate(1);
            int line = -1;
            int lineBaseline = 0;
            do {
                if (Api.TESS.TessPageIteratorIsAtBeginningOf(page, TessPageIteratorLevel.RIL_TEXTLINE) != 0) {
                    line++;
                    lineBaseline = Api.TESS.TessPageIteratorBaseline(page, TessPageIteratorLevel.RIL_TEXTLINE, x1, y1, x2, y2) != 0
                            ? (y1.get(0) + y2.get(0)) / 2 : 0;
                }
                String text = takeText(Api.TESS.TessResultIteratorGetUTF8Text(it, TessPageIteratorLevel.RIL_WORD));
                if (text == null || text.isBlank()
                        || Api.TESS.TessPageIteratorBoundingBox(page, TessPageIteratorLevel.RIL_WORD, x1, y1, x2, y2) == 0) {
                    continue;
                }
                int left = x1.get(0), top = y1.get(0), right = x2.get(0), bottom = y2.get(0);
                float conf = Math.max(0, Math.min(100, Api.TESS.TessResultIteratorConfidence(it, TessPageIteratorLevel.RIL_WORD)));
                int baseline = lineBaseline > top ? lineBaseline : bottom;
                words.add(new Word(nfc(text.strip()), left, top, right, bottom, baseline, Math.max(0, line), conf));
            } while (Api.TESS.TessPageIteratorNext(page, TessPageIteratorLevel.RIL_WORD) != 0);
        } finally {
            Api.TESS.TessResultIteratorDelete(it);
        }
        return words;
    }

    private static String takeText(Pointer p) {
        if (p == null) {
            return null;
        }
        try {
            return p.getString(0, StandardCharsets.UTF_8.name());
        } finally {
            Api.TESS.TessDeleteText(p);
        }
    }

    private static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            Api.TESS.TessBaseAPIEnd(handle);
            Api.TESS.TessBaseAPIDelete(handle);
        }
    }
}
