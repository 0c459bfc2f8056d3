package org.vanban.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vanban.extract.TextLines.Line;

/**
 * Reads the outline of the body: "I." (and "Điều 1."), "1.", "1.1.", "a)", "-", "+". Paths join the
 * levels with dots ("III.2", "II.1.a"); a dotted number repeating its Roman parent ("2.3" under
 * "II") is that parent's child ("II.3"). Dash and plus items are numbered among their siblings
 * after a dash or plus sign ("III.2-1", "III.2-1+2").
 */
public final class OutlineParser {
    /** One outline item and the lines it covers, up to the next item. */
    public record Block(Section section, int kind, int firstLine, int lastLine, Span span) {}

    static final int ROMAN = 1;
    static final int ARTICLE = 1;
    static final int NUMBER = 2;
    static final int DOTTED = 3;
    static final int LETTER = 4;
    static final int DASH = 5;
    static final int PLUS = 6;

    private static final Pattern ROMAN_ITEM = Pattern.compile("^\\s*([IVX]{1,5})\\s*[.)/]\\s*(\\S.*)$");
    private static final Pattern ARTICLE_ITEM = Pattern.compile("^\\s*(Điều|ĐIỀU)\\s+(\\d{1,3})\\s*[.:]\\s*(.*)$");
    private static final Pattern DOTTED_ITEM = Pattern.compile("^\\s*(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{1,2}))?\\.?\\s+(\\S.*)$");
    private static final Pattern NUMBER_ITEM = Pattern.compile("^\\s*(\\d{1,2})\\s*[.)]\\s+(\\S.*)$");
    private static final Pattern LETTER_ITEM = Pattern.compile("^\\s*([a-zđ])\\s*\\)\\s*(\\S.*)$");
    private static final Pattern DASH_ITEM = Pattern.compile("^\\s*[-–•]\\s*(\\S.*)$");
    private static final Pattern PLUS_ITEM = Pattern.compile("^\\s*\\+\\s*(\\S.*)$");

    private OutlineParser() {}

    /** Whether a line starts an outline item ("II. ", "1. ", "1.2. ", "a) ", "- ", "Điều 3."). */
    static boolean startsItem(String line) {
        String text = despeck(line);
        return ROMAN_ITEM.matcher(text).matches() || ARTICLE_ITEM.matcher(text).matches() || DOTTED_ITEM.matcher(text).matches()
                || NUMBER_ITEM.matcher(text).matches() || LETTER_ITEM.matcher(text).matches() || DASH_ITEM.matcher(text).matches()
                || PLUS_ITEM.matcher(text).matches();
    }

    /** A speck OCR read in the margin before an item (". 6. Ủy ban ...", "' đ) Đề nghị ..."). */
    private static final Pattern SPECK = Pattern.compile("^\\s*[.,'`‘’·:;_„~]+\\s*(?=\\S)");

    /** The line with a leading speck turned into spaces, so offsets stay those of the line. */
    static String despeck(String line) {
        Matcher m = SPECK.matcher(line);
        return m.lookingAt() ? " ".repeat(m.end()) + line.substring(m.end()) : line;
    }

