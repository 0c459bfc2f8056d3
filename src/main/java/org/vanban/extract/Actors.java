package org.vanban.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Noun phrases naming the units a task is given to: where such a phrase ends (at the verb that
 * follows it) and how a list of units splits ("Phòng A, Phòng B và các trường" -> three units,
 * while "Sở Văn hóa, Thể thao và Du lịch" stays one).
 */
public final class Actors {
    /** Verbs and verb phrases that end the subject of a task; matched on keys at word starts. */
    private static final List<String> VERBS = java.util.Arrays.stream((
            "chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm|thực hiện|tổ chức|xây dựng|tham mưu|theo dõi|hướng dẫn|kiểm tra"
                    + "|báo cáo|triển khai|rà soát|căn cứ|chủ động|tiếp tục|đôn đốc|tổng hợp|nghiên cứu|ban hành|bố trí|đảm bảo"
                    + "|bảo đảm|cập nhật|đăng tải|quán triệt|tuyên truyền|phổ biến|đẩy mạnh|tăng cường|nâng cao|cung cấp"
                    + "|phân bổ|giám sát|thẩm định|đề xuất|thành lập|kiện toàn|gửi|tập trung|khẩn trương|nghiêm túc"
                    + "|kịp thời|thường xuyên|định kỳ|hằng năm|hàng năm|sử dụng|cử|phân công|ưu tiên|lồng ghép|duy trì|tiến hành"
                    + "|thống kê|tiếp nhận|giải quyết|chuẩn bị|hoàn thành|hoàn thiện|vận động|chỉ đạo|được giao|là cơ quan"
                    + "|làm đầu mối|xử lý|phát động|khảo sát|đánh giá|tổng kết|sơ kết|chấp hành|thi hành|công bố|cân đối|bổ sung"
                    + "|tham gia|hỗ trợ|tích cực|có kế hoạch|soạn thảo|biên soạn|phát hành|lựa chọn|trang bị|vận hành|ứng dụng"
                    + "|số hóa|đăng ký|quản lý|thanh tra|xác định|điều chỉnh|bồi dưỡng|tập huấn"
                    + "|thẩm tra|quyết định|phê duyệt|đề nghị|yêu cầu|giao|với|phụ trách|lập kế hoạch|trình ủy ban|trình ubnd"
                    + "|dành|lãnh đạo|bàn giao|chi trả|thu hồi|di dời|hoàn trả|tham dự|phê bình|khen thưởng|kiểm điểm"
                    + "|huy động|tạo điều kiện|cho phép|có ý kiến|phải|cần|nghiêm cấm|không được|tiếp thu|sẵn sàng|tổ chức thực hiện"
                    + "|ưu tiên|nắm bắt|quan tâm|mở|là đầu mối|lựa chọn|rà|tập trung|cụ thể hóa|lãnh đạo, chỉ đạo|kiểm soát|hoàn tất|thông báo|phản ánh|tuyên truyền|vận động")
            .split("\\|")).map(VietnameseKeys::key).sorted((a, b) -> b.length() - a.length()).toList();
    /** "tổ chức đảng", "tổ chức chính trị - xã hội": the noun, not the verb "tổ chức". */
    private static final Pattern ORGANISATION_NOUN = Pattern.compile(
            "tổ\\s+chức\\s+(?:đảng|chính\\s+trị|đoàn\\s+thể|xã\\s+hội|cá\\s+nhân|hội|quốc\\s+tế|tín\\s+dụng|kinh\\s+tế)(?!\\p{L})");
    /** "các nhiệm vụ", "các nội dung": things, not units. */
    private static final Pattern THINGS = Pattern.compile(
            "^(?:các|những)\\s+(?:nhiệm vụ|nội dung|giải pháp|hoạt động|chỉ tiêu|văn bản|chương trình|dự án|đề án|vụ việc|thủ tục"
                    + "|mục tiêu|chính sách|quy định|kết quả|biện pháp|công trình|hồ sơ|số liệu|thông tin)(?!\\p{L})");
    private static final java.util.Map<Character, List<String>> VERBS_BY_FIRST = VERBS.stream()
            .collect(java.util.stream.Collectors.groupingBy(v -> v.charAt(0)));
    private static final Pattern UNIT_START = Pattern.compile(
            "^(các|ban quản lý|ban chỉ đạo|ban chỉ huy|thủ trưởng|giám đốc|chủ tịch|bí thư|thường trực|đảng đoàn|ban cán sự|hiệu trưởng|trưởng|phó|chánh|ban|ubnd|hđnd|ủy ban|hội đồng|văn phòng|sở|phòng"
                    + "|công an|trung tâm|trường|bộ|cục|chi cục|đoàn|hội|mặt trận|liên đoàn|báo|đài|kho bạc|thanh tra|bảo hiểm"
                    + "|viện|cơ quan|đơn vị|người đứng đầu|tỉnh đoàn|huyện ủy|thành ủy|đảng ủy|tổ|nhà trường|cán bộ|mỗi|từng"
                    + "|vụ|tổng cục|hiệp hội|liên minh|công ty|tổng công ty|tập đoàn|ngân hàng|quỹ|học viện|đại học|bệnh viện"
                    + "|tòa án|viện kiểm sát|chi nhánh|nhà xuất bản|bảo tàng|thư viện|hợp tác xã|chi bộ|đảng bộ|huyện đoàn|thành đoàn|hạt|đồn|trạm|đội)(\\s|$|,)");

