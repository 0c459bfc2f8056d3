package org.vanban.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and canonicalises document numbers in the three schemes: administrative ("362/KH-UBND",
 * "2294/VPUBND-THNV"), legal-normative with a year ("30/2020/NĐ-CP", "197/2025/QH15") and Party
 * ("34-NQ/TW", "14-KH/TU"). Tolerates what printing and OCR do to symbols: spaces and line breaks
 * around separators ("27/NQ- TW", "272-\nQĐ/TW"), lower case ("12/ct-tw") and Đ read as D or P.
 */
public final class NumberParser {
    /** Horizontal space and at most one line break, or two when OCR left a blank line between the halves. */
    private static final String GAP = "[ \\t]*(?:\\r?\\n[ \\t]*){0,2}";
    private static final String TOKEN = "[\\p{L}0-9&][\\p{L}0-9&]*(?:\\.[\\p{L}0-9&]+)*";
    static final String SYMBOL_TAIL = TOKEN + "(?:" + GAP + "[-/]" + GAP + TOKEN + ")*";
    /**
     * The leading number may carry one lower-case letter ("30c/NQ-CP", a number slotted in after
     * 30 was given out); an upper-case letter after digits is the start of a code, not a suffix.
     */
    private static final String DIGITS = "\\d{1,6}[a-z]?";
    private static final Pattern SYMBOL = Pattern.compile(
            "(?<![\\p{L}0-9/.-])(" + DIGITS + ")(?:" + GAP + "/" + GAP + "((?:19|20)\\d\\d))?" + GAP + "([/-])" + GAP
                    + "((?=\\p{L})" + SYMBOL_TAIL + ")");
    private static final Pattern WHOLE = Pattern.compile(
            "\\s*(" + DIGITS + ")?\\s*(?:/\\s*((?:19|20)\\d\\d)\\s*)?([/-])\\s*(\\p{L}.*?)\\s*", Pattern.DOTALL);

    /**
     * Tokens OCR or careless typing print with D (or P) for Đ; only the unambiguous ones, since
     * DA (dự án) and ĐA (đề án), HD (hướng dẫn) and HĐ (hợp đồng) are both real codes.
     */
    private static final Map<String, String> D_FOR_DSTROKE = Map.ofEntries(
            Map.entry("ND", "NĐ"), Map.entry("NP", "NĐ"),
            Map.entry("QD", "QĐ"), Map.entry("QP", "QĐ"),
            Map.entry("HDND", "HĐND"), Map.entry("HPND", "HĐND"),
            Map.entry("BCD", "BCĐ"), Map.entry("CD", "CĐ"),
            Map.entry("GDDT", "GDĐT"), Map.entry("SGDDT", "SGDĐT"),
            Map.entry("QYD", "QyĐ"), Map.entry("DU", "ĐU"));

    /** Issuer codes of Party bodies: Trung ương, tỉnh ủy, thành ủy, huyện ủy, đảng ủy, quận ủy. */
    private static final Pattern PARTY_IN_STATE_FORM = Pattern.compile("([\\p{L}]+)-(TW|TƯ|TU|HU|ĐU|QU|THU)");

    private static final Pattern SEGMENT = Pattern.compile("[\\p{L}0-9]+|[^\\p{L}0-9]");

    private NumberParser() {}