    public static List<Block> parse(TextLines t, int fromLine, Set<Integer> skipLines) {
        List<Block> blocks = new ArrayList<>();
        String roman = null;
        int romanValue = 0;
        Integer number = null;
        String dotted = null;
        String letter = null;
        int dashes = 0;
        int pluses = 0;
        int open = -1; // index in blocks of the block that takes continuation lines
        List<int[]> ranges = new ArrayList<>();
        for (int i = fromLine; i < t.size(); i++) {
            Line line = t.get(i);
            if (skipLines.contains(i)) {
                open = -1;
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String text = despeck(line.text());
            String path = null;
            if (text.isBlank()) {
                continue;
            }
            char lead = text.strip().charAt(0);
            boolean candidate = lead >= '0' && lead <= '9' || "IVX-–•+Đđ".indexOf(lead) >= 0
                    || lead >= 'a' && lead <= 'z' && text.indexOf(')') >= 0;
            if (!candidate) {
                text = "";
            }
            int kind = 0;
            String heading = null;
            Matcher m;
            if (text.isEmpty()) {
                // not an item: falls through to the continuation case
            } else if ((m = ROMAN_ITEM.matcher(text)).matches() && romanValue(m.group(1)) > 0) {
                romanValue = romanValue(m.group(1));
                roman = m.group(1);
                number = null;
                dotted = null;
                letter = null;
                dashes = 0;
                pluses = 0;
                kind = ROMAN;
                path = roman;
                heading = m.group(2);
            } else if ((m = ARTICLE_ITEM.matcher(text)).matches()) {
                roman = "Điều " + m.group(2);
                romanValue = 0;
                number = null;
                dotted = null;
                letter = null;
                dashes = 0;
                pluses = 0;
                kind = ARTICLE;
                path = roman;
                heading = m.group(3);
            } else if ((m = DOTTED_ITEM.matcher(text)).matches() && Integer.parseInt(m.group(2)) > 0
                    && (Integer.parseInt(m.group(1)) == romanValue || number != null && Integer.parseInt(m.group(1)) == number)) {
                int first = Integer.parseInt(m.group(1));
                String base;
                if (number != null && first == number) {
                    base = join(roman, String.valueOf(number)) + "." + m.group(2);
                } else {
                    base = join(roman, m.group(2));
                }
                dotted = m.group(3) == null ? base : base + "." + m.group(3);
                letter = null;
                dashes = 0;
                pluses = 0;
                kind = DOTTED;
                path = dotted;
                heading = m.group(4);
            } else if ((m = NUMBER_ITEM.matcher(text)).matches() && Integer.parseInt(m.group(1)) <= 40
                    && Integer.parseInt(m.group(1)) > 0) {
                number = Integer.parseInt(m.group(1));
                dotted = null;
                letter = null;
                dashes = 0;
                pluses = 0;
                kind = NUMBER;
                path = join(roman, String.valueOf(number));
                heading = m.group(2);
            } else if ((m = LETTER_ITEM.matcher(text)).matches()) {
                letter = m.group(1);
                dashes = 0;
                pluses = 0;
                kind = LETTER;
                path = join(parentOfLetter(roman, number, dotted), letter);
                heading = m.group(2);
            } else if ((m = DASH_ITEM.matcher(text)).matches()) {
                dashes++;
                pluses = 0;
                kind = DASH;
                path = parentOfLetter(roman, number, dotted);
                path = (letter == null ? path : join(path, letter));
                path = (path == null ? "" : path) + "-" + dashes;
                heading = m.group(1);
            } else if ((m = PLUS_ITEM.matcher(text)).matches()) {
                pluses++;
                kind = PLUS;
                String parent = parentOfLetter(roman, number, dotted);
                parent = letter == null ? parent : join(parent, letter);
                path = (parent == null ? "" : parent) + (dashes > 0 ? "-" + dashes : "") + "+" + pluses;
                heading = m.group(1);
            }
            if (path != null) {
                Section section = new Section(path, heading.strip(), line.span());
                blocks.add(new Block(section, kind, i, i, line.span()));
                open = blocks.size() - 1;
            } else if (open >= 0) {
                Block b = blocks.get(open);
                blocks.set(open, new Block(b.section(), b.kind(), b.firstLine(), i, new Span(b.span().start(), line.end())));
            } else {
                // Text before any item (preamble) or after the signature: a block without a section.
                blocks.add(new Block(null, 0, i, i, line.span()));
                open = blocks.size() - 1;
            }
        }
        return blocks;
    }

    /** Sections of the blocks, in order. */
    public static List<Section> sections(List<Block> blocks) {
        return blocks.stream().filter(b -> b.section() != null).map(Block::section).toList();
    }

    private static String parentOfLetter(String roman, Integer number, String dotted) {
        if (dotted != null) {
            return dotted;
        }
        return number != null ? join(roman, String.valueOf(number)) : roman;
    }

    private static String join(String parent, String child) {
        return parent == null ? child : parent + "." + child;
    }

    static int romanValue(String roman) {
        int total = 0;
        int previous = 0;
        for (int i = roman.length() - 1; i >= 0; i--) {
            int v = switch (roman.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> 0;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }
}
