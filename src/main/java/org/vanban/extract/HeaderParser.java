package org.vanban.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vanban.extract.TextLines.Line;

/**
 * Reads the header of Nghị định 30/2020/NĐ-CP: issuer block (parent and issuer), national motto,
 * "Số:" line, place and date line, type and title (or "V/v" for công văn). Works on the printed
 * order of a clean text (left column lines, then right column lines) as well as on OCR output that
 * merged both columns into one line ("UBND TỈNH HÒA BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").
 */
public final class HeaderParser {
    /** The header is within the first lines; a longer search only finds citations in the body. */
    private static final int HEADER_LINES = 40;
    private static final String[] MOTTOS = {"cong hoa xa hoi chu nghia viet nam", "dang cong san viet nam"};
    /** "Số:" and its OCR readings "Sô:", "S6:", "S0:", matched on folded text. */
    private static final Pattern NUMBER_LABEL = Pattern.compile(
            "(?<![\\p{L}0-9])s[o06]\\s*[:;.]?\\s*(?=[0-9.…_\\s]*[a-z]?(?:/\\s*(?:19|20)\\d\\d\\s*)?[/-][ \\t]*\\p{L})");
    private static final Pattern SYMBOL_AT = Pattern.compile(
            "[ \\t.…_]*(\\d{0,6}[a-z]?[ \\t]*(?:/[ \\t]*(?:19|20)\\d\\d[ \\t]*)?[/-][ \\t]*(?=\\p{L})" + NumberParser.SYMBOL_TAIL + ")");
    private static final Pattern VV = Pattern.compile("(?<![\\p{L}])(v/v|ve viec)\\s*[:.]?\\s*");
    private static final Pattern SEPARATOR = Pattern.compile("[\\s\\-_=*.~o0]*");
    private static final Pattern OUTLINE_START = Pattern.compile("(?iu)"
            + "\\s*(?:(?:[IVXLC]+|\\d{1,2})[.)]\\s|(?:điều|phần|chương|mục)\\s+[0-9ivxlc]+\\b|[-+•]\\s)");
    private static final List<String> BODY_STARTERS = keys("căn cứ", "thực hiện", "kính gửi", "theo ", "để ",
            "nhằm", "trên cơ sở", "xét ", "quyết định:", "quyết nghị", "chỉ thị:", "thực hiện", "chủ tịch ủy ban",
            "ủy ban nhân dân", "hội đồng nhân dân", "bộ trưởng", "giám đốc", "thủ tướng", "ban thường vụ",
            "ban chấp hành", "thời gian qua", "trong những năm", "(kèm theo");
    /** Authority lines OCR glued to the end of a title in capitals. */
    private static final List<String> TITLE_CUTS = keys(" chủ tịch ủy ban nhân dân", " bộ trưởng bộ ",
            " thủ tướng chính phủ", " hội đồng nhân dân tỉnh", " hội đồng nhân dân thành phố", " giám đốc sở ");
    private static final List<String> TYPE_KEYS = typeKeys();
    private static final List<String> TYPE_FOLDED = TYPE_KEYS.stream().map(VietnameseKeys::fold).toList();
    /** Words that complete a type line without starting the title: "CHƯƠNG TRÌNH HÀNH ĐỘNG", "KẾ HOẠCH LIÊN TỊCH". */
    private static final java.util.Set<String> TYPE_QUALIFIERS = java.util.Set.copyOf(keys("hành động", "công tác",
            "liên tịch", "liên ngành", "phối hợp", "hành động của ban chấp hành đảng bộ"));
    /**
     * Marks stamped above or beside the issuer block (Nghị định 30/2020/NĐ-CP, the "độ mật" and
     * "độ khẩn" marks, and the "Dự thảo" of a draft): they name no body. Matched on folded text.
     */
    private static final Pattern STAMP = Pattern.compile(
            "[\\s(\\[]*(?:du\\s*thao(?:\\s+(?:lan\\s*)?\\d+)?|tuyet\\s+mat|toi\\s+mat|mat|thuong\\s+khan|hoa\\s+toc(?:\\s+hen\\s+gio)?|khan)"
                    + "[\\s)\\].:]*");

    private HeaderParser() {}