    /**
     * "Văn phòng HĐND và UBND huyện": one office serving two bodies of the same place, named once at
     * the end; the "và" joins the bodies inside one unit's name.
     */
    private static final Pattern BARE_OFFICE = Pattern.compile(
            "văn phòng\\s+(?:hđnd|ubnd|hội đồng nhân dân|ủy ban nhân dân|đoàn đbqh|đoàn đại biểu quốc hội)(?:\\s*,\\s*(?:hđnd|ubnd))?");

    /** One-word kinds that are also common words: they name a unit only before a capitalised name. */
    private static final java.util.Set<String> SHORT_HEADS = java.util.Set.of("ban", "sở", "bộ", "cục", "hội", "phòng",
            "đoàn", "báo", "đài", "viện", "tổ", "trường", "trưởng", "phó", "chánh", "vụ", "quỹ", "hạt", "đồn", "trạm", "đội");

    private Actors() {}

    /**
     * The end (exclusive, relative to {@code from}) of the unit phrase starting at {@code from} in
     * {@code text}: before the first verb that is written in lower case, or a colon or full stop.
     * Returns 0 when there is no phrase.
     */
    public static int phraseEnd(String text, String key, int from, int limit) {
        int max = Math.min(limit, from + 240);
        int i = from;
        boolean first = true;
        while (i < max) {
            char c = key.charAt(i);
            if (c == ':' || c == '.' && (i + 1 >= max || !Character.isLetter(key.charAt(i + 1)))) {
                return i - from;
            }
            boolean wordStart = Character.isLetter(c) && (i == from || !Character.isLetterOrDigit(key.charAt(i - 1)));
            if (wordStart && !first && Character.isLowerCase(text.charAt(i)) && afterPlace(text, key, i)) {
                return i - from;
            }
            if (wordStart && !first && c == 'l' && matchAt(key, i, "là") == i + 2 && i + 2 < max && !Character.isLetter(key.charAt(i + 2))
                    && !startsWithVerb(key, i)) { // "là cơ quan thường trực", "là đầu mối" are verbs
                // "Các chủ rừng là tổ chức, các công ty lâm nghiệp ... có trách nhiệm": what follows the
                // copula is a noun phrase, whatever verbs it seems to hold, up to the explicit task verb.
                Matcher explicit = EXPLICIT.matcher(key).region(i, max);
                if (explicit.find()) {
                    return explicit.start() - from;
                }
            }
            if (wordStart && !first && Character.isLowerCase(text.charAt(i)) && !nounByContext(text, key, i)
                    && !ORGANISATION_NOUN.matcher(key).region(i, Math.min(key.length(), i + 30)).lookingAt()) {
                for (String v : VERBS_BY_FIRST.getOrDefault(c, List.of())) {
                    int end = matchAt(key, i, v);
                    if (end > 0 && (end >= key.length() || !Character.isLetter(key.charAt(end))) && !nounCompound(key, i, end)) {
                        return i - from;
                    }
                }
            }
            if (wordStart) {
                first = false;
            }
            i++;
        }
        return max - from;
    }

