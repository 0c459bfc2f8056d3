package org.vanban.text.restore;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes the marks that dirt and noise on a scan leave in OCR text: a speck read as a lone {@code .},
 * {@code :}, {@code '} or {@code „} between words, as {@code _} or {@code ˆ} glued to the front of a word,
 * as a dot that joins two words ({@code hướng.dẫn}), or as a second mark after a word's own punctuation
 * ({@code tỉnh;.}). Printed Vietnamese documents never set punctuation apart from the word it follows, so
 * these are noise; the cases where a document does (the dots of a form's blanks, {@code ...} and
 * {@code …}, the dash of {@code Độc lập - Tự do}, list dashes) are kept. Lines are never added or removed.
 */
public final class Specks {
    /** Marks that a printed document never shows on their own. */
    private static final String NEVER_ALONE = "_ˆ¬‹›„¡|`´¨";
    /** What follows a dot in a file name or a web address, not a word: "Phụ lục.doc". */
    private static final java.util.Set<String> SUFFIXES = java.util.Set.of("doc", "docx", "pdf", "xls", "xlsx", "ppt",
            "pptx", "jpg", "png", "zip", "rar", "txt", "vn", "com", "net", "org", "gov", "html", "htm", "xml", "edu");
    /**
     * Punctuation that belongs to the word before it, never set apart. Double quotes are not here: typed
     * documents do set them apart ("tiền vay ”").
     */
    private static final String ATTACHED = ".,:;'‘’!";

    private Specks() {}

    /** The text without speck marks; the same number of lines. */
    public static String remove(String text) {
        return Lines.map(text, Specks::line);
    }

    /** One line: its white-space separated chunks cleaned, noise chunks dropped with one space. */
    static String line(String line) {
        if (line.isBlank()) {
            return line;
        }
        line = withoutClosingMark(line);
        List<String> chunks = new ArrayList<>();
        List<String> gaps = new ArrayList<>(); // gaps.get(i) is the white space before chunks.get(i)
        int i = 0;
        int n = line.length();
        String trailing = "";
        while (i < n) {
            int g = i;
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i == n) {
                trailing = line.substring(g);
                break;
            }
            int c = i;
            while (i < n && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            gaps.add(line.substring(g, c));
            chunks.add(line.substring(c, i));
        }
        boolean changed = leadingNoise(chunks, gaps);
        changed |= joinSymbols(chunks, gaps);
        changed |= dashSpecks(chunks);
        changed |= undashedOpening(chunks, gaps);
        changed |= headingPeriod(chunks);
        changed |= lettersAfterTheEnd(chunks, gaps);
        changed |= lettersBeforeTheSignature(chunks, gaps);
        changed |= itemNumberComma(chunks);
        StringBuilder out = new StringBuilder(line.length());
        for (int k = 0; k < chunks.size(); k++) {
            String chunk = chunks.get(k);
            String cleaned = isNoise(chunk) ? "" : inContext(clean(chunk), out.isEmpty(),
                    k + 1 < chunks.size() ? chunks.get(k + 1) : null);
            changed |= !cleaned.equals(chunk);
            if (cleaned.isEmpty()) {
                continue; // the chunk goes with the white space before it
            }
            // the first chunk kept takes the line's indentation; the others their own space
            out.append(out.isEmpty() ? gaps.get(0) : gaps.get(k)).append(cleaned);
        }
        if (!changed) {
            return line;
        }
        if (out.isEmpty()) {
            return "";
        }
        return out.append(trailing).toString();
    }

    /**
     * Lines of the layout that never end in punctuation (Nghị định 30/2020/NĐ-CP): the place and date
     * ("Hà Nội, ngày 20 tháng 11 năm 2025") and the motto ("Độc lập - Tự do - Hạnh phúc"). A mark after
     * them is a speck; in the corpus none of 259 such date lines has one.
     */
    private static final java.util.regex.Pattern CLOSED_LINE = java.util.regex.Pattern.compile(
            "(\\h*(?:[^\\d,]{2,40}, ngày \\d{1,2} tháng \\d{1,2} năm \\d{4}|Độc lập\\h*-\\h*Tự do\\h*-\\h*Hạnh phúc))\\h*[.,:;…]+(\\h*)");

    private static String withoutClosingMark(String line) {
        java.util.regex.Matcher m = CLOSED_LINE.matcher(line);
        return m.matches() ? m.group(1) + m.group(2) : line;
    }

    /**
     * A document symbol cut at its hyphen ("46/2014/NĐ- CP", "34/2023/TT -BTC"): the two chunks joined.
     * Returns whether anything was joined.
     */
    private static boolean joinSymbols(List<String> chunks, List<String> gaps) {
        boolean joined = false;
        for (int k = 0; k + 1 < chunks.size(); k++) {
            String a = chunks.get(k);
            String b = chunks.get(k + 1);
            boolean cutAfter = a.endsWith("-") && SYMBOL_HEAD.matcher(a.substring(0, a.length() - 1)).matches()
                    && SYMBOL_TAIL.matcher(b).matches();
            boolean cutBefore = b.startsWith("-") && SYMBOL_HEAD.matcher(a).matches()
                    && SYMBOL_TAIL.matcher(b.substring(1)).matches();
            if (cutAfter || cutBefore) {
                chunks.set(k, a + b);
                chunks.remove(k + 1);
                gaps.remove(k + 1);
                joined = true;
            }
        }
        return joined;
    }

    /**
     * Noise before a line's first word goes first, so that the rules about how a line opens see the
     * line's real opening ({@code ' -. CỘNG HÒA…}, {@code | 1 TL. TRƯỞNG BAN}). The loop that cleans
     * the chunks would drop it anyway.
     */
    private static boolean leadingNoise(List<String> chunks, List<String> gaps) {
        boolean changed = false;
        while (chunks.size() > 1 && isNoise(chunks.get(0))) {
            dropFirst(chunks, gaps);
            changed = true;
        }
        return changed;
    }

    /** Drops the line's first chunk; the next one takes its place and the line's indentation. */
    private static void dropFirst(List<String> chunks, List<String> gaps) {
        gaps.set(1, gaps.get(0));
        gaps.remove(0);
        chunks.remove(0);
    }

    /**
     * What noise makes of a list dash at the start of a line, before a word (never "=", which opens a
     * formula's line).
     */
    private static final java.util.Set<String> OPENING_DASHES = java.util.Set.of("~", "..-", "'-", ":-", "_-", "~-", "-~");

    /**
     * A list dash with a speck glued to it (".-", "-."): the dash alone. At the start of a line, a tilde
     * or a dash with dots is one too ("~ Trung tâm", "..- Sở Tài chính").
     */
    private static boolean dashSpecks(List<String> chunks) {
        boolean changed = false;
        for (int k = 0; k < chunks.size(); k++) {
            String c = chunks.get(k);
            if (c.equals(".-") || c.equals("-.") || c.equals(".-.")
                    || (k == 0 && chunks.size() > 1 && OPENING_DASHES.contains(c)
                            && Character.isLetter(chunks.get(1).charAt(0)))) {
                chunks.set(k, "-");
                changed = true;
            }
        }
        return changed;
    }

    /**
     * Line openings a directive never sets after a list dash: an article heading ("Điều 5."), a numbered or
     * lettered item ("1.", "a)"), a chapter, the recipients' block, "Theo đề nghị", a signature's
     * authority ("KT. CHỦ TỊCH", "TM.", "TL."; none of the corpus's 224 is dashed), and a heading in
     * capitals ("QUYẾT ĐỊNH:", see {@link #isMarkedCapitalWord}). In the legal corpus fewer than 1 in
     * 3,000 such lines carry a dash; on noisy scans a speck at the margin is read as one.
     */
    private static final java.util.regex.Pattern UNDASHED =
            java.util.regex.Pattern.compile("(Điều \\d+\\. |Chương [IVXLC]|Nơi nhận|Theo đề nghị|\\d{1,2}\\. |[a-zđ]\\) |(?:KT|TM|TL)\\. ).*");

    private static boolean undashedOpening(List<String> chunks, List<String> gaps) {
        if (chunks.size() < 3 || !chunks.get(0).equals("-")) {
            return false;
        }
        String opening = String.join(" ", chunks.subList(1, Math.min(4, chunks.size()))) + " ";
        if (!UNDASHED.matcher(opening).matches() && !(isMarkedCapitalWord(chunks.get(1)) && isMarkedCapitalWord(chunks.get(2)))) {
            return false;
        }
        dropFirst(chunks, gaps);
        return true;
    }

    /**
     * A period after the last word of a line in capitals ("TỈNH QUẢNG NGÃI.", "QUẢN LÝ CỦA SỞ."):
     * headings end without one (in the legal corpus 29 of 6,079 capital lines have it), so on a scan it
     * is a speck, and so is an ellipsis there ("TỈNH AN GIANG...": none in the corpus's headings). Kept
     * after a numeral ("PHẦN I.", "1.").
     */
    private static boolean headingPeriod(List<String> chunks) {
        if (chunks.size() < 2) {
            return false;
        }
        String last = chunks.get(chunks.size() - 1);
        int n = last.length();
        int dots = last.endsWith("...") ? 3 : 1; // a speck read as an ellipsis: none in the corpus's headings
        if (n < dots + 2 || last.charAt(n - 1) != '.' || last.charAt(n - dots - 1) == '.'
                || !Character.isLetter(last.charAt(n - dots - 1)) || ROMAN.matcher(last).matches()) {
            return false;
        }
        int letters = 0;
        for (String c : chunks) {
            if (c.chars().anyMatch(ch -> Character.isLowerCase(ch) || Character.isDigit(ch))) {
                return false; // not a heading, or a count ("03 QUY TRÌNH.")
            }
            letters += letters(c);
        }
        if (letters < 6) {
            return false;
        }
        chunks.set(chunks.size() - 1, last.substring(0, n - dots));
        return true;
    }

    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVXLC]+\\.");

    private static final java.util.regex.Pattern ITEM_NUMBER_COMMA = java.util.regex.Pattern.compile("\\d{1,2},");

    /**
     * A numbered item whose period a speck turned into a comma ({@code 1, Giao Giám đốc Sở Tư pháp}): the
     * legal corpus opens 136,545 lines with a number, a period and a capital, and 4 with a comma, each
     * a typo.
     */
    private static boolean itemNumberComma(List<String> chunks) {
        if (chunks.size() < 2 || !ITEM_NUMBER_COMMA.matcher(chunks.get(0)).matches()
                || !Character.isUpperCase(chunks.get(1).codePointAt(0))) {
            return false;
        }
        String number = chunks.get(0);
        chunks.set(0, number.substring(0, number.length() - 1) + ".");
        return true;
    }

    /** How a signature block opens: on behalf of (TM.), for (KT.), by order of (TL.). */
    private static final java.util.Set<String> AUTHORITY = java.util.Set.of("KT.", "TM.", "TL.");

    /**
     * One or two characters before a signature's authority ({@code ni KT. CHỦ TỊCH}, {@code 1 TL. TRƯỞNG
     * BAN}): the seal or the signature beside it, read as letters. The block opens its line: none of
     * the legal corpus's 224 such lines has anything before it.
     */
    private static boolean lettersBeforeTheSignature(List<String> chunks, List<String> gaps) {
        if (chunks.size() < 3 || chunks.get(0).length() > 2 || !AUTHORITY.contains(chunks.get(1))) {
            return false;
        }
        dropFirst(chunks, gaps);
        return true;
    }

    /** Capital letters that are words of their own at a sentence's start: Ở, Ý (kiến), Y (tế), A, Á, Ô. */
    private static final String LETTER_WORDS = "ỞÝYAÁÔ";
    /**
     * Short lower-case words that may follow a line's {@code ;} or {@code :} and wrap (a list going on
     * with {@code và}, a count's unit after {@code Đơn vị tính:}).
     */
    private static final java.util.Set<String> SHORT_WORDS = java.util.Set.of("và", "các", "có", "là", "từ", "do", "để",
            "về", "ở", "thì", "mà", "hay", "như", "nay", "đó", "khi", "nếu", "một", "hai", "ba", "sẽ", "đã", "bị", "cho",
            "với", "của", "tại", "số", "ha", "m", "km", "kg", "mg", "ml", "cm", "mm", "g", "l", "tấn", "kw", "kv");

    /**
     * One or two letters after the mark that ends a line ({@code pháp luật. li}, {@code phường; in},
     * {@code xử lý: on}, {@code tỉnh; C}): a speck at the right margin read as letters. A sentence
     * going on after the mark of a wrapped line starts with a capitalised word, or with a short word
     * a list goes on with ({@link #SHORT_WORDS}). Over the 460 truth pages of the tuning set (wrapped
     * as rendered) this drops nothing; of the 605,871 lines of the training corpus (Wikipedia included)
     * it cuts two, lists of goods ending in {@code ; gỗ} (timber).
     */
    private static boolean lettersAfterTheEnd(List<String> chunks, List<String> gaps) {
        int n = chunks.size();
        if (n < 3) {
            return false;
        }
        String last = chunks.get(n - 1), before = chunks.get(n - 2);
        char mark = before.charAt(before.length() - 1);
        if (last.length() > 2 || !last.chars().allMatch(Character::isLetter) || (mark != '.' && mark != ';' && mark != ':')
                || before.length() < 2 || !Character.isLetter(before.charAt(before.length() - 2))) {
            return false;
        }
        boolean strayCapital = last.length() == 1 && Character.isUpperCase(last.charAt(0)) && LETTER_WORDS.indexOf(last.charAt(0)) < 0;
        boolean strayLower = last.equals(last.toLowerCase(java.util.Locale.ROOT)) && !SHORT_WORDS.contains(last);
        if (!strayCapital && !strayLower) {
            return false;
        }
        chunks.remove(n - 1);
        gaps.remove(n - 1);
        return true;
    }

    /**
     * A word of a heading in capitals with Vietnamese marks ({@code QUYẾT}, {@code ĐỊNH}), not an
     * abbreviation ({@code UBND}): a heading never follows a list dash (1 line in 3,870 of the legal
     * corpus that open with two such words).
     */
    private static boolean isMarkedCapitalWord(String chunk) {
        String word = chunk.replaceFirst("[.,:;]$", "");
        return word.length() > 1 && word.chars().allMatch(Character::isLetter) && Skeleton.isUpperCase(word)
                && Skeleton.hasDiacritics(word);
    }

    /** Number, optional year, issuer letters: "46/2014/NĐ", "419/BC". */
    private static final java.util.regex.Pattern SYMBOL_HEAD =
            java.util.regex.Pattern.compile("\\d+/(\\d{4}/)?[A-ZĐ&]+(-[A-ZĐ&]+)*");
    /** The rest of a symbol, upper case ("CP", "UBND,", "UBPLTP15"). */
    private static final java.util.regex.Pattern SYMBOL_TAIL =
            java.util.regex.Pattern.compile("[A-ZĐ][A-ZĐ0-9&]*(-[A-ZĐ0-9&]+)*[.,;:)]?");

    /**
     * Specks that show only next to the chunks around them: a hyphen glued to the front of a word inside a
     * line ("hóa và -dịch vụ") or to a list letter ("-c)"), a period before a lower-case word ("tờ khai. để",
     * "Chính. phủ": a sentence never goes on in lower case), and a doubled period before a capital, a digit
     * or the end of the line ("Mường Chà.. 8.").
     */
    static String inContext(String chunk, boolean first, String next) {
        String s = chunk;
        if (s.length() > 1 && s.charAt(0) == '-' && Character.isLowerCase(s.charAt(1))
                && (!first || s.length() == 3 && s.charAt(2) == ')')) {
            s = s.substring(1);
        }
        int n = s.length();
        if (n >= 3 && s.charAt(n - 1) == '.' && Character.isLetter(s.charAt(n - 2)) && s.indexOf('.') == n - 1
                && letters(s) >= 2 && next != null && !next.isEmpty() && Character.isLowerCase(next.charAt(0))
                && !isListMarker(next)) {
            s = s.substring(0, n - 1);
        } else if (n >= 4 && s.endsWith("..") && !s.endsWith("...") && Character.isLetter(s.charAt(n - 3))
                && (next == null || next.isEmpty() || Character.isUpperCase(next.charAt(0))
                        || Character.isDigit(next.charAt(0)))) {
            s = s.substring(0, n - 1);
        }
        return s;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Character.isLetter(s.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    /** A chunk of marks only that a document would not set apart: a speck. */
    static boolean isNoise(String chunk) {
        if (chunk.contains("...")) {
            return false; // "...", "............,": a blank to fill in, or an ellipsis
        }
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (NEVER_ALONE.indexOf(c) < 0 && ATTACHED.indexOf(c) < 0) {
                return false; // letters, digits, dashes, brackets, …
            }
        }
        return true;
    }

    /** Marks glued to a word that belong to no word: removed. */
    static String clean(String chunk) {
        String s = chunk;
        // "_1.", "ˆb)", "¡dâm", ".định", "..d)", ".12", ".40/2025/TT-BCT": leading specks before a word,
        // a number or a list marker. Over the 512,701 lines of the legal corpus no word, number or symbol
        // starts with a dot (file types and web addresses follow a name: "Phụ lục.docx", "chinhphu.vn").
        int lead = 0;
        boolean never = false;
        while (lead < s.length() && (NEVER_ALONE.indexOf(s.charAt(lead)) >= 0 || s.charAt(lead) == '.')) {
            never |= s.charAt(lead) != '.';
            lead++;
        }
        boolean blank = !never && lead >= 3; // "......Chức vụ": the dots of a blank to fill in
        if (lead > 0 && !blank && lead < s.length() && Character.isLetterOrDigit(s.charAt(lead))) {
            s = s.substring(lead);
        }
        // "hướng.dẫn", "2025.của", "nghiệp,.quy": a dot (after optional punctuation) joining a word of
        // Vietnamese letters; never in web addresses or abbreviations, which have no such letters
        if (Skeleton.hasDiacritics(s)) {
            s = splitJoined(s);
        }
        // "tỉnh;.": a dot after a word's own mark
        s = trailingSpecks(s);
        return s;
    }

    private static boolean isListMarker(String s) {
        int i = 0;
        while (i < s.length() && i < 3 && Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return i > 0 && i < s.length() && (s.charAt(i) == ')' || s.charAt(i) == '.') && i + 1 == s.length();
    }

    private static String splitJoined(String s) {
        StringBuilder b = null;
        for (int i = 1; i + 1 < s.length(); i++) {
            if (s.charAt(i) != '.') {
                continue;
            }
            int left = i - 1;
            if (left > 0 && ",;".indexOf(s.charAt(left)) >= 0) {
                left--; // "nghiệp,.quy"
            }
            char l = s.charAt(left);
            char r = s.charAt(i + 1);
            String right = wordAfter(s, i + 1);
            if (Character.isLetterOrDigit(l) && Character.isLowerCase(r)
                    && (Character.isLowerCase(l) || Character.isDigit(l))
                    && Skeleton.hasDiacritics(wordAround(s, i)) && !SUFFIXES.contains(right)) {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, ' ');
            }
        }
        if (b == null) {
            return s;
        }
        return b.toString();
    }

    /** The letters on both sides of a position (the two words a dot joins). */
    private static String wordAround(String s, int at) {
        int a = at;
        while (a > 0 && Character.isLetterOrDigit(s.charAt(a - 1)) || a > 0 && ",;".indexOf(s.charAt(a - 1)) >= 0) {
            a--;
        }
        int b = at + 1;
        while (b < s.length() && Character.isLetter(s.charAt(b))) {
            b++;
        }
        return s.substring(a, b);
    }

    private static String wordAfter(String s, int from) {
        int b = from;
        while (b < s.length() && Character.isLetter(s.charAt(b))) {
            b++;
        }
        return s.substring(from, b);
    }

    private static String trailingSpecks(String s) {
        int n = s.length();
        if (n >= 3 && s.charAt(n - 1) == '.' && ",;:".indexOf(s.charAt(n - 2)) >= 0
                && (Character.isLetterOrDigit(s.charAt(n - 3)) || s.charAt(n - 3) == ')')) {
            return s.substring(0, n - 1); // "tỉnh;.", "(để phối hợp);."
        }
        return s;
    }
}