    private static List<String> keys(String... words) {
        return java.util.Arrays.stream(words).map(VietnameseKeys::key).toList();
    }

    private static List<String> typeKeys() {
        List<String> names = new ArrayList<>();
        for (String n : new String[] {"Thông tư liên tịch", "Nghị quyết", "Quyết định", "Chỉ thị", "Quy chế",
                "Quy định", "Thông cáo", "Thông báo", "Hướng dẫn", "Chương trình", "Kế hoạch", "Phương án", "Đề án",
                "Dự án", "Báo cáo", "Biên bản", "Tờ trình", "Công điện", "Kết luận", "Nghị định", "Thông tư",
                "Luật", "Pháp lệnh", "Công văn", "Giấy mời"}) {
            names.add(VietnameseKeys.key(n));
        }
        names.sort(Comparator.comparingInt(String::length).reversed());
        return names;
    }

    public static Header parse(TextLines t) {
        int limit = Math.min(t.size(), HEADER_LINES);
        int[] motto = findMotto(t, limit);
        int typeLine = findTypeLine(t, limit, motto[0]);
        int searchEnd = typeLine >= 0 ? typeLine : limit;

        // The "Số:" line.
        int numberLine = -1;
        int numberCol = -1;
        DirectiveNumber number = null;
        int numberEndCol = -1;
        for (int i = 0; i < searchEnd && number == null; i++) {
            Line line = t.get(i);
            Matcher label = NUMBER_LABEL.matcher(t.folded(line));
            if (label.find()) {
                Matcher sym = SYMBOL_AT.matcher(line.text()).region(label.end(), line.text().length());
                if (sym.lookingAt()) {
                    String printed = sym.group(1);
                    Optional<DirectiveNumber> parsed = NumberParser.parse(printed, line.start() + sym.start(1));
                    if (parsed.isPresent()) {
                        number = parsed.get();
                        numberLine = i;
                        numberCol = label.start();
                        numberEndCol = sym.end();
                    }
                }
            }
        }

        for (int i = 0; i < searchEnd && number == null; i++) {
            number = slashLost(t, t.get(i));
            if (number != null) {
                numberLine = i;
                numberCol = leading(t.get(i).text());
                numberEndCol = number.span().end() - t.get(i).start();
            }
        }

        // The place and date line.
        int dateLine = -1;
        String date = null;
        String place = null;
        int dateFrom = Math.max(0, Math.min(numberLine < 0 ? 0 : numberLine, motto[0] < 0 ? 0 : motto[0]));
        for (int i = dateFrom; i < searchEnd && date == null; i++) {
            Line line = t.get(i);
            String folded = t.folded(line);
            int ngay = indexOfWord(folded, "ngay");
            if (ngay < 0) {
                continue;
            }
            int to = i + 1 < t.size() ? t.get(i + 1).end() : line.end();
            Optional<VietnameseDates.FoundDate> found = VietnameseDates.find(t.folded(), t.text(), line.start() + ngay, to)
                    .stream().filter(d -> d.span().start() == line.start() + ngay).findFirst();
            if (found.isPresent()) {
                date = found.get().iso();
                dateLine = t.lineAt(found.get().span().end());
                int placeFrom = i == numberLine ? numberEndCol : 0;
                place = placeOf(line.text(), folded, placeFrom, ngay);
            }
        }

        // Công văn: the title follows "V/v" near the number.
        String title = null;
        int titleEnd = -1;
        int vvLine = -1;
        if (numberLine >= 0) {
            for (int i = numberLine; i < Math.min(searchEnd, numberLine + 3) && vvLine < 0; i++) {
                Matcher vv = VV.matcher(t.folded(t.get(i)));
                int from = i == numberLine ? numberEndCol : 0;
                if (vv.find(from) && (i == numberLine || vv.start() == leading(t.get(i).text()))) {
                    vvLine = i;
                    StringBuilder sb = new StringBuilder(t.get(i).text().substring(vv.end()).strip());
                    titleEnd = i;
                    for (int j = i + 1; j < limit && j < i + 5; j++) {
                        Line next = t.get(j);
                        if (j == motto[0] || j == motto[2] || j == dateLine || j == typeLine || next.isBlank()
                                || startsBody(t.key(next)) || indexOfWord(t.folded(next), "ngay") >= 0
                                && !VietnameseDates.find(t.folded(), t.text(), next.start(), next.end()).isEmpty()) {
                            break;
                        }
                        sb.append(' ').append(next.text().strip());
                        titleEnd = j;
                    }
                    title = clean(sb.toString());
                }
            }
        }

        // Type and title.
        String type = null;
        String typeCode = null;
        if (typeLine >= 0) {
            Line line = t.get(typeLine);
            String key = t.key(line);
            int lead = leading(key);
            String typeKey = typeKeyAt(t, line);
            type = TypeCodes.normalName(typeKey).orElse(null);
            typeCode = TypeCodes.code(type).orElse(null);
            String rest = line.text().substring(lead + typeKey.length()).strip();
            if (TYPE_QUALIFIERS.contains(VietnameseKeys.key(rest))) {
                rest = ""; // "CHƯƠNG TRÌNH HÀNH ĐỘNG": a kind of Chương trình; the title is on the next line
            }
            StringBuilder sb = new StringBuilder(rest);
            titleEnd = typeLine;
            for (int j = typeLine + 1; j < t.size() && j < typeLine + 6; j++) {
                Line next = t.get(j);
                String nextKey = t.key(next);
                if (SEPARATOR.matcher(next.text()).matches()) {
                    if (sb.isEmpty()) {
                        titleEnd = j;
                        continue;
                    }
                    break;
                }
                if (startsBody(nextKey) && !(sb.isEmpty() && j == typeLine + 1 && !nextKey.stripLeading().startsWith("căn cứ")
                        && !nextKey.stripLeading().startsWith("kính gửi")) || OUTLINE_START.matcher(next.text()).lookingAt()) {
                    break;
                }
                // A title goes on in lower case ("mùa khô năm 2024"); a capital starts the body, unless
                // the whole title is in capitals and so is this line.
                String stripped = next.text().strip();
                if (!sb.isEmpty() && Character.isUpperCase(stripped.codePointAt(0))
                        && !(AgencyNames.isUpperCase(sb.toString()) && AgencyNames.isUpperCase(stripped))
                        && !(titleOpen(sb.toString()) && !AgencyNames.isUpperCase(stripped))) {
                    break;
                }
                if (!sb.isEmpty() && AgencyNames.isUpperCase(stripped) && !AgencyNames.isUpperCase(sb.toString())) {
                    break;
                }
                sb.append(' ').append(next.text().strip());
                titleEnd = j;
                if (next.text().strip().endsWith(".") || next.text().strip().endsWith(":")) {
                    break;
                }
            }
            title = cutAuthority(clean(sb.toString())).replaceFirst("\\s+[.,;:'`]+$", "");
            if (title.isEmpty()) {
                title = null;
            }
        } else if (vvLine >= 0) {
            type = "Công văn";
            typeCode = "CV";
        } else if (number != null && number.typeCode() != null) {
            typeCode = number.typeCode();
            type = TypeCodes.name(typeCode).orElse(null);
        }

        // The issuer block.
        int issuerEnd = firstNonNegative(numberLine, dateLine, typeLine, limit);
        List<String> fragments = new ArrayList<>();
        for (int i = 0; i < issuerEnd; i++) {
            Line line = t.get(i);
            String text = line.text();
            if (i == motto[0]) {
                text = text.substring(0, motto[1]);
            } else if (i == motto[2]) {
                text = text.substring(0, motto[3]);
            }
            text = stripJunk(text);
            if (text.isEmpty() || SEPARATOR.matcher(text).matches() || !AgencyNames.isUpperCase(text)
                    || STAMP.matcher(VietnameseKeys.fold(text)).matches()) {
                continue;
            }
            // "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN" / "NÔNG THÔN": a line that does not start with an agency kind
            // is the rest of the name above it, wrapped by the narrow header column.
            if (!fragments.isEmpty() && (AgencyNames.continuesName(text) || endsOpen(fragments.get(fragments.size() - 1))
                    || !AgencyNames.startsWithAgency(text))) {
                fragments.set(fragments.size() - 1, fragments.get(fragments.size() - 1) + " " + text);
            } else {
                fragments.add(text);
            }
        }
        if (numberLine >= 0 && numberCol > 0 && numberLine < issuerEnd + 1) {
            String left = t.get(numberLine).text().substring(0, numberCol).strip();
            if (AgencyNames.isUpperCase(left)) {
                fragments.add(left);
            }
        }
        List<String> agencies = new ArrayList<>();
        for (String f : fragments) {
            agencies.addAll(AgencyNames.splitAgencies(f));
        }
        String issuer = agencies.isEmpty() ? null : AgencyNames.properCase(agencies.get(agencies.size() - 1));
        String parent = agencies.size() < 2 ? null : AgencyNames.properCase(agencies.get(agencies.size() - 2));

        int bodyStart = Math.max(Math.max(titleEnd, dateLine), Math.max(numberLine, Math.max(motto[0], motto[2]))) + 1;
        return new Header(number, typeCode, type, issuer, parent, place, date, title, Math.min(bodyStart, t.size()));
    }