    /** Every document number in {@code text} between {@code from} and {@code to}. */
    public static List<DirectiveNumber> find(String text, int from, int to) {
        List<DirectiveNumber> found = new ArrayList<>();
        Matcher m = SYMBOL.matcher(text).region(from, to).useTransparentBounds(true);
        // Try the pattern only where a run of digits starts: far cheaper than a regex scan of the text.
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9' || i > 0 && isDigit(text.charAt(i - 1))) {
                continue;
            }
            m.region(i, to);
            if (!m.lookingAt()) {
                continue;
            }
            int end = m.end();
            // A sentence-final full stop is not part of the symbol.
            while (end > m.start() && text.charAt(end - 1) == '.') {
                end--;
            }
            String printed = text.substring(m.start(), end);
            Optional<DirectiveNumber> parsed = parse(printed, m.start());
            if (parsed.isPresent() && looksLikeSymbol(parsed.get())) {
                found.add(parsed.get());
                i = m.end() - 1;
            }
        }
        return found;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Parses a whole printed symbol; a blank number ("  /KH-UBND") is allowed. */
    public static Optional<DirectiveNumber> parse(String printed, int offset) {
        Matcher m = WHOLE.matcher(printed);
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = m.group(1) == null ? "" : m.group(1);
        String year = m.group(2);
        String sep = m.group(3);
        // "Ð" (U+00D0, eth) is how OCR often reads "Đ" (U+0110).
        String code = m.group(4).replaceAll("\\s+", "").replace('Ð', 'Đ');
        String canonicalCode = canonicalSymbol(code);
        StringBuilder canonical = new StringBuilder(digits);
        if (year != null) {
            canonical.append('/').append(year);
        }
        // "12/CT-TW" is a Party document printed in the state scheme: its canonical form is "12-CT/TW".
        Matcher party = PARTY_IN_STATE_FORM.matcher(canonicalCode);
        if (year == null && sep.equals("/") && !digits.isEmpty() && party.matches() && TypeCodes.isTypeCode(party.group(1))) {
            sep = "-";
            canonicalCode = party.group(1) + "/" + party.group(2);
        }
        canonical.append(sep).append(canonicalCode);
        String first = canonicalCode.split("[-/]", 2)[0];
        String typeCode = TypeCodes.isTypeCode(first) ? TypeCodes.canonicalCode(first) : null;
        int lead = printed.length() - printed.stripLeading().length();
        int trail = printed.length() - printed.stripTrailing().length();
        Span span = new Span(offset + lead, offset + printed.length() - trail);
        return Optional.of(new DirectiveNumber(
                printed.strip(),
                canonical.toString(),
                digits.isEmpty() ? null : Integer.valueOf(digits.replaceFirst("[a-z]$", "")),
                year == null ? null : Integer.valueOf(year),
                typeCode,
                span));
    }

    /** Canonical form of a printed symbol such as "27/NQ- TW" or "12/ct-tw"; empty if not one. */
    public static Optional<String> canonical(String printed) {
        return parse(printed, 0).map(DirectiveNumber::canonical);
    }

    /** Canonical case and Đ repair, token by token, keeping the separators. */
    static String canonicalSymbol(String code) {
        StringBuilder out = new StringBuilder(code.length());
        Matcher t = SEGMENT.matcher(code);
        String previous = "";
        while (t.find()) {
            String token = t.group();
            if (Character.isLetterOrDigit(token.charAt(0))) {
                String upper = token.toUpperCase(java.util.Locale.ROOT);
                String fixed = D_FOR_DSTROKE.get(upper);
                if (fixed == null && previous.equals("&") && (upper.equals("DT") || upper.equals("PT"))) {
                    fixed = "ĐT"; // "GD&DT": the second half of giáo dục và đào tạo
                }
                boolean mixed = !upper.equals(token) && !token.toLowerCase(java.util.Locale.ROOT).equals(token);
                if (fixed != null) {
                    out.append(fixed);
                } else if (mixed && !TypeCodes.isTypeCode(token)) {
                    out.append(token); // issuer abbreviations such as "SNgV" are written in mixed case
                } else {
                    out.append(TypeCodes.canonicalCode(token));
                }
            } else {
                out.append(token);
            }
            previous = token;
        }
        return out.toString();
    }

    /** Rejects look-alikes such as "2 lần/tháng": a symbol has a capital letter or a known type code. */
    private static boolean looksLikeSymbol(DirectiveNumber n) {
        String code = n.printed().replaceAll("^[0-9a-z\\s/]*[-/]\\s*", "");
        boolean hasCapital = code.chars().anyMatch(Character::isUpperCase);
        String first = code.split("[-/\\s]", 2)[0];
        // "năm 2026-Căn cứ ...": a capitalised word after the separator is text, not a code; codes are
        // capitals ("UBND"), with a few lower-case letters inside ("TTr", "SNgV"), never a title-case word.
        boolean word = first.length() >= 3 && Character.isUpperCase(first.codePointAt(0))
                && first.substring(1).chars().allMatch(Character::isLowerCase) && !TypeCodes.isTypeCode(first);
        return (hasCapital || TypeCodes.isTypeCode(first)) && !word;
    }
}