    /** Whether the text at {@code i} starts with a verb of a task ("Chủ trì ...", "Tổ chức ..."). */
    public static boolean startsWithVerb(String key, int i) {
        if (i >= key.length()) {
            return false;
        }
        for (String v : VERBS_BY_FIRST.getOrDefault(key.charAt(i), List.of())) {
            int end = matchAt(key, i, v);
            if (end > 0 && (end >= key.length() || !Character.isLetter(key.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word at {@code i} is a noun by what precedes it, though it is spelt like a verb:
     * after a plural marker ("các tổ chức", "những đơn vị"), after the copula ("chủ rừng là tổ chức"),
     * after "ban" ("ban quản lý rừng phòng hộ", "ban chỉ đạo") and after a lower-case "đầu tư"
     * ("Ban Quản lý dự án đầu tư xây dựng": the names of project boards; "Sở Kế hoạch và Đầu tư xây
     * dựng ..." keeps its verb, since the name is capitalised).
     */
    private static boolean nounByContext(String text, String key, int i) {
        int[] previous = previousWord(key, i);
        if (previous == null) {
            return false;
        }
        String word = key.substring(previous[0], previous[1]);
        if (NOUN_MARKERS.contains(word)) {
            return true;
        }
        if (word.equals("tư") && Character.isLowerCase(text.charAt(previous[0]))) {
            int[] before = previousWord(key, previous[0]);
            return before != null && key.startsWith("đầu", before[0]) && before[1] - before[0] == 3
                    && Character.isLowerCase(text.charAt(before[0]));
        }
        return false;
    }

    /** The verbs that state a task outright, and the punctuation no subject runs over. */
    private static final Pattern EXPLICIT = Pattern.compile(
            "[;:.]|(?<!\\p{L})(?:có\\s+trách\\s+nhiệm|chịu\\s+trách\\s+nhiệm|chủ\\s+trì|phối\\s+hợp\\s+với)(?!\\p{L})");

    /** Administrative levels that end a unit's name: "Cục Hải quan tỉnh", "UBND các huyện, thị xã". */
    private static final java.util.Set<String> PLACE_WORDS = java.util.Set.of("tỉnh", "huyện", "quận", "phường", "xã");
    private static final java.util.Set<String> PLACE_PAIRS = java.util.Set.of("thành phố", "thị xã", "thị trấn");
    /**
     * Lower-case words that may follow a level inside one name or list: joining words ("và", "trực
     * thuộc", "có liên quan"), further levels ("các huyện, thị xã"), and the second halves of
     * "huyện ủy", "tỉnh đoàn", "huyện đội", "xã hội", which are not levels there.
     */
    private static final java.util.Set<String> AFTER_PLACE = java.util.Set.of("và", "trực", "thuộc", "liên", "có", "cấp",
            "các", "nơi", "trên", "khóa", "nhiệm", "hoặc", "cùng", "tỉnh", "huyện", "xã", "thành", "thị", "quận", "phường",
            "ủy", "đoàn", "đội", "hội");

    /**
     * Whether the lower-case word at {@code i} follows an administrative level written in lower case
     * ("Cục Hải quan tỉnh đấu tranh ..."): a unit's name ends with its level (or a place name in
     * capitals after it), so a lower-case word there starts the predicate, whether or not it is a
     * known verb, unless it is one of the few words that go on inside a name or list.
     */
    private static boolean afterPlace(String text, String key, int i) {
        int[] previous = previousWord(key, i);
        if (previous == null) {
            return false;
        }
        if (!Character.isLowerCase(text.charAt(previous[0]))) {
            return afterPlaceName(text, key, i, previous);
        }
        String word = key.substring(previous[0], previous[1]);
        boolean place = PLACE_WORDS.contains(word);
        if (!place) {
            int[] before = previousWord(key, previous[0]);
            place = before != null && PLACE_PAIRS.contains(key.substring(before[0], before[1]) + " " + word);
        }
        if (!place) {
            return false;
        }
        int e = i;
        while (e < key.length() && Character.isLetter(key.charAt(e))) {
            e++;
        }
        return !AFTER_PLACE.contains(key.substring(i, e));
    }

    /**
     * Whether the lower-case word at {@code i} follows a place name ("Ban quản lý rừng phòng hộ Sông
     * Đà tuần tra ..."): two or more capitalised words right after a lower-case word of the same
     * phrase, not starting a unit of their own ("và Đài Phát thanh"). Field names capitalise only
     * their first word ("Giáo dục và Đào tạo"), so they never make such a run.
     */
    private static boolean afterPlaceName(String text, String key, int i, int[] last) {
        int[] run = last;
        int words = 0;
        int[] before = last;
        // Title-case words only: acronyms ("Công ty TNHH MTV Điện lực") are not part of a place name.
        while (before != null && Character.isUpperCase(text.charAt(before[0]))
                && (before[1] - before[0] < 2 || Character.isLowerCase(text.charAt(before[0] + 1)))) {
            run = before;
            words++;
            before = previousWord(key, before[0]);
        }
        if (words < 2 || before == null || !Character.isLowerCase(text.charAt(before[0]))
                || UNIT_START.matcher(key.substring(run[0], Math.min(key.length(), run[0] + 40))).find()) {
            return false;
        }
        int e = i;
        while (e < key.length() && Character.isLetter(key.charAt(e))) {
            e++;
        }
        return !AFTER_PLACE.contains(key.substring(i, e));
    }

    /**
     * A verb that is the first half of a noun: "giao thông", "giao dịch", "giao lưu" (not the verb
     * "giao"), and a verb followed by "viên", which names the person doing it ("báo cáo viên",
     * "tuyên truyền viên", "thanh tra viên").
     */
    private static boolean nounCompound(String key, int verbStart, int verbEnd) {
        int k = verbEnd;
        while (k < key.length() && Character.isWhitespace(key.charAt(k))) {
            k++;
        }
        int e = k;
        while (e < key.length() && Character.isLetter(key.charAt(e))) {
            e++;
        }
        String next = key.substring(k, e);
        if (next.equals("viên")) {
            return true;
        }
        return verbEnd - verbStart == 4 && key.startsWith("giao", verbStart) && GIAO_NOUNS.contains(next);
    }

    private static final java.util.Set<String> GIAO_NOUNS = java.util.Set.of("thông", "dịch", "lưu", "thương", "tiếp");

    private static final java.util.Set<String> NOUN_MARKERS = java.util.Set.of("các", "những", "mọi", "từng", "là", "ban");

    /** {start, end} of the word before offset {@code i}, or null at the start or after punctuation. */
    private static int[] previousWord(String key, int i) {
        int j = i - 1;
        while (j >= 0 && Character.isWhitespace(key.charAt(j))) {
            j--;
        }
        int end = j + 1;
        while (j >= 0 && Character.isLetter(key.charAt(j))) {
            j--;
        }
        return end > j + 1 ? new int[] {j + 1, end} : null;
    }

    /** Where {@code word} ends if it stands at {@code i}, a space in it matching any run of white space (line wraps); else -1. */
    static int matchAt(String key, int i, String word) {
        int k = i;
        for (int w = 0; w < word.length(); w++) {
            char c = word.charAt(w);
            if (c == ' ') {
                if (k >= key.length() || !Character.isWhitespace(key.charAt(k))) {
                    return -1;
                }
                while (k < key.length() && Character.isWhitespace(key.charAt(k))) {
                    k++;
                }
            } else {
                if (k >= key.length() || key.charAt(k) != c) {
                    return -1;
                }
                k++;
            }
        }
        return k;
    }

    /** Whether a phrase looks like it names a unit or its head ("Văn phòng Sở", "các đơn vị", "Thủ trưởng các đơn vị"). */
    public static boolean isUnit(String phrase) {
        String p = phrase.strip();
        if (p.length() > 80) {
            p = p.substring(0, 80); // only the start decides
        }
        if (p.isEmpty()) {
            return false;
        }
        String pk = VietnameseKeys.key(p);
        if (THINGS.matcher(pk).find()) {
            return false;
        }
        java.util.regex.Matcher m = UNIT_START.matcher(pk);
        if (!m.find()) {
            return p.startsWith("UBND") || p.startsWith("HĐND");
        }
        String head = m.group(1);
        if (SHORT_HEADS.contains(head)) {
            // "Sở Tài chính", "Ban Chỉ đạo", but not "Ban hành ...", "Hội nhập ...", "Tổ chức ...".
            String rest = p.substring(m.end(1)).stripLeading();
            return !rest.isEmpty() && (Character.isUpperCase(rest.codePointAt(0)) || Character.isDigit(rest.charAt(0)));
        }
        return true;
    }

    /** A unit phrase as stored: spaces collapsed, list punctuation at the ends removed. */
    public static String clean(String phrase) {
        String s = HeaderParser.clean(phrase);
        while (!s.isEmpty() && ",;:.-–".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        while (!s.isEmpty() && ",;:.-–".indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1).strip();
        }
        return s;
    }

    /** Splits a list of units at commas, semicolons and "và" where the next part starts a unit of its own. */
    public static List<String> split(String list) {
        List<String> parts = new ArrayList<>();
        String[] pieces = list.split("\\s*[;,]\\s*|\\s+và\\s+");
        StringBuilder current = new StringBuilder();
        java.util.regex.Matcher seps = Pattern.compile("\\s*[;,]\\s*|\\s+và\\s+").matcher(list);
        int k = 0;
        List<String> separators = new ArrayList<>();
        while (seps.find()) {
            separators.add(seps.group());
        }
        for (String piece : pieces) {
            boolean sharedOffice = k > 0 && separators.get(k - 1).strip().equals("và")
                    && BARE_OFFICE.matcher(VietnameseKeys.key(current.toString().strip())).matches();
            if (current.length() > 0 && isUnit(piece) && !sharedOffice) {
                parts.add(clean(current.toString()));
                current.setLength(0);
            } else if (current.length() > 0) {
                current.append(separators.get(k - 1));
            }
            current.append(piece);
            k++;
        }
        if (current.length() > 0) {
            parts.add(clean(current.toString()));
        }
        parts.removeIf(String::isEmpty);
        return parts;
    }
}