    /** "Số:" then digits glued to a type code, the slash lost by OCR: "Số: 45KH-UBND". */
    private static final Pattern LABEL_ONLY = Pattern.compile("(?<![\\p{L}0-9])s[o06]\\s*[:;.]?\\s*(?=\\d)");
    private static final Pattern GLUED = Pattern.compile("(\\d{1,6})[ \\t]*(\\p{Lu}\\p{L}{1,3})[ \\t]*-[ \\t]*(\\p{L}[\\p{L}0-9&.-]*)");

    /** The number of a "Số:" line whose slash OCR lost, when the letters glued to the digits are a type code; else null. */
    private static DirectiveNumber slashLost(TextLines t, Line line) {
        Matcher label = LABEL_ONLY.matcher(t.folded(line));
        if (!label.find()) {
            return null;
        }
        Matcher g = GLUED.matcher(line.text()).region(label.end(), line.text().length());
        if (!g.lookingAt() || !TypeCodes.isTypeCode(g.group(2))) {
            return null;
        }
        Optional<DirectiveNumber> repaired = NumberParser.parse(g.group(1) + "/" + g.group(2) + "-" + g.group(3), 0);
        if (repaired.isEmpty()) {
            return null;
        }
        DirectiveNumber n = repaired.get();
        return new DirectiveNumber(g.group(), n.canonical(), n.docNumber(), n.year(), n.typeCode(),
                new Span(line.start() + g.start(), line.start() + g.end()));
    }

