package org.vanban.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every citation of another document: by number ("Nghị quyết số 34-NQ/TW ngày 09/01/2023 của
 * Bộ Chính trị", "Nghị định 30/2020/NĐ-CP") and by name ("Luật Đầu tư", "Luật Giáo dục năm 2019").
 * A date belongs to the citation it follows; so does the issuer after "của". The document's own
 * number is not a citation.
 */
public final class CitationFinder {
    /** One place a document is cited, with what that place says about it. */
    public record Found(String type, DirectiveNumber number, String name, String date, String issuer, Mention mention) {}

    private static final String TYPES = "thông tư liên tịch|nghị quyết|nghị định|quyết định|chỉ thị|kế hoạch|công văn|văn bản"
            + "|thông tư|thông báo|kết luận|quy chế|quy định|hướng dẫn|chương trình|bộ luật|luật|pháp lệnh|tờ trình|báo cáo"
            + "|đề án|công điện|hiến pháp|phương án|dự án|giấy mời|thông cáo";
    /** The type word before a number: "Nghị quyết số ", "Quyết định ", "Luật Doanh nghiệp số ". */
    private static final List<String> TYPE_LIST = java.util.Arrays.stream(TYPES.split("\\|"))
            .sorted((a, b) -> b.length() - a.length()).toList();
    private static final Pattern NAME_BEFORE = Pattern.compile(
            "(?<!\\p{L})(bộ luật|luật|pháp lệnh)((?:\\s+(?!số\\b)[\\p{L}\\-]+,?){1,14}?)\\s+số\\s*$");
    private static final Pattern NAMED = Pattern.compile("(?<!\\p{L})(bộ luật|luật|pháp lệnh|hiến pháp)\\s+");
    private static final List<String> ISSUER_STOPS = List.of(" về ", " ban hành", " quy định", " hướng dẫn", " phê duyệt",
            " triển khai", " thực hiện", " khóa ", " sửa đổi", " tại ", " theo ", " đã ", " trong ", " ngày ", " đến ",
            " năm ", " thông qua", " đối với", " của ", " nhằm", " để ", " kèm ", " và ");
    /** "Luật sửa đổi, bổ sung một số điều của Luật ...": a law that amends others, named in lower case. */
    private static final Pattern AMENDING = Pattern.compile("sửa\\s+đổi(?!\\p{L})");
    /** "một số điều" is not a number: only "số" with digits closes an amending law's name. */
    private static final Pattern AMENDING_CLOSER = Pattern.compile(" (?:ngày|năm) | số\\s*\\d");
    private static final Pattern ISSUER_BEFORE = Pattern.compile("(?<!\\p{L})của\\s+([^,;:.()]+?)\\s+tại\\s+$");
    private static final Pattern TYPE_AFTER_AND = Pattern.compile("^\\s*(" + TYPES + ")(?!\\p{L})");
    private static final List<String> NAME_STOPS = List.of(" số ", " ngày ", " của ", " được ", " đã ", " quy định",
            " về ", " thì ", " tại ", " theo ", " có ", " và ", " để ", " nhằm ", " trong ", " hiện hành", " với ",
            " cho ", " là ", " này", " đó", " các ", " nêu ", " hướng dẫn", " liên quan", " trên ", " không ");

    private CitationFinder() {}

    public static List<Found> find(TextLines t, int from, int to, String ownNumber, java.util.Set<Integer> skipLines) {
        String text = t.text();
        String key = t.key();
        List<Found> found = new ArrayList<>();
        List<Span> taken = new ArrayList<>();
        for (DirectiveNumber n : NumberParser.find(text, from, to)) {
            if (n.canonical().equals(ownNumber) || skipLines.contains(t.lineAt(n.span().start()))) {
                continue;
            }
            int windowStart = Math.max(from, n.span().start() - 80);
            // Line breaks as spaces (same length): a type word may wrap ("tại Tờ\ntrình số 95/TTr-CAT").
            String before = key.substring(windowStart, n.span().start()).replace('\n', ' ').replace('\r', ' ');
            String type = null;
            String name = null;
            int start = n.span().start();
            int typeAt = typeBefore(before);
            if (typeAt >= 0) {
                String typeKey = TYPE_LIST.stream().filter(k -> before.startsWith(k, typeAt)).findFirst().orElseThrow();
                type = TypeCodes.normalName(typeKey).orElse(null);
                start = windowStart + typeAt;
            } else if (before.contains("luật") || before.contains("pháp lệnh")) {
                // "... pháp luật mới. Tập trung phổ biến Luật An ninh mạng số": the law whose name is capitalised.
                Matcher nb = NAME_BEFORE.matcher(before);
                boolean named = nb.find();
                while (named && !Character.isUpperCase(text.charAt(windowStart + nb.start(2) + leading(before, nb.start(2))))) {
                    named = nb.find(nb.start(1) + 1);
                }
                if (named) {
                    type = TypeCodes.normalName(nb.group(1)).orElse(null);
                    start = windowStart + nb.start(1);
                    name = HeaderParser.clean(text.substring(start, windowStart + nb.end(2)));
                }
            }
            if (type == null && n.typeCode() != null) {
                type = TypeCodes.name(n.typeCode()).orElse(null);
            }
            int end = n.span().end();
            String date = null;
            Optional<VietnameseDates.FoundDate> d = VietnameseDates.at(t.folded(), text, end);
            if (d.isPresent()) {
                date = d.get().iso();
                end = d.get().span().end();
            }
            String issuer = null;
            int[] iss = issuerAfter(text, key, end, to);
            if (iss != null) {
                issuer = HeaderParser.clean(text.substring(iss[0], iss[1]));
                if (date == null) {
                    // "Nghị quyết số 21/NQ-CP của Chính phủ ngày 20/02/2023"
                    Optional<VietnameseDates.FoundDate> late = VietnameseDates.at(t.folded(), text, iss[1]);
                    if (late.isPresent()) {
                        date = late.get().iso();
                    }
                }
            }
            if (issuer == null) {
                issuer = issuerBefore(text, key, Math.max(from, start - 120), start);
            }
            Span span = new Span(start, n.span().end());
            taken.add(span);
            found.add(new Found(type, n, name, date, issuer, new Mention(text.substring(start, n.span().end()), span)));
        }
        findNamed(t, from, to, skipLines, taken, found);
        found.sort(java.util.Comparator.comparingInt(f -> f.mention().span().start()));
        return found;
    }

    private static int leading(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i - from;
    }

    /** Where a type word ends {@code before} ("Nghị quyết số ", "Quyết định "), or -1. */
    private static int typeBefore(String before) {
        int end = before.length();
        while (end > 0 && Character.isWhitespace(before.charAt(end - 1))) {
            end--;
        }
        if (before.startsWith("số", end - 2) && (end - 2 == 0 || !Character.isLetter(before.charAt(end - 3)))) {
            end -= 2;
            while (end > 0 && Character.isWhitespace(before.charAt(end - 1))) {
                end--;
            }
        }
        for (String type : TYPE_LIST) {
            int at = end - type.length();
            if (at >= 0 && before.startsWith(type, at) && (at == 0 || !Character.isLetter(before.charAt(at - 1)))) {
                return at;
            }
        }
        return -1;
    }

    /** "của X" right after a citation: the issuer, as printed, up to where the sentence moves on. */
    private static int[] issuerAfter(String text, String key, int pos, int to) {
        int i = pos;
        while (i < to && (key.charAt(i) == ' ' || key.charAt(i) == ',' || key.charAt(i) == '\n' || key.charAt(i) == '\r')) {
            i++;
        }
        if (!key.startsWith("của", i) || i + 4 > to || !Character.isWhitespace(key.charAt(i + 3))) {
            return null;
        }
        int start = i + 4;
        while (start < to && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = Math.min(to, start + 120);
        String window = key.substring(start, end).replace('\n', ' ').replace('\r', ' ');
        int stop = window.length();
        for (int k = 0; k < window.length(); k++) {
            char c = window.charAt(k);
            if (";,.:()“”\"–".indexOf(c) >= 0 && !(c == '.' && k + 1 < window.length() && Character.isLetter(window.charAt(k + 1)))) {
                stop = k;
                break;
            }
        }
        for (String s : ISSUER_STOPS) {
            int at = (" " + window).indexOf(s);
            if (at >= 0 && at < stop) {
                // "và" belongs to names such as "Bộ Giáo dục và Đào tạo": stop only before a lower-case word.
                if (s.equals(" và ") && start + at + 3 < text.length() && Character.isUpperCase(text.charAt(start + at + 3))
                        && !TYPE_AFTER_AND.matcher(window.substring(Math.min(window.length(), at + 3))).find()) {
                    continue;
                }
                stop = at;
            }
        }
        // A capitalised verb after the name ("... tỉnh Triển khai") is caught by the stops; cap the length.
        String issuer = text.substring(start, start + stop).strip();
        if (issuer.isEmpty() || !Character.isUpperCase(issuer.codePointAt(0)) || issuer.split("\\s+").length > 12) {
            return null;
        }
        return new int[] {start, start + issuer.length()};
    }

    /**
     * "xét đề nghị của Sở Ngoại vụ tại Tờ trình số ...": the body named just before the cited
     * document, when the sentence says the document is that body's ("của X tại").
     */
    private static String issuerBefore(String text, String key, int from, int typeStart) {
        Matcher m = ISSUER_BEFORE.matcher(key).region(from, typeStart);
        if (!m.find()) {
            return null;
        }
        String issuer = HeaderParser.clean(text.substring(m.start(1), m.end(1)));
        if (issuer.isEmpty() || !Character.isUpperCase(issuer.codePointAt(0)) || issuer.split(" ").length > 12) {
            return null;
        }
        return issuer;
    }

    /** Characters that always end a law's name. */
    private static final String HARD_ENDS = ";.:()“”\"";
    /** What may follow a law's name and so closes it: its year, number or date. */
    private static final List<String> CLOSERS = List.of(" năm ", " số ", " ngày ");
    /** Words after a comma or "và" that start something else, not the rest of a name. */
    private static final Pattern NOT_NAME_WORD = Pattern.compile("(?:" + TYPES + "|các|những|cùng|đồng thời|nhất là|đặc biệt)(?!\\p{L})");

    /**
     * Where the name of a law starting at {@code from} in {@code window} ends. A comma or "và" may
     * be part of the name ("Luật Phổ biến, giáo dục pháp luật", "Luật Khoa học và Công nghệ"): the
     * name goes on over them when what follows is not a new document or list word and the name is
     * then closed by its year, number, date or punctuation with no other stop word in between;
     * otherwise it ends at the first comma or "và".
     */
    static int nameEnd(String window, int from) {
        int hard = window.length();
        for (int k = from; k < window.length(); k++) {
            if (HARD_ENDS.indexOf(window.charAt(k)) >= 0) {
                hard = k;
                break;
            }
        }
        int stop = hard;
        boolean closed = hard < window.length();
        for (String s : NAME_STOPS) {
            int at = window.indexOf(s, from);
            if (at >= 0 && at < stop && !s.equals(" và ")) {
                stop = at;
                closed = CLOSERS.contains(s);
            }
        }
        int nam = window.indexOf(" năm ", from);
        if (nam >= 0 && nam < stop) {
            stop = nam;
            closed = true;
        }
        int firstSoft = stop;
        boolean nameGoesOn = closed;
        for (int k = from; k < stop; k++) {
            int after;
            if (window.charAt(k) == ',') {
                after = k + 1;
            } else if (window.startsWith(" và ", k)) {
                after = k + 4;
            } else {
                continue;
            }
            firstSoft = Math.min(firstSoft, k);
            while (after < stop && window.charAt(after) == ' ') {
                after++;
            }
            if (after >= stop || NOT_NAME_WORD.matcher(window).region(after, stop).lookingAt()) {
                nameGoesOn = false;
            }
        }
        return nameGoesOn ? stop : firstSoft;
    }

    /** An amending law keeps its whole name, commas and the laws it amends included, up to its number or date. */
    private static int amendingEnd(String window, int from) {
        int stop = window.length();
        for (int k = from; k < window.length(); k++) {
            if (HARD_ENDS.indexOf(window.charAt(k)) >= 0) {
                stop = k;
                break;
            }
        }
        Matcher closer = AMENDING_CLOSER.matcher(window).region(from, stop);
        return closer.find() ? closer.start() : stop;
    }

    /** The next place a law-like word could start: "luật", "bộ luật", "pháp lệnh", "hiến pháp". */
    private static int nextNamed(String key, int from, int to) {
        int best = -1;
        for (String w : new String[] {"luật", "bộ luật", "pháp lệnh", "hiến pháp"}) {
            int i = key.indexOf(w, from);
            if (i >= 0 && i < to && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    private static void findNamed(TextLines t, int from, int to, java.util.Set<Integer> skipLines, List<Span> taken, List<Found> found) {
        String text = t.text();
        String key = t.key();
        Matcher m = NAMED.matcher(key).useTransparentBounds(true);
        for (int pos = nextNamed(key, from, to); pos >= 0; pos = nextNamed(key, pos + 1, to)) {
            m.region(pos, to);
            if (!m.lookingAt()) {
                continue;
            }
            int start = m.start();
            if (skipLines.contains(t.lineAt(start)) || taken.stream().anyMatch(s -> s.start() <= start && start < s.end())) {
                continue;
            }
            int nameStart = m.end();
            if (nameStart >= to) {
                continue;
            }
            boolean amending = AMENDING.matcher(key).region(nameStart, to).lookingAt();
            if (!amending && !Character.isUpperCase(text.charAt(nameStart))) {
                continue; // "luật này", "pháp luật về"
            }
            int end = Math.min(to, nameStart + (amending ? 300 : 200));
            String window = key.substring(start, end).replace('\n', ' ').replace('\r', ' ');
            int stop = amending ? amendingEnd(window, m.end() - start) : nameEnd(window, m.end() - start);
            String name = HeaderParser.clean(text.substring(start, start + stop));
            String[] words = name.split(" ");
            if (words.length < 2 || words.length > (amending ? 40 : 14)) {
                continue;
            }
            // A number right after the name was already found with it.
            String after = key.substring(start + stop, Math.min(to, start + stop + 6)).strip();
            if (after.startsWith("số")) {
                continue;
            }
            String type = TypeCodes.normalName(m.group(1)).orElse(null);
            Span span = new Span(start, start + stop);
            String date = VietnameseDates.at(t.folded(), text, start + stop).map(VietnameseDates.FoundDate::iso).orElse(null);
            found.add(new Found(type, null, name, date, null, new Mention(text.substring(start, start + stop), span)));
            if (amending) {
                taken.add(span); // the laws it amends are named inside it, not cited on their own
            }
        }
    }
}
