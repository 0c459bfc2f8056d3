package org.vanban.fonts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class BundledFontsTest {
    /** Every Vietnamese letter, both cases: 12 vowels x 6 tones, plus đ and the consonants. */
    static String vietnameseAlphabet() {
        String[] vowels = {"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"};
        String[] tones = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
        StringBuilder letters = new StringBuilder("bcdđghklmnpqrstvx");
        for (String vowel : vowels) {
            for (String tone : tones) {
                letters.append(Normalizer.normalize(vowel + tone, Normalizer.Form.NFC));
            }
        }
        return letters + letters.toString().toUpperCase(java.util.Locale.ROOT);
    }

    @ParameterizedTest
    @CsvSource({
        "Liberation Serif, 0, Liberation Serif",        // PLAIN: body text
        "Liberation Serif, 1, Liberation Serif Bold",   // BOLD: headings, national title, motto
        "Liberation Serif, 2, Liberation Serif Italic", // ITALIC: place and date line
        "serif, 0, Liberation Serif",                   // short family name
        "Liberation Sans, 0, Liberation Sans",
        "SANS, 0, Liberation Sans",                     // names are case-insensitive
    })
    void coversEveryPrecomposedVietnameseLetter(String family, int style, String fontName) {
        Font font = BundledFonts.awt(family, style, 13f);
        String alphabet = vietnameseAlphabet();
        assertEquals(2 * (17 + 72), alphabet.codePointCount(0, alphabet.length()));
        assertEquals(-1, font.canDisplayUpTo(alphabet), () -> "missing glyph in " + font.getFontName());
        assertEquals(13f, font.getSize2D());
        // The face itself is bold or italic; its AWT style stays PLAIN so Java2D adds no fake emboldening.
        assertEquals(fontName, font.getFontName(java.util.Locale.ROOT));
        assertEquals(Font.PLAIN, font.getStyle());
    }

    @Test
    void fontsComeFromTheBundleNotTheSystem() {
        assertEquals("Liberation Serif", BundledFonts.awt("serif", Font.PLAIN, 12f).getFamily(java.util.Locale.ROOT));
        assertEquals("Liberation Sans", BundledFonts.awt("sans", Font.PLAIN, 12f).getFamily(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @MethodSource("org.vanban.fonts.BundledFonts#files")
    void openGivesTheTrueTypeFile(String file) throws IOException {
        try (InputStream in = BundledFonts.open(file)) {
            byte[] head = in.readNBytes(4);
            assertArrayEquals(new byte[] {0, 1, 0, 0}, head, "TrueType sfnt version");
            assertEquals(true, in.readAllBytes().length > 100_000);
        }
    }

    @Test
    void unknownNamesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> BundledFonts.awt("Comic Sans", Font.PLAIN, 12f));
        assertThrows(IllegalArgumentException.class, () -> BundledFonts.awt("Liberation Sans", Font.BOLD, 12f));
        assertThrows(IllegalArgumentException.class, () -> BundledFonts.awt("serif", Font.PLAIN, 0f));
        assertThrows(IllegalArgumentException.class, () -> BundledFonts.open("../fonts/LiberationSerif-Regular.ttf"));
        assertThrows(IllegalArgumentException.class, () -> BundledFonts.open("DejaVuSans.ttf"));
    }
}