    /** {line of the motto, its column, line of "Độc lập - Tự do - Hạnh phúc", its column}, -1 when absent. */
    private static int[] findMotto(TextLines t, int limit) {
        int[] found = {-1, -1, -1, -1};
        for (int i = 0; i < limit; i++) {
            String f = t.folded(t.get(i));
            for (String motto : MOTTOS) {
                int at = f.indexOf(motto);
                if (at >= 0 && found[0] < 0) {
                    found[0] = i;
                    found[1] = at;
                }
            }
            int doc = f.indexOf("doc lap");
            if (doc >= 0 && f.contains("hanh phuc") && found[2] < 0) {
                found[2] = i;
                found[3] = doc;
            }
        }
        return found;
    }

    /**
     * The line that starts with the type in capitals ("KẾ HOẠCH", "QUYẾT ĐỊNH VỀ VIỆC ..."), or -1.
     * Matched without tones: OCR reads "CHỈ THỊ" as "CHÍ THỊ".
     */
    private static int findTypeLine(TextLines t, int limit, int motto) {
        for (int i = Math.max(0, motto + 1); i < limit; i++) {
            if (typeKeyAt(t, t.get(i)) != null) {
                return i;
            }
        }
        return -1;
    }

    /** The type key the line starts with (compared without tones), or null. */
    private static String typeKeyAt(TextLines t, Line line) {
        String folded = t.folded(line);
        int lead = leading(folded);
        for (int k = 0; k < TYPE_KEYS.size(); k++) {
            String f = TYPE_FOLDED.get(k);
            if (folded.startsWith(f, lead) && (folded.length() == lead + f.length() || !Character.isLetter(folded.charAt(lead + f.length())))
                    && AgencyNames.isUpperCase(line.text().substring(lead, lead + f.length()))) {
                return TYPE_KEYS.get(k);
            }
        }
        return null;
    }

