package org.vanban.samples;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.vanban.fonts.BundledFonts;

/**
 * Lays a plain text out on A4 pages the way Nghị định 30/2020/NĐ-CP sets a directive: Times-like
 * 13 pt, left margin 30 mm, right 15 mm, top and bottom 20 mm; the header block (issuing body,
 * national title, motto, number, document type and subject) centred, upper-case headings in bold,
 * the place-and-date line in italic on the right, body paragraphs justified.
 *
 * <p>Every input line is a paragraph; long ones wrap at spaces. A form feed starts a new page, and
 * so does running out of room. Positions are in points (1/72 inch), measured with fractional
 * metrics, so line and page breaks do not depend on the resolution the page is drawn at.
 */
final class PageLayout {
    static final double PAGE_WIDTH_PT = mm(210);
    static final double PAGE_HEIGHT_PT = mm(297);
    static final double MARGIN_LEFT_PT = mm(30);
    static final double MARGIN_RIGHT_PT = mm(15);
    static final double MARGIN_TOP_PT = mm(20);
    static final double MARGIN_BOTTOM_PT = mm(20);
    static final float FONT_SIZE_PT = 13f;
    /** Baseline to baseline inside a paragraph: a little over Word's single spacing for Times. */
    static final double LEADING_PT = FONT_SIZE_PT * 1.25;
    /** Extra space between paragraphs (the 3-6 pt "spacing before" of real documents). */
    static final double PARAGRAPH_GAP_PT = 4;
    /** The header block never runs longer than this many lines, whatever the heuristics think. */
    private static final int MAX_HEADER_LINES = 14;

    /** The typeface of a line. */
    enum Face {
        REGULAR(BundledFonts.SERIF_REGULAR, Font.PLAIN),
        BOLD(BundledFonts.SERIF_BOLD, Font.BOLD),
        ITALIC(BundledFonts.SERIF_ITALIC, Font.ITALIC);

        final String file;
        final int awtStyle;

        Face(String file, int awtStyle) {
            this.file = file;
            this.awtStyle = awtStyle;
        }
    }

    enum Align { LEFT, CENTER, RIGHT, JUSTIFY }

    /** One word drawn at {@code x} points from the left edge of the page. */
    record PlacedWord(String text, double x) {}

    /** One visual line: its words, its baseline (points from the top edge) and face. */
    record Line(List<PlacedWord> words, double baseline, Face face) {
        Line {
            words = List.copyOf(words);
        }
    }

    /** One page: its lines, and the source text that landed on it (the page's ground truth). */
    record Page(List<Line> lines, String text) {
        Page {
            lines = List.copyOf(lines);
        }
    }

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Pattern PLACE_DATE = Pattern.compile(
            "^[\\p{L} .'-]{2,50}, ngày\\s.{0,12}tháng\\s.{0,10}năm\\s+\\d{4}\\.?$");
    private static final Pattern MOTTO = Pattern.compile("^Độc lập\\s*[-–]\\s*Tự do\\s*[-–]\\s*Hạnh phúc$");
    /** Lines that start the body of a document and so end its header block. */
    private static final Pattern BODY_START = Pattern.compile(
            "^(Căn cứ|Kính gửi|Thực hiện|Theo đề nghị|Theo|Xét|Để|Nhằm|Điều\\s+\\d|Chương\\s|[IVXLC]+\\.|\\d+[.)/]|[a-zđ]\\)|[-+•–]).*");
    private static final Pattern NUMBERED = Pattern.compile("^([IVXLC]+|\\d+(\\.\\d+)*|[a-zđ])[.)]\\s.*");

    private final Map<Face, Font> fonts = new EnumMap<>(Face.class);
    private final double spaceWidth;

    PageLayout() {
        for (Face face : Face.values()) {
            fonts.put(face, BundledFonts.awt("Liberation Serif", face.awtStyle, FONT_SIZE_PT));
        }
        spaceWidth = width(" ", Face.REGULAR);
    }

    Font font(Face face) {
        return fonts.get(face);
    }

