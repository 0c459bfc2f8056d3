package org.vanban.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The document type abbreviations of Appendix III of Nghị định 30/2020/NĐ-CP (plus the legal-normative
 * and Party ones) and the type names they stand for. "CV" is this project's code for công văn, which
 * the decree gives no abbreviation.
 */
public final class TypeCodes {
    private static final Map<String, String> NAME_BY_CODE = new LinkedHashMap<>();
    private static final Map<String, String> CODE_BY_KEY = new LinkedHashMap<>();
    private static final Map<String, String> NAME_BY_KEY = new LinkedHashMap<>();
    /** Upper-cased code -> the code as written, for the codes that are not all capitals. */
    private static final Map<String, String> MIXED_CASE = new LinkedHashMap<>();

    static {
        add("NQ", "Nghị quyết");
        add("QĐ", "Quyết định");
        add("CT", "Chỉ thị");
        add("QC", "Quy chế");
        add("QyĐ", "Quy định");
        add("TC", "Thông cáo");
        add("TB", "Thông báo");
        add("HD", "Hướng dẫn");
        add("CTr", "Chương trình");
        add("KH", "Kế hoạch");
        add("PA", "Phương án");
        add("ĐA", "Đề án");
        add("DA", "Dự án");
        add("BC", "Báo cáo");
        add("BB", "Biên bản");
        add("TTr", "Tờ trình");
        add("HĐ", "Hợp đồng");
        add("CĐ", "Công điện");
        add("BGN", "Bản ghi nhớ");
        add("BTT", "Bản thỏa thuận");
        add("GUQ", "Giấy ủy quyền");
        add("GM", "Giấy mời");
        add("GGT", "Giấy giới thiệu");
        add("GNP", "Giấy nghỉ phép");
        add("PG", "Phiếu gửi");
        add("PC", "Phiếu chuyển");
        add("PB", "Phiếu báo");
        add("KL", "Kết luận");
        add("NĐ", "Nghị định");
        add("TT", "Thông tư");
        add("TTLT", "Thông tư liên tịch");
        add("L", "Luật");
        add("PL", "Pháp lệnh");
        add("CV", "Công văn");
        MIXED_CASE.put("TTG", "TTg");
        MIXED_CASE.put("QĐI", "QĐi"); // Party regulations, "11-QĐi/TW"; typed as Quy định by the citation's word
        // Names that are printed without an Appendix III code of their own.
        for (String name : new String[] {"Văn bản", "Bộ luật", "Hiến pháp"}) {
            NAME_BY_KEY.put(VietnameseKeys.key(name), name);
        }
        CODE_BY_KEY.put(VietnameseKeys.key("Văn bản"), "CV");
        CODE_BY_KEY.put(VietnameseKeys.key("Bộ luật"), "L");
    }

    private TypeCodes() {}

    private static void add(String code, String name) {
        NAME_BY_CODE.put(code, name);
        CODE_BY_KEY.put(VietnameseKeys.key(name), code);
        NAME_BY_KEY.put(VietnameseKeys.key(name), name);
        if (!code.equals(code.toUpperCase(java.util.Locale.ROOT))) {
            MIXED_CASE.put(code.toUpperCase(java.util.Locale.ROOT), code);
        }
    }

    /** The type name of a code ("KH" -> "Kế hoạch"), case-insensitively. */
    public static Optional<String> name(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(NAME_BY_CODE.get(canonicalCode(code)));
    }

    /** The code of a type name in any case or tone placement ("KẾ HOẠCH" -> "KH"). */
    public static Optional<String> code(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(CODE_BY_KEY.get(VietnameseKeys.key(name.strip().replaceAll("\\s+", " "))));
    }

    /** Whether {@code code} is a known type code in any case. */
    public static boolean isTypeCode(String code) {
        return NAME_BY_CODE.containsKey(canonicalCode(code));
    }

    /**
     * A symbol segment in its canonical case: upper case except the codes written in mixed case
     * (CTr, TTr, QyĐ, TTg).
     */
    public static String canonicalCode(String segment) {
        String upper = segment.toUpperCase(java.util.Locale.ROOT);
        return MIXED_CASE.getOrDefault(upper, upper);
    }

    /** The type name in sentence case ("Nghị quyết") from any casing or tone placement, if known. */
    public static Optional<String> normalName(String printed) {
        if (printed == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(NAME_BY_KEY.get(VietnameseKeys.key(printed.strip().replaceAll("\\s+", " "))));
    }
}