    private static String placeOf(String text, String folded, int from, int ngay) {
        String before = text.substring(Math.min(from, ngay), ngay);
        int motto = folded.indexOf("hanh phuc");
        if (motto >= from && motto < ngay) {
            before = text.substring(motto + "hanh phuc".length(), ngay);
        }
        before = stripJunk(before);
        while (!before.isEmpty() && ",;:-".indexOf(before.charAt(before.length() - 1)) >= 0) {
            before = before.substring(0, before.length() - 1).strip();
        }
        return before.isEmpty() ? null : before;
    }

    private static String cutAuthority(String title) {
        String key = VietnameseKeys.key(title);
        if (!AgencyNames.isUpperCase(title)) {
            return title;
        }
        for (String cut : TITLE_CUTS) {
            // "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ ...": the person whose words the title names, not a
            // signing authority glued to the title, which never follows "của" or "phó".
            for (int at = key.lastIndexOf(cut); at > 0; at = key.lastIndexOf(cut, at - 1)) {
                if (!key.startsWith("của", at - 3) && !key.startsWith("phó", at - 3)) {
                    return title.substring(0, at).strip();
                }
            }
        }
        return title;
    }

    /** Words a title line cannot end on: it goes on over the line break even when the next line is capitalised. */
    private static final java.util.Set<String> OPEN_LAST_WORDS = java.util.Set.copyOf(keys("của", "về", "và", "cho", "tại",
            "với", "số", "ngày", "các", "những", "trên", "theo", "hiện", "khai", "hành", "duyệt"));
    /** Agency kinds a name must follow: "... của Bộ" / "Chính trị về ...". */
    private static final java.util.Set<String> OPEN_KINDS = java.util.Set.of("Bộ", "Ban", "Sở", "Cục", "Vụ", "Ủy ban",
            "Hội đồng", "Ban Chấp hành", "Ban Thường vụ");

    /**
     * Whether a title line ends open: on a function word ("của", "về", "thực hiện") or on an agency
     * kind written without its name ("của Bộ" before "Chính trị về ..."), so the capitalised line
     * after it is not the body but the rest of the title.
     */
    private static boolean titleOpen(String title) {
        String t = title.strip();
        int space = t.lastIndexOf(' ');
        String last = t.substring(space + 1);
        if (OPEN_LAST_WORDS.contains(VietnameseKeys.key(last))) {
            return true;
        }
        int space2 = space > 0 ? t.lastIndexOf(' ', space - 1) : -1;
        String lastTwo = space > 0 ? t.substring(space2 + 1) : last;
        return OPEN_KINDS.contains(last) || OPEN_KINDS.contains(lastTwo);
    }

    /** Specks OCR reads at the edge of a header line ("' UBND TỈNH", ". SỞ"): marks before the first letter. */
    private static String stripJunk(String s) {
        int i = 0;
        while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i)) && s.charAt(i) != '(') {
            i++;
        }
        return s.substring(i).strip();
    }

    static boolean startsBody(String lineKey) {
        String k = lineKey.stripLeading();
        for (String s : BODY_STARTERS) {
            if (k.startsWith(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsOpen(String fragment) {
        String k = VietnameseKeys.key(fragment.strip());
        return k.endsWith(" và") || k.endsWith(",") || k.endsWith("-");
    }

    private static int indexOfWord(String folded, String word) {
        int at = folded.indexOf(word);
        while (at >= 0) {
            boolean startOk = at == 0 || !Character.isLetter(folded.charAt(at - 1));
            int end = at + word.length();
            boolean endOk = end == folded.length() || !Character.isLetter(folded.charAt(end));
            if (startOk && endOk) {
                return at;
            }
            at = folded.indexOf(word, at + 1);
        }
        return -1;
    }

    private static int leading(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int firstNonNegative(int... values) {
        int min = Integer.MAX_VALUE;
        for (int v : values) {
            if (v >= 0) {
                min = Math.min(min, v);
            }
        }
        return min == Integer.MAX_VALUE ? 0 : min;
    }

    /** White space runs (line breaks included) as one space, ends trimmed. */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