    /** Lays {@code text} out; an empty text gives one empty page. */
    List<Page> layout(String text) {
        String clean = clean(text);
        String[] forced = clean.split("\f", -1);
        int count = forced.length;
        // A trailing form feed ends the last page; it does not open an empty one.
        if (count > 1 && forced[count - 1].isBlank()) {
            count--;
        }
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            layoutSection(forced[i], pages);
        }
        return pages;
    }

    /** NFC, Unix line ends, tabs as spaces, other control characters dropped, trailing spaces cut. */
    static String clean(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\t', ' ');
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == '\n' || c == '\f' || !Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString().replaceAll(" +(?=\n|\f|$)", "");
    }

    private void layoutSection(String section, List<Page> pages) {
        PageBuilder page = new PageBuilder();
        boolean header = true;
        boolean afterTypeLine = false;
        int headerLines = 0;
        for (String line : section.split("\n", -1)) {
            String trimmed = line.strip();
            if (header && (headerLines >= MAX_HEADER_LINES || isBodyStart(trimmed))) {
                header = false;
            }
            Style style;
            if (trimmed.isEmpty()) {
                page.blank();
                continue;
            } else if (PLACE_DATE.matcher(trimmed).matches()) {
                style = new Style(Face.ITALIC, Align.RIGHT);
            } else if (header) {
                headerLines++;
                boolean bold = isUpperCase(trimmed) || MOTTO.matcher(trimmed).matches() || afterTypeLine;
                afterTypeLine |= isUpperCase(trimmed) && isTypeLine(trimmed);
                style = new Style(bold ? Face.BOLD : Face.REGULAR, Align.CENTER);
            } else if (isUpperCase(trimmed)) {
                style = new Style(Face.BOLD, NUMBERED.matcher(trimmed).matches() ? Align.LEFT : Align.CENTER);
            } else {
                style = new Style(Face.REGULAR, Align.JUSTIFY);
            }
            page = addParagraph(trimmed, style, page, pages);
        }
        pages.add(page.build());
    }

    private record Style(Face face, Align align) {}

    private PageBuilder addParagraph(String paragraph, Style style, PageBuilder page, List<Page> pages) {
        List<List<Word>> lines = wrap(words(paragraph, style.face), style.face);
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            if (!page.fits()) {
                page.endParagraph(paragraph);
                pages.add(page.build());
                page = new PageBuilder();
            }
            page.add(place(lines.get(i), style, last), style.face, lines.get(i));
        }
        page.endParagraph(paragraph);
        return page;
    }

    /** A word of the source paragraph: its text, where it starts and ends there, its width. */
    private record Word(String text, int start, int end, double width) {}

    private List<Word> words(String paragraph, Face face) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < paragraph.length()) {
            if (paragraph.charAt(i) == ' ') {
                i++;
                continue;
            }
            int end = paragraph.indexOf(' ', i);
            end = end < 0 ? paragraph.length() : end;
            String w = paragraph.substring(i, end);
            words.add(new Word(w, i, end, width(w, face)));
            i = end;
        }
        return words;
    }

    private static final double TEXT_WIDTH_PT = PAGE_WIDTH_PT - MARGIN_LEFT_PT - MARGIN_RIGHT_PT;

    /** Greedy line filling; a word wider than the line is cut between characters. */
    private List<List<Word>> wrap(List<Word> words, Face face) {
        List<List<Word>> lines = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        double used = 0;
        for (Word word : words) {
            for (Word piece : split(word, face)) {
                double gap = current.isEmpty() ? 0 : gapBefore(current.get(current.size() - 1), piece);
                if (!current.isEmpty() && used + gap + piece.width > TEXT_WIDTH_PT) {
                    lines.add(current);
                    current = new ArrayList<>();
                    used = 0;
                    gap = 0;
                }
                current.add(piece);
                used += gap + piece.width;
            }
        }
        if (!current.isEmpty()) {
            lines.add(current);
        }
        return lines;
    }

    private List<Word> split(Word word, Face face) {
        if (word.width <= TEXT_WIDTH_PT) {
            return List.of(word);
        }
        List<Word> pieces = new ArrayList<>();
        int start = 0;
        for (int end = 1; end <= word.text.length(); end++) {
            if (width(word.text.substring(start, end), face) > TEXT_WIDTH_PT && end - 1 > start) {
                String piece = word.text.substring(start, end - 1);
                pieces.add(new Word(piece, word.start + start, word.start + end - 1, width(piece, face)));
                start = end - 1;
            }
        }
        String rest = word.text.substring(start);
        pieces.add(new Word(rest, word.start + start, word.end, width(rest, face)));
        return pieces;
    }

    /** Runs of spaces are kept: "Số:      /KH-UBND" leaves room for the hand-written number. */
    private double gapBefore(Word previous, Word next) {
        return Math.max(0, next.start - previous.end) * spaceWidth;
    }

    private List<PlacedWord> place(List<Word> line, Style style, boolean lastOfParagraph) {
        double natural = 0;
        for (int i = 0; i < line.size(); i++) {
            natural += line.get(i).width + (i == 0 ? 0 : gapBefore(line.get(i - 1), line.get(i)));
        }
        Align align = style.align == Align.JUSTIFY && lastOfParagraph ? Align.LEFT : style.align;
        double x = switch (align) {
            case LEFT, JUSTIFY -> MARGIN_LEFT_PT;
            case CENTER -> MARGIN_LEFT_PT + (TEXT_WIDTH_PT - natural) / 2;
            case RIGHT -> PAGE_WIDTH_PT - MARGIN_RIGHT_PT - natural;
        };
        double extra = align == Align.JUSTIFY && line.size() > 1 ? (TEXT_WIDTH_PT - natural) / (line.size() - 1) : 0;
        List<PlacedWord> placed = new ArrayList<>();
        for (int i = 0; i < line.size(); i++) {
            if (i > 0) {
                x += gapBefore(line.get(i - 1), line.get(i)) + extra;
            }
            placed.add(new PlacedWord(line.get(i).text, x));
            x += line.get(i).width;
        }
        return placed;
    }

    private double width(String s, Face face) {
        return fonts.get(face).getStringBounds(s, FRC).getWidth();
    }

    private static boolean isBodyStart(String line) {
        return line.length() > 90 || BODY_START.matcher(line).matches();
    }

    /** At least two letters, none of them lower case. */
    static boolean isUpperCase(String line) {
        int letters = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            if (Character.isLetter(cp)) {
                if (Character.isLowerCase(cp)) {
                    return false;
                }
                letters++;
            }
            i += Character.charCount(cp);
        }
        return letters >= 2;
    }

    /** The document type line (KẾ HOẠCH, QUYẾT ĐỊNH...), after which the subject lines are bold too. */
    private static boolean isTypeLine(String line) {
        return line.matches("(KẾ HOẠCH|QUYẾT ĐỊNH|CHỈ THỊ|NGHỊ QUYẾT|THÔNG BÁO|BÁO CÁO|TỜ TRÌNH|HƯỚNG DẪN"
                + "|CÔNG ĐIỆN|QUY CHẾ|QUY ĐỊNH|CHƯƠNG TRÌNH|ĐỀ ÁN|PHƯƠNG ÁN|THÔNG TƯ|NGHỊ ĐỊNH|LUẬT)\\s*:?");
    }

    private static double mm(double mm) {
        return mm / 25.4 * 72;
    }

    /**
     * Collects the lines of one page and the source text behind them. A paragraph split over two
     * pages contributes the words each page shows, so every page's text is its own ground truth.
     */
    private static final class PageBuilder {
        private final List<Line> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private double nextBaseline = MARGIN_TOP_PT + FONT_SIZE_PT * 0.9;
        private int paragraphStart = -1;
        private int paragraphEnd = -1;
        private boolean any;

        boolean fits() {
            return nextBaseline <= PAGE_HEIGHT_PT - MARGIN_BOTTOM_PT;
        }

        void add(List<PlacedWord> words, Face face, List<Word> source) {
            lines.add(new Line(words, nextBaseline, face));
            nextBaseline += LEADING_PT;
            if (paragraphStart < 0) {
                paragraphStart = source.get(0).start;
            }
            paragraphEnd = source.get(source.size() - 1).end;
        }

        void endParagraph(String paragraph) {
            if (paragraphStart >= 0) {
                appendLine(paragraph.substring(paragraphStart, paragraphEnd));
                nextBaseline += PARAGRAPH_GAP_PT;
            }
            paragraphStart = -1;
            paragraphEnd = -1;
        }

        /** A blank source line: a line of vertical space, never at the top of a page. */
        void blank() {
            if (any) {
                appendLine("");
                nextBaseline += LEADING_PT;
            }
        }

        private void appendLine(String line) {
            if (any) {
                text.append('\n');
            }
            text.append(line);
            any = true;
        }

        Page build() {
            // Blank lines that ended the page are layout, not content.
            return new Page(lines, text.toString().replaceFirst("\n+$", ""));
        }
    }
}
