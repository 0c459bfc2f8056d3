package org.vanban.fonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts shipped inside the jar (Liberation 2.1.5, SIL OFL 1.1, see {@code fonts/README.md}).
 *
 * <p>Everything that draws or embeds text loads its font from here, never from the system: renders
 * are then the same on every machine, and the fonts are known to cover Vietnamese (the older
 * Liberation 1.x lacks most precomposed letters such as "ệ" and "ữ").
 */
public final class BundledFonts {
    /** Times-metric serif, the face Nghị định 30/2020 asks for (Times New Roman). */
    public static final String SERIF_REGULAR = "LiberationSerif-Regular.ttf";
    public static final String SERIF_BOLD = "LiberationSerif-Bold.ttf";
    /** Place-and-date lines are set in italic in real documents. */
    public static final String SERIF_ITALIC = "LiberationSerif-Italic.ttf";
    /** Arial-metric sans serif. */
    public static final String SANS_REGULAR = "LiberationSans-Regular.ttf";

    /** Family names accepted by {@link #awt}, lower case, with their files by AWT style. */
    private static final Map<String, Map<Integer, String>> FAMILIES = Map.of(
            "liberation serif", Map.of(Font.PLAIN, SERIF_REGULAR, Font.BOLD, SERIF_BOLD, Font.ITALIC, SERIF_ITALIC),
            "serif", Map.of(Font.PLAIN, SERIF_REGULAR, Font.BOLD, SERIF_BOLD, Font.ITALIC, SERIF_ITALIC),
            "liberation sans", Map.of(Font.PLAIN, SANS_REGULAR),
            "sans", Map.of(Font.PLAIN, SANS_REGULAR));

    private static final List<String> FILES = List.of(SERIF_REGULAR, SERIF_BOLD, SERIF_ITALIC, SANS_REGULAR);
    private static final Map<String, Font> BASE = new ConcurrentHashMap<>();

    private BundledFonts() {}

    /** Every bundled font file name. */
    public static List<String> files() {
        return FILES;
    }

    /**
     * A bundled AWT font.
     *
     * @param name "Liberation Serif" (or "serif") or "Liberation Sans" (or "sans"), case-insensitive
     * @param style {@link Font#PLAIN}, {@link Font#BOLD} or {@link Font#ITALIC} (serif only for the last two)
     * @param size in points (at 72 units per inch: multiply by dpi/72 to draw at a resolution)
     * @throws IllegalArgumentException for a family or style that is not bundled
     */
    public static Font awt(String name, int style, float size) {
        Map<Integer, String> styles = FAMILIES.get(name.toLowerCase(java.util.Locale.ROOT).strip());
        if (styles == null) {
            throw new IllegalArgumentException("no bundled font family '" + name + "' (bundled: Liberation Serif, Liberation Sans)");
        }
        String file = styles.get(style);
        if (file == null) {
            throw new IllegalArgumentException("font style " + style + " of '" + name + "' is not bundled");
        }
        if (!(size > 0) || Float.isInfinite(size)) {
            throw new IllegalArgumentException("font size must be positive: " + size);
        }
        return BASE.computeIfAbsent(file, BundledFonts::load).deriveFont(size);
    }

    /**
     * A fresh stream over a bundled TrueType file, e.g. for PDFBox's {@code PDType0Font.load};
     * the caller closes it.
     *
     * @throws IllegalArgumentException when {@code fileName} is not one of {@link #files()}
     */
    public static InputStream open(String fileName) {
        if (!FILES.contains(fileName)) {
            throw new IllegalArgumentException("no bundled font file '" + fileName + "' (bundled: " + FILES + ")");
        }
        InputStream in = BundledFonts.class.getResourceAsStream("/fonts/" + fileName);
        if (in == null) {
            // Only a broken build gets here: the files are in src/main/resources.
            throw new IllegalStateException("bundled font missing from the classpath: /fonts/" + fileName);
        }
        return in;
    }

    private static Font load(String file) {
        try (InputStream in = open(file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + file, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font " + file + " is not a TrueType font", e);
        }
    }
}
