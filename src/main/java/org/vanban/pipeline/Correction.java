package org.vanban.pipeline;

import java.text.Normalizer;
import java.util.List;
import org.vanban.ocr.DoubtfulWord;
import org.vanban.ocr.PageCorrector;
import org.vanban.text.restore.Corrector;
import org.vanban.text.restore.Doubts;

/**
 * The correction stage: diacritic restoration and OCR repair of OCR'd text, between the OCR (or
 * its cached artefact) and extraction. It runs in the pipeline, not inside the OCR engine, so the
 * artefacts beside the index keep Tesseract's own text: a better corrector improves a re-index
 * without OCR'ing anything again, and {@code --no-correct} needs no second cache.
 */
public final class Correction implements TextSource {
    private final TextSource inner;
    private final PageCorrector corrector;

    /**
     * @param inner     the OCR source (cached)
     * @param corrector applied page by page (pages are separated by form feeds) with the words the engine
     *                  doubted on each; thread-safe
     */
    public Correction(TextSource inner, PageCorrector corrector) {
        this.inner = inner;
        this.corrector = corrector;
    }

    /** The shipped corrector: the restorer with its trigram model, built once per process on first use. */
    public static PageCorrector standard() {
        return new PageCorrector() {
            @Override
            public String correct(String text, List<DoubtfulWord> doubtful) {
                return Corrector.standard().correct(text, doubts(doubtful));
            }

            @Override
            public void prepare(boolean oneFile) {
                if (oneFile) {
                    preloadAtIdlePriority();
                } else {
                    preload();
                }
            }
        };
    }

    /** The engine's doubted words as the corrector takes them. */
    public static Doubts doubts(List<DoubtfulWord> doubtful) {
        Doubts.Builder doubts = new Doubts.Builder();
        for (DoubtfulWord w : doubtful) {
            doubts.add(w.line(), w.word());
        }
        return doubts.build();
    }

    /**
     * A few lines in the genre, with the damage the corrector repairs, corrected once by
     * {@link #preload()} so that its code is compiled before the first page arrives.
     */
    private static final String WARM_UP = String.join("\n",
            "ỦY BAN NHÂN DÂN TỈNH", "Số: 12/KH-UBND", "Độc lập-Tự do-Hạnh phúc",
            "KE HOACH thuc hien nhiem vu chuyen doi so nam 2025 .",
            "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;",
            "- Sở Tài chính chủ trì, phối hợp với các cơ quan có _ quan bố trí kinh phí hỗ-trợ;",
            "- các sở, ban, ngành theo dõi, đôn đốc thực hiện. -", "Nơi nhận:", "- Như trên:", "- Lưu: VT.");

    /**
     * Starts building the shipped corrector on a background thread, while the OCR engines start
     * ({@code vanban index}) or as the first page of a batch goes into an engine ({@code vanban ocr}). Loading the model takes a few hundred milliseconds of CPU; begun before the
     * first page's text arrives, it is done by then instead of delaying that page. The thread then
     * corrects a few lines, so that the first page is not corrected by cold code. A run that finds
     * nothing to correct loses nothing: the thread is a daemon, and a failure shows again on first use.
     */
    public static void preload() {
        preload(false);
    }

    /**
     * {@link #preload()} at the lowest priority, as the first page of a one-file run goes into an engine
     * ({@code vanban ocr}, through {@link PageCorrector#prepare}). On a one-page run the engine leaves a
     * core idle, but not quite: the JIT compiler's threads also want it, and the loading thread beside
     * them took CPU from the engine, which read the page about 0.17 s slower (docs/benchmarks.md, Round
     * 11). At the lowest priority it yields to both. When the file has more pages, every engine is soon
     * busy and the thread may get no CPU at all; the first page then builds the corrector itself instead
     * of waiting ({@link Corrector#buildStandardAhead}). In a batch of files that would hold up a file's
     * slot, so a batch loads at the normal priority.
     */
    static void preloadAtIdlePriority() {
        preload(true);
    }

    private static void preload(boolean idle) {
        Thread.ofPlatform().daemon().name("vanban-model").start(() -> {
            try {
                Corrector corrector;
                if (idle) {
                    IdlePriority.lowerCurrentThread();
                    corrector = Corrector.buildStandardAhead(); // never waited for: it may get no CPU
                } else {
                    corrector = Corrector.standard(); // a page that comes sooner waits for it rather than build another
                }
                corrector.correct(WARM_UP);
            } catch (RuntimeException | LinkageError e) {
                // reported by the first correction, in the file's one-line error
            }
        });
    }

    /** What the demo and the benchmark print about the corrector in use. */
    public static String describe(boolean correct) {
        return correct ? "diacritic restoration and OCR repair (org.vanban.text.restore, shipped trigram model)" : "none (--no-correct)";
    }

    @Override
    public SourceText read(SourceFile file) throws UnreadableSourceException {
        SourceText raw = inner.read(file);
        if (!raw.method().equals("ocr")) {
            return raw; // a PDF's own text layer was typed, not recognised: nothing to repair
        }
        String[] pages = raw.text().split("\f", -1);
        // Doubts are only used when they are known for every page: otherwise they could not be matched to pages.
        boolean doubts = raw.doubtful().size() == pages.length;
        StringBuilder sb = new StringBuilder(raw.text().length());
        for (int i = 0; i < pages.length; i++) {
            if (i > 0) {
                sb.append('\f');
            }
            sb.append(corrector.correct(pages[i], doubts ? raw.doubtful().get(i) : List.of()));
        }
        String text = Normalizer.normalize(sb.toString(), Normalizer.Form.NFC);
        return new SourceText(text, "ocr-corrected", raw.pages(), raw.ocr(), raw.doubtful());
    }
}
