package org.vanban.ocr.tesseract;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
     * The page's words from one TSV report (a native call per page: asking the result iterator word
     * by word costs six JNA calls per word, which with their JIT compilation was a noticeable part
     * of a short run's CPU), with the baseline of their text line from the page iterator.
     */
    private List<Word> words() {
        String tsv = takeText(Api.TESS.TessBaseAPIGetTsvText(handle, 0));
        if (tsv == null || tsv.isEmpty()) {
            return List.of();
        }
        Map<Box, Integer> baselines = lineBaselines();
        List<Word> words = new ArrayList<>();
        int line = -1;
        int lineBaseline = 0;
        for (String row : tsv.split("\n")) {
            // level, page, block, paragraph, line, word, left, top, width, height, confidence, text
            String[] f = row.split("\t", 12);
            if (f.length < 12) {
                continue;
            }
            int level = Integer.parseInt(f[0]);
            Box box = Box.of(f);
            if (level == TSV_LINE) {
                line++;
                lineBaseline = baselines.getOrDefault(box, 0);
            } else if (level == TSV_WORD && !f[11].isBlank()) {
                float conf = Math.max(0, Math.min(100, confidence(f[10])));
                int baseline = lineBaseline > box.top ? lineBaseline : box.bottom;
                words.add(new Word(nfc(f[11].strip()), box.left, box.top, box.right, box.bottom, baseline, Math.max(0, line), conf));
            }
        }
        return words;
    }

    /**
     * A TSV confidence such as {@code 96.380608} or {@code -1}. Parsed by hand: the JDK's general
     * float parser is large enough that compiling it cost a short run a fifth of a second.
     */
    static float confidence(String field) {
        int i = 0;
        boolean negative = field.startsWith("-");
        if (negative) {
            i++;
        }
        long digits = 0;
        int scale = 0;
        boolean fraction = false;
        for (; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '.' && !fraction) {
                fraction = true;
            } else if (c >= '0' && c <= '9') {
                if (!fraction || digits < 100_000_000L) { // past 8 digits, decimals cannot change a float
                    digits = digits * 10 + (c - '0');
                    scale += fraction ? 1 : 0;
                }
            } else {
                throw new NumberFormatException("not a confidence: " + field);
            }
        }
        float value = (float) (digits / Math.pow(10, scale));
        return negative ? -value : value;
    }

    /** Row levels of Tesseract's TSV report. */
    private static final int TSV_LINE = 4;
    private static final int TSV_WORD = 5;

    /** A box in page pixels, right and bottom exclusive. */
    private record Box(int left, int top, int right, int bottom) {
        static Box of(String[] tsvRow) {
            int left = Integer.parseInt(tsvRow[6]);
            int top = Integer.parseInt(tsvRow[7]);
            return new Box(left, top, left + Integer.parseInt(tsvRow[8]), top + Integer.parseInt(tsvRow[9]));
        }
    }

    /**
     * The y of every recognised text line's baseline at its middle, by the line's box (the TSV
     * report names lines by the same boxes); lines without a baseline are left out.
     */
    private Map<Box, Integer> lineBaselines() {
        Map<Box, Integer> baselines = new HashMap<>();
        TessResultIterator it = Api.TESS.TessBaseAPIGetIterator(handle);
        if (it == null) {
            return baselines;
        }
        try {
            TessPageIterator page = Api.TESS.TessResultIteratorGetPageIterator(it);
            IntBuffer x1 = IntBuffer.allocate(1), y1 = IntBuffer.allocate(1), x2 = IntBuffer.allocate(1), y2 = IntBuffer.allocate(1);
            do {
                if (Api.TESS.TessPageIteratorBoundingBox(page, TessPageIteratorLevel.RIL_TEXTLINE, x1, y1, x2, y2) == 0) {
                    continue;
                }
                Box box = new Box(x1.get(0), y1.get(0), x2.get(0), y2.get(0));
                if (Api.TESS.TessPageIteratorBaseline(page, TessPageIteratorLevel.RIL_TEXTLINE, x1, y1, x2, y2) != 0) {
                    baselines.put(box, (y1.get(0) + y2.get(0)) / 2);
                }
            } while (Api.TESS.TessPageIteratorNext(page, TessPageIteratorLevel.RIL_TEXTLINE) != 0);
        } finally {
            Api.TESS.TessResultIteratorDelete(it);
        }
        return baselines;
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
