package org.vanban.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Agency names: turns the capitals of a header ("SỞ GIÁO DỤC VÀ ĐÀO TẠO") into the name as
 * written in running text ("Sở Giáo dục và Đào tạo"), and tells whether a phrase starts with an
 * agency. The casing follows the administrative writing rules: the agency kind is capitalised
 * ("Sở", "Ủy ban nhân dân"), so is the first word of each field of its name ("Văn hóa, Thể thao
 * và Du lịch"), an administrative level is lower case ("tỉnh") and a place name is in title case.
 */
public final class AgencyNames {
    private static final Locale VI = Locale.forLanguageTag("vi");

    /** Agency kinds, longest first, key form -> written form. */
    private static final List<Map.Entry<String, String>> HEADS = heads(
            "ủy ban mặt trận tổ quốc việt nam=Ủy ban Mặt trận Tổ quốc Việt Nam",
            "ủy ban thường vụ quốc hội=Ủy ban Thường vụ Quốc hội",
            "thủ tướng chính phủ=Thủ tướng Chính phủ",
            "ủy ban nhân dân=Ủy ban nhân dân", "hội đồng nhân dân=Hội đồng nhân dân",
            "bộ chỉ huy quân sự=Bộ Chỉ huy Quân sự", "bộ chỉ huy bộ đội biên phòng=Bộ Chỉ huy Bộ đội Biên phòng",
            "kho bạc nhà nước=Kho bạc Nhà nước", "ban chấp hành=Ban Chấp hành", "ban thường vụ=Ban Thường vụ",
            "ban chỉ đạo=Ban Chỉ đạo", "ban quản lý=Ban Quản lý", "ban bí thư=Ban Bí thư", "bộ chính trị=Bộ Chính trị",
            "văn phòng=Văn phòng", "tỉnh ủy=Tỉnh ủy", "thành ủy=Thành ủy", "huyện ủy=Huyện ủy", "đảng ủy=Đảng ủy",
            "đảng bộ=Đảng bộ", "chính phủ=Chính phủ", "quốc hội=Quốc hội",
            "chi cục=Chi cục", "tổng cục=Tổng cục", "trung tâm=Trung tâm", "công an=Công an",
            "thanh tra=Thanh tra", "sở=Sở", "bộ=Bộ", "cục=Cục", "phòng=Phòng", "ban=Ban", "trường=Trường",
            "viện=Viện", "vụ=Vụ", "hội=Hội", "liên đoàn lao động=Liên đoàn Lao động", "tỉnh đoàn=Tỉnh đoàn",
            "đài phát thanh và truyền hình=Đài Phát thanh và Truyền hình", "báo=Báo", "bảo hiểm xã hội=Bảo hiểm xã hội",
            "thuế=Thuế", "công ty=Công ty", "tổng công ty=Tổng công ty", "tập đoàn=Tập đoàn", "ngân hàng=Ngân hàng",
            "học viện=Học viện", "đại học=Đại học", "bệnh viện=Bệnh viện", "hiệp hội=Hiệp hội",
            "đoàn đại biểu quốc hội=Đoàn đại biểu Quốc hội", "ủy ban kiểm tra=Ủy ban Kiểm tra");

    /** Kinds followed directly by a place name: "Tỉnh ủy Hòa Bình". */
    private static final Set<String> PLACE_HEADS = Set.of("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Đảng bộ");

    /** Kinds that start a second agency when two header lines were merged into one. */
    private static final Set<String> SPLIT_HEADS = Set.of("Sở", "Cục", "Chi cục", "Tổng cục", "Văn phòng", "Phòng",
            "Ban", "Trung tâm", "Viện", "Thanh tra", "Công an", "Kho bạc Nhà nước", "Bộ Chỉ huy Quân sự",
            "Ban Thường vụ", "Ban Chỉ đạo", "Ban Quản lý", "Ủy ban nhân dân", "Hội đồng nhân dân");

    private static final Map<String, String[]> HEAD_WORDS = HEADS.stream()
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, h -> h.getKey().split(" ")));
    /** The head words without tones, computed once: headAt runs for every word of every header line. */
    private static final Map<String, String[]> HEAD_FOLDED = HEADS.stream()
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, h -> VietnameseKeys.fold(h.getKey()).split(" ")));

    private static final Set<String> LEVELS = Set.of("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã",
            "phường", "thị trấn", "khu vực");

    /** Abbreviations kept in capitals. */
    private static final Set<String> ACRONYMS = Set.of("UBND", "HĐND", "MTTQ", "THPT", "THCS", "GDNN", "GDTX",
            "TW", "CP", "TP", "TP.", "BCH", "BCĐ", "ĐBQH", "CAND", "QĐND", "VN", "KHCN", "KH&CN", "GD&ĐT", "GDĐT",
            "CNTT", "UBMTTQ", "VP", "XIII", "XIV", "XV", "XI", "XII", "II", "III", "IV");

    private AgencyNames() {}

    private static List<Map.Entry<String, String>> heads(String... pairs) {
        List<Map.Entry<String, String>> list = new ArrayList<>();
        for (String p : pairs) {
            String[] kv = p.split("=", 2);
            list.add(Map.entry(VietnameseKeys.key(kv[0]), kv[1]));
        }
        list.sort((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()));
        return list;
    }

    /** Whether a text is written in capitals (at least two letters, none lower case). */
    public static boolean isUpperCase(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    /** The written form of an agency name; names not in capitals are returned as printed. */
    public static String properCase(String printed) {
        String name = printed.strip().replaceAll("\\s+", " ");
        if (!isUpperCase(name)) {
            return name;
        }
        String[] words = name.split(" ");
        List<String> out = new ArrayList<>();
        // mode: 0 start/after a head, 1 inside a field name, 2 inside a place name
        int mode = 0;
        int i = 0;
        while (i < words.length) {
            String word = words[i];
            if (ACRONYMS.contains(word) || word.contains("&") || word.chars().anyMatch(Character::isDigit)) {
                out.add(word);
                i++;
                continue;
            }
            // Inside a field name only a several-word kind starts a new agency: "Môi trường" is a field.
            int head = mode == 2 ? 0 : headAt(words, i);
            if (head > 0 && (mode == 0 || head > 1)) {
                String kind = written(words, i, head);
                out.add(kind);
                i += head;
                mode = PLACE_HEADS.contains(kind) ? 2 : 0;
                continue;
            }
            int level = levelAt(words, i);
            if (level > 0) {
                out.add(level(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + level))));
                i += level;
                mode = 2;
                continue;
            }
            String lower = word.toLowerCase(VI);
            if (mode == 2) {
                out.add(capitalise(lower));
            } else if (mode == 0) {
                out.add(capitalise(lower));
                mode = 1;
            } else {
                String previous = out.get(out.size() - 1);
                boolean fieldStart = previous.equals("và") || previous.endsWith(",");
                out.add(fieldStart && !lower.equals("và") ? capitalise(lower) : lower);
            }
            i++;
        }
        return String.join(" ", out);
    }

    /** Number of words of an agency kind starting at word {@code i}, 0 if none. */
    static int headAt(String[] words, int i) {
        String first = VietnameseKeys.key(words[i]);
        String firstFolded = VietnameseKeys.fold(words[i]);
        for (Map.Entry<String, String> h : HEADS) {
            String[] headWords = HEAD_WORDS.get(h.getKey());
            String[] headFolded = HEAD_FOLDED.get(h.getKey());
            int n = headWords.length;
            // Kinds of several words are matched without tones, as OCR loses them ("TÍNH ỦY" for "TỈNH ỦY");
            // one-word kinds must match exactly, or "SỐ" would be read as "SỞ".
            boolean folded = n > 1;
            if (i + n > words.length || !(folded ? headFolded[0].equals(firstFolded) : headWords[0].equals(first))) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < n && all; k++) {
                all = headFolded[k].equals(VietnameseKeys.fold(words[i + k]));
            }
            if (all) {
                return n;
            }
        }
        return 0;
    }

    private static String written(String[] words, int i, int n) {
        String key = VietnameseKeys.key(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n)));
        String folded = VietnameseKeys.fold(key);
        for (Map.Entry<String, String> h : HEADS) {
            if (h.getKey().equals(key)) {
                return h.getValue();
            }
        }
        for (Map.Entry<String, String> h : HEADS) {
            if (n > 1 && VietnameseKeys.fold(h.getKey()).equals(folded)) {
                return h.getValue(); // the kind as written, whatever tones OCR left on it
            }
        }
        throw new IllegalStateException(key);
    }

    /**
     * Levels without tones -> as written: OCR reads "TỈNH" as "TÍNH" or "TINH". Only the levels whose
     * toneless form is no other header word ("QUAN" of "CƠ QUAN" is not "quận", "XA" not "xã").
     */
    private static final Map<String, String> LEVELS_FOLDED = java.util.stream.Stream.of("tỉnh", "thành phố", "huyện",
            "thị xã", "phường", "thị trấn", "khu vực").collect(java.util.stream.Collectors.toMap(VietnameseKeys::fold, l -> l));

    /** The level {@code phrase} names, as written (exact, or without tones), or null. */
    private static String level(String phrase) {
        String key = VietnameseKeys.key(phrase);
        return LEVELS.contains(key) ? key : LEVELS_FOLDED.get(VietnameseKeys.fold(phrase));
    }

    private static int levelAt(String[] words, int i) {
        if (i + 1 < words.length && level(words[i] + " " + words[i + 1]) != null) {
            return 2;
        }
        return level(words[i]) != null ? 1 : 0;
    }

    /**
     * Splits a header line that holds two agencies, as OCR makes of a two-line issuer block
     * ("BỘ TÀI CHÍNH CỤC THUẾ" -> "BỘ TÀI CHÍNH", "CỤC THUẾ"). A kind only starts a new agency after
     * at least two words that do not end in a kind themselves ("VĂN PHÒNG UBND TỈNH" is one).
     */
    public static List<String> splitAgencies(String line) {
        String[] words = line.strip().split("\\s+");
        List<String> parts = new ArrayList<>();
        int segmentStart = 0;
        boolean lastWasHead = false;
        int i = 0;
        while (i < words.length) {
            int head = headAt(words, i);
            if (head > 0) {
                String kind = written(words, i, head);
                if (SPLIT_HEADS.contains(kind) && i - segmentStart >= 2 && !lastWasHead
                        && !VietnameseKeys.key(words[i - 1]).equals("và")) {
                    parts.add(String.join(" ", java.util.Arrays.copyOfRange(words, segmentStart, i)));
                    segmentStart = i;
                }
                i += head;
                lastWasHead = true;
                continue;
            }
            lastWasHead = false;
            i++;
        }
        parts.add(String.join(" ", java.util.Arrays.copyOfRange(words, segmentStart, words.length)));
        return parts;
    }

    /** Whether a header fragment continues the agency name above it ("TỈNH HÒA BÌNH" after "ỦY BAN NHÂN DÂN"). */
    public static boolean continuesName(String fragment) {
        String[] words = fragment.strip().split("\\s+");
        return words.length > 0 && !words[0].isEmpty() && levelAt(words, 0) > 0 && headAt(words, 0) == 0;
    }

    /** Whether a phrase begins with an agency kind or an acronym of one ("Sở", "UBND", "Văn phòng"). */
    public static boolean startsWithAgency(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return false;
        }
        return headAt(words, 0) > 0 || words[0].equals("UBND") || words[0].equals("HĐND");
    }

    private static String capitalise(String word) {
        if (word.isEmpty()) {
            return word;
        }
        int first = word.codePointAt(0);
        return new String(Character.toChars(Character.toUpperCase(first))) + word.substring(Character.charCount(first));
    }
}
